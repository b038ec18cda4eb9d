"""The ``bantin`` command line: thin faces over the library.

Each command parses its options, calls one library function and turns our
exceptions into a one-line message and an exit status.
"""

from __future__ import annotations

from bantin.cli._app import app


def main() -> None:
    """Entry point of the ``bantin`` console script."""
    app()


__all__ = ["app", "main"]
