"""Bad parameters get a 4xx and one line naming the parameter and the reason, never a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/api/events?code=4", 400, "code '4': not a CAMEO code"),
        ("/api/events?code=abc", 400, "code 'abc': not a CAMEO code"),
        ("/api/events?code=04567", 400, "code: String should have at most 4 characters"),
        ("/api/events?quad=5", 400, "quad: Input should be less than or equal to 4"),
        ("/api/events?quad=one", 400, "quad: Input should be a valid integer"),
        ("/api/events?limit=0", 400, "limit: Input should be greater than or equal to 1"),
        ("/api/events?limit=501", 400, "limit: Input should be less than or equal to 500"),
        ("/api/events?since=2010-13", 400, "since '2010-13': not a date"),
        ("/api/events?until=yesterday", 400, "until 'yesterday': not a date"),
        ("/api/events?near=1,2,3,4", 400, "near '1,2,3,4': give LAT,LON or LAT,LON,KM"),
        ("/api/events?near=100,0", 400, "near '100,0': latitude -90..90"),
        ("/api/events?dyad=RUS", 400, "dyad 'RUS': give two countries"),
        ("/api/events?dyad=RUS,Atlantis", 400, "'Atlantis' is not a country code or a country name"),
        ("/api/events?country=Atlantis", 400, "country 'Atlantis': not a country code"),
        ("/api/events?scope=every", 400, "scope: Input should be 'dyadic', 'monadic' or 'all'"),
        ("/api/events?cursor=garbage", 400, "cursor 'garbage': not a cursor this server gave"),
        ("/api/events?cursor=WyIyMDEwIiwiZDEiLCJlMSJd", 400, "not a cursor this server gave"),  # ["2010","d1","e1"]
        ("/api/events?search=" + "x" * 501, 400, "search: String should have at most 500 characters"),
        ("/api/events/nope", 404, "event 'nope': not in the store"),
        ("/api/events/nope/explanation", 404, "event 'nope': not in the store"),
        ("/api/articles/nope", 404, "article 'nope': not in the store"),
        ("/api/articles?since=2010-02-30", 400, "since '2010-02-30': not a date"),
        ("/api/articles?limit=-1", 400, "limit: Input should be greater than or equal to 1"),
        ("/api/articles?cursor=WyJ4Il0", 400, "not a cursor this server gave"),
        ("/api/actors?limit=abc", 400, "limit: Input should be a valid integer"),
        ("/api/actors?country=Atlantis", 400, "country 'Atlantis'"),
        ("/api/actors?cursor=WyItMSJd", 400, "not a cursor this server gave"),
        ("/api/stats?top=0", 400, "top: Input should be greater than or equal to 1"),
        ("/api/series?source=RUS", 400, "target: Field required"),
        ("/api/series?source=Atlantis&target=RUS", 400, "source 'Atlantis': not a country code"),
        ("/api/series?source=RUS&target=CHN&period=fortnight", 400, "period: Input should be"),
        ("/api/series?source=RUS&target=CHN&direction=up", 400, "direction: Input should be"),
        ("/api/network?since=2011&until=2010", 400, "since '2011' is after until '2010'"),
        ("/api/network?min_events=0", 400, "min_events: Input should be greater than or equal to 1"),
        ("/api/network?level=city", 400, "level: Input should be 'country' or 'role'"),
        ("/api/network?actors=some", 400, "actors: Input should be 'states' or 'all'"),
        ("/api/network?history=maybe", 400, "history: Input should be 'exclude' or 'include'"),
        ("/api/network/tie?a=RUS", 400, "b: Field required"),
        ("/api/blocs?resamples=51", 400, "resamples: Input should be less than or equal to 50"),
        ("/api/partners", 400, "key: Field required"),
        ("/api/partners?key=Atlantis", 400, "key 'Atlantis'"),
        ("/api/shifts?before_since=x", 400, "before_since 'x': not a date"),
        ("/api/shifts?after_since=2011&after_until=2010", 400, "after_since '2011' is after after_until '2010'"),
        ("/api/nothing", 404, "Not Found"),
    ],
)
def test_bad_parameters_get_a_clear_4xx(client: TestClient, url: str, status: int, message: str) -> None:
    answer = client.get(url)
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    assert message in answer.json()["error"]
    assert "\n" not in answer.json()["error"]


def test_a_method_not_allowed_is_a_405_line(client: TestClient) -> None:
    answer = client.delete("/api/events")
    assert answer.status_code == 405 and answer.json() == {"error": "Method Not Allowed"}
