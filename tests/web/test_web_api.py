"""The JSON API: every endpoint over the test archive, and its answers to unknown ids and bad parameters."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from bantin.samples import sample_paths


def test_home_has_totals_newest_documents_and_sources(client: TestClient) -> None:
    home = client.get("/api/v1/home").json()
    assert home["totals"]["articles"] == len(sample_paths()) + 1
    assert home["totals"]["documents"] > 0 and home["totals"]["people"] > 0
    assert len(home["newest"]) == 10
    assert home["newest"][0]["published"] >= home["newest"][-1]["published"]
    assert home["month"] == home["as_of"][:7]
    assert home["sources"] and {"source", "articles", "last_published", "is_silent"} <= set(home["sources"][0])


def test_search_results_carry_ids_snippets_facets_and_coverage(client: TestClient) -> None:
    found = client.get("/api/v1/search", params={"q": "tinh uy"}).json()
    assert found["total"] == 17
    assert len(found["results"]) == 10 and found["pages"] == 2
    first = found["results"][0]
    assert len(first["id"]) == 16 and first["snippet"] and first["highlights"]
    assert client.get(f"/api/v1/articles/{first['id']}").status_code == 200
    facets = found["facets"]
    assert facets["counted"] == 17
    assert sum(f["count"] for f in facets["sources"]) <= 17 and facets["places"] and facets["organizations"]
    assert sum(c["articles"] for c in found["coverage"]) + found["undated"] == 17


def test_search_without_accents_finds_what_accents_find(client: TestClient) -> None:
    plain = client.get("/api/v1/search", params={"q": "da nang"}).json()
    accented = client.get("/api/v1/search", params={"q": "Đà Nẵng"}).json()
    assert plain["total"] == accented["total"] > 0
    assert {r["id"] for r in plain["results"]} == {r["id"] for r in accented["results"]}


def test_search_second_page_follows_the_first(client: TestClient) -> None:
    first = client.get("/api/v1/search", params={"q": "tinh uy"}).json()
    second = client.get("/api/v1/search", params={"q": "tinh uy", "page": 2}).json()
    assert second["offset"] == 10 and len(second["results"]) == 7
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}


def test_search_filters_are_the_cli_options(client: TestClient) -> None:
    by_doc = client.get("/api/v1/search", params={"doc": "state:ND:15/2020:CP"}).json()
    assert by_doc["total"] == 2 and by_doc["filters"]["doc"] == ["state:ND:15/2020:CP"]
    by_place = client.get("/api/v1/search", params={"place": "lang son"}).json()
    assert by_place["total"] >= 2
    dated = client.get("/api/v1/search", params={"q": "tinh uy", "from": "2025-01-01", "to": "2025-12-31"}).json()
    assert 0 < dated["total"] < 17
    assert all(r["published"] and r["published"] >= "2025-01-01" for r in dated["results"])


def test_a_facet_value_is_a_filter_that_narrows_the_results(client: TestClient) -> None:
    found = client.get("/api/v1/search", params={"q": "tinh uy"}).json()
    place = found["facets"]["places"][0]
    narrowed = client.get("/api/v1/search", params={"q": "tinh uy", "place": place["value"]}).json()
    assert narrowed["total"] == place["count"]


def test_empty_search_is_empty_not_an_error(client: TestClient) -> None:
    found = client.get("/api/v1/search").json()
    assert found["total"] == 0 and found["results"] == []


def test_article_is_the_record(client: TestClient) -> None:
    article_id = client.get("/api/v1/search", params={"q": "Lạng Sơn sơ kết tuyên giáo"}).json()["results"][0]["id"]
    record = client.get(f"/api/v1/articles/{article_id}").json()
    assert record["id"] == article_id
    assert {"text", "facts", "provenance", "title", "schema_version"} <= set(record)
    assert {f["kind"] for f in record["facts"]} >= {"date", "person", "organization", "place", "document"}


def test_an_article_prefix_redirects_to_its_full_id(client: TestClient) -> None:
    article_id = client.get("/api/v1/home").json()["newest"][0]["id"]
    response = client.get(f"/api/v1/articles/{article_id[:8]}", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == f"/api/v1/articles/{article_id}"


def test_document_register_and_document(client: TestClient) -> None:
    register = client.get("/api/v1/documents").json()
    assert register["total"] >= len(register["items"]) > 0
    counts = [d["articles"] for d in register["items"]]
    assert counts == sorted(counts, reverse=True)
    document = client.get("/api/v1/documents/state:ND:15/2020:CP").json()
    assert document["document"]["id"] == "state:ND:15/2020:CP"
    assert document["document"]["type_name"] == "Nghị định" and document["document"]["articles"] == 2
    assert len(document["citations"]) == 2 and all(c["text"] for c in document["citations"])
    assert sum(n for _, n in document["sources"]) == 2
    assert sum(m["articles"] for m in document["by_month"]) == 2


@pytest.mark.parametrize("segment", ["people", "organizations", "places"])
def test_entity_lists_and_pages(client: TestClient, segment: str) -> None:
    listing = client.get(f"/api/v1/{segment}").json()
    assert listing["items"]
    top = listing["items"][0]
    view = client.get(f"/api/v1/{segment}/{quote(top['entity']['key'])}").json()
    assert view["entity"] == top["entity"]
    assert view["articles"] == top["articles"]
    assert len(view["recent"]) == min(20, top["articles"])
    assert sum(m["articles"] for m in view["by_month"]) >= 1
    assert view["cooccurring"]


def test_person_page_has_titles_with_first_and_last_seen(client: TestClient) -> None:
    view = client.get("/api/v1/people/hà văn quyết").json()
    titles = {t["title"]: t for t in view["titles"]}
    assert "Trưởng Ban Tuyên giáo Tỉnh ủy Lạng Sơn" in titles
    assert titles["Trưởng Ban Tuyên giáo Tỉnh ủy Lạng Sơn"]["first_seen"] == "2024-07-16"


def test_an_entity_is_found_by_its_name_without_accents(client: TestClient) -> None:
    assert client.get("/api/v1/people/ha van quyet").json()["entity"]["name"] == "Hà Văn Quyết"
    assert client.get("/api/v1/places/Lạng Sơn").json()["entity"]["name"] == "Lạng Sơn"


def test_organization_page_lists_titles_held_in_it(client: TestClient) -> None:
    view = client.get("/api/v1/organizations/ban tuyên giáo tỉnh ủy lạng sơn").json()
    assert any(t["holder"] and t["holder"]["name"] == "Hà Văn Quyết" for t in view["titles"])


def test_meetings_list_and_meeting(client: TestClient) -> None:
    listing = client.get("/api/v1/meetings").json()
    assert listing["total"] >= len(listing["items"]) > 0
    with_tasks = None
    for item in listing["items"]:
        view = client.get(f"/api/v1/meetings/{item['id']}").json()
        assert view["meeting"] == item and view["text"]
        if view["tasks"]:
            with_tasks = view
    assert with_tasks is not None, "some sample meeting announces tasks"


@pytest.mark.parametrize("url", [
    "/api/v1/articles/0000000000000000", "/api/v1/documents/party:XX:99:TW", "/api/v1/people/không có ai",
    "/api/v1/organizations/zzz", "/api/v1/places/atlantis", "/api/v1/meetings/0000000000000000-1",
    "/api/v1/meetings/not-a-meeting", "/api/v1/nothing-here",
])
def test_unknown_ids_are_404_json(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/json")
    assert "detail" in response.json()


@pytest.mark.parametrize("params", [{"page": 0}, {"page": "two"}, {"from": "yesterday"}, {"to": "2024-13-01"},
                                    {"q": "x" * 1001}])
def test_bad_search_parameters_are_422_naming_the_parameter(client: TestClient, params: dict[str, object]) -> None:
    response = client.get("/api/v1/search", params=params)
    assert response.status_code == 422
    names = {str(part) for error in response.json()["detail"] for part in error["loc"]}
    assert set(params) & names
