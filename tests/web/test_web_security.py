"""Security: headers on every response, article text escaped, and ingest only with the token."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bantin.web import create_app
from tests.web.conftest import copy_archive

URLS = ["/", "/search?q=tinh+uy", "/documents", "/people", "/docs", "/openapi.json", "/api/v1/home",
        "/static/bantin.css", "/nowhere", "/api/v1/search?page=0", "/search?page=0", "/redoc"]


@pytest.mark.parametrize("url", URLS)
def test_every_response_carries_the_security_headers(client: TestClient, url: str) -> None:
    response = client.get(url, follow_redirects=False)
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_pages_load_nothing_from_elsewhere_and_run_no_script(client: TestClient, xss_id: str) -> None:
    for url in ["/", "/search?q=tinh+uy", f"/articles/{xss_id}", "/documents", "/docs"]:
        page = client.get(url).text
        assert "<script" not in page.replace("&lt;script", "")
        assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
        assert " style=" not in page


def test_the_hostile_article_is_escaped_everywhere(client: TestClient, xss_id: str) -> None:
    page = client.get(f"/articles/{xss_id}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    for raw in ("<script>alert", "<img src=x", "<svg onload", "<iframe"):
        assert raw not in page
    results = client.get("/search", params={"q": "mã độc"}).text
    assert "<script>alert" not in results and "&lt;script&gt;" in results


def test_the_raw_input_is_a_download_never_a_page(client: TestClient, xss_id: str) -> None:
    response = client.get(f"/articles/{xss_id}/raw")
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"].startswith("attachment")
    assert b"<script>alert(1)</script>" in response.content


def _upload(client: TestClient, headers: dict[str, str] | None = None) -> int:
    files = {"file": ("new-page.txt", "Thứ Ba, 07/10/2025\n\nTiêu đề mới\n\n– Nội dung.\n".encode(), "text/plain")}
    return client.post("/api/v1/ingest", files=files, headers=headers or {}).status_code


def test_ingest_is_refused_when_no_token_is_configured(client: TestClient) -> None:
    assert _upload(client) == 401
    assert _upload(client, {"Authorization": "Bearer anything"}) == 401


def test_ingest_is_refused_without_the_right_token(archive_path: Path, tmp_path: Path) -> None:
    app = create_app(copy_archive(archive_path, tmp_path / "copy"), token="s3cret-token")
    with TestClient(app) as client:
        response = client.post("/api/v1/ingest", files={"file": ("a.txt", b"x")})
        assert response.status_code == 401 and response.headers["www-authenticate"].startswith("Bearer")
        assert _upload(client, {"Authorization": "Bearer wrong"}) == 401
        assert _upload(client, {"Authorization": "Basic s3cret-token"}) == 401
        assert _upload(client, {"Authorization": "Bearer "}) == 401
        # Without the token even a request without a body is 401, not a complaint about the body.
        assert client.post("/api/v1/ingest").status_code == 401


def test_ingest_with_the_token_adds_the_article(archive_path: Path, tmp_path: Path) -> None:
    db = copy_archive(archive_path, tmp_path / "copy")
    app = create_app(db, token="s3cret-token")
    page = ("Thứ Ba, 07/10/2025\n\nHội An đón đoàn khảo sát làng gốm Pơngtrôk\n\n– Sáng 7/10, đoàn khảo sát "
            "đến phường Hội An.\n\nĐoàn làm việc với Ủy ban nhân dân phường.\n\nLÊ NAM\n")
    with TestClient(app) as client:
        before = client.get("/api/v1/search", params={"q": "pongtrok"}).json()["total"]
        response = client.post("/api/v1/ingest", files={"file": ("khue-van-truc.txt", page.encode(), "text/plain")},
                               headers={"Authorization": "Bearer s3cret-token"})
        assert response.status_code == 200, response.text
        assert response.json()["counts"] == {"new": 1} and response.json()["files"] == ["khue-van-truc.txt"]
        after = client.get("/api/v1/search", params={"q": "pongtrok"}).json()
        assert before == 0 and after["total"] == 1
        assert after["results"][0]["source"] == "uploads"
        again = client.post("/api/v1/ingest", files={"file": ("khue-van-truc.txt", page.encode(), "text/plain")},
                            headers={"Authorization": "Bearer s3cret-token"})
        assert again.json()["counts"] == {"unchanged": 1}


def test_ingest_without_a_file_says_so(archive_path: Path, tmp_path: Path) -> None:
    app = create_app(copy_archive(archive_path, tmp_path / "copy"), token="t")
    with TestClient(app) as client:
        response = client.post("/api/v1/ingest", data={"other": "x"}, headers={"Authorization": "Bearer t"})
        assert response.status_code == 422 and "file" in response.json()["detail"]


def test_head_is_answered_like_get_without_a_body(client: TestClient) -> None:
    response = client.head("/")
    assert response.status_code == 200 and response.content == b""
    assert response.headers["x-frame-options"] == "DENY" and int(response.headers["content-length"]) > 0
