"""The bundled sample articles: our own writing, the embedded default the first command runs on.

Fictional people and events, real places and real document numbers, in the
layouts met in the wild; some stored in legacy encodings (TCVN3, VNI,
Windows-1258) and some with the old tone placement. ``manifest.json`` says how
each is stored and what a correct record of it holds.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def samples_dir() -> Path:
    """The folder of the sample articles."""
    return Path(str(resources.files("bantin.samples") / "articles"))


def sample_paths() -> list[Path]:
    """Every sample article file, in name order."""
    return sorted(p for p in samples_dir().iterdir() if p.suffix == ".txt")


def manifest() -> list[dict[str, Any]]:
    """The manifest: per sample, its stored encoding and the expected layout and facts."""
    text = (resources.files("bantin.samples") / "manifest.json").read_text(encoding="utf-8")
    entries: list[dict[str, Any]] = json.loads(text)
    return entries
