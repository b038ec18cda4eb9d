"""Document references: Party and State documents cited in Vietnamese news, one id per document.

"Chỉ thị 05-CT/TW của Bộ Chính trị", "Nghị định số 15/2020/NĐ-CP ngày 03/02/2020",
"Nghị quyết Đại hội XIII của Đảng", "Chỉ thị này": :func:`find_document_references`
finds them and gives each the canonical identifier of ``../shared/docref/SPEC.md``
§4 (``party:CT:05:TW``, ``state:ND:15/2020:CP``, ``party:NQDH:XIII``);
:func:`to_facts` turns them into ``document`` facts of an article record;
:class:`DocumentRegister` gathers them across articles, one entry per document.

Span convention: a mention runs from its type word (with the title words and
"số" that may follow it: "Luật Báo chí số 103/2016/QH13") to the end of the
date, "của ..." issuer phrase and "khóa" term written after the symbol
("Chỉ thị 05-CT/TW của Bộ Chính trị", "Kết luận số 01-KL/TW", "Nghị quyết Đại hội
XIII của Đảng"). An article pointer before it ("Điều 5") and a title after it
("về ...") stay outside, in ``pinpoint`` and ``title_hint``. See
:class:`DocumentReference` for lists sharing one suffix.

A mention's id is completed from the rest of its article (``_article``): the
statute's title line types its number ("BỘ LUẬT" -> ``state:BOLUAT:100/2015:QH13``);
the date of the sentence that issues a year-less document gives its year
("Ngày 6-2, UBND TP Hà Nội ban hành Kế hoạch số 23/KH-UBND" ->
``state:KH:23:UBND~HA-NOI@2017``), the body named with its place in the sentence or
the article's province gives a local issuer's locality, the gazetteer gives the
term of a famous Party document ("Chỉ thị số 05 của Bộ Chính trị" ->
``party:CT:05:TW@XII``), and every mention of one document takes the most complete
id any of them has (SPEC #51). Laws are also cited by name, without a number
("Luật Đất đai", "luật Cán bộ, công chức năm 2008" -> ``state:LUAT:dat-dai``,
``state:LUAT:can-bo-cong-chuc@2008``).

The words, codes and calendars the heuristics use live in ``bantin/lang/vi/``:
``doc_types.json``, ``issuers.json`` and ``document_gazetteer.json``.
"""

from __future__ import annotations

from bantin.extract.docref._extract import find_document_references, may_cite_documents
from bantin.extract.docref._facts import to_facts
from bantin.extract.docref._model import DocumentReference
from bantin.extract.docref._register import DocumentRegister, Mention, RegisterEntry

__all__ = [
    "DocumentReference",
    "DocumentRegister",
    "Mention",
    "RegisterEntry",
    "find_document_references",
    "may_cite_documents",
    "to_facts",
]
