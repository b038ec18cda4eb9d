"""Dating Party numbering: which term (khóa) a date belongs to (SPEC §2.2, §5.1).

Central Party documents count from 01 again after every national congress, so a
number names a document only together with its term. A term runs from the day
after its congress closes to the day the next congress opens; a document dated
while a congress sits may belong to either side (the first plenum can meet during
the congress), and then both terms are given.
"""

from __future__ import annotations

import datetime as dt

from bantin.extract.docref._data import Tables


def terms_for_date(date: dt.date, tables: Tables) -> tuple[str, ...]:
    """The Party term(s) a document dated ``date`` belongs to; empty before the first known term."""
    congresses = tables.congresses
    for index, congress in enumerate(congresses):
        following = congresses[index + 1] if index + 1 < len(congresses) else None
        if following is not None and following.opened <= date <= following.closed:
            return (congress.term, following.term)
        if date > congress.closed and (following is None or date < following.opened):
            return (congress.term,)
    return ()


def terms_for_year(year: int, tables: Tables) -> tuple[str, ...]:
    """The Party term of a document dated only by its year, when the whole year lies in one term."""
    first = terms_for_date(dt.date(year, 1, 1), tables)
    last = terms_for_date(dt.date(year, 12, 31), tables)
    if len(first) == 1 and first == last:
        return first
    return ()


def constitution_in_force(date: dt.date, tables: Tables) -> int | None:
    """The year of the Constitution in force on ``date``."""
    current = None
    for year, in_force in tables.constitutions:
        if in_force <= date:
            current = year
    return current
