"""People and their titles: "đồng chí Nguyễn Trọng Nghĩa, Bí thư Trung ương Đảng, Trưởng Ban ...".

:func:`find_people` finds names (family name and capitalised syllables, or a
capitalised run after an honorific, a rank or a title), the markers before them
("đồng chí", "Đại tá", "GS.TS"), the titles before or after them, each with its
organisation's full name as ``bantin.extract.orgs`` gives it ("Chủ tịch UBND tỉnh" ->
"Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn" when the article is about Lạng Sơn; pass
``province=`` as to ``find_organizations``), a title written short taking the
person's fuller writing in the article ("Bộ trưởng" -> "Bộ trưởng Bộ Công Thương"),
and the later mentions of the same person by given name ("ông Nghĩa") or by title
alone ("đồng chí Trưởng Ban Tuyên giáo Trung ương"). Bylines give authors, not
subjects, and are skipped. :func:`to_facts` turns the mentions into ``person`` facts.

The words the rules use live in ``bantin/lang/vi/names.py`` (family names,
particles, honorifics) and ``titles.py`` (title words, ranks, role words).
"""

from __future__ import annotations

from bantin.extract.people._facts import to_facts
from bantin.extract.people._find import find_people
from bantin.extract.people._model import MentionKind, PersonMention

__all__ = ["MentionKind", "PersonMention", "find_people", "to_facts"]
