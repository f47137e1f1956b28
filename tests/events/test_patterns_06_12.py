"""Golden table for the phrasings of roots 06 (material cooperation), 07 (aid), 08 (yield),
09 (investigate), 10 (demand) and 12 (reject): one row per construction, sentence -> expected
(source, target, code, negated, modality), plus wrong senses that must not yield the event."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

A, I, F, H, R = "asserted", "intended", "future", "hypothetical", "reported"

ROWS = [
    # 061: a sale, an order placed with a maker, a contract awarded
    ("Australia sold uranium to China last year.", ("AUS", "CHN", "061", False, A)),
    ("Emirates ordered 50 aircraft from Boeing.", ("ARE", "USABUS", "061", False, A)),
    ("The Indian defence ministry awarded a contract to Boeing.", ("INDGOV", "USABUS", "061", False, A)),
    # 062: a sale of warplanes is military, not economic, cooperation
    ("The United States sold F-16 fighter jets to Pakistan.", ("USA", "PAK", "062", False, A)),
    # 071 / 073: money in another currency; rescuers and doctors sent
    ("Germany gave Greece ten billion euros.", ("DEU", "GRC", "071", False, A)),
    ("Britain sent rescue teams to Turkey.", ("GBR", "TUR", "073", False, A)),
    ("Germany sent doctors to Haiti.", ("DEU", "HTI", "073", False, A)),
    # 0831: a resignation handed in
    ("The Japanese prime minister submitted his resignation on Monday.", ("JPNGOV", None, "0831", False, A)),
    # 0874: troops brought home
    ("Spain brought its troops home from Iraq.", ("ESP", "IRQ", "0874", False, A)),
    ("The United States will bring its troops home from Iraq.", ("USA", "IRQ", "0356", False, A)),
    # 0862: inspectors let in
    ("India allowed the IAEA to inspect its reactors.", ("IND", "IGOUNOIAE", "0862", False, A)),
    # 090 / 091: a regulator reviewing a merger; crimes of business investigated
    ("The European Commission is reviewing the merger of Sony and BMG.", ("IGOEUREEC", "JPNBUS", "090", False, A)),
    ("The SEC is investigating Goldman Sachs for insider trading.", ("USAGOV", "USABUS", "091", False, A)),
    ("German prosecutors are investigating Siemens over bribes.", ("DEUJUD", "DEUBUS", "091", False, A)),
    # 120 / 1211: a request denied; a takeover offer rebuffed
    ("Russia denied the request by Georgia.", ("RUS", "GEO", "120", False, A)),
    ("Yahoo rejected a takeover offer from Microsoft.", ("USABUS", "USABUS", "1211", False, A)),
]

NEVER = [
    # an offer that is no takeover is no rejection of economic cooperation
    ("The union rejected the offer from the airline.", "1211"),
    # a denial of an accusation is no refusal
    ("Russia denied the accusations by Georgia.", "120"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[f"{e[2]}-{n}" for n, (_, e) in enumerate(ROWS)])
def test_phrasing_yields_the_event(code, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wrong"), NEVER)
def test_wrong_sense_is_not_coded(code, text, wrong):  # type: ignore[no-untyped-def]
    assert wrong not in [e.code for e in code(text)]
