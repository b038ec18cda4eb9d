"""The mypyc build (setup.py): its guard against stale compiled modules, and docstrings read from source."""

from __future__ import annotations

import ast
import os
import time
from pathlib import Path

import pytest

import bantin.text
from bantin._compiled import StaleCompiledModuleError, check_compiled_modules, docstring, is_compiled
from bantin.extract.orgs import _scan
from bantin.text import _tones

SUFFIX = ".cpython-311-x86_64-linux-gnu.so"


def _tree(root: Path, *, edited_after_build: bool) -> Path:
    """A source tree as an editable install leaves it: sources, compiled modules, the mypyc library."""
    package = root / "src" / "pkg"
    (package / "sub").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'pkg'\n")
    for name in ("_a", "sub/_b"):
        (package / f"{name}.py").write_text("x = 1\n")
        (package / f"{name}{SUFFIX}").write_bytes(b"")
    library = root / "src" / f"0123abcd__mypyc{SUFFIX}"
    library.write_bytes(b"")
    past = time.time() - 60
    for path in [*package.rglob("*"), library]:
        os.utime(path, (past, past))
    if edited_after_build:
        (package / "sub" / "_b.py").write_text("x = 2\n")
    return package


def test_a_source_edited_after_the_build_stops_the_import_with_what_to_do(tmp_path: Path) -> None:
    package = _tree(tmp_path, edited_after_build=True)
    with pytest.raises(StaleCompiledModuleError) as raised:
        check_compiled_modules(package)
    message = str(raised.value)
    assert "pkg/sub/_b.py changed after bantin was compiled" in message
    assert "make setup" in message and "_a.py" not in message


def test_a_tree_built_after_its_last_edit_passes(tmp_path: Path) -> None:
    check_compiled_modules(_tree(tmp_path, edited_after_build=False))


def test_outside_a_source_tree_nothing_is_checked(tmp_path: Path) -> None:
    package = _tree(tmp_path, edited_after_build=True)
    (tmp_path / "pyproject.toml").unlink()  # an installed wheel: its file times say nothing
    check_compiled_modules(package)


def _source_docstring(path: Path, name: str) -> str | None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    (node,) = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name == name]
    return ast.get_docstring(node)


def test_docstrings_come_from_the_source_whether_compiled_or_not() -> None:
    tones = Path(bantin.text.__file__).parent / "_tones.py"
    expected = _source_docstring(tones, "canonical_form")
    assert expected and docstring(bantin.text.canonical_form) == expected
    scan = Path(bantin.text.__file__).parent.parent / "extract" / "orgs" / "_scan.py"
    assert docstring(_scan.Scan) == _source_docstring(scan, "Scan")
    method = "The organisation whose name starts at ``position``, if any."
    assert docstring(_scan.Scan.org_starting_at) == method


def test_is_compiled_says_which_build_runs() -> None:
    assert is_compiled() == str(_tones.__file__).endswith(".so")
    assert is_compiled() == str(_scan.__file__).endswith(".so")
