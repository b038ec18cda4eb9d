"""``bantin demo``: the main job of the first README command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bantin.samples import sample_paths


def test_demo_extracts_every_sample_and_says_where(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bantin", "demo", "--out-dir", str(tmp_path), "--no-serve"],
        capture_output=True, timeout=300, check=False, env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in (tmp_path / "samples.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(sample_paths())
    assert {r["provenance"]["encoding"] for r in records} >= {"utf-8", "tcvn3", "vni", "windows-1258"}
    out = result.stdout.decode()
    assert str((tmp_path / "samples.jsonl").resolve()) in out.replace("\n", "")
    assert "sample articles extracted" in out
