"""The web tests' archive (the bundled samples and one hostile page), an app over it, a live server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Self

import pytest
import uvicorn
from fastapi import FastAPI

# Starlette 1.x warns that its TestClient will move from httpx to httpx2: not ours to act on.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient

from bantin.archive import Archive
from bantin.samples import sample_paths
from bantin.sources import iter_inputs
from bantin.web import create_app

# An article of our own whose text tries every usual way of running script in a page: it must be
# shown as text (escaped), never run, wherever it lands (title, lead, body, next to marked facts).
XSS_PAGE = """Thứ Hai, 06/10/2025

Cảnh giác với mã độc <script>alert(1)</script> trong tin nhắn giả mạo

– Sáng 6/10, Sở Khoa học và Công nghệ tỉnh Lạng Sơn cảnh báo người dân về tin nhắn có đoạn mã \
<img src=x onerror=alert(1)> giả danh cơ quan thuế.

Theo Sở Khoa học và Công nghệ, các tin nhắn này chứa đường dẫn "><svg onload=alert(1)> và đoạn \
<script>document.title='hacked'</script> nhằm đánh cắp thông tin cá nhân. Đồng chí Nguyễn Văn An, Giám đốc \
Sở Khoa học và Công nghệ tỉnh Lạng Sơn, đề nghị người dân thực hiện nghiêm Nghị định số 13/2023/NĐ-CP về bảo \
vệ dữ liệu cá nhân.

Người dân khi nhận được tin nhắn có <iframe src="javascript:alert(1)"></iframe> cần báo ngay cho cơ quan công an.

TRẦN MINH
"""
XSS_TITLE_START = "Cảnh giác với mã độc"

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(scope="session")
def archive_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of the sample articles and the hostile page, built once per session."""
    folder = tmp_path_factory.mktemp("web-archive")
    page = folder / "hostile" / "xss-page.txt"  # its source is "hostile"
    page.parent.mkdir()
    page.write_text(XSS_PAGE, encoding="utf-8")
    db = folder / "bantin.db"
    with Archive.open(db) as archive:
        tally = archive.ingest(iter_inputs([*(str(p) for p in sample_paths()), str(page)]))
    assert tally.counts["new"] == len(sample_paths()) + 1
    return db


@pytest.fixture(scope="session")
def app(archive_path: Path) -> FastAPI:
    return create_app(archive_path)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        yield test_client


def copy_archive(source: Path, folder: Path) -> Path:
    """A copy of an archive and its index (for a test that writes)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    shutil.copy2(source, target)
    shutil.copytree(source.parent / (source.name + ".index"), folder / (source.name + ".index"))
    return target


class LiveServer:
    """uvicorn serving an app on 127.0.0.1, on a port the system chose, in a thread."""

    def __init__(self, app: FastAPI) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.port = int(self.socket.getsockname()[1])
        config = uvicorn.Config(app, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Self:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


@pytest.fixture(scope="session")
def live_url(app: FastAPI) -> Iterator[str]:
    """The address of a real server over the test archive."""
    with LiveServer(app) as server:
        yield server.url


@pytest.fixture(scope="session")
def xss_id(client: TestClient) -> str:
    """The id of the hostile article."""
    results = client.get("/api/v1/search", params={"q": "mã độc tin nhắn giả mạo"}).json()["results"]
    found = [r["id"] for r in results if (r["title"] or "").startswith(XSS_TITLE_START)]
    assert found, results
    return str(found[0])
