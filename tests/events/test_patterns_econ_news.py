"""Golden table for the business and economic phrasings of roots 03-08 as news tells them:
acquisitions and bids, joint ventures and partnerships, contracts and orders, swap lines, loans
and aid received from a giver, contributions, talks confirmed, envoys dispatched. One row per
construction; then phrasings that must not yield the event. Sentences written for dyads."""

from __future__ import annotations

import pytest

from tests.events.event_keys import key

A, I = "asserted", "intended"

TABLE = [
    # 03: a bid for a company is an offer to buy it (intent of economic cooperation)
    ("launch a takeover bid for", "Ryanair launched a takeover bid for Aer Lingus.", ("IRLBUS", "IRLBUS", "0311", False, A)),
    ("make a takeover bid for", "Airbus made a takeover bid for Boeing.", ("FRABUS", "USABUS", "0311", False, A)),
    # 04
    ("confirm talks with", "Bombardier confirmed talks with the Indian government.", ("CANBUS", "INDGOV", "046", False, A)),
    ("confirm talks with (joint)", "Bombardier confirmed talks with the Indian government.",
     ("INDGOV", "CANBUS", "046", False, A)),
    ("be in discussions with", "The Iraqi government has been in discussions with Austrian Airlines.",
     ("IRQGOV", "AUTBUS", "046", False, A)),
    ("host a dinner for", "Hu Jintao hosted a dinner for Obama.", ("CHNGOV", "USAGOV", "043", False, A)),
    ("dispatch an envoy to", "China dispatched an envoy to Sudan.", ("CHN", "SDN", "042", False, A)),
    # 05: agreements entered, renewed, agreed
    ("enter into an agreement with", "Russia entered into an agreement with Ukraine.", ("RUS", "UKR", "057", False, A)),
    ("enter into an agreement with (joint)", "Russia entered into an agreement with Ukraine.",
     ("UKR", "RUS", "057", False, A)),
    ("renew a contract with", "Apple renewed its contract with Samsung.", ("USABUS", "KORBUS", "057", False, A)),
    ("agree a deal with", "Britain agreed a trade deal with Japan.", ("GBR", "JPN", "057", False, A)),
    ("sign an MoU with", "Shell signed an MoU with Gazprom.", ("GBRBUS", "RUSBUS", "057", False, A)),
    ("sign an MoU with (joint)", "Shell signed an MoU with Gazprom.", ("RUSBUS", "GBRBUS", "057", False, A)),
    ("sign N worth of deals (joint)", "China and Brazil signed $10 billion worth of agreements on Monday.",
     ("BRA", "CHN", "057", False, A)),
    # 06: a merger under a light verb or a frame is joint
    ("agree to a merger (joint)", "Daimler and Chrysler agreed to a merger.", ("USABUS", "DEUBUS", "0311", False, A)),
    ("complete a merger (joint)", "Daimler and Chrysler completed their merger.", ("DEUBUS", "USABUS", "061", False, A)),
    # 06: joint ventures, partnerships, contracts won, swap lines, sales and leases
    ("create a joint venture (joint)", "Sony and Ericsson created a joint venture.", ("JPNBUS", "SWEBUS", "061", False, A)),
    ("establish a joint venture with", "Toyota established a joint venture with Sony.", ("JPNBUS", "JPNBUS", "061", False, A)),
    # "set up" is not the plan frame's "set (to)"
    ("set up a joint venture with", "Toyota set up a joint venture with Sony.", ("JPNBUS", "JPNBUS", "061", False, A)),
    ("enter into a partnership with", "Microsoft entered into a partnership with Yahoo.", ("USABUS", "USABUS", "061", False, A)),
    ("form a partnership with", "Nokia formed a partnership with Microsoft.", ("FINBUS", "USABUS", "061", False, A)),
    ("win a contract from", "Boeing won a contract from the Pentagon.", ("USAGOV", "USABUS", "061", False, A)),
    ("take delivery of X from", "Qatar Airways took delivery of five aircraft from Boeing.", ("QATBUS", "USABUS", "061", False, A)),
    ("expand swap lines with", "The Federal Reserve expanded its swap lines with the European Central Bank.",
     ("USAGOV", "IGOEUREEC", "061", False, A)),
    ("expand swap lines with (joint)", "The Federal Reserve expanded its swap lines with the European Central Bank.",
     ("IGOEUREEC", "USAGOV", "061", False, A)),
    ("lease X to", "Qatar leased two cargo ships to Egypt.", ("QAT", "EGY", "061", False, A)),
    ("supply X to (future)", "Samsung will supply chips to Apple.", ("KORBUS", "USABUS", "0311", False, A)),
    # 07: aid and loans received: the giver is the source
    ("receive aid from", "Iraq received aid from Japan.", ("JPN", "IRQ", "070", False, A)),
    ("receive food aid from", "Kiribati has received emergency food aid from the World Bank.",
     ("IGOUNODEVWBK", "KIR", "073", False, A)),
    ("secure a loan from", "Pakistan secured a loan from the International Monetary Fund.", ("IGOBUSIMF", "PAK", "071", False, A)),
    ("resume aid to", "The United States resumed aid to the Palestinians.", ("USA", "PSE", "070", False, A)),
    ("unblock a loan tranche for", "The IMF unblocked a loan tranche for Greece.", ("IGOBUSIMF", "GRC", "071", False, A)),
    ("subsidize X", "The French government subsidizes Airbus.", ("FRAGOV", "FRABUS", "071", False, A)),
    ("recapitalise X", "The British government recapitalised Lloyds Banking Group.", ("GBRGOV", "GBRBUS", "071", False, A)),
    ("train police (intent)", "Britain agreed to train Iraqi police.", ("GBR", "IRQCOP", "0332", False, A)),
    ("imports from (noun)", "Germany's imports from China rose.", ("DEU", "CHN", "061", False, A)),
    ("receive N in loans from", "General Motors received $13 billion in loans from the US government.",
     ("USAGOV", "USABUS", "071", False, A)),
    ("receive a bailout from", "Ireland received a bailout from the European Union.", ("IGOEUREEC", "IRL", "071", False, A)),
    ("borrow from", "Greece borrowed 10 billion euros from the European Union.", ("IGOEUREEC", "GRC", "071", False, A)),
    ("contribute money to", "Japan contributed $50 million to the United Nations.", ("JPN", "IGOUNO", "071", False, A)),
    ("give a loan to", "China gave a loan of $2 billion to Pakistan.", ("CHN", "PAK", "071", False, A)),
    ("give N billion to", "Saudi Arabia gave $1 billion to Egypt.", ("SAU", "EGY", "071", False, A)),
    ("will provide N billion to (intent)", "China will provide $3 billion to Pakistan.", ("CHN", "PAK", "0331", False, A)),
    # 03: money pledged to a named receiver
    ("pledge N million to", "Japan pledged $500 million to Indonesia.", ("JPN", "IDN", "0331", False, A)),
    ("promise N billion to", "Japan promised $2 billion to the African Union.", ("JPN", "IGOAFRAFU", "0331", False, A)),
    # 04: talks convened
    ("convene talks with", "China convened talks with North Korea.", ("CHN", "PRK", "046", False, A)),
    # 05: approval won from a regulator: the approver endorses
    ("win approval from", "Oracle won regulatory approval from the European Commission.", ("IGOEUREEC", "USABUS", "051", False, A)),
    ("receive clearance from", "Boeing received clearance from the US government.", ("USAGOV", "USABUS", "051", False, A)),
    # 03: assurances to a named party
    ("assure X that", "Obama assured Israel that the United States would stand by it.", ("USAGOV", "ISR", "030", False, A)),
    ("reassure X", "The Chinese premier reassured Japan about the trade talks.", ("CHNGOV", "JPN", "030", False, A)),
    # 04: officials and missions sent
    ("send a trade mission to", "China sent a trade mission to Kenya.", ("CHN", "KEN", "042", False, A)),
    ("send officials to", "The United States sent officials to Geneva.", ("USA", "CHE", "042", False, A)),
    # 03: loans prepared for a receiver; interest in buying a company
    ("prepare loans to", "The International Monetary Fund is preparing loans to Hungary and Ukraine.",
     ("IGOBUSIMF", "HUN", "0331", False, A)),
    ("interested in buying", "Air France is interested in buying Czech Airlines.", ("FRABUS", "CZEBUS", "0311", False, A)),
    ("interested in investing in", "China is interested in investing in Nigeria.", ("CHN", "NGA", "0311", False, A)),
    # 07: a loan from a lender to a borrower, as a noun
    ("a country's loan to (noun)", "China's loan to Venezuela was repaid in oil.", ("CHN", "VEN", "071", False, A)),
    ("loan from X to Y", "The deal includes a loan from the Agricultural Bank of China to Russia's VTB Bank.",
     ("CHNBUS", "RUSBUS", "071", False, A)),
    # 08: control handed over
    ("hand over control of X to", "Israel handed over security control of Jericho to the Palestinians.", ("ISR", "PSE", "080", False, A)),
    ("transfer responsibility to", "The US military transferred responsibility for the province to Iraqi forces.",
     ("USAMIL", "IRQMIL", "080", False, A)),
    # 071: a loan made to a borrower; 057: a deal secured with a partner; 163: imports banned
    ("make a loan to", "The World Bank made a loan to Kenya.", ("IGOUNODEVWBK", "KEN", "071", False, A)),
    ("secure a deal with", "Russia secured a deal with the Chinese government.", ("RUS", "CHNGOV", "057", False, A)),
    ("ban the importation of", "India banned the importation of Chinese toys.", ("IND", "CHN", "163", False, A)),
]


@pytest.mark.model
@pytest.mark.parametrize(("construction", "text", "expected"), TABLE,
                         ids=[f"{row.values[0] if hasattr(row, 'values') else row[0]}-{n}" for n, row in enumerate(TABLE)])
def test_news_phrasing_yields_the_event(code, construction, text, expected):  # type: ignore[no-untyped-def]
    assert expected in [key(e) for e in code(text)]


# phrasings that must not yield the event (wrong sense, or the word deep in another clause)
NEVER = [
    # permission from a court is no loan, even with financing named further on
    ("The company received permission from the US Supreme Court to use $500 million of its financing.", "071"),
    # a bid rejected is no bid coded for the rejecter
    ("Canada's regulator rejected the bid for Astral Media.", "0311"),
    # a bid for an office is a candidacy, not a purchase
    ("He made a failed bid for governor of Ohio in 1982.", "0311"),
    # selling things at auction is no sale to the party named in another clause
    ("After handing over its network to Verizon, Yahoo sold its patents at auction.", "061"),
    # food aid received is no economic aid
    ("Kiribati has received emergency food aid from the World Bank.", "071"),
    # arms sold to a country stay arms sales
    ("The United States is selling arms to Taiwan.", "061"),
    # a pattern naming money must not take troops over from the peacekeeping codes
    ("India contributed peacekeepers to the UN mission in Congo.", "070"),
    # a merger only talked about is no event
    ("The merger between the two firms was good for the economy.", "061"),
    # interest in buying is no purchase made
    ("Air France is interested in buying Czech Airlines.", "061"),
    # millions of people given something are no money given
    ("The government has given 2 million people access to healthcare.", "071"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wrong"), NEVER)
def test_wrong_phrasing_is_not_coded(code, text, wrong):  # type: ignore[no-untyped-def]
    assert wrong not in [e.code for e in code(text) if e.source is not None and e.target is not None
                         and e.source.code and e.target.code]
