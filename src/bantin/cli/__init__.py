"""The ``bantin`` command line: thin faces over the library.

Each command parses its options, calls one library function and turns our
exceptions into a one-line message and an exit status.
"""

from __future__ import annotations

import sys

from bantin.cli._app import app
from bantin.cli._output import print_error
from bantin.errors import BantinError


def main() -> None:
    """Entry point of the ``bantin`` console script: a bantin error is one line and exit status 1."""
    try:
        app()
    except BantinError as error:
        print_error(error)
        sys.exit(1)


__all__ = ["app", "main"]
