"""``bantin serve`` and the end of ``bantin demo``: where they listen, what they refuse, what they print."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bantin.cli._serve import address, free_port, is_loopback


def _bantin(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bantin", *args], capture_output=True, text=True, timeout=timeout,
                          check=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "example.org"])
def test_a_host_reachable_from_elsewhere_needs_allow_remote(archive_path: Path, host: str) -> None:
    result = _bantin("serve", "--db", str(archive_path), "--host", host, "--port", str(free_port()))
    assert result.returncode == 2 and "--allow-remote" in result.stderr


def test_serving_a_missing_archive_says_so(tmp_path: Path) -> None:
    result = _bantin("serve", "--db", str(tmp_path / "none.db"), "--port", str(free_port()))
    assert result.returncode == 1 and "no archive here" in result.stderr


def test_loopback_hosts_are_local() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.0.1.1", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "10.0.0.1", "bantin.example"))
    assert address("::1", 8000) == "http://[::1]:8000/"


def _wait_for_address(process: subprocess.Popen[str], deadline: float) -> str:
    assert process.stdout is not None
    for line in process.stdout:
        if "http://127.0.0.1:" in line:
            return "http://" + line.split("http://", 1)[1].split("/", 1)[0] + "/"
        if time.monotonic() > deadline:
            break
    raise AssertionError("the server never printed its address")


def _get(url: str, deadline: float) -> httpx.Response:
    while True:
        try:
            return httpx.get(url, timeout=5)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_demo_ends_by_serving_the_sample_archive(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "COLUMNS": "200", "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen([sys.executable, "-m", "bantin", "demo", "--out-dir", str(tmp_path), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        deadline = time.monotonic() + 240
        url = _wait_for_address(process, deadline)
        assert url == f"http://127.0.0.1:{port}/"
        home = _get(url, deadline)
        assert home.status_code == 200 and "Tổng quan kho tin" in home.text
        assert _get(url + "api/v1/home", deadline).json()["totals"]["articles"] > 0
    finally:
        process.terminate()
        process.wait(timeout=30)
