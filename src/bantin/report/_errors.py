"""The errors of the report, in bantin's one tree.

::

    BantinError
    ├── UsageError
    │   └── ReportRequestError     a period, format or language that cannot make a report
    └── ReportError                a report that cannot be written (PDF fonts missing, output unwritable)

Both messages say what to change: the option, the package to install, the path.
"""

from __future__ import annotations

from bantin.errors import BantinError, UsageError


class ReportRequestError(UsageError):
    """The request cannot make a report: ``--from`` after ``--to``, an unknown format or language."""


class ReportError(BantinError):
    """A report could not be rendered or written; the message names what is missing."""
