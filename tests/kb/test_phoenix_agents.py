"""Agent nouns imported from PETRARCH2's Phoenix agents (P2) next to the team's own: roles, kinds, review."""

from __future__ import annotations

import pytest

from dyads.kb import AgentKind, KnowledgeBase
from dyads.records.actor import Role

# phrase (as spaCy tokenises it) -> (role, kind); "team" rows win over Phoenix rows for the same phrase
GOLDEN: tuple[tuple[str, str, AgentKind], ...] = (
    ("kidnappers", "CRM", AgentKind.GROUP),
    ("kidnaper", "CRM", AgentKind.GROUP),  # a misspelling Phoenix found in news
    ("farmers", "AGR", AgentKind.GROUP),
    ("sharecroppers", "AGR", AgentKind.GROUP),
    ("herdsmen", "AGR", AgentKind.GROUP),  # !PERSON! set: HERDS!PERSON!
    ("militiamen", "UAF", AgentKind.GROUP),
    ("militias", "REB", AgentKind.GROUP),  # team row
    ("gunmen", "REB", AgentKind.GROUP),  # team row wins over Phoenix ~UAF
    ("extremists", "REB", AgentKind.GROUP),  # team row wins over Phoenix ~RAD
    ("death squads", "UAF", AgentKind.GROUP),
    ("mercenaries", "UAF", AgentKind.GROUP),
    ("separatist rebels", "REB", AgentKind.GROUP),
    ("smugglers", "CRM", AgentKind.GROUP),
    ("drug lords", "CRM", AgentKind.GROUP),
    ("shopkeepers", "CVL", AgentKind.GROUP),
    ("fisherwomen", "CVL", AgentKind.GROUP),  # the set takes the team's role of "fisherman"
    ("the pm", "GOV", AgentKind.TITLE),
    ("deputy pm", "GOV", AgentKind.TITLE),
    ("mps", "LEG", AgentKind.TITLE),
    ("gen.", "MIL", AgentKind.TITLE),
    ("sen.", "LEG", AgentKind.TITLE),
    ("minister of defence", "GOV", AgentKind.TITLE),  # !MINIST! set
    ("ministries of defence", "GOV", AgentKind.GROUP),
    ("commerce minister", "GOV", AgentKind.TITLE),  # the stem MINIST
    ("labour minister", "GOV", AgentKind.GROUP),  # a group, so that "labour" does not make it LAB
    ("minister of environment", "GOV", AgentKind.TITLE),  # listed ~ENV, then ~GOVENV
    ("administration", "GOV", AgentKind.GROUP),
    ("state news agency", "MED", AgentKind.GROUP),  # ~GOVMED media are MED, as the team codes state media
    ("state - owned media", "MED", AgentKind.GROUP),
    ("people 's bank", "GOV", AgentKind.GROUP),
    ("riot police", "COP", AgentKind.GROUP),
    ("national guard", "MIL", AgentKind.GROUP),
    ("attack helicopters", "MIL", AgentKind.GROUP),
    ("lieutenant colonel", "MIL", AgentKind.TITLE),
    ("chiefs of staff", "MIL", AgentKind.TITLE),
    ("charge d'affaires", "GOV", AgentKind.TITLE),
    ("chief justice", "JUD", AgentKind.TITLE),
    ("nurses", "HLH", AgentKind.GROUP),
    ("asylum seekers", "REF", AgentKind.GROUP),
    ("human rights groups", "HRI", AgentKind.GROUP),
    ("non - governmental organizations", "NGO", AgentKind.GROUP),
    ("environmentalists", "ENV", AgentKind.GROUP),
    ("political parties", "PTY", AgentKind.GROUP),
    ("coup leader", "REB", AgentKind.TITLE),
    ("teachers", "EDU", AgentKind.GROUP),
    ("trade unions", "LAB", AgentKind.GROUP),
    # team rows of issue 8's second batch (Phoenix's ~PPL "people" has no role; the conventions code them CVL)
    ("people", "CVL", AgentKind.GROUP),
    ("bombers", "REB", AgentKind.GROUP),  # "suicide/car bombers", "the London bombers"
    ("strategic bombers", "MIL", AgentKind.GROUP),
    ("looters", "CRM", AgentKind.GROUP),  # team row wins over Phoenix ~REB
    ("security personnel", "COP", AgentKind.GROUP),  # like the team's security forces, not Phoenix ~MIL
    ("hostage - takers", "CRM", AgentKind.GROUP),
    ("jurors", "JUD", AgentKind.GROUP),
    ("investigators", "COP", AgentKind.GROUP),
    ("shareholders", "BUS", AgentKind.GROUP),
    ("aides", "GOV", AgentKind.TITLE),
    ("meps", "LEG", AgentKind.TITLE),
    ("radicals", "REB", AgentKind.GROUP),  # as the team's extremists
    # Phoenix's rows for these are reviewed out; the team codes private people as civilians
    ("man", "CVL", AgentKind.GROUP),
    ("women", "CVL", AgentKind.GROUP),
)

# reviewed out: common words, places, abstractions, name fragments, names, and the time "5 pm"
ABSENT = ("pm", "fm", "community", "business", "industry", "hospital", "school", "prison",
          "village", "settlement", "uprising", "insurgency", "liberation army", "actor", "hunter", "dean",
          "self - defense force", "illegal immigrant", "former president", "cartel", "intelligence", "exile", "muslim",
          "buddhist", "christian", "observers in")


@pytest.mark.parametrize(("phrase", "role", "kind"), GOLDEN, ids=[g[0] for g in GOLDEN])
def test_agent_phrase_has_role_and_kind(kb: KnowledgeBase, phrase: str, role: str, kind: AgentKind) -> None:
    agent = kb.agents.keys.get(tuple(phrase.split()))
    assert agent is not None, f"{phrase!r} is not an agent"
    assert (agent.role, agent.kind) == (role, kind)


@pytest.mark.parametrize("phrase", ABSENT)
def test_reviewed_phrase_is_not_an_agent(kb: KnowledgeBase, phrase: str) -> None:
    assert tuple(phrase.split()) not in kb.agents.keys


def test_every_agent_role_is_a_dyads_role(kb: KnowledgeBase) -> None:
    roles = {r.value for r in Role} - {""}
    bad = {" ".join(k): a.role for k, a in kb.agents.keys.items() if a.role not in roles}
    assert not bad
    assert len(kb.agents.keys) > 4000  # the team's few hundred and the Phoenix import


def test_phrases_are_lower_case_and_plain(kb: KnowledgeBase) -> None:
    odd = [k for k in kb.agents.keys if any(w != w.lower() or "!" in w or "{" in w for w in k)]
    assert not odd


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "text", "role"),
    (
        ("Kidnappers seized two farmers near the border.", "Kidnappers", "CRM"),
        ("Kidnappers seized two farmers near the border.", "farmers", "AGR"),
        ("Militiamen attacked the convoy at dawn.", "Militiamen", "UAF"),
        ("State-owned media said the talks had failed.", "State-owned media", "MED"),
        ("The People's Bank raised interest rates.", "People's Bank", "GOV"),
        ("Anti-government insurgents seized the town.", "Anti-government insurgents", "REB"),
        ("The PM said the talks had failed.", "The PM", "GOV"),
        ("Gen. Smith inspected the troops.", "Gen.", "MIL"),
    ),
)
def test_phrases_match_as_spacy_tokenises(parser, kb: KnowledgeBase, sentence: str, text: str, role: str) -> None:  # type: ignore[no-untyped-def]
    from dyads.actors.mentions.matcher import match_agents

    doc = parser.parse("t", sentence)
    found = {doc.text[doc.tokens[m.first].start : doc.tokens[m.last - 1].end]: m.agent.role
             for m in match_agents(doc, kb, [False] * len(doc.tokens))}
    assert found.get(text) == role, found


@pytest.mark.model
def test_a_time_of_day_is_no_prime_minister(parser, kb: KnowledgeBase) -> None:  # type: ignore[no-untyped-def]
    from dyads.actors.mentions.matcher import match_agents

    doc = parser.parse("t", "The talks began at 5 pm local time.")
    assert not match_agents(doc, kb, [False] * len(doc.tokens))
