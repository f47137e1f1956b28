"""Load the knowledge base from package data (``dyads/data/kb``) plus user files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from dyads.errors import DictionaryError
from dyads.kb.entries import Agent, AgentKind, Entry, EntryKind, Membership, Spell, Statehood, parse_date
from dyads.kb.knowledge import AgentIndex, KnowledgeBase, NameIndex, given_name_set, surname_index
from dyads.kb.tables import Row, read_rows
from dyads.kb.userfile import read_user_file

TABLES = ("countries.tsv", "people.tsv", "organisations.tsv", "memberships.tsv", "agents.tsv", "designators.tsv",
          "states.tsv", "regional_adjectives.tsv")


def load_knowledge_base(*, extra_files: tuple[Path, ...] = ()) -> KnowledgeBase:
    """Load the built-in knowledge base, then add or override actors from ``extra_files``.

    User files are TSV or YAML (see :mod:`dyads.kb.userfile`); their entries win over
    built-in ones on the dates they cover, and an entry with the id of a built-in one
    replaces it.  A bad user file raises :class:`~dyads.errors.DictionaryError`.
    """
    texts = {name: _package_text(name) for name in TABLES}
    entries: dict[str, Entry] = {}
    for entry in _countries(read_rows(texts["countries.tsv"], name="countries.tsv")):
        entries[entry.kb_id] = entry
    for entry in _regional_adjectives(read_rows(texts["regional_adjectives.tsv"], name="regional_adjectives.tsv"),
                                      _country_codes(entries)):
        entries[entry.kb_id] = entry
    for entry in _people(read_rows(texts["people.tsv"], name="people.tsv")):
        entries[entry.kb_id] = entry
    for entry in _organisations(read_rows(texts["organisations.tsv"], name="organisations.tsv")):
        entries[entry.kb_id] = entry
    memberships = tuple(_memberships(read_rows(texts["memberships.tsv"], name="memberships.tsv")))
    agents = list(_agents(read_rows(texts["agents.tsv"], name="agents.tsv")))
    designators = _designators(read_rows(texts["designators.tsv"], name="designators.tsv"))
    states = _states(read_rows(texts["states.tsv"], name="states.tsv"), _country_codes(entries))
    user_entries: list[Entry] = []
    for path in extra_files:
        user_entries.extend(read_user_file(Path(path), known_countries=_country_codes(entries)))
    for entry in user_entries:
        entries[entry.kb_id] = entry
    names = NameIndex.build(_names(user_entries, entries.values()))
    return KnowledgeBase(
        entries=MappingProxyType(entries),
        names=names,
        agents=AgentIndex.build(agents),
        memberships=memberships,
        files=tuple(str(p) for p in extra_files),
        surnames=surname_index(entries.values()),
        given_names=given_name_set(entries.values()),
        designators=designators,
        states=states,
    )


def _package_text(name: str) -> str:
    try:
        return resources.files("dyads").joinpath("data", "kb", name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise DictionaryError(f"knowledge base table {name} is missing from the package: {exc}") from exc


def _country_codes(entries: dict[str, Entry]) -> frozenset[str]:
    return frozenset(e.country for e in entries.values() if e.kind is EntryKind.COUNTRY and e.country)


def _names(first: Iterable[Entry], rest: Iterable[Entry]) -> Iterator[tuple[str, str]]:
    for group in (first, rest):
        for entry in group:
            yield entry.name, entry.kb_id
            for alias in entry.aliases:
                yield alias, entry.kb_id


def _country_entry(row: Row, kb_id: str, kind: EntryKind, names: list[str], role: str | None) -> Entry:
    return Entry(kb_id, kind, names[0], tuple(names[1:]), country=row.get("code"), role=role,
                 valid_from=parse_date(row.get("valid_from")), valid_to=parse_date(row.get("valid_to"), end=True),
                 source="countries.tsv")


def _countries(rows: Iterable[Row]) -> Iterator[Entry]:
    for row in rows:
        code = row.get("code")
        yield _country_entry(row, f"country:{code}", EntryKind.COUNTRY, [row.get("name"), *row.items("aliases")], None)
        adjectives = row.items("adjectives")
        if adjectives:
            yield _country_entry(row, f"adj:{code}", EntryKind.ADJECTIVE, list(adjectives), None)
        seats = row.items("seats")
        if seats:
            yield _country_entry(row, f"seat:{code}", EntryKind.SEAT, list(seats), "GOV")


def _regional_adjectives(rows: Iterable[Row], known: frozenset[str]) -> Iterator[Entry]:
    """Adjectives of one province or state of one country ("Tasmanian", "Bavarian"): that country's, as a
    nationality adjective is ("Tasmanian officials": AUSGOV)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        country, region, adjective = row.get("country"), row.get("region"), row.get("adjective")
        if country not in known or not region or not adjective:
            raise DictionaryError(f"{row.origin}: needs an adjective, a region and a country of countries.tsv "
                                  f"(got {adjective!r}, {region!r}, {country!r})")
        grouped.setdefault((country, region), []).append(adjective)
    for (country, region), adjectives in grouped.items():
        yield Entry(f"regadj:{country}:{region}", EntryKind.ADJECTIVE, adjectives[0], tuple(adjectives[1:]),
                    country=country, role=None, source="regional_adjectives.tsv")


def _people(rows: Iterable[Row]) -> Iterator[Entry]:
    grouped: dict[str, list[Row]] = {}
    for row in rows:
        grouped.setdefault(row.get("kb_id"), []).append(row)
    for kb_id, group in grouped.items():
        first = group[0]
        aliases: list[str] = []
        for row in group:
            aliases.extend(a for a in row.items("aliases") if a not in aliases)
        spells = tuple(
            Spell(
                country="" if row.get("code") else row.get("country"),
                role=row.get("role"),
                title=row.get("title"),
                start=parse_date(row.get("start")),
                end=parse_date(row.get("end"), end=True),
                source=row.get("source"),
                org_code=row.get("code"),
            )
            for row in group
            if row.get("role")
        )
        yield Entry(
            kb_id,
            EntryKind.PERSON,
            first.get("name"),
            tuple(aliases),
            country=first.get("country") or None,
            role=None,
            spells=spells,
            source="people.tsv",
        )


def _organisations(rows: Iterable[Row]) -> Iterator[Entry]:
    for row in rows:
        yield Entry(
            row.get("kb_id"),
            EntryKind.ORGANISATION,
            row.get("name"),
            row.items("aliases"),
            country=row.get("country") or None,
            role=row.get("role") or None,
            code=row.get("code") or None,
            valid_from=parse_date(row.get("valid_from")),
            valid_to=parse_date(row.get("valid_to"), end=True),
            source="organisations.tsv",
        )


def _memberships(rows: Iterable[Row]) -> Iterator[Membership]:
    for row in rows:
        start, end = row.get("start_year"), row.get("end_year")
        yield Membership(
            org_id=row.get("org_id"),
            country=row.get("country"),
            status=row.get("status") or "full",
            start_year=int(start) if start else None,
            end_year=int(end) if end else None,
        )


def _designators(rows: Iterable[Row]) -> MappingProxyType[str, str]:
    """Last words of organisation names -> the role they give an unknown name ("Systems": BUS)."""
    found: dict[str, str] = {}
    for row in rows:
        word, role = row.get("word").lower(), row.get("role")
        if not word or not role.isalpha() or not role.isupper():
            raise DictionaryError(f"{row.origin}: needs a word and a role code (got {word!r}, {role!r})")
        found[word] = role
    return MappingProxyType(found)


def _states(rows: Iterable[Row], known: frozenset[str]) -> MappingProxyType[str, Statehood]:
    """State code and its other codes -> its statehood; every state and ``part_of`` must be a known country."""
    found: dict[str, Statehood] = {}
    for row in rows:
        code, part_of = row.get("code"), row.get("part_of") or None
        for c in (code, part_of):
            if c is not None and c not in known:
                raise DictionaryError(f"{row.origin}: {c!r} is not a country of countries.tsv")
        until = parse_date(row.get("until"))
        if (part_of is None) != (until is None):
            raise DictionaryError(f"{row.origin}: part_of and until go together (got {part_of!r}, {until})")
        state = Statehood(code, tuple(row.items("other_codes")), part_of, until)
        for key in (code, *state.other_codes):
            found[key] = state
    return MappingProxyType(found)


def _agents(rows: Iterable[Row]) -> Iterator[Agent]:
    for row in rows:
        yield Agent(phrase=row.get("phrase"), role=row.get("role"), kind=AgentKind(row.get("kind") or "group"))
