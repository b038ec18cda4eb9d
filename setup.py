"""Build hook: compiles bantin's decoding, layout, text scans and fact extractors to C with mypyc.

Everything else about the package (metadata, dependencies, data files) is in
pyproject.toml. The compiled modules are the same Python sources, type-checked
and translated to C by mypyc: they give the same records, and the full pipeline
runs about a quarter faster (``benchmarks/bench_layout.py``). Every other module
stays plain Python.

Set ``BANTIN_PURE_PYTHON=1`` to install the sources alone (no C compiler
needed); without a C compiler or Python's C headers the build says so and
installs them alone too.
After an edit to a compiled module, build again (``make setup`` does it): until
then ``import bantin`` stops with a message naming the stale module rather than
run the old compiled code.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
COMPILED_PACKAGES = (
    "bantin/decode",
    "bantin/layout",
    "bantin/text",
    "bantin/extract/dates",
    "bantin/extract/docref",
    "bantin/extract/meetings",
    "bantin/extract/orgs",
    "bantin/extract/people",
    "bantin/extract/places",
)
NOT_COMPILED = {
    # EstimatedDate subclasses datetime.date, which a class compiled by mypyc cannot do.
    "bantin/extract/dates/_mention.py",
    # decode_bytes checks its argument's type itself, to say "needs bytes, got str" as a UsageError;
    # compiled, the argument check mypyc adds would raise a bare TypeError first.
    "bantin/decode/_decode.py",
}


def compiled_sources() -> list[str]:
    """The source files mypyc compiles, relative to the project root."""
    sources = []
    for package in COMPILED_PACKAGES:
        for path in sorted((ROOT / "src" / package).glob("*.py")):
            relative = path.relative_to(ROOT / "src").as_posix()
            # A package's __init__ keeps its docstring (mypyc drops those of what it compiles).
            if path.name != "__init__.py" and relative not in NOT_COMPILED:
                sources.append(f"src/{relative}")
    return sources


def _cannot_compile() -> str | None:
    """Why this machine cannot build C extensions for this Python, or ``None`` when it can."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) found; install gcc"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "this Python has no C headers (Python.h); on Debian, install python3-dev"
    return None


def _extensions() -> list[object]:
    if os.environ.get("BANTIN_PURE_PYTHON"):
        print("bantin: BANTIN_PURE_PYTHON is set, installing the Python sources only", file=sys.stderr)
        return []
    reason = _cannot_compile()
    if reason is not None:
        print(f"bantin: installing the Python sources only, uncompiled: {reason}", file=sys.stderr)
        return []
    from mypyc.build import mypycify

    # pip builds in an isolated environment without bantin's dependencies, so the type check behind
    # the compilation reads them as untyped (Any): code that handles their objects compiles to the
    # generic operations of plain Python. The sources pass "mypy --strict" with them installed
    # (tests/test_typing.py).
    without_dependencies = ["--ignore-missing-imports", "--allow-subclassing-any", "--no-warn-return-any"]
    return list(mypycify([*without_dependencies, *compiled_sources()], opt_level="3", debug_level="0"))


class _ParallelBuildExt(build_ext):
    """Compile the C files of the extensions on every core."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if self.parallel is None:
            self.parallel = os.cpu_count() or 1


setup(ext_modules=_extensions(), cmdclass={"build_ext": _ParallelBuildExt})
