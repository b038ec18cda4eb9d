"""The HTML pages over the test archive: what each shows, the language switch, errors as pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bantin.web._i18n import CATALOGUE, LANGUAGES
from bantin.web._render import TEMPLATES


def test_home_page_shows_totals_newest_documents_and_silent_sources(client: TestClient) -> None:
    page = client.get("/").text
    assert '<html lang="vi">' in page and "Tổng quan kho tin" in page
    assert "Bài mới nhất" in page and "Văn bản được trích dẫn nhiều nhất" in page
    assert 'class="silent"' in page and "im lặng" in page


def test_search_page_has_results_facets_chart_and_pages(client: TestClient) -> None:
    page = client.get("/search", params={"q": "tinh uy"}).text
    assert page.count('class="hit"') == 10
    assert "<svg" in page and 'class="bar"' in page
    assert 'data-facet="places"' in page and 'data-facet="sources"' in page and 'data-facet="months"' in page
    assert "/search?q=tinh+uy&amp;page=2" in page
    assert "<mark>Tỉnh ủy</mark>" in page or "<mark>Tỉnh uỷ</mark>" in page


def test_facet_links_add_a_filter_to_the_same_search(client: TestClient) -> None:
    page = client.get("/search", params={"q": "tinh uy", "source": "samples"}).text
    links = re.findall(r'href="(/search\?[^"]*place=[^"]*)"', page)
    assert links and all("q=tinh+uy" in link and "source=samples" in link for link in links)
    assert 'class="chip"' in page  # the active filter, with a link that removes it


def test_article_page_marks_facts_with_a_legend(client: TestClient) -> None:
    article_id = client.get("/api/v1/search", params={"q": "Lạng Sơn sơ kết tuyên giáo"}).json()["results"][0]["id"]
    page = client.get(f"/articles/{article_id}").text
    for kind in ("date", "person", "organization", "place", "document", "meeting", "task"):
        assert f'<mark class="{kind}"' in page
    assert 'class="legend"' in page and "Chú giải" in page
    assert '<mark class="person" title="person: Hà Văn Quyết">Hà Văn Quyết</mark>' in page
    assert "/documents/party:CT:05:TW@XII" in page and "/people/h%C3%A0%20v%C4%83n%20quy%E1%BA%BFt" in page
    assert f"/api/v1/articles/{article_id}" in page and f"/articles/{article_id}/raw" in page
    assert "Nguồn gốc" in page and "sha" in page.lower()


def test_document_page_lists_its_citing_articles(client: TestClient) -> None:
    page = client.get("/documents/state:ND:15/2020:CP").text
    assert "Nghị định" in page and page.count("<li data-id=") == 2
    assert "<svg" in page


@pytest.mark.parametrize("url", ["/documents", "/people", "/organizations", "/places", "/meetings", "/docs",
                                 "/people/ha van quyet", "/places/Lạng Sơn", "/organizations/bộ chính trị"])
def test_every_list_and_entity_page_renders(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "</html>" in response.text


def test_meeting_page_renders_with_its_article(client: TestClient) -> None:
    meeting = client.get("/api/v1/meetings").json()["items"][0]
    page = client.get(f"/meetings/{meeting['id']}").text
    assert f"/articles/{meeting['article']['id']}" in page and 'class="meeting"' in page
    dated = next(m for m in client.get("/api/v1/meetings").json()["items"] if m["article"]["published"])
    dated_page = client.get(f"/meetings/{dated['id']}").text
    assert "<svg" in dated_page and "Các bài đưa tin theo ngày" in dated_page  # its reports by day


def test_english_switch_sets_a_cookie_that_sticks(archive_path: Path) -> None:
    from bantin.web import create_app

    with TestClient(create_app(archive_path)) as fresh:
        english = fresh.get("/", params={"lang": "en"})
        assert '<html lang="en">' in english.text and "The archive at a glance" in english.text
        assert 'href="/?lang=vi"' in english.text
        assert fresh.get("/documents").text.count("Document register") >= 1
        assert '<html lang="vi">' in fresh.get("/", params={"lang": "vi"}).text
        assert '<html lang="vi">' in fresh.get("/", params={"lang": "xx"}).text


def test_unknown_pages_and_ids_are_404_pages(client: TestClient) -> None:
    for url in ["/nowhere", "/articles/0000000000000000", "/documents/party:XX:1:TW", "/meetings/abc-1",
                "/people/nobody at all"]:
        response = client.get(url)
        assert response.status_code == 404 and "text/html" in response.headers["content-type"]
        assert "Lỗi 404" in response.text


def test_bad_parameters_are_400_pages_naming_them(client: TestClient) -> None:
    response = client.get("/search", params={"q": "x", "from": "not-a-date"})
    assert response.status_code == 400 and "from" in response.text
    assert client.get("/people", params={"page": "-1"}).status_code == 400


def test_every_string_of_the_templates_is_in_both_languages() -> None:
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""t\(["']([a-z_]+\.[a-z_]+)["']""", template.read_text(encoding="utf-8")))
    assert used and used <= set(CATALOGUE), sorted(used - set(CATALOGUE))
    assert all(len(entry) == len(LANGUAGES) and all(entry) for entry in CATALOGUE.values())


def test_words_of_the_data_are_translated_and_unknown_ones_shown_as_they_are() -> None:
    from bantin.web._i18n import Translator

    assert Translator("vi").term("level", "province") == "tỉnh, thành phố"
    assert Translator("en").term("part", "afternoon") == "afternoon"
    assert Translator("vi").term("part", "afternoon") == "chiều"
    assert Translator("vi").term("level", "galaxy") == "galaxy" and Translator("vi").term("level", None) == ""
