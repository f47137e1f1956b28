"""The packaged knowledge base loads, is complete enough and immutable."""

from __future__ import annotations

import dataclasses

import pytest

from dyads.kb import EntryKind, KnowledgeBase


def test_every_table_contributes(kb: KnowledgeBase) -> None:
    kinds = {e.kind for e in kb.entries.values()}
    assert kinds == set(EntryKind)
    assert len(kb.agents.keys) > 200
    assert len(kb.memberships) > 500


def test_countries_have_names_adjectives_and_seats(kb: KnowledgeBase) -> None:
    countries = [e for e in kb.entries.values() if e.kind is EntryKind.COUNTRY]
    assert len(countries) > 190
    for code in ("USA", "CHN", "RUS", "JPN", "GBR", "FRA", "KAZ", "UKR"):
        assert kb.entries[f"adj:{code}"].name
        assert kb.entries[f"seat:{code}"].name


def test_heads_of_government_cover_every_year(kb: KnowledgeBase) -> None:
    people = [e for e in kb.entries.values() if e.kind is EntryKind.PERSON]
    years = {s.start.year for p in people for s in p.spells if s.start}
    assert all(y in years for y in range(1990, 2026))


def test_records_are_frozen(kb: KnowledgeBase) -> None:
    entry = kb.entries["org:NATO"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        kb.entries["x"] = entry  # type: ignore[index]


def test_acronyms_need_capitals(kb: KnowledgeBase) -> None:
    assert ("us",) in kb.names.cased  # "US" the country, never "us" the pronoun
    assert ("sco",) in kb.names.cased


@pytest.mark.parametrize("line", [
    "SSD\t\tXXX\t2011-07-09\tteam",  # part of no known country
    "SSD\t\tSDN\t\tteam",  # a state it was part of, but no day it stopped
])
def test_a_bad_statehood_row_is_refused_at_load(line: str) -> None:
    from dyads.errors import DictionaryError
    from dyads.kb.loader import _states
    from dyads.kb.tables import read_rows

    rows = read_rows("code\tother_codes\tpart_of\tuntil\tsource\n" + line + "\n", name="states.tsv")
    with pytest.raises(DictionaryError, match="states.tsv"):
        _states(rows, frozenset({"SSD", "SDN"}))


def test_regional_adjectives_name_no_nationality(kb: KnowledgeBase) -> None:
    """An adjective of a province is that country's, and never another country's nationality ("Georgian")."""
    regional = [e for e in kb.entries.values() if e.kb_id.startswith("regadj:")]
    assert len(regional) > 100
    nationalities = {n.lower(): e.country for e in kb.entries.values() if e.kb_id.startswith("adj:")
                     for n in (e.name, *e.aliases)}
    for entry in regional:
        assert entry.kind is EntryKind.ADJECTIVE and entry.country
        for name in (entry.name, *entry.aliases):
            assert nationalities.get(name.lower(), entry.country) == entry.country, (entry.kb_id, name)


def test_a_regional_adjective_of_an_unknown_country_is_refused() -> None:
    from dyads.errors import DictionaryError
    from dyads.kb.loader import _regional_adjectives
    from dyads.kb.tables import read_rows

    rows = read_rows("adjective\tcountry\tregion\nTasmanian\tXYZ\tTasmania\n", name="t.tsv")
    with pytest.raises(DictionaryError, match="t.tsv"):
        list(_regional_adjectives(rows, frozenset({"AUS"})))
