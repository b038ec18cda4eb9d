"""The report as a page of the web UI (/reports), its JSON twin and downloads, through the real app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bantin.report import Report
from bantin.web import create_app


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(sample_db)) as test_client:
        yield test_client


def test_the_page_defaults_to_the_six_months_up_to_the_newest_article(client: TestClient) -> None:
    page = client.get("/reports", params={"lang": "vi"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Báo cáo sơ kết thông tin báo chí" in page.text
    assert "từ 19/4/2025 đến 18/10/2025" in page.text
    assert '<link rel="stylesheet" href="reports/report.css">' in page.text and "<style>" not in page.text
    assert page.text.count('data-chart="') == 4


def test_the_page_follows_its_parameters(client: TestClient, sample_report: Report) -> None:
    page = client.get("/reports", params={"from": "2017-01-01", "to": "2025-12-31", "lang": "en",
                                          "place": "lang son"})
    assert page.status_code == 200
    assert "Period review of the news coverage" in page.text and "Articles naming: lang son" in page.text
    assert 'href="articles/' in page.text  # the appendix links to the web UI's article pages


def test_the_json_twin_has_the_numbers_of_the_page(client: TestClient, sample_report: Report) -> None:
    request = sample_report.request
    data = client.get("/api/v1/reports", params={"from": request.date_from.isoformat(),
                                                 "to": request.date_to.isoformat()}).json()
    assert data["totals"]["articles"] == sample_report.totals.articles
    assert [d["key"] for d in data["documents"]] == [d.key for d in sample_report.documents]
    assert data["people"][0]["name"] == sample_report.people[0].name


def test_the_stylesheet_and_downloads_are_served(client: TestClient) -> None:
    assert client.get("/reports/report.css").headers["content-type"].startswith("text/css")
    # lang=vi: an earlier page asked for English, and the cookie remembers it
    markdown = client.get("/reports/report.md", params={"from": "2025-01-01", "to": "2025-06-30", "lang": "vi"})
    assert markdown.status_code == 200 and markdown.text.startswith("# Báo cáo sơ kết")
    pdf = client.get("/reports/report.pdf", params={"from": "2025-01-01", "to": "2025-06-30"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize("params", [{"from": "2025-02-01", "to": "2025-01-01"}, {"from": "nope"},
                                    {"from": "0001-01-02", "to": "0001-02-01"}, {"lang": "fr"}])
def test_bad_parameters_are_a_400_page_and_a_4xx_answer(client: TestClient, params: dict[str, str]) -> None:
    assert client.get("/reports", params=params).status_code == 400
    assert client.get("/api/v1/reports", params=params).status_code in (400, 422)
