"""A guard against running old compiled code after its Python source changed.

``setup.py`` compiles the text scans and extractors with mypyc; in an editable
install (``make setup``) the compiled modules sit beside their sources, and
Python imports a compiled module before its ``.py``. An edit, a ``git pull`` or a
checkout after the build would then go unseen, so importing bantin from a
source tree checks that no source is newer than its compiled module. The check
only runs in a source tree (beside a ``pyproject.toml``): an installed wheel is
never edited, and its files' times say nothing about the order they were built.
This module is never compiled itself.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


class StaleCompiledModuleError(ImportError):
    """A compiled module is older than its Python source: it must be built again."""


def check_compiled_modules(package: Path = _PACKAGE) -> None:
    """Raise :class:`StaleCompiledModuleError` when a source changed after its module was compiled."""
    if not (package.parent.parent / "pyproject.toml").is_file():
        return
    library = next(package.parent.glob("*__mypyc.*"), None)
    if library is None:
        return  # installed from the sources alone (BANTIN_PURE_PYTHON=1, or no C compiler)
    built = library.stat().st_mtime
    stale = sorted(
        source
        for compiled in package.rglob("*.so")
        if (source := _source_of(compiled)).is_file()
        and source.stat().st_mtime > built
    )
    if stale:
        names = ", ".join(str(path.relative_to(package.parent)) for path in stale[:3])
        more = f" and {len(stale) - 3} more" if len(stale) > 3 else ""
        raise StaleCompiledModuleError(
            f"{names}{more} changed after bantin was compiled: run 'make setup' to compile again, "
            "or delete the compiled modules (find src -name '*.so' -delete) to run the Python sources"
        )


def docstring(value: object) -> str | None:
    """The docstring of a function or class, read from its source when mypyc compiled it.

    mypyc keeps a compiled function's signature but not its docstring (``help()``
    shows none), so this reads the ``.py`` file installed beside the compiled module.
    """
    module = inspect.getmodule(getattr(value, "__objclass__", value))  # a compiled method: its class's module
    compiled = Path(str(getattr(module, "__file__", "")))
    if compiled.suffix != ".so":
        written = getattr(value, "__doc__", None)
        return inspect.cleandoc(written) if written else None  # as ast.get_docstring gives it
    path = _source_of(compiled)
    if not path.is_file():
        return None
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wanted = getattr(value, "__qualname__", getattr(value, "__name__", "")).split(".")
    return _find_docstring(tree, wanted)


def _source_of(compiled: Path) -> Path:
    """The source of a compiled module: ``_scan.py`` for ``_scan.cpython-311-x86_64-linux-gnu.so``."""
    return compiled.with_name(compiled.name.split(".", 1)[0] + ".py")


def _find_docstring(node: ast.AST, path: list[str]) -> str | None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and child.name == path[0]:
            return ast.get_docstring(child) if len(path) == 1 else _find_docstring(child, path[1:])
    return None


def is_compiled() -> bool:
    """Whether the text scans and extractors run compiled (``False`` with ``BANTIN_PURE_PYTHON=1``)."""
    from bantin.text import _tones

    return str(_tones.__file__).endswith(".so")
