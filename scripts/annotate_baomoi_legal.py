"""Write the development annotations of 22 baomoi articles and 10 statute headers.

Usage (from the project root)::

    .venv/bin/python scripts/annotate_baomoi_legal.py            # write both JSONL files
    .venv/bin/python scripts/annotate_baomoi_legal.py --report   # also print every fact and
                                                                  # the capitalised words and
                                                                  # numbers no fact covers

The annotations follow ``docs/annotation.md``. They are written here as
``(kind, pattern, value, occurrence, extras)``: the pattern is a literal string of the
record's text, with the span of the fact in square brackets when the pattern carries
context (``"ông [Dân]"``); the occurrence is ``None`` (the pattern must occur exactly
once), an index (0-based, among whole-word occurrences) or ``"all"`` (every whole-word
occurrence not already covered by a fact of the same kind). The script finds the offsets
in ``Article.text`` as bantin builds it, checks them (whole words, inside the scope, no
overlapping facts of one kind, well-formed values) and writes only offsets and values:
never the article text.

Outputs: ``annotations/dev/news_baomoi.jsonl`` and ``annotations/dev/legal_vlc.jsonl``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bantin.pipeline import extract_articles
from bantin.sources import iter_inputs, iter_jsonl
from bantin.text import canonical_form

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
BAOMOI = SHARED / "news_baomoi" / "baomoi_2017_sample1000.jsonl"
LEGAL = SHARED / "legal_vlc" / "corpus"
OUT = ROOT / "annotations" / "dev"

KINDS = ("date", "document", "person", "organization", "place", "meeting", "task")
_UNIT_BEFORE = re.compile(r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|thị trấn|xã|phường|thôn) $")
_DATE_VALUE = re.compile(
    r"^\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?|Q[1-4]|H[12]))?"
    r"(?:/\d{4}(?:-(?:\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?|Q[1-4]|H[12]))?)?$"
)
_DOC_VALUE = re.compile(
    r"^(?:(?:state|party|mass_org):[A-Z]+:(?:[0-9]{2,}(?:\.\d+)?(?:/\d{4})?|[IVX]+)"
    r"(?::[A-Z0-9+\-]+)?(?:~[A-Z\-]+)?(?:@(?:[IVX]+|\d{4}))?(?:!fmt)?"
    r"|partial:[A-Z]+:\d{2,}|party:NQDH:[IVX]+|state:HP:\d{4}|state:LUAT:[a-z\-]+@\d{4})$"
)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char) == "Mn"


@dataclass
class Fact:
    kind: str
    start: int
    end: int
    value: Any
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "start": self.start, "end": self.end, "value": self.value}
        out.update(self.extra)
        return out


class Record:
    """One annotated record: its text, scope and facts, with the helpers that add facts."""

    def __init__(self, dataset: str, source: str, record_id: str, position: int | None,
                 published: str | None, text: str, scope: tuple[int, int]) -> None:
        self.dataset, self.source, self.record_id = dataset, source, record_id
        self.position, self.published, self.text, self.scope = position, published, text, scope
        self.facts: list[Fact] = []

    # -- locating -------------------------------------------------------------------
    def _matches(self, pattern: str) -> list[tuple[int, int]]:
        """Whole-word occurrences of the pattern inside the scope, as (span start, span end)."""
        if "[" in pattern:
            left, rest = pattern.split("[", 1)
            inner, right = rest.split("]", 1)
        else:
            left, inner, right = "", pattern, ""
        needle = left + inner + right
        found = []
        start = self.text.find(needle)
        while start >= 0:
            end = start + len(needle)
            ok_left = start == 0 or not (_is_word_char(needle[0]) and _is_word_char(self.text[start - 1]))
            ok_right = end == len(self.text) or not (_is_word_char(needle[-1]) and _is_word_char(self.text[end]))
            # a number does not stop inside "6/2/2017" or "30. 000"
            if needle[0].isdigit() and start >= 2 and self.text[start - 1] in "/.-" and self.text[start - 2].isdigit():
                ok_left = False
            if (needle[-1].isdigit() and end + 1 < len(self.text) and self.text[end] in "/.-"
                    and self.text[end + 1].isdigit()):
                ok_right = False
            if ok_left and ok_right and self.scope[0] <= start and end <= self.scope[1]:
                s = start + len(left)
                found.append((s, s + len(inner)))
            start = self.text.find(needle, start + 1)
        return found

    def _overlaps(self, kind: str, s: int, e: int) -> bool:
        return any(f.kind == kind and f.start < e and s < f.end for f in self.facts)

    def add(self, kind: str, pattern: str, value: Any, n: int | str | None = None, **extra: Any) -> None:
        matches = self._matches(pattern)
        where = f"{self.record_id}: {kind} {pattern!r}"
        if not matches:
            raise AssertionError(f"{where}: not found")
        if n is None:
            if len(matches) != 1:
                raise AssertionError(f"{where}: found {len(matches)} times, give an occurrence")
            chosen = matches
        elif n == "all":
            chosen = [m for m in matches if not self._overlaps(kind, *m)]
            if not chosen:
                raise AssertionError(f"{where}: every occurrence is already covered")
        else:
            assert isinstance(n, int)
            if n >= len(matches):
                raise AssertionError(f"{where}: occurrence {n} of {len(matches)}")
            chosen = [matches[n]]
        for s, e in chosen:
            if kind == "place" and not extra.get("noext"):
                before = _UNIT_BEFORE.search(self.text, max(0, s - 12), s)
                if before is not None and before.end() == s:
                    s = before.start()
            ext = {k: v for k, v in extra.items() if k != "noext"}
            if not (self.scope[0] <= s and e <= self.scope[1]):
                raise AssertionError(f"{where}: outside the scope")
            if self._overlaps(kind, s, e):
                raise AssertionError(f"{where}: overlaps another {kind} fact at {s}")
            self.facts.append(Fact(kind, s, e, value, ext))

    # -- one helper per kind ----------------------------------------------------------
    def date(self, pattern: str, value: str, n: int | str | None = None) -> None:
        self.add("date", pattern, value, n)

    def doc(self, pattern: str, value: str, n: int | str | None = None) -> None:
        self.add("document", pattern, value, n)

    def person(self, pattern: str, name: str, titles: list[str] | None = None,
               n: int | str | None = None) -> None:
        self.add("person", pattern, name, n, titles=list(titles or []))

    def org(self, pattern: str, name: str, n: int | str | None = None) -> None:
        self.add("organization", pattern, name, n)

    def place(self, pattern: str, name: str, n: int | str | None = None, noext: bool = False) -> None:
        self.add("place", pattern, name, n, noext=noext)

    def meeting(self, pattern: str, kind: str, date: str | None, n: int | str | None = None, *,
                part_of_day: str | None = None, organizer: str | None = None, chair: str | None = None,
                bridge_points: list[str] | None = None) -> None:
        value = {"kind": kind, "date": date, "part_of_day": part_of_day, "organizer": organizer,
                 "chair": chair, "bridge_points": list(bridge_points or [])}
        self.add("meeting", pattern, value, n)

    def task(self, pattern: str, n: int | str | None = None) -> None:
        inner = pattern.split("[", 1)[1].split("]", 1)[0] if "[" in pattern else pattern
        self.add("task", pattern, " ".join(inner.split()), n)

    # -- checking and output ------------------------------------------------------------
    def check(self) -> None:
        persons = {f.value for f in self.facts if f.kind == "person"}
        for f in self.facts:
            where = f"{self.record_id}: {f.kind} {self.text[f.start:f.end]!r}"
            assert f.kind in KINDS, where
            if f.kind == "date":
                assert _DATE_VALUE.match(f.value), f"{where}: bad date value {f.value}"
            elif f.kind == "document":
                assert _DOC_VALUE.match(f.value), f"{where}: bad document id {f.value}"
            elif f.kind in ("person", "organization", "place"):
                assert f.value == canonical_form(f.value), f"{where}: tone placement of {f.value}"
                assert f.value == " ".join(f.value.split()), where
            if f.kind == "person":
                for title in f.extra["titles"]:
                    assert title == canonical_form(title), f"{where}: tone placement of {title}"
            if f.kind == "meeting":
                v = f.value
                assert v["date"] is None or _DATE_VALUE.match(v["date"]), where
                assert v["chair"] is None or v["chair"] in persons, f"{where}: chair {v['chair']}"
        # every person value is written in full somewhere in the text
        for name in persons:
            assert name in self.text, f"{self.record_id}: person {name} never written in full"

    def as_json(self) -> dict[str, Any]:
        self.check()
        facts = sorted(self.facts, key=lambda f: (f.start, f.end, KINDS.index(f.kind)))
        return {
            "dataset": self.dataset,
            "source": self.source,
            "record_id": self.record_id,
            "position": self.position,
            "published": self.published,
            "text_sha256": hashlib.sha256(self.text.encode("utf-8")).hexdigest(),
            "scope": [list(self.scope)],
            "facts": [f.as_json() for f in facts],
        }

    def report(self) -> str:
        lines = [f"===== {self.record_id} (line {self.position}) scope {self.scope}"]
        for f in sorted(self.facts, key=lambda f: (f.start, f.end)):
            extra = f" {f.extra['titles']}" if f.kind == "person" and f.extra.get("titles") else ""
            value = json.dumps(f.value, ensure_ascii=False)
            lines.append(f"  {f.start:5d} {f.kind:12s} {self.text[f.start:f.end]!r} -> {value}{extra}")
        covered = [False] * len(self.text)
        for f in self.facts:
            if f.kind != "task":
                for i in range(f.start, f.end):
                    covered[i] = True
        loose = []
        for m in re.finditer(r"\w+", self.text[self.scope[0]:self.scope[1]]):
            s = m.start() + self.scope[0]
            word = m.group()
            if not covered[s] and (word[0].isupper() or any(c.isdigit() for c in word)):
                loose.append(word)
        lines.append("  uncovered: " + " ".join(loose))
        return "\n".join(lines)


# ====================================================================================
# Loading the records
# ====================================================================================

_BAOMOI_CACHE: dict[int, tuple[str, str]] = {}


def _baomoi_text(position: int) -> tuple[str, str]:
    if not _BAOMOI_CACHE:
        ids = [json.loads(line)["id"] for line in BAOMOI.open(encoding="utf-8")]
        for art in extract_articles(iter_jsonl(BAOMOI)):
            if hasattr(art, "text"):
                pos = art.provenance.position
                _BAOMOI_CACHE[pos] = (str(ids[pos - 1]), art.text)
    return _BAOMOI_CACHE[position]


def baomoi(position: int, record_id: str) -> Record:
    rid, text = _baomoi_text(position)
    assert rid == record_id, f"line {position} holds id {rid}, not {record_id}"
    return Record("news_baomoi", "news_baomoi/baomoi_2017_sample1000.jsonl", record_id, position,
                  None, text, (0, len(text)))


def legal(file_name: str, published: str) -> Record:
    (art,) = list(extract_articles(iter_inputs([str(LEGAL / file_name)])))
    text = art.text
    preamble = re.search(r"(?m)^(?:Chương|CHƯƠNG|Điều 1|Phần thứ|PHẦN)", text)
    assert preamble is not None
    lines = list(re.finditer(r"(?mi)^Căn cứ[^\n]*$", text[: preamble.start()]))
    assert lines, f"{file_name}: no 'Căn cứ' line"
    return Record("legal_vlc", f"legal_vlc/corpus/{file_name}", file_name, None, published, text,
                  (0, lines[-1].end()))


# ====================================================================================
# Shared values
# ====================================================================================

UBND_HN = "Ủy ban nhân dân thành phố Hà Nội"
HDND_HN = "Hội đồng nhân dân thành phố Hà Nội"
DANG = "Đảng Cộng sản Việt Nam"
MTTQ_TW = "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
LDTBXH = "Bộ Lao động - Thương binh và Xã hội"
QH = "Quốc hội"
VN = "Việt Nam"
MY = "Mỹ"


# ====================================================================================
# news_baomoi
# ====================================================================================

def b378() -> Record:
    r = baomoi(378, "21490547")
    qd = "state:QD:326:UBND~THAI-BINH@2017"
    ubnd = "Ủy ban nhân dân tỉnh Thái Bình"
    tasco = "Công ty cổ phần Tasco Nam Thái"
    dien = "Nguyễn Hồng Diên"
    dan = "Lương Thế Dân"
    dan_title = ["Giám đốc Công ty cổ phần Tasco Nam Thái"]
    r.date("Sáng 8/2", "2017-02-08", "all")
    r.org("Pháp luật Plus", "Pháp luật Plus", "all")
    r.org("Văn phòng UBND tỉnh Thái Bình", "Văn phòng Ủy ban nhân dân tỉnh Thái Bình", "all")
    r.org("UBND tỉnh này", ubnd)
    r.doc("Quyết định số 326/QĐ-UBND", qd, "all")
    r.doc("[số 326/QĐ-UBND] ngày 6/2/2017 mà", qd)
    r.doc("Quyết định 326/QĐ-UBND", qd)
    r.date("ngày 6/2/2017", "2017-02-06", "all")
    r.date("ngày 6/2", "2017-02-06")
    r.person("ông [Nguyễn Hồng Diên]", dien, ["Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"])
    r.person("chủ tịch [Nguyễn Hồng Diên]", dien, ["Chủ tịch Ủy ban nhân dân tỉnh Thái Bình"])
    r.org("HĐND, [UBND tỉnh Thái Bình]", ubnd)
    r.org("[HĐND], UBND tỉnh Thái Bình", "Hội đồng nhân dân tỉnh Thái Bình")
    r.org("UBND tỉnh Thái Bình", ubnd, "all")
    r.date("chiều ngày 5/2", "2017-02-05")
    r.person("ông [Lương Thế Dân] - Giám đốc", dan, dan_title, "all")
    r.person("[Giám đốc Cty CP Tasco Nam Thái] cho biết thêm", dan, dan_title)
    r.org("Cty CP Tasco Nam Thái", tasco, "all")
    r.person("[Dân] khẳng định", dan)
    r.person("theo ông [Dân]", dan)
    r.org("Trung tâm Điện lực Thái Bình", "Trung tâm Điện lực Thái Bình", "all")
    for name in ("Thái Bình", "Kiến Xương", "Tiền Hải", "Thanh Nê", "Bình Minh", "Thái Thụy"):
        r.place(name, name, "all")
    return r


def b496() -> Record:
    r = baomoi(496, "22460448")
    cv = "state:CV:2383:BVHTTDL-TCDL@2017"
    bo = "Bộ Văn hóa, Thể thao và Du lịch"
    ai, ai_t = "Huỳnh Vĩnh Ái", ["Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"]
    dam, dam_t = "Vũ Đức Đam", ["Phó Thủ tướng Chính phủ"]
    hh = "Hiệp hội Du lịch thành phố Đà Nẵng"
    r.person("Thứ trưởng Bộ VHTTDL [Huỳnh Vĩnh Ái]", ai, ai_t)
    r.org("Bộ VHTTDL", bo)
    r.org("Hiệp hội Du lịch Đà Nẵng", hh)
    r.org("Hiệp hội Du lịch TP Đà Nẵng", hh)
    r.org("Hiệp hội du lịch TP Đà Nẵng", hh)
    r.person("Thứ trưởng [Huỳnh Vĩnh Ái]", ai, ai_t, "all")
    r.doc("Công văn số 2383/BVHTTDL-TCDL", cv, "all")
    r.doc("văn bản số 2383/BVHTTDL-TCDL", cv, "all")
    r.doc("Công văn 2383/BVHTTDL-TCDL", cv)
    r.date("Ngày 02/6/2017", "2017-06-02")
    r.date("ngày 02/6/2017", "2017-06-02")
    r.org("Bộ Văn hóa, Thể thao và Du lịch", bo, "all")
    r.person("[Thứ trưởng] có thể cho biết", ai, ai_t)
    r.date("Ngày 30/5/2017", "2017-05-30")
    r.meeting("[Tọa đàm] \"Phát triển", "tọa đàm", "2017-05-30", organizer=bo)
    r.meeting("tổ chức [tọa đàm] tại TP Đà Nẵng", "tọa đàm", None, organizer=bo)
    r.place("Sơn Trà", "Sơn Trà", "all")
    r.place("Hà Nội", "Hà Nội")
    r.person("Phó Thủ tướng Chính phủ [Vũ Đức Đam]", dam, dam_t, "all")
    r.org("Chính phủ", "Chính phủ", "all")
    r.date("ngày 04/6/2017", "2017-06-04", "all")
    r.org("Ủy ban nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng")
    r.place("Đà Nẵng", "Đà Nẵng", "all")
    r.person("Huỳnh Tấn Vinh", "Huỳnh Tấn Vinh")
    return r


def b489() -> Record:
    r = baomoi(489, "22651998")
    nd47 = "state:ND:47/2017:CP"
    r.date("hôm nay (1/7)", "2017-07-01", "all")
    r.doc("Nghị định 47/2017/NĐ-CP", nd47, "all")
    r.org("Thủ tướng Chính phủ", "Thủ tướng Chính phủ")
    r.org("Chính phủ", "Chính phủ", "all")
    r.doc("luật Cán bộ, công chức năm 2008", "state:LUAT:can-bo-cong-chuc@2008", "all")
    r.doc("luật Viên chức năm 2010", "state:LUAT:vien-chuc@2010")
    r.date("năm 2008", "2008", "all")
    r.date("năm 2010", "2010")
    r.doc("Nghị định số 204/2004/NĐ-CP", "state:ND:204/2004:CP")
    r.date("ngày 14/12/2004", "2004-12-14")
    r.org("của [Đảng]", DANG)
    r.doc("Nghị định số 68/2000/NĐ-CP", "state:ND:68/2000:CP")
    r.date("ngày 17/11/2000", "2000-11-17")
    r.doc("Nghị định số 45/2010/NĐ-CP", "state:ND:45/2010:CP")
    r.date("ngày 21/4/2010", "2010-04-21")
    r.org("Quân đội nhân dân Việt Nam", "Quân đội nhân dân Việt Nam")
    r.place("Việt Nam", VN)
    r.org("Công an nhân dân", "Công an nhân dân")
    return r


def b370() -> Record:
    r = baomoi(370, "22648168")
    tuan, tuan_t = "Nguyễn Ngọc Tuấn", ["Phó Chủ tịch Thường trực Hội đồng nhân dân thành phố Hà Nội"]
    tt = "Thường trực Hội đồng nhân dân thành phố Hà Nội"
    r.meeting("[kỳ họp thứ 4]\n", "kỳ họp", "2017-07-03/2017-07-05", organizer=HDND_HN)
    r.date("Sáng 30/6", "2017-06-30")
    r.org("Thường trực HĐND TP Hà Nội", tt)
    r.meeting("đã [họp báo]", "họp báo", "2017-06-30", part_of_day="morning", organizer=tt, chair=tuan)
    r.date("nhiệm kỳ 2016 - 2021", "2016/2021")
    r.person("Phó Chủ tịch Thường trực HĐND TP [Nguyễn Ngọc Tuấn]", tuan, tuan_t, "all")
    r.date("ngày 3/7", "2017-07-03")
    r.date("đến [5/7]", "2017-07-05")
    r.date("6 tháng đầu năm", "2017-H1")
    r.date("6 tháng cuối năm", "2017-H2")
    r.org("[HĐND], UBND TP…", HDND_HN)
    r.org("HĐND, [UBND TP]…", UBND_HN)
    r.date("5 năm 2016 - 2020", "2016/2020")
    r.date("thu hồi đất [năm 2017]", "2017")
    r.date("năm học 2017 - 2018", "2017/2018")
    r.date("giai đoạn 2017 - 2020", "2017/2020", "all")
    r.date("tầm nhìn 2030", "2030", "all")
    r.date("đến [năm 2030]", "2030")
    r.org("Ban Pháp chế HĐND TP", "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội")
    r.person("Trưởng Ban Pháp chế HĐND TP [Nguyễn Hoài Nam]", "Nguyễn Hoài Nam",
             ["Trưởng Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội"])
    r.person("Chủ tịch UBND TP Hà Nội [Nguyễn Đức Chung]", "Nguyễn Đức Chung",
             ["Chủ tịch Ủy ban nhân dân thành phố Hà Nội"])
    r.org("UBND TP Hà Nội", UBND_HN)
    r.org("HĐND TP Hà Nội", HDND_HN, "all")
    r.org("HĐND TP", HDND_HN, "all")
    r.org("UBND TP", UBND_HN, "all")
    r.org("[UBND] đã hứa", UBND_HN)
    r.org("đại biểu [HĐND] đối với", HDND_HN)
    r.org("gửi về [Thường trực], HĐND TP", tt)
    r.org("[Thường trực HĐND], UBND chủ đạo", tt)
    r.org("Thường trực HĐND, [UBND] chủ đạo", UBND_HN)
    r.org("người dân, [MTTQ]", "Mặt trận Tổ quốc Việt Nam")
    r.org("Các Ban [HĐND]", HDND_HN)
    r.place("Hà Nội", "Hà Nội", "all")
    return r


def b224() -> Record:
    r = baomoi(224, "22634498")
    so, chung = "Sở Kế hoạch và Đầu tư thành phố Hà Nội", "Nguyễn Đức Chung"
    quyen, tu = "Nguyễn Mạnh Quyền", "Nguyễn Văn Tứ"
    bch = "Ban Chấp hành Đảng bộ thành phố Hà Nội"
    r.org("Sở Kế hoạch và Đầu tư thành phố Hà Nội", so)
    r.org("Sở Kế hoạch và Đầu tư Hà Nội", so)
    r.org("Sở Kế hoạch và Đầu tư", so, "all")
    r.person("Chủ tịch UBND thành phố Hà Nội [Nguyễn Đức Chung]", chung, ["Chủ tịch Ủy ban nhân dân thành phố Hà Nội"])
    r.org("UBND thành phố Hà Nội", UBND_HN)
    r.doc("Quyết định số 3899/QĐ-UBND", "state:QD:3899:UBND~HA-NOI")
    r.person("ông [Nguyễn Mạnh Quyền].", quyen)
    r.person("ông [Nguyễn Mạnh Quyền], sinh", quyen, ["Thành ủy viên", "Bí thư Huyện ủy Quốc Oai"])
    r.date("ngày 24/4/1975", "1975-04-24")
    r.org("huyện ủy Quốc Oai", "Huyện ủy Quốc Oai")
    r.date("ngày 01/7/2017", "2017-07-01")
    r.person("Ông [Nguyễn Văn Tứ], Giám đốc", tu, ["Giám đốc Sở Kế hoạch và Đầu tư thành phố Hà Nội"])
    r.org("Văn phòng Thành ủy", "Văn phòng Thành ủy Hà Nội")
    r.date("ngày 1/7/2017", "2017-07-01")
    r.person("Ông [Nguyễn Văn Tứ] sinh", tu)
    r.date("ngày 2/9/1965", "1965-09-02")
    r.meeting("Hội nghị lần thứ chín Ban Chấp hành Đảng bộ TP khóa XVI", "hội nghị Ban Chấp hành Đảng bộ thành phố",
              "2017-06-11", organizer=bch)
    r.org("Ban Chấp hành Đảng bộ TP", bch, "all")
    r.date("ngày 11/6", "2017-06-11")
    r.person("ông [Nguyễn Văn Tứ] đã", tu)
    r.place("Quốc Oai", "Quốc Oai")
    r.place("Mỹ Đức", "Mỹ Đức")
    r.place("Hà Nội", "Hà Nội", "all")
    return r


def b5() -> Record:
    r = baomoi(5, "21492068")
    chau, chau_t = "Bùi Minh Châu", ["Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ"]
    ubnd = "Ủy ban nhân dân tỉnh Phú Thọ"
    r.person("[Chủ tịch UBND tỉnh Phú Thọ] vừa ký", chau, chau_t)
    r.doc("Văn bản số 339", "partial:CV:339")
    r.date("Đinh Dậu [năm 2017]", "2017")
    r.person("Chủ tịch UBND tỉnh Phú Thọ [Bùi Minh Châu]", chau, chau_t)
    r.meeting("Hội nghị giao nhiệm vụ công tác", "hội nghị giao nhiệm vụ công tác", None)
    r.doc("Công điện số 156/CĐ-TTg", "state:CD:156:TTG@2017")
    r.date("ngày 2/2/2017", "2017-02-02")
    r.org("Thủ tướng Chính phủ", "Thủ tướng Chính phủ")
    r.person("[Chủ tịch UBND tỉnh Phú Thọ] yêu cầu", chau, chau_t)
    r.org("UBND tỉnh Phú Thọ", ubnd, "all")
    r.doc("Chỉ thị số 16/CT-UBND", "state:CT:16:UBND~PHU-THO@2016")
    r.date("ngày 16/9/2016", "2016-09-16")
    r.org("Chủ tịch [UBND tỉnh] về", ubnd, "all")
    r.date("xã hội [năm 2017]", "2017")
    r.place("Phú Thọ", "Phú Thọ", "all")
    r.task("Chỉ đạo cán bộ, công chức, viên chức, người lao động thuộc cơ quan, đơn vị mình thực hiện nghiêm "
           "Chỉ thị số 16/CT-UBND ngày 16/9/2016 của Chủ tịch UBND tỉnh về tăng cường kỷ luật, kỷ cương trong "
           "các cơ quan hành chính Nhà nước tỉnh Phú Thọ")
    r.task("Khẩn trương tập trung giải quyết, xử lý công việc ngay những ngày làm việc đầu năm đảm bảo chất "
           "lượng và tiến độ, tạo điều kiện thuận lợi nhất cho hoạt động sản xuất, kinh doanh, đầu tư của doanh "
           "nghiệp và nhu cầu của nhân dân")
    r.task("Tuyệt đối không đi lễ hội trong giờ hành chính, không sử dụng xe công đi lễ hội trừ trường hợp "
           "thực thi nhiệm vụ; không tổ chức du xuân, liên hoan sa đà, lãng phí ảnh hưởng đến hiệu quả làm việc "
           "và hoạt động sản xuất kinh doanh")
    r.task("Rà soát, giải quyết dứt điểm các nhiệm vụ còn tồn đọng; giải quyết khó khăn, tháo gỡ vướng mắc "
           "trong việc thực hiện thủ tục đầu tư, thủ tục hành chính cho các doanh nghiệp; đẩy nhanh tiến độ "
           "thực hiện các dự án đầu tư xây dựng hạ tầng; đẩy mạnh thu hút đầu tư vào các khu, cụm công nghiệp "
           "theo quy hoạch; làm tốt công tác bảo vệ môi trường")
    r.task("Đẩy mạnh công tác thông tin, tuyên truyền, tạo khí thế vui tươi, phấn khởi, niềm tin và quyết tâm "
           "ngay những ngày đầu năm mới nhằm phát huy sức mạnh của cả hệ thống chính trị, của toàn dân, toàn "
           "quân và cộng đồng doanh nghiệp, chung sức, đồng lòng thực hiện thắng lợi nhiệm vụ phát triển kinh "
           "tế - xã hội năm 2017")
    return r


def b416() -> Record:
    r = baomoi(416, "22324993")
    noivu = "Sở Nội vụ tỉnh Cà Mau"
    ld = "Sở Lao động - Thương binh và Xã hội tỉnh Cà Mau"
    oanh = "Bùi Lệ Oanh"
    nd42 = "state:ND:42/2010:CP"
    ttlt = "state:TTLT:01/2015:TTCP+BNV"
    r.org("Sở Nội vụ Cà Mau", noivu)
    r.org("Sở Nội vụ tỉnh Cà Mau", noivu, "all")
    r.org("Sở Nội vụ", noivu, "all")
    r.person("Bùi Lệ Oanh", oanh, None, "all")
    r.person("bà [Oanh]", oanh, None, "all")
    r.date("Ngày 20-5", "2017-05-20")
    r.org("Sở Lao động tỉnh này", ld)
    r.org("Sở Lao động tỉnh Cà Mau", ld)
    r.org("Sở LĐ-TB&XH tỉnh Cà Mau", ld)
    r.doc("Nghị định 42/2010/NĐ-CP", nd42)
    r.doc("Nghị định 42/2010", nd42, "all")
    r.doc("Thông tư liên tịch số 01/2015/TTLT-TTCP-BNV", ttlt)
    r.doc("Thông tư liên tịch số 01/2015", ttlt, "all")
    r.doc("Thông tư liên tịch số 01", ttlt, "all")
    r.doc("Luật Thi đua Khen thưởng", "state:LUAT:thi-dua-khen-thuong@2003")
    r.org("Ban Thi đua Khen thưởng", "Ban Thi đua Khen thưởng tỉnh Cà Mau")
    r.org("UBND tỉnh Cà Mau", "Ủy ban nhân dân tỉnh Cà Mau")
    r.date("đầu năm 2012", "2012")
    r.date("tháng 10-2016", "2016-10")
    r.place("Cà Mau", "Cà Mau", "all")
    return r


def b142() -> Record:
    r = baomoi(142, "21471353")
    chung, chung_t = "Nguyễn Đức Chung", ["Chủ tịch Ủy ban nhân dân thành phố Hà Nội"]
    do, do_t = "Nguyễn Hữu Độ", ["Giám đốc Sở Giáo dục và Đào tạo thành phố Hà Nội"]
    sogd = "Sở Giáo dục và Đào tạo thành phố Hà Nội"
    truong = "Trường tiểu học Nam Trung Yên"
    r.person("Chủ tịch [Nguyễn Đức Chung]", chung, chung_t, "all")
    r.org("Trường tiểu học Nam Trung Yên", truong)
    r.org("tiểu học Nam Trung Yên", truong, "all")
    r.date("Sáng 6/2", "2017-02-06")
    r.meeting("cuộc họp giao ban", "họp giao ban", "2017-02-06", part_of_day="morning")
    r.person("Chủ tịch UBND TP Hà Nội [Nguyễn Đức Chung]", chung, chung_t)
    r.org("UBND TP Hà Nội", UBND_HN)
    r.person("[Giám đốc Sở GDĐT] báo cáo", do, do_t)
    r.person("Giám đốc Sở GDĐT [Nguyễn Hữu Độ]", do, do_t, "all")
    r.org("Sở GDĐT", sogd, "all")
    r.date("cuối tháng 12/2016", "2016-12")
    r.org("UBND quận Cầu Giấy", "Ủy ban nhân dân quận Cầu Giấy")
    r.org("Báo An ninh Thủ đô", "Báo An ninh Thủ đô")
    r.person("Phó Thủ tướng [Vũ Đức Đam]", "Vũ Đức Đam", ["Phó Thủ tướng"])
    r.org("Trường mầm non Sen Vàng", "Trường mầm non Sen Vàng")
    r.date("ngày 5/2", "2017-02-05")
    r.org("UBND quận Hai Bà Trưng", "Ủy ban nhân dân quận Hai Bà Trưng")
    r.date("sáng nay, 6/2", "2017-02-06")
    r.org("Bộ GDĐT", "Bộ Giáo dục và Đào tạo", "all")
    r.org("Sở GD&ĐT Hà Nội", sogd)
    r.date("ngày 10 tháng 2", "2017-02-10")
    r.org("báo Dân trí", "Báo Dân trí")
    r.person("Thứ trưởng Bộ GDĐT [Nguyễn Thị Nghĩa]", "Nguyễn Thị Nghĩa", ["Thứ trưởng Bộ Giáo dục và Đào tạo"])
    for name in ("Hà Nội", "Cầu Giấy", "Hai Bà Trưng"):
        r.place(name, name, "all")
    return r


def b112() -> Record:
    r = baomoi(112, "21478620")
    ct = "party:CT:15:TU~HA-NOI@2016"
    r.date("Ngày 6-2", "2017-02-06")
    r.org("UBND TP Hà Nội", UBND_HN)
    r.doc("Kế hoạch số 23/KH-UBND", "state:KH:23:UBND~HA-NOI@2017")
    r.doc("Chỉ thị số 15-CT/TU", ct, "all")
    r.date("ngày 16-12-2016", "2016-12-16")
    r.org("Thành ủy", "Thành ủy Hà Nội", "all")
    r.place("TP Hà Nội", "Hà Nội", "all")
    r.org("UBND thành phố", UBND_HN, "all")
    r.org("Thanh tra thành phố", "Thanh tra thành phố Hà Nội")
    r.org("Ban tiếp công dân thành phố", "Ban Tiếp công dân thành phố Hà Nội")
    return r


def b153() -> Record:
    r = baomoi(153, "22581451")
    dct = "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    btt = "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    mt = "Mặt trận Tổ quốc Việt Nam"
    nhan, nhan_t = "Nguyễn Thiện Nhân", ["Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    man = "Trần Thanh Mẫn"
    man_t = ["Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
             "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    r.meeting("Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam", "hội nghị Đoàn Chủ tịch", "2017-06-21",
              part_of_day="afternoon", organizer=MTTQ_TW)
    r.org("Đoàn Chủ tịch UBTƯ MTTQ Việt Nam", dct, "all")
    r.org("Đoàn chủ tịch UBTƯ MTTQ Việt Nam", dct)
    r.org("Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", dct, "all")
    r.org("Đoàn Chủ tịch", dct, "all")
    r.org("UBTƯ MTTQ Việt Nam", MTTQ_TW, "all")
    r.org("Ủy ban Trung ương MTTQ Việt Nam", MTTQ_TW, "all")
    r.date("ngày 22/6", "2017-06-22", "all")
    r.date("Chiều 21/6", "2017-06-21")
    r.place("Hà Nội", "Hà Nội")
    r.date("6 tháng đầu năm 2017", "2017-H1", "all")
    r.date("6 tháng cuối năm 2017", "2017-H2", "all")
    r.org("Ban Thường trực", btt, "all")
    r.person("ông [Nguyễn Thiện Nhân], Chủ tịch", nhan, nhan_t)
    r.person("Nguyễn Thiện Nhân", nhan, None, "all")
    r.person("ông [Trần Thanh Mẫn], Phó Chủ tịch", man, man_t)
    r.person("Trần Thanh Mẫn", man, None, "all")
    r.date("Việt Nam [năm 2017]", "2017")
    r.doc("Nghị quyết Đại hội XII của Đảng", "party:NQDH:XII")
    r.doc("Chỉ thị số 05", "party:CT:05:TW@XII")
    r.org("Bộ Chính trị", "Bộ Chính trị")
    r.org("của [MTTQ Việt Nam]", mt)
    r.doc("Nghị quyết Trung ương 4 khóa XII", "party:NQ:04:TW@XII")
    r.org("xây dựng [Đảng]", DANG, "all")
    r.org("chủ trương của [Đảng]", DANG)
    r.org("[Mặt trận] đã phối hợp", mt)
    r.org("phản biện của [Mặt trận]", mt)
    r.org("giữa [Mặt trận] với", mt)
    r.date("ngày 15/6", "2017-06-15")
    r.org("Chính phủ", "Chính phủ")
    r.org("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội")
    r.doc("Luật Mặt trận Tổ quốc Việt Nam", "state:LUAT:mat-tran-to-quoc-viet-nam@2015")
    r.place("Việt Nam", VN, "all")
    r.task("đó là [thảo luận cho ý kiến vào báo cáo kết quả công tác Mặt trận 6 tháng đầu năm 2017 và nhiệm vụ "
           "trọng tâm công tác Mặt trận 6 tháng cuối năm 2017]")
    r.task("cho ý kiến vào tờ trình về nhân sự của Ban Thường trực, Đoàn Chủ tịch và UBTƯ MTTQ Việt Nam", 1)
    r.task("nâng cao hiệu quả tuyên truyền, vận động, tập hợp các tầng lớp nhân dân, củng cố, phát huy sức mạnh "
           "Đại đoàn kết toàn dân tộc")
    r.task("phát huy tinh thần sáng tạo, tự quản của nhân dân, triển khai các cuộc vận động, các phong trào thi "
           "đua yêu nước")
    r.task("phát huy dân chủ, đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của nhân dân")
    r.task("giám sát và phản biện xã hội, tham gia xây dựng Đảng và chính quyền vững mạnh")
    return r


def b345() -> Record:
    r = baomoi(345, "22702135")
    dung = "Đặng Việt Dũng"
    dong, dong_t = "Võ Ngọc Đồng", ["Giám đốc Sở Nội vụ thành phố Đà Nẵng"]
    ubnd = "Ủy ban nhân dân thành phố Đà Nẵng"
    hdnd = "Hội đồng nhân dân thành phố Đà Nẵng"
    r.person("Đặng Việt Dũng", dung, None, "all")
    r.person("ông [Dũng]", dung)
    r.person("Ông [Dũng] từng", dung)
    r.org("HĐND TP Đà Nẵng", hdnd, "all")
    r.org("UBND TP Đà Nẵng", ubnd, "all")
    r.org("UBND TP", ubnd, "all")
    r.date("Chiều 7-7", "2017-07-07")
    r.person("ông [Võ Ngọc Đồng]", dong, dong_t)
    r.person("Ông [Đồng] cũng", dong)
    r.org("Sở Nội vụ TP Đà Nẵng", "Sở Nội vụ thành phố Đà Nẵng")
    r.date("SN [1960]", "1960")
    r.org("Sở GTVT TP Đà Nẵng", "Sở Giao thông vận tải thành phố Đà Nẵng")
    r.org("Quận ủy Hải Châu", "Quận ủy Hải Châu")
    r.date("Ngày 6-3", "2017-03-06")
    r.org("Ban Thường vụ Thành ủy Đà Nẵng", "Ban Thường vụ Thành ủy Đà Nẵng")
    r.org("ban Tuyên giáo Thành ủy Đà Nẵng", "Ban Tuyên giáo Thành ủy Đà Nẵng")
    for name in ("Đà Nẵng", "Hòa Khương", "Hòa Vang", "Hải Châu"):
        r.place(name, name, "all")
    return r


def b301() -> Record:
    r = baomoi(301, "22437069")
    tt = "Thanh tra Sở Tài nguyên và Môi trường tỉnh Lào Cai"
    tudinh = "Công ty cổ phần Tứ Đỉnh"
    nm = "Nhà máy luyện kim màu Lào Cai"
    r.org("Công ty cổ phần Tứ Đỉnh", tudinh, "all")
    r.org("Thanh tra Sở Tài nguyên và Môi trường tỉnh Lào Cai", tt, "all")
    r.org("Thanh tra Sở Tài nguyên và Môi trường", tt, "all")
    r.doc("quyết định số 45/QĐ-XPHC", "state:QD:45:XPHC")
    r.org("Nhà máy luyện kim màu Lào Cai", nm, "all")
    r.person("Ông [Lê Ngọc Dương]", "Lê Ngọc Dương", ["Phó Giám đốc Sở Tài nguyên và Môi trường tỉnh Lào Cai"])
    r.org("Sở Tài nguyên và Môi trường tỉnh Lào Cai", "Sở Tài nguyên và Môi trường tỉnh Lào Cai", "all")
    r.meeting("buổi họp báo", "họp báo", "2017-04")
    r.date("hồi tháng 4", "2017-04")
    r.doc("Nghị định số 155/2016/NĐ-CP", "state:ND:155/2016:CP")
    r.date("ngày 18/11/2016", "2016-11-18")
    r.org("Chính phủ", "Chính phủ")
    r.date("cuối tháng 3", "2017-03")
    r.date("đầu tháng 4/2017", "2017-04")
    r.org("Bộ Nông nghiệp và Phát triển Nông thôn", "Bộ Nông nghiệp và Phát triển nông thôn")
    for name in ("Lào Cai", "Bản Lầu", "Mường Khương"):
        r.place(name, name, "all")
    return r


def b231() -> Record:
    r = baomoi(231, "22572022")
    bcs = "Ban cán sự đảng Bộ Lao động - Thương binh và Xã hội"
    ct16 = "party:CT:16:TW@XI"
    r.org("Ban cán sự Đảng bộ Lao động - Thương binh và Xã hội", bcs, "all")
    r.org("Ban cán sự Đảng", bcs, "all")
    r.date("Ngày 20/6", "2017-06-20")
    r.place("Hà Nội", "Hà Nội")
    r.org("Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương")
    r.org("quy định của [Đảng]", DANG)
    r.org("xây dựng [Đảng]", DANG)
    r.org("lãnh đạo của [Đảng]", DANG)
    r.org("Ban thường vụ Đảng ủy Bộ Lao động - Thương binh và Xã hội",
          "Ban Thường vụ Đảng ủy Bộ Lao động - Thương binh và Xã hội")
    r.doc("Chỉ thị số 16-CT/TW", ct16, "all")
    r.date("ngày 8/5/2012", "2012-05-08", "all")
    r.org("Ban Bí thư", "Ban Bí thư", "all")
    r.place("Việt Nam", VN)
    r.date("từ 1/1/2016 đến 31/5/2017", "2016-01-01/2017-05-31")
    r.org("có [Đảng ủy Bộ],", "Đảng ủy " + LDTBXH)
    r.org("Vụ tổ chức cán bộ", "Vụ Tổ chức cán bộ " + LDTBXH)
    r.org("Thanh tra Bộ", "Thanh tra " + LDTBXH)
    r.org("Cục Quản lý lao động ngoài nước", "Cục Quản lý lao động ngoài nước")
    r.org("Trung tâm lao động ngoài nước", "Trung tâm Lao động ngoài nước")
    r.org("Sở Lao động - Thương binh và Xã hội Hà Tĩnh", "Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh")
    r.place("Hà Tĩnh", "Hà Tĩnh")
    r.place("Thanh Hóa", "Thanh Hóa")
    r.task("[giám sát việc lãnh đạo, chỉ đạo, xây dựng quy chế làm việc của Ban cán sự Đảng, quy chế phối hợp "
           "giữa Ban cán sự Đảng với Ban thường vụ Đảng ủy Bộ Lao động - Thương binh và Xã hội]; giám sát")
    r.task("giám sát việc lãnh đạo chức năng, nhiệm vụ, quyền hạn, công tác tổ chức cán bộ")
    r.task("giám sát việc lãnh đạo chỉ đạo triển khai thực hiện Chỉ thị số 16-CT/TW ngày 8/5/2012 của Ban Bí thư "
           "về tăng cường sự lãnh đạo của Đảng đối với công tác đưa người lao động và chuyên gia Việt Nam đi làm "
           "việc ở nước ngoài")
    return r


def b22() -> Record:
    r = baomoi(22, "22702182")
    tue = "Phan Trọng Tuệ"
    org_text = ("Thành ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam "
                "thành phố Hà Nội")
    r.person("Phan Trọng Tuệ", tue, None, "all")
    r.org("kết nạp [Đảng]", DANG, "all")
    r.date("năm 1934", "1934", "all")
    r.date("7/7/1917", "1917-07-07")
    r.date("7/7/2017", "2017-07-07")
    r.date("sáng 7/7", "2017-07-07")
    r.org("[Thành ủy], HĐND", "Thành ủy Hà Nội")
    r.org("Thành ủy, [HĐND]", HDND_HN)
    r.org("HĐND, [UBND], Ủy ban", UBND_HN)
    r.org("Ủy ban MTTQ Việt Nam thành phố Hà Nội", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội")
    r.meeting("lễ dâng hương kỷ niệm", "lễ dâng hương", "2017-07-07", part_of_day="morning", organizer=org_text)
    r.person("Phó Thủ tướng Thường trực [Trương Hòa Bình]", "Trương Hòa Bình",
             ["Ủy viên Bộ Chính trị", "Phó Thủ tướng Thường trực"])
    r.person("[Tô Lâm], Ủy viên", "Tô Lâm", ["Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"])
    r.person("Bí thư Thành ủy Hà Nội [Hoàng Trung Hải]", "Hoàng Trung Hải",
             ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"])
    r.org("Bộ Chính trị", "Bộ Chính trị", "all")
    r.org("Bộ Công an", "Bộ Công an", "all")
    r.org("Thành ủy Hà Nội", "Thành ủy Hà Nội")
    r.org("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")
    r.org("đại biểu [Quốc hội]", QH)
    r.org("Tỉnh ủy Sơn Tây", "Tỉnh ủy Sơn Tây")
    r.org("Quân đội nhân dân Việt Nam", "Quân đội nhân dân Việt Nam")
    r.org("Đoàn 559", "Đoàn 559")
    r.org("Bộ Giao thông - Vận tải", "Bộ Giao thông - Vận tải")
    r.org("Phó Thủ tướng [Chính phủ]", "Chính phủ")
    r.org("cách mạng của [Đảng]", DANG)
    r.place("Khánh Tân", "Khánh Tân")
    r.place("Sài Sơn", "Sài Sơn")
    r.place("Quốc Oai", "Quốc Oai")
    r.place("Sơn Tây", "Sơn Tây", "all")
    r.place("Hà Đông", "Hà Đông", "all")
    r.place("Hà Nam", "Hà Nam")
    r.place("liên tỉnh [Hà Nội]", "Hà Nội", noext=True)
    r.place("Hà Nội", "Hà Nội", "all")
    r.place("Việt Nam", VN, "all")
    return r


def b522() -> Record:
    r = baomoi(522, "22319642")
    tt02 = "state:TT:02/2017:BNV"
    r.date("ngày 01/7/2017", "2017-07-01", "all")
    r.org("Bộ Nội vụ", "Bộ Nội vụ")
    r.doc("Thông tư 02/2017/TT-BNV", tt02, "all")
    r.org("của [Đảng]", DANG)
    r.doc("Thông tư 05/2016/TT-BNV", "state:TT:05/2016:BNV")
    return r


def b57() -> Record:
    r = baomoi(57, "22651032")
    chieu, chieu_t = "Đặng Trần Chiêu", ["Giám đốc Công an tỉnh Yên Bái"]
    ca = "Công an tỉnh Yên Bái"
    quy, quy_t = "Phạm Sĩ Quý", ["Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái"]
    so = "Sở Tài nguyên và Môi trường tỉnh Yên Bái"
    bca = "Bộ Công an"
    for i in (0, 1, 3, 4):  # occurrence 2 is the title of "thiếu tướng Đặng Trần Chiêu (…)"
        r.person("Giám đốc Công an tỉnh", chieu, chieu_t, i)
    r.person("Giám đốc Công an Yên Bái", chieu, chieu_t)
    r.person("thiếu tướng [Đặng Trần Chiêu]", chieu, chieu_t, 0)
    r.person("thiếu tướng [Đặng Trần Chiêu]", chieu, None, 1)
    r.org("Công an tỉnh Yên Bái", ca, "all")
    r.org("Công an tỉnh", ca, "all")
    r.org("Công an Yên Bái", ca)
    r.org("văn phòng UBND tỉnh Yên Bái", "Văn phòng Ủy ban nhân dân tỉnh Yên Bái")
    r.org("UBND tỉnh Yên Bái", "Ủy ban nhân dân tỉnh Yên Bái", "all")
    r.org("UBND tỉnh", "Ủy ban nhân dân tỉnh Yên Bái", "all")
    r.date("Chiều 30/6", "2017-06-30")
    r.person("ông [Chu Đình Ngữ]", "Chu Đình Ngữ", ["Chánh Văn phòng Ủy ban nhân dân tỉnh Yên Bái"])
    r.person("ông [Ngữ]", "Chu Đình Ngữ")
    r.person("thượng tá [Trụ Văn Hải]", "Trụ Văn Hải", ["Phó phòng Tham mưu Công an tỉnh Yên Bái"])
    r.person("thượng tá [Hải]", "Trụ Văn Hải")
    r.org("[Thanh tra Bộ] và", "Thanh tra Bộ")
    r.meeting("hội nghị tổ chức ở Tỉnh ủy Yên Bái", "hội nghị", "2017-06-29")
    r.org("Tỉnh ủy Yên Bái", "Tỉnh ủy Yên Bái")
    r.date("Ngày 28/6", "2017-06-28")
    r.meeting("cuộc họp báo 6 tháng", "họp báo", "2017-06-28", organizer=bca)
    r.person("trung tướng [Nguyễn Văn Lưu]", "Nguyễn Văn Lưu", ["Chánh Thanh tra Bộ Công an"])
    r.org("thanh tra Bộ Công an", "Thanh tra Bộ Công an")
    r.org("Bộ Công an", bca, "all")
    r.person("Giám đốc Sở Tài nguyên môi trường Yên Bái", quy, quy_t)
    r.org("Sở Tài nguyên môi trường Yên Bái", so)
    r.org("Cục Chống tham nhũng", "Cục Chống tham nhũng")
    r.org("Thanh tra Chính phủ", "Thanh tra Chính phủ")
    r.date("ngày 27/6", "2017-06-27")
    r.person("ông [Phạm Sĩ Quý]", quy, quy_t)
    r.org("Sở Tài nguyên môi trường", so, "all")
    r.person("Ông [Quý]", quy)
    r.place("Yên Thịnh", "Yên Thịnh")
    r.place("Yên Bái", "Yên Bái", "all")
    return r


def b581() -> Record:
    r = baomoi(581, "21473753")
    r.org("UBND TP Hà Nội", UBND_HN)
    r.doc("Chỉ thị số 22/CT-UBND", "state:CT:22:UBND~HA-NOI")
    r.org("UBND TP", UBND_HN, "all")
    r.date("năm 2016", "2016", "all")
    r.date("năm 2017", "2017")
    r.date("tháng 12/2016", "2016-12")
    r.org("Thành ủy", "Thành ủy Hà Nội")
    r.doc("Luật Đất đai 2013", "state:LUAT:dat-dai@2013")
    r.date("Đất đai [2013]", "2013")
    r.place("Hà Nội", "Hà Nội", "all")
    return r


def b194() -> Record:
    r = baomoi(194, "22358426")
    cam, cam_t = "Bùi Đình Cam", ["Chủ tịch Ủy ban nhân dân huyện Nga Sơn"]
    ubnd = "Ủy ban nhân dân huyện Nga Sơn"
    r.person("[Chủ tịch huyện] tử vong", cam, cam_t)
    r.org("UBND huyện Nga Sơn", ubnd, "all")
    r.date("sáng ngày 24/5", "2017-05-24")
    r.person("ông [Bùi Đình Cam] (SN", cam, cam_t)
    r.date("SN [1959]", "1959")
    r.org("Chủ tịch [UBND huyện], đã", ubnd)
    r.person("ông [Bùi Đình Cam] quê", cam)
    r.person("Ông [Cam] đang", cam, ["Phó Bí thư Huyện ủy Nga Sơn", "Chủ tịch Ủy ban nhân dân huyện Nga Sơn"])
    r.person("ông [Cam]", cam, None, "all")
    r.org("Bệnh viện huyện Nga Sơn", "Bệnh viện huyện Nga Sơn", "all")
    r.date("sáng nay (24/5)", "2017-05-24")
    r.org("Bệnh viện Đa khoa tỉnh Thanh Hóa", "Bệnh viện Đa khoa tỉnh Thanh Hóa")
    r.org("Phó Bí thư [Huyện ủy]", "Huyện ủy Nga Sơn")
    for name in ("Nga Sơn", "Thanh Hóa", "Nga Giáp"):
        r.place(name, name, "all")
    return r


def b431() -> Record:
    r = baomoi(431, "21473575")
    nd = "state:ND:59/2015:CP"
    r.person("Ông [Đỗ Văn Nhiệm]", "Đỗ Văn Nhiệm")
    r.org("Bộ Xây dựng", "Bộ Xây dựng")
    r.doc("Nghị định số 59/2015/NĐ-CP", nd, "all")
    r.date("ngày 18/6/2015", "2015-06-18")
    r.org("Chính phủ", "Chính phủ")
    return r


def b388() -> Record:
    r = baomoi(388, "22454050")
    bhxh = "Bảo hiểm xã hội Việt Nam"
    r.org("Bộ Y tế", "Bộ Y tế", "all")
    r.org("Bảo hiểm xã hội (BHXH) Việt Nam", bhxh, "all")
    r.org("BHXH Việt Nam", bhxh)
    r.place("Việt Nam", VN, "all")
    r.doc("Công văn số 2959/BYT-BH", "state:CV:2959:BYT-BH")
    r.date("4 tháng đầu năm 2017", "2017-01/2017-04")
    r.doc("Chỉ thị số 06/CT-BYT", "state:CT:06:BYT@2014")
    r.date("ngày 13/6/2014", "2014-06-13")
    r.doc("Nghị định số 176/2013/NĐ-CP", "state:ND:176/2013:CP")
    r.date("ngày 14/11/2013", "2013-11-14")
    r.org("Chính phủ", "Chính phủ")
    r.date("ngày 15/6/2017", "2017-06-15")
    r.task("Tăng cường công tác tham mưu thực hiện nhiệm vụ quản lý nhà nước về BHYT")
    r.task("tăng cường công tác tuyên truyền phổ biến giáo dục chính sách pháp luật về BHYT")
    r.task("Chỉ đạo các cơ sở khám chữa bệnh thực hiện nghiêm Chỉ thị số 06/CT-BYT ngày 13/6/2014 về việc tăng "
           "cường công tác thanh tra, kiểm tra phòng chống hành vi gian lận, trục lợi Quỹ BHYT tại các cơ sở "
           "khám bệnh, chữa bệnh")
    return r


def b314() -> Record:
    r = baomoi(314, "21491171")
    tuan, tuan_t = "Ngô Anh Tuấn", ["Phó Giám đốc Sở Nội vụ thành phố Hà Nội"]
    gialam = "Ủy ban nhân dân huyện Gia Lâm"
    cobi = "Ủy ban nhân dân xã Cổ Bi"
    r.place("TP Hà Nội", "Hà Nội")
    r.date("sáng 8/2", "2017-02-08", "all")
    r.person("Phó Giám đốc Sở Nội vụ [Ngô Anh Tuấn]", tuan, tuan_t, "all")
    r.org("Sở Nội vụ", "Sở Nội vụ thành phố Hà Nội", "all")
    r.org("Chi nhánh Văn phòng Đăng ký quyền sử dụng đất huyện Gia Lâm",
          "Chi nhánh Văn phòng Đăng ký quyền sử dụng đất huyện Gia Lâm")
    r.date("lúc 10h", "2017-02-08T10:00")
    r.date("ngày 8/2", "2017-02-08")
    r.org("UBND huyện Gia Lâm", gialam, "all")
    r.org("UBND huyện", gialam, "all")
    r.org("UBND xã Cổ Bi", cobi, "all")
    r.org("UBND xã", cobi, "all")
    r.doc("Quyết định 07", "partial:QD:07", "all")
    r.org("UBND TP", UBND_HN, "all")
    r.date("tháng 1/2017", "2017-01")
    r.date("từ 9h - 9h15", "2017-02-08T09:00/2017-02-08T09:15")
    r.date("ngày 25/10/2016", "2016-10-25")
    r.date("ngày 3/1/2017", "2017-01-03")
    r.person("ông [Nguyễn Hữu Chấn]", "Nguyễn Hữu Chấn")
    r.person("ông [Chấn]", "Nguyễn Hữu Chấn")
    r.date("Tết Nguyên đán [2017]", "2017")
    r.date("ngày 2/2", "2017-02-02")
    r.date("mùng 6 Tết Nguyên đán", "2017-02-02")
    for name in ("Gia Lâm", "Cổ Bi", "Vàng Ba"):
        r.place(name, name, "all")
    return r


def b418() -> Record:
    r = baomoi(418, "22581254")
    minh = "Phạm Bình Minh"
    minh_t = ["Phó Thủ tướng", "Bộ trưởng Bộ Ngoại giao"]
    kerry, kerry_t = "John Kerry", ["Cựu Ngoại trưởng Hoa Kỳ"]
    phuc, phuc_t = "Nguyễn Xuân Phúc", ["Thủ tướng Chính phủ"]
    fuv = "Trường Đại học Fulbright Việt Nam"
    r.person("Bộ trưởng Ngoại giao [Phạm Bình Minh]", minh, minh_t)
    r.person("Bộ trưởng Bộ Ngoại giao [Phạm Bình Minh]", minh, minh_t, "all")
    r.person("Ngoại trưởng Hoa Kỳ [John Kerry]", kerry, kerry_t, "all")
    r.person("ông [John Kerry], cựu", kerry, kerry_t)
    r.person("John Kerry", kerry, None, "all")
    r.org("Bộ Ngoại giao", "Bộ Ngoại giao", "all")
    r.date("Chiều 21/6", "2017-06-21")
    r.date("ngày 20 - 21/6/2017", "2017-06-20/2017-06-21")
    r.person("Thủ tướng Chính phủ [Nguyễn Xuân Phúc]", phuc, phuc_t, "all")
    r.org("Chính phủ Hoa Kỳ", "Chính phủ Hoa Kỳ")
    r.org("Chính phủ", "Chính phủ", "all")
    r.org("Trường Đại học Fulbright Việt Nam", fuv, "all")
    r.date("hồi tháng 5/2017", "2017-05")
    r.place("Hà Nội", "Hà Nội", "all")
    r.place("Việt Nam", VN, "all")
    r.place("Hoa Kỳ", MY, "all")
    return r


BAOMOI_RECORDS = [b5, b22, b57, b112, b142, b153, b194, b224, b231, b301, b314, b345, b370, b378, b388,
                  b416, b418, b431, b489, b496, b522, b581]


# ====================================================================================
# legal_vlc: header and "Căn cứ" lines only
# ====================================================================================

def _legal_header(r: Record, own_id: str, date_pattern: str, date_value: str,
                  own_patterns: list[str], country: list[str]) -> None:
    """The facts every statute header of this sample has."""
    r.org("QUỐC HỘI", QH, 0)
    for pattern in own_patterns:
        r.doc(pattern, own_id)
    r.place("Hà Nội", "Hà Nội")
    r.date(date_pattern, date_value)
    for pattern in country:
        r.place(pattern, VN, "all")
    # the country's name inside "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam (năm 1992)"
    for spelling in ("Cộng hòa xã hội chủ nghĩa Việt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"):
        if r._matches(spelling):
            r.place(spelling, VN, "all")
    if r._matches("Việt Nam năm 1992"):
        r.date("Việt Nam [năm 1992]", "1992")


NQ51 = "state:NQ:51/2001:QH10"


def _nq51_full(r: Record) -> None:
    """"... năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001
    của Quốc hội khoá X, kỳ họp thứ 10"."""
    r.doc("Nghị quyết số 51/2001/QH10", NQ51)
    r.date("ngày 25 tháng 12 năm 2001", "2001-12-25")
    r.org("của [Quốc hội]", QH)


def l_an_ninh() -> Record:
    r = legal("luat-an-ninh-quoc-gia.txt", "2004-12-03")
    own = "state:LUAT:32/2004:QH11"
    _legal_header(r, own, "ngày 03 tháng 12 năm 2004", "2004-12-03", ["Số: 32/2004/QH11", "SỐ 32/2004/QH11"],
                  ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.org("QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", QH)
    r.date("NGÀY 03 THÁNG 12 NĂM 2004", "2004-12-03")
    r.doc("Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", "state:HP:1992")
    _nq51_full(r)
    return r


def l_binh_dang_gioi() -> Record:
    r = legal("luat-binh-dang-gioi.txt", "2006-06-29")
    own = "state:LUAT:73/2006:QH11"
    _legal_header(r, own, "ngày 29 tháng 6 năm 2006", "2006-06-29", ["Luật số: 73/2006/QH 11"],
                  ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.org("QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", QH)
    r.date("Từ ngày 17 tháng 10 đến ngày 29 tháng 11 năm 2006", "2006-10-17/2006-11-29")
    r.doc("Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", "state:HP:1992")
    _nq51_full(r)
    return r


def l_tieu_chuan() -> Record:
    r = legal("luat-tieu-chuan-va-quy-chuan-ky-thuat.txt", "2006-06-29")
    own = "state:LUAT:68/2006:QH11"
    _legal_header(r, own, "ngày 29 tháng 06 năm 2006", "2006-06-29", ["Số: 68/2006/QH11"],
                  ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.org("QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", QH)
    r.date("Từ ngày 16 tháng 5 đến ngày 29 tháng 6 năm 2006", "2006-05-16/2006-06-29")
    r.doc("Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", "state:HP:1992")
    _nq51_full(r)
    return r


def l_to_chuc_tin_dung() -> Record:
    r = legal("luat-cac-to-chuc-tin-dung.txt", "2010-06-16")
    own = "state:LUAT:47/2010:QH12"
    _legal_header(r, own, "ngày 16 tháng 6 năm 2010", "2010-06-16", ["Luật số: 47/2010/QH12"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.doc("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992", "state:HP:1992")
    r.doc("Nghị quyết số 51/2001/QH10", NQ51)
    return r


def l_sy_quan() -> Record:
    r = legal("luat-sy-quan-quan-doi-nhan-dan-viet-nam.txt", "1999-12-21")
    own = "state:LUAT:16/1999:QH10"
    _legal_header(r, own, "ngày 21 tháng 12 năm 1999", "1999-12-21", ["Số: 16/1999/QH10", "SỐ 16/1999/QH10"],
                  ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.org("QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", QH)
    r.org("QUÂN ĐỘI NHÂN DÂN VIỆT NAM", "Quân đội nhân dân Việt Nam")
    r.place("QUÂN ĐỘI NHÂN DÂN [VIỆT NAM]", VN)
    r.org("Quân đội nhân dân Việt Nam", "Quân đội nhân dân Việt Nam")
    r.place("Quân đội nhân dân [Việt Nam]", VN)
    r.place("Tổ quốc [Việt Nam]", VN)
    r.doc("Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", "state:HP:1992")
    return r


def l_ma_tuy() -> Record:
    r = legal("luat-phong-chong-ma-tuy.txt", "2000-12-09")
    own = "state:LUAT:23/2000:QH10"
    _legal_header(r, own, "ngày 09 tháng 12 năm 2000", "2000-12-09", ["Số: 23/2000/QH10", "SỐ 23/2000/QH10"],
                  ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.org("QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", QH)
    r.date("NGÀY 09 THÁNG 12 NĂM 2000", "2000-12-09")
    r.doc("Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", "state:HP:1992")
    return r


def l_hinh_su() -> Record:
    r = legal("bo-luat-hinh-su.txt", "2015-11-27")
    own = "state:BOLUAT:100/2015:QH13"
    _legal_header(r, own, "ngày 27 tháng 11 năm 2015", "2015-11-27", ["Số: 100/2015/QH13"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.doc("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "state:HP:2013")
    return r


def l_ky_ket() -> Record:
    r = legal("luat-ky-ket-gia-nhap-va-thuc-hien-dieu-uoc-quoc-te.txt", "2005-06-14")
    own = "state:LUAT:41/2005:QH11"
    _legal_header(r, own, "ngày 14 tháng 6 năm 2005", "2005-06-14", ["Số: 41/2005/QH11", "SỐ 41/2005/QH11"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.org("QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", QH)
    r.date("NGÀY 14 THÁNG 6 NĂM 2005", "2005-06-14")
    r.doc("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992", "state:HP:1992")
    _nq51_full(r)
    return r


def l_thuy_san() -> Record:
    r = legal("luat-thuy-san.txt", "2017-11-21")
    own = "state:LUAT:18/2017:QH14"
    _legal_header(r, own, "ngày 21 tháng 11 năm 2017", "2017-11-21", ["Luật số: 18/2017/QH14"],
                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.doc("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "state:HP:2013")
    return r


def l_to_chuc_hdnd() -> Record:
    r = legal("luat-to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan.txt", "2003-11-26")
    own = "state:LUAT:11/2003:QH11"
    _legal_header(r, own, "ngày 26 tháng 11 năm 2003", "2003-11-26", ["Số: 11/2003/QH11"],
                  ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
    r.doc("Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992", "state:HP:1992")
    _nq51_full(r)
    return r


LEGAL_RECORDS = [l_hinh_su, l_an_ninh, l_binh_dang_gioi, l_to_chuc_tin_dung, l_ky_ket, l_ma_tuy, l_sy_quan,
                 l_thuy_san, l_tieu_chuan, l_to_chuc_hdnd]


# ====================================================================================

def _write(path: Path, records: list[Record]) -> None:
    lines = [json.dumps(record.as_json(), ensure_ascii=False) + "\n" for record in records]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", action="store_true", help="print every fact and the uncovered words")
    parser.add_argument("--only", help="report only this record id")
    args = parser.parse_args(argv)
    news = [build() for build in BAOMOI_RECORDS]
    statutes = [build() for build in LEGAL_RECORDS]
    news.sort(key=lambda r: r.position or 0)
    _write(OUT / "news_baomoi.jsonl", news)
    _write(OUT / "legal_vlc.jsonl", statutes)
    if args.report:
        for record in news + statutes:
            if args.only in (None, record.record_id):
                print(record.report())
    counts: dict[str, int] = {}
    for record in news + statutes:
        for f in record.facts:
            counts[f.kind] = counts.get(f.kind, 0) + 1
    print(f"{len(news)} articles, {len(statutes)} statutes; facts: "
          + ", ".join(f"{k} {counts.get(k, 0)}" for k in KINDS), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
