"""The package type-checks under mypy's strict mode, as pyproject.toml configures it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_package_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
         "--no-incremental", "--cache-dir", os.devnull, "-p", "bantin"],
        cwd=ROOT / "src", capture_output=True, text=True, check=False,
    )
    print(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr)
    assert result.returncode == 0, result.stdout + result.stderr
