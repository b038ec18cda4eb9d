"""Organisations: Party, State and mass bodies, companies, hospitals, schools, foreign bodies.

"Ban Tuyên giáo Trung ương", "UBND tỉnh Lạng Sơn", "Sở GD&ĐT", "Công ty TNHH ...",
"của Đảng": :func:`find_organizations` finds them by their head nouns and the name
parts after them (or by their name alone: outlets, names in capitals, a short name
given in brackets), and gives each its full name (abbreviations expanded, fields of
ministries spelled officially, the place completed when certain, bodies left bare
completed from the article: "Sở Y tế", "UBND", "Đoàn Chủ tịch", "Huyện ủy");
:func:`to_facts` turns them into ``organization`` facts;
:func:`expand_abbreviations` writes out the abbreviations of names and titles
("UBND" -> "Ủy ban nhân dân"), for titles of people too.

The words the rules use live in ``bantin/lang/vi/organisations.py`` (heads,
abbreviations, unit words, stop words) and ``titles.py`` (the title words an
organisation may follow).
"""

from __future__ import annotations

from bantin.extract.orgs._abbrev import expand_abbreviations
from bantin.extract.orgs._facts import to_facts
from bantin.extract.orgs._find import find_organizations
from bantin.extract.orgs._model import OrgKind, OrgMention

__all__ = ["OrgKind", "OrgMention", "expand_abbreviations", "find_organizations", "to_facts"]
