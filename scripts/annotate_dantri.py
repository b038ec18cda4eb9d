"""Build annotations/dev/news_dantri.jsonl: hand annotations of 35 dantri articles (docs/annotation.md).

Each article is a block of lines ``kind|surface|value|extra`` written in reading order:
- kind: d (date), doc, p (person), o (organization), pl (place), m (meeting), t (task); ``kind#N`` takes the
  N-th (0-based) occurrence of the surface counted from the start of the scope instead of the cursor;
  ``kind*`` (run after the other lines) takes every whole-word occurrence not overlapping a fact of that kind
  or a span marked ``x|surface``.
- surface: the span's words; ``ctx [span] ctx`` marks the span inside a short context when needed;
  ``head~~tail`` spans from the head to the end of the first tail after it (long spans: tasks, meetings).
  Without ``#N`` the span is the first occurrence not already taken by a fact of the same kind that starts
  at most BACK characters before the previous fact's start (a title written before a person's name) and
  overlaps no fact of the same kind.
- value: empty means a default (person: the surface; organization: the surface with abbreviations
  expanded; place: the surface without its unit word); for a meeting a JSON object.
- extra: a person's titles separated by ";" (abbreviations expanded as for organizations).
A task's value is its span's words with spaces folded; it is written as null (the file holds no article text).
Run: .venv/bin/python scripts/annotate_dantri.py [--check]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from bantin.pipeline import build_article
from bantin.sources import iter_jsonl

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/data/news_dantri/unc_dantri.jsonl")
OUT = ROOT / "annotations" / "dev" / "news_dantri.jsonl"
BACK = 60
KINDS = {"d": "date", "doc": "document", "p": "person", "o": "organization", "pl": "place", "m": "meeting",
         "t": "task"}
ABBR = [
    (r"\bUBND\b", "Ủy ban nhân dân"),
    (r"\bHĐND\b", "Hội đồng nhân dân"),
    (r"\bMTTQ\b", "Mặt trận Tổ quốc"),
    (r"\bTPHCM\b|\bTP\.? ?HCM\b|\bTP\.? Hồ Chí Minh\b", "thành phố Hồ Chí Minh"),
    (r"\bTP\.? ", "thành phố "),
    (r"\bTW\b", "Trung ương"),
    (r"\bGD&ĐT\b|\bGDĐT\b", "Giáo dục và Đào tạo"),
    (r"\bUBKT\b", "Ủy ban Kiểm tra"),
    (r"\bLĐ-TB&XH\b|\bLĐTB&XH\b", "Lao động - Thương binh và Xã hội"),
    (r"\bKH&ĐT\b", "Kế hoạch và Đầu tư"),
    (r"\bTN&MT\b", "Tài nguyên và Môi trường"),
    (r"\bNN&PTNT\b", "Nông nghiệp và Phát triển nông thôn"),
    (r"\bCDC\b", "Trung tâm Kiểm soát bệnh tật"),
    (r"\bGTVT\b", "Giao thông vận tải"),
]
UNITS = ("thành phố", "Thành phố", "TP.", "TP", "tỉnh", "Tỉnh", "huyện", "Huyện", "quận", "Quận", "thị xã",
         "Thị xã", "thị trấn", "Thị trấn", "xã", "Xã", "phường", "Phường", "nước", "bang", "Bang")


def expand(name: str) -> str:
    name = unicodedata.normalize("NFC", name)
    for pattern, full in ABBR:
        name = re.sub(pattern, full, name)
    return re.sub(r"(?<![qQ\w])(\w*?)([oOuU])([àáảãạỳýỷỹỵ])([aAyY]?)(?!\w)", _tone, name)


def _tone(m):
    """'hoà' -> 'hòa', 'uỷ' -> 'ủy' (tone on the first vowel of a final 'oa'/'uy'); 'quý', 'hoàn' unchanged."""
    head, first, toned, last = m.groups()
    if last or head.lower().endswith("q") or (head + first).lower().endswith("q" + first.lower()):
        return m.group()
    base = "a" if toned in "àáảãạ" else "y"
    if (first.lower(), base) not in (("o", "a"), ("u", "y")):
        return m.group()
    marks = dict(zip("àáảãạỳýỷỹỵ", "\u0300\u0301\u0309\u0303\u0323" * 2))
    return head + unicodedata.normalize("NFC", first + marks[toned]) + base


def place_name(surface: str) -> str:
    if re.fullmatch(r"TP\.? ?HCM|TPHCM|TP\.? Hồ Chí Minh|[Tt]hành phố Hồ Chí Minh", surface):
        return "Hồ Chí Minh"
    for unit in UNITS:
        if surface.startswith(unit + " ") and not surface[len(unit) + 1:].isdigit():
            return expand(surface[len(unit) + 1:])
    return expand(surface)


def load_articles(lines):
    records = {}
    with CORPUS.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if number in lines:
                records[number] = json.loads(line)
    out = {}
    for raw in iter_jsonl(CORPUS):  # the layout only: the text the spans point into, without running extractors
        position = getattr(raw, "position", None)
        if position in lines:
            out[position] = (build_article(raw, extractors=()), records[position])
    return out


def scope_of(article):
    first = article.blocks[0]
    if first.role == "title" and first.method.startswith("URL slug"):
        return article.blocks[1].start, len(article.text)
    return 0, len(article.text)


def locate(text, scope, surface, occurrence, cursor, taken):
    if "~~" in surface:  # "head~~tail": from the head to the end of the first tail after it (long spans)
        head, tail = surface.split("~~")
        start, _, _ = locate(text, scope, head, occurrence, cursor, taken)
        end = text.find(tail, start + len(head))
        assert end != -1 and end + len(tail) <= scope[1], f"tail not found: {surface!r}"
        return start, end + len(tail), text[start:end + len(tail)]
    match = re.fullmatch(r"(.*)\[(.+)\](.*)", surface)
    before, span, after = match.groups() if match else ("", surface, "")
    needle = before + span + after
    starts, at = [], text.find(needle, scope[0])
    while at != -1 and at + len(needle) <= scope[1]:
        starts.append(at + len(before))
        at = text.find(needle, at + 1)
    assert starts, f"not found in scope: {surface!r}"
    if occurrence is not None:
        start = starts[occurrence]
    else:
        free = [s for s in starts if not any(s < e and b < s + len(span) for b, e in taken)]
        start = next((s for s in free if s >= cursor - BACK), None)
        assert start is not None, f"no occurrence after the cursor: {surface!r}"
    return start, start + len(span), span


def build(line, block, article, record):
    text, scope = article.text, scope_of(article)
    facts, cursor, taken, excluded = [], scope[0], {}, []
    rows = [r.strip() for r in block.strip().splitlines() if r.strip()]
    for raw in [r for r in rows if "*" not in r.split("|")[0]] + [r for r in rows if "*" in r.split("|")[0]]:
        parts = raw.split("|", 3)
        code, surface, value, extra = parts + [""] * (4 - len(parts))
        code, _, occ = code.partition("#")
        if code == "x":  # a span that no "*" line may take
            start, end, _ = locate(text, scope, surface, None, cursor, set())
            excluded.append((start, end))
            continue
        if code.endswith("*"):  # every free occurrence of the surface, as a whole word
            kind, spans = KINDS[code[:-1]], []
            for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text[:scope[1]]):
                if m.start() >= scope[0] and not any(m.start() < e and b < m.end()
                                                     for b, e in list(taken.get(KINDS[code[:-1]], ())) + excluded):
                    spans.append((m.start(), m.end(), m.group()))
            assert spans, f"{line}: no free occurrence of {surface!r}"
        else:
            kind = KINDS[code]
            spans = [locate(text, scope, surface, int(occ) if occ else None, cursor, taken.setdefault(kind, set()))]
        for start, end, span in spans:
            taken.setdefault(kind, set()).add((start, end))
            order, cursor = (start - cursor, start) if not code.endswith("*") else (0, cursor)
            add(facts, kind, start, end, order, span, value, extra, raw, line)
    facts.sort(key=lambda f: (f["start"], f["end"], f["kind"]))
    if "--check" not in sys.argv:
        for fact in facts:
            del fact["_order"]
    return {"dataset": "news_dantri", "source": "news_dantri/unc_dantri.jsonl", "record_id": record["id"],
            "position": line, "published": record["date"],
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "scope": [list(scope)], "facts": facts}


def add(facts, kind, start, end, order, span, value, extra, raw, line):
    fact = {"kind": kind, "start": start, "end": end, "_order": order}
    if kind == "person":
        fact["value"] = value or span
        fact["titles"] = [expand(t.strip()) for t in extra.split(";") if t.strip()]
    elif kind == "organization":
        fact["value"] = value or expand(span)
    elif kind == "place":
        fact["value"] = value or place_name(span)
    elif kind == "meeting":
        fact["value"] = json.loads(value)
    elif kind == "task":  # its value is the span's words (spaces folded): not stored, no article text in the file
        fact["value"] = None
    else:
        assert value, f"{line}: a {kind} needs a value: {raw}"
        fact["value"] = value
    facts.append(fact)


CUES = re.compile(r"UBND|HĐND|Sở |Bộ |Ban |Chủ tịch|Bí thư|Giám đốc|Thủ tướng|[Tt]rưởng|Luật|Nghị|"
                  r"Quyết định|Thông tư|Chỉ thị|\d+/\d+|tháng \d|năm \d|[Nn]gày \d|[Hh]ôm |tỉnh |huyện |"
                  r"(?<!\w)xã |phường |quận |(?<!\w)[ôÔ]ng |(?<!\w)[bB]à |Công ty|Tập đoàn|Bệnh viện|Trường|"
                  r"Viện|Hội |Đảng|Quốc hội|Chính phủ|hội nghị|họp|Trung ương")


def check(row, article):
    """Print every fact with its words, and the cue words that no fact covers (for a recall review)."""
    text = article.text
    covered = [(f["start"], f["end"]) for f in row["facts"]]
    for f in row["facts"]:
        extra = f" {f['titles']}" if f.get("titles") else ""
        mark = "<<" if f.get("_order", 0) < 0 else "  "
        print(f"{mark}{f['kind'][:5]:5} {f['start']:5} {text[f['start']:f['end']]!r} -> {f['value']}{extra}")
    people = [f["start"] for f in row["facts"] if f["kind"] == "person"]
    for m in CUES.finditer(text, row["scope"][0][0]):
        near = any(0 <= p - m.start() <= 80 and not re.search(r"[.;:!?\n]", text[m.start():p]) for p in people)
        if not near and not any(s <= m.start() < e for s, e in covered):
            print(f"  ?? {m.start():5} ...{text[max(0, m.start() - 30):m.end() + 40]!r}")
    spans = {}
    for f in row["facts"]:
        spans.setdefault((f["kind"], text[f["start"]:f["end"]]), []).append(f)
    for (kind, words), found in spans.items():
        if kind in ("person", "organization", "place", "document") and len(words) > 3:
            total = text.count(words, row["scope"][0][0])
            if total > len(found):
                print(f"  !! {kind} {words!r}: {len(found)} of {total} occurrences annotated")


def main(argv):
    wanted = [int(a) for a in argv if a.isdigit()] or list(ANN)
    articles = load_articles(set(wanted))
    rows = []
    for line in wanted:
        article, record = articles[line]
        row = build(line, ANN[line], article, record)
        rows.append(row)
        if "--check" in argv:
            print(f"### {line} {record['id']} {record['category']} {record['date']} facts={len(row['facts'])}")
            check(row, article)
    if "--check" not in argv:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        with OUT.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"wrote {len(rows)} records, {sum(len(r['facts']) for r in rows)} facts to {OUT}")


ANN: dict[int, str] = {}

# ANNOTATIONS (one block per article, keyed by line number)

ANN[87] = """
pl|TPHCM
pl|TPHCM
o|Quốc hội
pl|TPHCM
o|Bộ Tư pháp
pl|TPHCM
pl|TPHCM
o|HĐND thành phố|Hội đồng nhân dân thành phố Hồ Chí Minh
o|UBND thành phố|Ủy ban nhân dân thành phố Hồ Chí Minh
o|HĐND thành phố|Hội đồng nhân dân thành phố Hồ Chí Minh
o|HĐND thành phố|Hội đồng nhân dân thành phố Hồ Chí Minh
o|HĐND thành phố|Hội đồng nhân dân thành phố Hồ Chí Minh
o|HĐND thành phố|Hội đồng nhân dân thành phố Hồ Chí Minh
doc|Luật hoạt động giám sát của Quốc hội và HĐND|state:LUAT:hoat-dong-giam-sat-cua-quoc-hoi-va-hoi-dong-nhan-dan
o|nghị quyết của [Quốc hội]
o|UBND TPHCM
pl|TPHCM
doc|Luật Tổ chức chính quyền địa phương|state:LUAT:to-chuc-chinh-quyen-dia-phuong
d|ngày 1/7/2021|2021-07-01
d|nhiệm kỳ 2016 - 2021|2016/2021
m|cuộc họp Hội đồng thẩm định|{"kind": "cuộc họp", "date": null, "part_of_day": null, "organizer": "Bộ Tư pháp", "chair": "Đặng Hoàng Oanh", "bridge_points": []}
o|Bộ Tư pháp
p|Nguyễn Thành Phong||Chủ tịch UBND TPHCM
o|UBND TPHCM
pl|TPHCM
p|Ông [Phong] dự đoán|Nguyễn Thành Phong
o|Quốc hội
pl|TPHCM
p|Trần Anh Tuấn||Thứ trưởng Bộ Nội vụ
o|Bộ Nội vụ
o|UBND TPHCM
pl|TPHCM
o|Chính phủ
o|Quốc hội
o|Bộ Tư pháp
p|Đặng Hoàng Oanh||Thứ trưởng Bộ Tư pháp
o|Quốc hội
pl|TPHCM
doc|Luật Ngân sách nhà nước|state:LUAT:ngan-sach-nha-nuoc
doc|Luật Đầu tư công|state:LUAT:dau-tu-cong
doc|Luật Quy hoạch đô thị|state:LUAT:quy-hoach-do-thi
p|bà [Oanh]|Đặng Hoàng Oanh
o|Chính phủ
o|Quốc hội
d|ngày 1/10|2020-10-01
pl|quận 2|Quận 2
pl|quận 9|Quận 9
pl|quận Thủ Đức
o|Thành ủy TPHCM
pl|TPHCM
p|Trần Lưu Quang||Phó Bí thư Thường trực Thành ủy TPHCM
pl|TPHCM
pl|Thành phố Thủ Đức
pl|TPHCM
o|Ủy ban Thường vụ Quốc hội
o|kỳ họp [Quốc hội]
d|tháng 5/2021|2021-05
o|bầu [Quốc hội]
p|[Phó Bí thư Thành ủy] nói|Trần Lưu Quang|Phó Bí thư Thành ủy TPHCM
o|Phó Bí thư [Thành ủy] nói|Thành ủy thành phố Hồ Chí Minh
"""

ANN[104] = """
d|Ngày 29/4|2021-04-29
p|Nguyễn Duy Phương||Bí thư phường Bắc Sơn
pl|phường Bắc Sơn
pl|thị xã Bỉm Sơn
pl|Thanh Hóa
p|Nguyễn Văn Trường||Chủ tịch UBND phường Bắc Sơn
o|UBND phường Bắc Sơn
pl|phường Bắc Sơn
o|HĐND phường|Hội đồng nhân dân phường Bắc Sơn
d|nhiệm kỳ 2021-2026|2021/2026
o|UBND phường Bắc Sơn
pl|phường Bắc Sơn
m|hội nghị hiệp thương lần thứ 1|{"kind": "hội nghị", "date": "2021-02-03", "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
d|ngày 3/2/2021|2021-02-03
p|ông [Trường] nằm|Nguyễn Văn Trường
m|hội nghị hiệp thương lần thứ 2|{"kind": "hội nghị", "date": "2021-03-17", "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
d|17/3|2021-03-17
p|ông [Trường] đang|Nguyễn Văn Trường
p|Chủ tịch UBND tỉnh Thanh Hóa|Đỗ Minh Tuấn|Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|UBND phường Bắc Sơn
pl|phường Bắc Sơn
d|ngày 3/2/2021|2021-02-03
p|Đỗ Minh Tuấn||Chủ tịch UBND tỉnh Thanh Hóa
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
pl|phường Bắc Sơn
o|Thị ủy Bỉm Sơn
pl|Bỉm Sơn
o|UBND thị xã Bỉm Sơn
pl|thị xã Bỉm Sơn
p|Chủ tịch UBND tỉnh Thanh Hóa|Đỗ Minh Tuấn|Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|UBND thị xã Bỉm Sơn
pl|thị xã Bỉm Sơn
o|UBND thị xã Bỉm Sơn
pl|thị xã Bỉm Sơn
o|Thanh tra tỉnh|Thanh tra tỉnh Thanh Hóa
d|Ngày 25/1/2021|2021-01-25
o|Thanh tra Tỉnh Thanh Hóa|Thanh tra tỉnh Thanh Hóa
pl|Tỉnh Thanh Hóa
doc|Báo cáo số 155/BC-TTTTH|state:BC:155:TTTTH@2021
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
d|năm 2017|2017
o|UBND Thị xã Bỉm Sơn|Ủy ban nhân dân thị xã Bỉm Sơn
pl|Thị xã Bỉm Sơn
p|Lê Ngọc Bích
p|Nguyễn Thị Thu
pl|phường Ngọc Trạo
pl|Trạo, [Bỉm Sơn]
doc|Luật đất đai|state:LUAT:dat-dai
o|UBND Thị xã Bỉm Sơn|Ủy ban nhân dân thị xã Bỉm Sơn
pl|Thị xã Bỉm Sơn
o|phòng TN&MT Thị xã|Phòng Tài nguyên và Môi trường thị xã Bỉm Sơn
o|văn phòng đăng ký quyền sử dụng đất|Văn phòng đăng ký quyền sử dụng đất
o|UBND phường Ngọc Trạo
pl|phường Ngọc Trạo
pl|phường Ngọc Trạo
p|Chủ tịch UBND tỉnh|Đỗ Minh Tuấn|Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa
o|UBND tỉnh|Ủy ban nhân dân tỉnh Thanh Hóa
o|Thường vụ Thị ủy Bỉm Sơn|Ban Thường vụ Thị ủy Bỉm Sơn
pl|Bỉm Sơn
o|Ban thường vụ Thị ủy|Ban Thường vụ Thị ủy Bỉm Sơn
o|giao [Thanh tra] chuyển|Thanh tra tỉnh Thanh Hóa
p|Nguyễn Duy Phương||Bí thư phường Bắc Sơn
pl|phường Bắc Sơn
p|ông [Trường] sai|Nguyễn Văn Trường
o|UBND Ngọc Trạo|Ủy ban nhân dân phường Ngọc Trạo
pl|Ngọc Trạo
o|Thường trực Thị ủy|Thường trực Thị ủy Bỉm Sơn
p|ông [Phương],|Nguyễn Duy Phương
p|ông [Trường] vẫn|Nguyễn Văn Trường
p|anh [Trường] thì|Nguyễn Văn Trường
p|anh [Trường]"|Nguyễn Văn Trường
p|ông [Phương] nói|Nguyễn Duy Phương
o|UBND thị xã Bỉm Sơn
pl|thị xã Bỉm Sơn
d|ngày 16/4/2021|2021-04-16
o|UBKT Tỉnh ủy Thanh Hóa
pl|Thanh Hóa
o|Thường trực Thị ủy|Thường trực Thị ủy Bỉm Sơn
p|anh [Trường] trong|Nguyễn Văn Trường
o|UBKT Tỉnh ủy|Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa
o|[Đảng ủy] xin|Đảng ủy phường Bắc Sơn
o|Thường trực Thị ủy Bỉm Sơn
pl|Bỉm Sơn
m|tổ chức [hội nghị] nghiêm túc|{"kind": "hội nghị", "date": null, "part_of_day": null, "organizer": "Đảng ủy phường Bắc Sơn", "chair": null, "bridge_points": []}
d|Ngày 17/4|2021-04-17
m|hiệp thương lần 3|{"kind": "hội nghị", "date": "2021-04-17", "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
p|anh [Trường] chỉ|Nguyễn Văn Trường
p|anh [Trường] nằm|Nguyễn Văn Trường
o|Ủy ban bầu cử phường Bắc Sơn
pl|phường Bắc Sơn
p|ông [Phương] cho|Nguyễn Duy Phương
p|Trịnh Tuấn Thành||Chủ tịch UBND Thị xã Bỉm Sơn;Chủ tịch Ủy ban bầu cử thị xã Bỉm Sơn
o|UBND Thị xã Bỉm Sơn|Ủy ban nhân dân thị xã Bỉm Sơn
pl|Thị xã Bỉm Sơn
o|Ủy ban bầu cử thị xã Bỉm Sơn
pl|thị xã Bỉm Sơn
o|cho biết, [Ủy ban bầu cử]|Ủy ban bầu cử thị xã Bỉm Sơn
o|Phòng nội vụ|Phòng Nội vụ thị xã Bỉm Sơn
p|Lê Thị Lan||Phó phòng Nội vụ Thị xã Bỉm Sơn
o|phòng Nội vụ Thị xã Bỉm Sơn|Phòng Nội vụ thị xã Bỉm Sơn
pl|Thị xã Bỉm Sơn
p|bà [Lan]|Lê Thị Lan
p|ông [Trường] được|Nguyễn Văn Trường
o|HĐND phường|Hội đồng nhân dân phường Bắc Sơn
doc|Luật bầu cử|state:LUAT:bau-cu
d|nhiệm kỳ 2021-2026|2021/2026
doc|Hướng dẫn 36-HD/BTCTW|party:HD:36:BTCTW@XII
d|ngày 20/1/2021|2021-01-20
doc|Luật Tổ chức chính quyền địa phương|state:LUAT:to-chuc-chinh-quyen-dia-phuong
"""

ANN[137] = """
d|Ngày 30/4|2021-04-30
o|UBND xã Quảng Yên
pl|xã Quảng Yên
p|Đàm Văn Hoàn||Chủ tịch Hội nạn nhân chất độc da cam xã Quảng Yên
o|Hội nạn nhân chất độc da cam xã Quảng Yên
pl|xã Quảng Yên
p|Trịnh Sỹ Lợi||Bí thư thôn Yên Cảnh
p|Ngô Văn Vũ||Bí thư thôn Trung Đào
o|Ủy ban bầu cử xã Quảng Yên
pl|xã Quảng Yên
pl|xã Quảng Yên
o|Thanh tra Quốc phòng - Bộ CHQS tỉnh Thanh Hóa|Thanh tra Quốc phòng Bộ Chỉ huy Quân sự tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
pl|xã Quảng Yên
doc|Quyết định 62/2011/QĐ-TTg|state:QD:62/2011:TTG
p|Nguyễn Văn Dũng
p|Nguyễn Văn Hưng
p|Nguyễn Đình Bảo
p|Nguyễn Văn Mậu
p|Trịnh Sỹ Lợi
p|Trương Công Ninh
p|Ngô Xuân Vũ
o|Hội đồng chính sách xã Quảng Yên
pl|xã Quảng Yên
p|Đàm Văn Hoàn||nguyên Phó chỉ huy trưởng Ban Chỉ huy Quân sự xã Quảng Yên
o|Ban CHQS xã Quảng Yên|Ban Chỉ huy Quân sự xã Quảng Yên
pl|xã Quảng Yên
o|hội đồng chính sách xã|Hội đồng chính sách xã Quảng Yên
o|Bộ CHQS tỉnh Thanh Hóa|Bộ Chỉ huy Quân sự tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Huyện ủy|Huyện ủy Quảng Xương
o|UBND huyện|Ủy ban nhân dân huyện Quảng Xương
o|Ban Chỉ đạo 24 huyện Quảng Xương
pl|huyện Quảng Xương
o|Chủ tịch [Hội đồng chính sách]|Hội đồng chính sách xã Quảng Yên
o|hội đồng chính sách xã Quảng Yên|Hội đồng chính sách xã Quảng Yên
pl|xã Quảng Yên
d|Ngày 9/3|2021-03-09
o|Ban Chỉ đạo 24 tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Huyện ủy|Huyện ủy Quảng Xương
o|UBND huyện Quảng Xương
pl|huyện Quảng Xương
o|Ban Chỉ đạo 24 huyện Quảng Xương
pl|huyện Quảng Xương
o|Chủ tịch [Hội đồng chính sách]|Hội đồng chính sách xã Quảng Yên
o|Hội đồng chính sách xã Quảng Yên
pl|xã Quảng Yên
o|Bộ CHQS tỉnh Thanh Hóa|Bộ Chỉ huy Quân sự tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Ban chỉ đạo 24 tỉnh Thanh Hóa|Ban Chỉ đạo 24 tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Bộ CHQS tỉnh Thanh Hóa|Bộ Chỉ huy Quân sự tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Thường trực [Ban Chỉ đạo 24]|Ban Chỉ đạo 24 tỉnh Thanh Hóa
d|ngày 26/3|2021-03-26
"""

ANN[167] = """
o|UBND quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
pl|([Hà Nội])|Hà Nội
o|UBND TP Hà Nội
pl|TP Hà Nội
doc|Quyết định số 4168/2006|state:QD:4168:UBND~HA-NOI@2006
o|UBND thành phố Hà Nội
pl|thành phố Hà Nội
o|Trung tâm phát triển quỹ đất thành phố Hà Nội
pl|thành phố Hà Nội
o|UBND huyện Từ Liêm
pl|huyện Từ Liêm
pl|quận Bắc Từ Liêm
pl|Nam Từ Liêm
pl|xã Minh Khai
pl|xã Tây Tựu
pl|xã Tây Tựu
pl|phường Tây Tựu
o|UBND quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
o|UBND thành phố Hà Nội
pl|thành phố Hà Nội
o|UBND huyện Từ Liêm
pl|huyện Từ Liêm
o|UBND xã Tây Tựu
pl|xã Tây Tựu
o|UBND xã Tây Tựu
pl|xã Tây Tựu
o|UBND huyện Từ Liêm
pl|huyện Từ Liêm
d|Cuối tháng 3/2021|2021-03
o|UBND quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
o|UBND huyện Từ Liêm
pl|huyện Từ Liêm
pl|Quận Bắc Từ Liêm
o|Trung tâm phát triển quỹ đất quận|Trung tâm phát triển quỹ đất quận Bắc Từ Liêm
o|UBND phường Tây Tựu
pl|phường Tây Tựu
o|Kho bạc Nhà nước quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
o|UBND quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
o|UBND phường Tây Tựu
pl|phường Tây Tựu
o|UBND quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
o|UBND thành phố Hà Nội
pl|thành phố Hà Nội
pl|Quận Bắc Từ Liêm
o|Dân trí
doc|số 11015/VP-GPMB|state:CV:11015:VP-GPMB~HA-NOI
o|UBND quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
o|UBND thành phố Hà Nội
pl|thành phố Hà Nội
o|Thanh tra thành phố Hà Nội
pl|thành phố Hà Nội
o|UBND huyện Từ Liêm
pl|huyện Từ Liêm
pl|xã Tây Tựu
doc|Nghị định số 64/CP|state:ND:64:CP
pl|lãnh đạo [Hà Nội]|Hà Nội
o|UBND quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
o|UBND quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
o|Cơ quan điều tra Công an quận Bắc Từ Liêm
pl|quận Bắc Từ Liêm
"""

ANN[306] = """
m|phiên họp thứ 55|{"kind": "phiên họp", "date": "2021-04-27", "part_of_day": "chiều", "organizer": "Ủy ban Thường vụ Quốc hội", "chair": "Vương Đình Huệ", "bridge_points": []}
d|chiều 27/4|2021-04-27
o|UB Thường vụ Quốc hội|Ủy ban Thường vụ Quốc hội
m|kỳ họp thứ nhất|{"kind": "kỳ họp", "date": "2021-07-20/2021-08-03", "part_of_day": null, "organizer": "Quốc hội", "chair": null, "bridge_points": []}
o|Quốc hội khóa XV|Quốc hội
o|Tổng thư ký [Quốc hội]|Quốc hội
p|Bùi Văn Cường||Tổng thư ký Quốc hội
o|dự kiến [Quốc hội]|Quốc hội
d|thứ ba, ngày 20/7|2021-07-20
d|ngày 3/8/2021|2021-08-03
o|ngày làm việc, [Quốc hội]|Quốc hội
o|Cụ thể, [Quốc hội]|Quốc hội
o|Phó Chủ tịch [Quốc hội], số|Quốc hội
o|UB Thường vụ Quốc hội|Ủy ban Thường vụ Quốc hội
o|bầu Chủ tịch [Quốc hội]|Quốc hội
o|các Phó Chủ tịch [Quốc hội]|Quốc hội
o|UB Thường vụ Quốc hội|Ủy ban Thường vụ Quốc hội
o|Tổng Thư ký [Quốc hội]|Quốc hội
o|Hội đồng Dân tộc
o|UB của [Quốc hội]|Quốc hội
d|cuối tháng 7|2021-07
d|đầu tháng 8|2021-08
o|tới, [Quốc hội]|Quốc hội
o|Thủ tướng [Chính phủ]|Chính phủ
o|TAND tối cao|Tòa án nhân dân tối cao
o|VKSND tối cao|Viện kiểm sát nhân dân tối cao
o|[Quốc hội] cũng quyết định|Quốc hội
o|thành viên [Chính phủ]|Chính phủ
o|khác của [Chính phủ]|Chính phủ
m|kỳ họp cuối cùng của Quốc hội khóa XIV|{"kind": "kỳ họp", "date": "2021-03/2021-04", "part_of_day": null, "organizer": "Quốc hội", "chair": null, "bridge_points": []}
o|cuối cùng của [Quốc hội]|Quốc hội
o|11), [Quốc hội]|Quốc hội
o|gồm Chủ tịch [Quốc hội]|Quốc hội
o|Thủ tướng [Chính phủ]|Chính phủ
o|cơ quan của [Quốc hội]|Quốc hội
o|[Chính phủ] đã được|Chính phủ
o|được [Quốc hội] bầu|Quốc hội
o|được [Đảng] chuẩn bị|Đảng Cộng sản Việt Nam
o|đại biểu [Quốc hội] ở|Quốc hội
o|Quốchội|Quốc hội
o|TAND tối cao|Tòa án nhân dân tối cao
o|VKSND tối cao|Viện kiểm sát nhân dân tối cao
o|đại biểu [Quốc hội] khóa XV|Quốc hội
d|ngày 23/5/2021|2021-05-23
p|Bùi Văn Cường||Tổng thư ký Quốc hội
o|Tổng thư ký [Quốc hội] Bùi|Quốc hội
o|kỳ họp 11 của [Quốc hội]|Quốc hội
d|hồi [tháng 3], tháng 4|2021-03
d|tháng 3, [tháng 4]|2021-04
o|dự kiến [Quốc hội] sẽ xem|Quốc hội
d|6 tháng đầu năm|2021-H1
d|6 tháng cuối năm 2021|2021-H2
d|năm 2019|2019
o|Nghị quyết của [Quốc hội]|Quốc hội
d|pháp lệnh [năm 2022]|2022
o|giám sát của [Quốc hội]|Quốc hội
d|Quốc hội [năm 2022]|2022
o|kỳ họp này, [Quốc hội]|Quốc hội
d|giai đoạn 2021-2025|2021/2025
d|giai đoạn 2021-2030|2021/2030
d|giai đoạn 2021-2025|2021/2025
p|Tổng Thư ký Quốc hội|Bùi Văn Cường|Tổng Thư ký Quốc hội
o|Tổng Thư ký [Quốc hội] lưu ý|Quốc hội
doc|luật Ngân sách Nhà nước|state:LUAT:ngan-sach-nha-nuoc
o|để [Quốc hội] quyết định|Quốc hội
doc|luật Đất đai|state:LUAT:dat-dai
o|thứ nhất, [Quốc hội]|Quốc hội
d|giai đoạn 2021-2025|2021/2025
m|kỳ họp thứ 10 khóa XIV|{"kind": "kỳ họp", "date": null, "part_of_day": null, "organizer": "Quốc hội", "chair": null, "bridge_points": []}
o|XIV, [Quốc hội]|Quốc hội
d|giai đoạn 2016-2020|2016/2020
d|giai đoạn 2021-2025|2021/2025
p|Tổng thư ký Quốc hội|Bùi Văn Cường|Tổng thư ký Quốc hội
o|Tổng thư ký [Quốc hội] đề nghị|Quốc hội
o|UB Thường vụ Quốc hội|Ủy ban Thường vụ Quốc hội
o|báo cáo [Quốc hội]|Quốc hội
o|trình [Quốc hội]|Quốc hội
m|kỳ họp thứ 2|{"kind": "kỳ họp", "date": "2021-10", "part_of_day": null, "organizer": "Quốc hội", "chair": null, "bridge_points": []}
d|tháng 10/2021|2021-10
o|Sau khi [Thường vụ]|Ủy ban Thường vụ Quốc hội
o|Chủ tịch [Quốc hội] Vương|Quốc hội
p|Vương Đình Huệ||Chủ tịch Quốc hội
d|giai đoạn 2021--2026|2021/2026
o|thứ hai của [Quốc hội]|Quốc hội
"""

ANN[382] = """
d|Sáng 27/4|2021-04-27
o|Đảng ủy Bộ Lao động - Thương binh và Xã hội
m|Hội nghị nghiên cứu, học~~quan Trung ương|{"kind": "hội nghị", "date": "2021-04-27", "part_of_day": "sáng", "organizer": "Đảng ủy Bộ Lao động - Thương binh và Xã hội", "chair": "Lê Văn Hoạt", "bridge_points": []}
doc|Nghị quyết Đại hội XIII của Đảng|party:NQDH:XIII
o|XIII của [Đảng]|Đảng Cộng sản Việt Nam
o|Đảng bộ khối các cơ quan Trung ương|Đảng bộ Khối các cơ quan Trung ương
p|Lê Văn Hoạt||Phó Bí thư Thường trực Đảng ủy Bộ Lao động - Thương binh và Xã hội
o|Đảng ủy Bộ Lao động - Thương binh và Xã hội
p|Lê Văn Hoạt||Phó Bí thư Thường trực Đảng ủy Bộ Lao động - Thương binh và Xã hội
o|Đảng ủy Bộ Lao động - Thương binh và Xã hội
m|Đại hội đại biểu toàn quốc lần thứ XIII của Đảng|{"kind": "đại hội", "date": "2021-01-25/2021-02-01", "part_of_day": null, "organizer": "Đảng Cộng sản Việt Nam", "chair": null, "bridge_points": []}
o|XIII của [Đảng]|Đảng Cộng sản Việt Nam
o|của [Đảng] và|Đảng Cộng sản Việt Nam
d|năm 2021|2021
d|từ ngày 25/1 đến ngày 1/2/2021|2021-01-25/2021-02-01
o|Trung tâm Hội nghị quốc gia Mỹ Đình|Trung tâm Hội nghị quốc gia
pl|Hà Nội
d|năm 2030|2030
o|thành lập [Đảng]|Đảng Cộng sản Việt Nam
d|năm 2045|2045
d|2021-2030|2021/2030
d|2016-2020|2016/2020
d|2021-2025|2021/2025
o|xây dựng [Đảng]|Đảng Cộng sản Việt Nam
o|Điều lệ [Đảng]|Đảng Cộng sản Việt Nam
p|Lê Văn Hoạt
doc|Chỉ thị số 01-CT/TW|party:CT:01:TW@XIII
o|Bộ Chính trị
doc|Hướng dẫn số 03-HD/BTGTW|party:HD:03:BTGTW
o|Ban Tuyên giáo Trung ương
o|Đảng ủy Khối các cơ quan Trung ương
d|27-28/4|2021-04-27/2021-04-28
o|Đảng ủy Bộ Lao động - Thương binh và Xã hội
doc|Nghị quyết Đại hội XIII của Đảng|party:NQDH:XIII
o|XIII của [Đảng]|Đảng Cộng sản Việt Nam
o|Thủ tướng [Chính phủ]|Chính phủ
p|Lê Văn Hoạt
o|Bộ Chính trị
m|Hội nghị học tập, quán~~XIII của Đảng|{"kind": "hội nghị", "date": "2021-03-27/2021-03-28", "part_of_day": null, "organizer": "Ban Bí thư Trung ương Đảng", "chair": null, "bridge_points": []}
doc|Nghị quyết Đại hội XIII của Đảng|party:NQDH:XIII
o|XIII của [Đảng]|Đảng Cộng sản Việt Nam
o|Ban Bí thư Trung ương Đảng
d|ngày 27-28/3/2021|2021-03-27/2021-03-28
p|Lê Văn Hoạt
p|ông [Hoạt]|Lê Văn Hoạt
"""

ANN[384] = """
d|Sáng 30/4|2021-04-30
p|Nguyễn Xuân Phúc||Chủ tịch nước
o|Bệnh viện Phổi Đà Nẵng
pl|Đà Nẵng
m|buổi kiểm tra|{"kind": "buổi kiểm tra", "date": "2021-04-30", "part_of_day": "sáng", "organizer": null, "chair": "Nguyễn Xuân Phúc", "bridge_points": []}
p|Nguyễn Xuân Phúc||Chủ tịch nước
pl|TP Đà Nẵng
o|Bệnh viện Phổi Đà Nẵng
pl|Đà Nẵng
p|Nguyễn Xuân Phúc||Chủ tịch nước
p|Nguyễn Xuân Phúc||Chủ tịch nước
o|Bệnh viện Phổi Đà Nẵng
pl|Đà Nẵng
p|Nguyễn Xuân Phúc||Chủ tịch nước
o|Bộ Y tế
pl|TP Đà Nẵng
p|Nguyễn Xuân Phúc||Chủ tịch nước
pl|Đà Nẵng
pl|Đà Nẵng
pl|Đà Nẵng
pl|Đà Nẵng
pl|Hà Nội
pl|TPHCM
pl|Hải Phòng
pl|Cần Thơ
p|Chủ tịch nước|Nguyễn Xuân Phúc|Chủ tịch nước
p|Chủ tịch nước|Nguyễn Xuân Phúc|Chủ tịch nước
pl|Việt Nam
pl|Đà Nẵng
p|Chủ tịch nước|Nguyễn Xuân Phúc|Chủ tịch nước
p|Chủ tịch nước|Nguyễn Xuân Phúc|Chủ tịch nước
o|Bộ Y tế
p|Nguyễn Xuân Phúc||Chủ tịch nước
o|Bộ Y tế
p|Nguyễn Xuân Phúc||Chủ tịch nước
pl|TP Đà Nẵng
o|Bộ Y tế
p|Chủ tịch nước|Nguyễn Xuân Phúc|Chủ tịch nước
p|Lê Thành Phúc||Giám đốc Bệnh viện Phổi Đà Nẵng
o|Bệnh viện Phổi Đà Nẵng
pl|Đà Nẵng
p|Nguyễn Xuân Phúc||Chủ tịch nước
o|Bộ Y tế
pl|TP Đà Nẵng
pl|Đà Nẵng
p|Lê Trung Chinh||Chủ tịch UBND TP Đà Nẵng
o|UBND TP Đà Nẵng
pl|TP Đà Nẵng
pl|Đà Nẵng
pl|Đà Nẵng
d|30/4-1/5|2021-04-30/2021-05-01
pl|Hà Nam
pl|Đà Nẵng
p|Chủ tịch Đà Nẵng|Lê Trung Chinh|Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng
pl|Chủ tịch [Đà Nẵng]|Đà Nẵng
pl|Hà Nam
o|Bộ Y tế
p|Nguyễn Trường Sơn||Thứ trưởng Bộ Y tế
o|Bộ Y tế
o|Bộ Y tế
"""

ANN[470] = """
o|Dân trí
o|Sở Tài nguyên và Môi trường (TN-MT) Thanh Hóa|Sở Tài nguyên và Môi trường Thanh Hóa
pl|Thanh Hóa
o|Văn phòng Đăng ký đất đai Thanh Hóa
pl|Thanh Hóa
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
o|Sở TN-MT|Sở Tài nguyên và Môi trường Thanh Hóa
o|Sở Tài nguyên và Môi trường Thanh Hóa
pl|Thanh Hóa
o|Văn phòng Đăng ký đất đai Thanh Hóa
pl|Thanh Hóa
o|Sở TN-MT|Sở Tài nguyên và Môi trường Thanh Hóa
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
d|tháng 10/2019|2019-10
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
d|năm 2019|2019
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Sở TN-MT|Sở Tài nguyên và Môi trường Thanh Hóa
o|Sở Nội vụ|Sở Nội vụ Thanh Hóa
o|UBND tỉnh|Ủy ban nhân dân tỉnh Thanh Hóa
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
o|Sở TN-MT Thanh Hóa|Sở Tài nguyên và Môi trường Thanh Hóa
pl|Thanh Hóa
o|Bộ Nội vụ
o|Bộ Nội vụ
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Sở Nội vụ|Sở Nội vụ Thanh Hóa
o|Bộ Nội vụ
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Thanh tra tỉnh|Thanh tra tỉnh Thanh Hóa
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
o|Bộ Nội vụ
pl|tỉnh Thanh Hóa
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
d|Ngày 3/12/2010|2020-12-03
p|Nguyễn Trọng Thừa||Thứ trưởng Bộ Nội vụ
o|Bộ Nội vụ
doc|số 6386/BNV- CCVC|state:CV:6386:BNV-CCVC@2020
o|Sở TN-MT Thanh Hóa|Sở Tài nguyên và Môi trường Thanh Hóa
pl|Thanh Hóa
o|Bộ Nội vụ
doc|Thông tư số 03/2019/TT-BNV|state:TT:03/2019:BNV
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
d|ngày 19/4/2021|2021-04-19
o|Sở Nội vụ Thanh Hóa
pl|Thanh Hóa
o|VPĐKĐĐ|Văn phòng Đăng ký đất đai Thanh Hóa
o|Bộ Nội vụ
pl|tỉnh Thanh Hóa
"""

ANN[571] = """
o|UBND TP Hà Nội
pl|TP Hà Nội
p|Chử Xuân Dũng||Phó Chủ tịch UBND TP Hà Nội;Trưởng Ban Chỉ đạo công tác phòng, chống dịch bệnh thành phố Hà Nội
o|Ban Chỉ đạo công tác phòng, chống dịch bệnh|Ban Chỉ đạo công tác phòng, chống dịch bệnh thành phố Hà Nội
m|tại [cuộc họp] chiều|{"kind": "cuộc họp", "date": "2021-04-30", "part_of_day": "chiều", "organizer": "Ban Chỉ đạo công tác phòng, chống dịch bệnh thành phố Hà Nội", "chair": "Chử Xuân Dũng", "bridge_points": []}
d|chiều nay (30/4)|2021-04-30
d|chiều 30/4|2021-04-30
pl|Hà Nội
p|Trần Đắc Phu||Nguyên Cục trưởng Cục Y tế Dự phòng;Cố vấn cao cấp Trung tâm Đáp ứng khẩn cấp sự kiện y tế công cộng Việt Nam
o|Cục Y tế Dự phòng
o|Trung tâm Đáp ứng khẩn cấp sự kiện y tế công cộng Việt Nam
pl|Việt Nam
pl|TP Hà Nội
pl|Hà Nội
pl|Đông Nam Á
o|Tổ chức Y tế thế giới
pl|Đông Nam Á
p|ông [Phu] nói|Trần Đắc Phu
p|Trần Đắc Phu
pl|Hà Nội
p|ông [Phu] khuyến|Trần Đắc Phu
p|Nguyễn Thị Liên Hương||Cục trưởng Cục Quản lý môi trường Bộ Y tế
o|Cục Quản lý môi trường
o|Bộ Y tế
pl|huyện Đông Anh
p|bà [Hương]|Nguyễn Thị Liên Hương
o|UBND TP Hà Nội
pl|TP Hà Nội
p|Chử Xuân Dũng||Phó Chủ tịch UBND TP Hà Nội
d|chiều 30/4|2021-04-30
o|UBND TP Hà Nội
pl|TP Hà Nội
p|Chử Xuân Dũng||Phó Chủ tịch UBND TP Hà Nội
pl|huyện Đông Anh
pl|Hà Nam
p|ông [Dũng] yêu|Chử Xuân Dũng
p|ông [Dũng] cho|Chử Xuân Dũng
o|UBND TP Hà Nội
pl|TP Hà Nội
o|Sở Y tế|Sở Y tế Hà Nội
o|Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội|Trung tâm Kiểm soát bệnh tật Hà Nội
pl|Hà Nội
o|CDC Hà Nội|Trung tâm Kiểm soát bệnh tật Hà Nội
pl|Hà Nội
p|ông [Dũng] khẳng|Chử Xuân Dũng
o|UBND TP Hà Nội
pl|TP Hà Nội
pl|Hà Nội
o|Cảng vụ hàng không miền Bắc
o|Cảng vụ hàng không miền Bắc
o|Sở Y tế|Sở Y tế Hà Nội
o|CDC Hà Nội|Trung tâm Kiểm soát bệnh tật Hà Nội
pl|Hà Nội
o|UBND TP Hà Nội
pl|TP Hà Nội
p|Chử Xuân Dũng||Phó Chủ tịch UBND TP Hà Nội
pl|về [Hà Nội]|Hà Nội
p|ông [Dũng] nói|Chử Xuân Dũng
p|ông [Dũng] "khuyên"|Chử Xuân Dũng
o|Cảng vụ hàng không miền Bắc
o|Sở Y tế|Sở Y tế Hà Nội
o|Sở y tế|Sở Y tế Hà Nội
p|ông [Dũng] nói.|Chử Xuân Dũng
"""

ANN[625] = """
m|buổi tiếp|{"kind": "buổi tiếp", "date": null, "part_of_day": null, "organizer": null, "chair": "Nguyễn Phú Trọng", "bridge_points": []}
p|Nguyễn Phú Trọng||Tổng Bí thư
p|Ngụy Phượng Hòa
pl|Cộng hòa Nhân dân Trung Hoa|Trung Quốc
m|Giao lưu hữu nghị quốc~~lần thứ 6|{"kind": "giao lưu", "date": null, "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
m|Đối thoại chiến lược Quốc phòng cấp Thứ trưởng lần thứ 7|{"kind": "đối thoại", "date": null, "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
p|Ngụy Phượng Hòa
m|Đại hội Đảng Cộng sản Việt Nam lần thứ XIII|{"kind": "đại hội", "date": null, "part_of_day": null, "organizer": "Đảng Cộng sản Việt Nam", "chair": null, "bridge_points": []}
o|Đảng Cộng sản Việt Nam
p|Nguyễn Phú Trọng
o|Ban Chấp hành Trung ương|Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam
o|Đảng Cộng sản Việt Nam
p|Nguyễn Phú Trọng||Tổng Bí thư
p|Ngụy Phượng Hòa
p|Nguyễn Phú Trọng||Tổng Bí thư
p|Ngụy Phượng Hòa||Ủy viên Quốc vụ;Bộ trưởng Bộ Quốc phòng Trung Quốc
pl|[Trung Quốc]Ngụy|Trung Quốc
p|Ngụy Phượng Hòa
o|[Đảng] và Nhà nước|Đảng Cộng sản Trung Quốc
o|Đảng Cộng sản Trung Quốc
doc|Nghị quyết Đại hội XIII|party:NQDH:XIII
p|Nguyễn Phú Trọng||Tổng Bí thư
m|Kỳ họp thứ tư Lưỡng hội khóa 13|{"kind": "kỳ họp", "date": null, "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
p|Nguyễn Phú Trọng||Tổng Bí thư
o|mà [Đảng]|Đảng Cộng sản Trung Quốc
o|[Chính phủ] và|Chính phủ Trung Quốc
p|Nguyễn Phú Trọng||Tổng Bí thư
o|Đảng Cộng sản Việt Nam
o|thành lập [Đảng]|Đảng Cộng sản Việt Nam
p|Nguyễn Phú Trọng||Tổng Bí thư
o|khẳng định, [Đảng]|Đảng Cộng sản Việt Nam
p|Nguyễn Phú Trọng||Tổng Bí thư
p|Nguyễn Phú Trọng||Tổng Bí thư
pl*|Việt Nam
pl*|Trung Quốc
"""

ANN[876] = """
d|Sáng nay (27/4)|2021-04-27
pl|Phú Thọ
o|Ban Chỉ đạo Trung ương về Phòng, chống thiên tai|Ban Chỉ đạo Trung ương về Phòng, chống thiên tai
m|Hội nghị PCTT khu vực miền núi phía Bắc năm 2021|{"kind": "hội nghị", "date": "2021-04-27", "part_of_day": "sáng", "organizer": "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai", "chair": "Lê Minh Hoan", "bridge_points": []}
d|năm 2021|2021
d|năm 2020|2020
d|đầu năm 2021|2021
d|trọng điểm [2021]|2021
o|Bộ NN&PTNT
p|Lê Minh Hoan||Bộ trưởng Bộ NN&PTNT
pl|Hà Nội
o|Bộ NN&PTNT
p|Ông [Hoan] nói|Lê Minh Hoan
pl|Đồng Tháp
o|Bộ NN&PTNT
p|Lê Minh Hoan||Bộ trưởng Bộ NN&PTNT
p|ông [Hoan] nói|Lê Minh Hoan
p|ông [Hoan] chia|Lê Minh Hoan
p|ông [Hoan] lưu|Lê Minh Hoan
p|Bộ trưởng Bộ NN&PTNT|Lê Minh Hoan|Bộ trưởng Bộ NN&PTNT
o|Bộ NN&PTNT
p|ông [Hoan], "phòng"|Lê Minh Hoan
p|ông [Hoan] thừa|Lê Minh Hoan
p|ông [Hoan] cho|Lê Minh Hoan
o|lãnh đạo [Đảng]|Đảng Cộng sản Việt Nam
o|lãnh đạo [Đảng]|Đảng Cộng sản Việt Nam
p|ông [Hoan] nói.|Lê Minh Hoan
o|Ban Chỉ đạo Trung ương về PCTT|Ban Chỉ đạo Trung ương về Phòng, chống thiên tai
d|năm 2020|2020
d|những tháng đầu năm 2021|2021
o|của [Đảng]|Đảng Cộng sản Việt Nam
o|Ban Chỉ đạo Trung ương về PCTT|Ban Chỉ đạo Trung ương về Phòng, chống thiên tai
o|Ban Chỉ đạo Trung ương về PCTT|Ban Chỉ đạo Trung ương về Phòng, chống thiên tai
"""

ANN[969] = """
p|Chử Xuân Dũng||Phó Chủ tịch UBND TP Hà Nội
o|UBND TP Hà Nội
pl|TP Hà Nội
d|sáng 1/5|2021-05-01
d|sáng 1/5|2021-05-01
p|Chử Xuân Dũng||Phó Chủ tịch UBND thành phố Hà Nội
o|UBND thành phố Hà Nội
pl|thành phố Hà Nội
o|InterContinental Hanoi Westlake
pl|quận Tây Hồ
o|Lake Side
pl|quận Ba Đình
o|Công viên Thủ Lệ
o|InterContinental Hanoi Westlake
o|Lake Side
o|InterContinental Hanoi Westlake
o|Lake Side
o|Bộ Y tế
o|Sở Y tế Hà Nội
pl|Hà Nội
pl|Trung bình [Hà Nội]|Hà Nội
o|Sở Y tế|Sở Y tế Hà Nội
o|Công viên Thủ Lệ
o|Công viên Thủ Lệ
o|UBND thành phố|Ủy ban nhân dân thành phố Hà Nội
p|Chử Xuân Dũng||Phó Chủ tịch UBND thành phố Hà Nội
o|Công viên Thủ Lệ
p|[Phó Chủ tịch UBND thành phố] lưu|Chử Xuân Dũng|Phó Chủ tịch UBND thành phố Hà Nội
o|UBND thành phố|Ủy ban nhân dân thành phố Hà Nội
o|Sở Y tế|Sở Y tế Hà Nội
p|Trần Thị Nhị Hà||Giám đốc Sở Y tế Hà Nội
pl|Yên Bái
p|[Phó Chủ tịch UBND thành phố] đặc biệt|Chử Xuân Dũng|Phó Chủ tịch UBND thành phố Hà Nội
o|UBND thành phố|Ủy ban nhân dân thành phố Hà Nội
p|[Phó Chủ tịch UBND thành phố] cũng|Chử Xuân Dũng|Phó Chủ tịch UBND thành phố Hà Nội
o|UBND thành phố|Ủy ban nhân dân thành phố Hà Nội
p|[Phó Chủ tịch UBND thành phố] đề nghị|Chử Xuân Dũng|Phó Chủ tịch UBND thành phố Hà Nội
o|UBND thành phố|Ủy ban nhân dân thành phố Hà Nội
pl|quận Ba Đình
"""

ANN[1046] = """
o|UBND tỉnh Hà Nam
pl|tỉnh Hà Nam
doc|quyết định số 669/QĐ-UBND|state:QD:669:UBND~HA-NAM@2021
d|ngày 29/4|2021-04-29
pl|xã Đạo Lý
pl|huyện Lý Nhân
pl|xã Đạo Lý
pl|huyện Lý Nhân
pl|tỉnh Hà Nam
o|UBND tỉnh Hà Nam
pl|tỉnh Hà Nam
pl|xã Đạo Lý
pl|huyện Lý Nhân
d|17h ngày 29/4|2021-04-29T17:00
d|17h ngày 29/4|2021-04-29T17:00
o|UBND tỉnh Hà Nam
pl|tỉnh Hà Nam
o|giao [UBND], Ban|Ủy ban nhân dân huyện Lý Nhân
o|Ban chỉ đạo phòng, chống dịch Covid-19 huyện Lý Nhân
pl|huyện Lý Nhân
o|Sở Y tế|Sở Y tế Hà Nam
o|Sở Giao thông vận tải|Sở Giao thông vận tải Hà Nam
o|Công an tỉnh|Công an tỉnh Hà Nam
o|Bộ Chỉ huy Quân sự tỉnh|Bộ Chỉ huy Quân sự tỉnh Hà Nam
o|Sở Y tế|Sở Y tế Hà Nam
o|Bộ Chỉ huy Quân sự tỉnh|Bộ Chỉ huy Quân sự tỉnh Hà Nam
o|Sở Giao thông vận tải|Sở Giao thông vận tải Hà Nam
o|Công an tỉnh|Công an tỉnh Hà Nam
o|UBND huyện Lý Nhân
pl|huyện Lý Nhân
pl|xã Đạo Lý
t|nội bất xuất, ngoại bất nhập
t|phải dập dịch ngay tại chỗ trong địa bàn đang có dịch
d|đêm ngày 29/4|2021-04-29
pl|Hà Nam
pl|xã Đạo Lý
d|đêm 29/4|2021-04-29
o|Tỉnh ủy tỉnh Hà Nam|Tỉnh ủy Hà Nam
pl|tỉnh Hà Nam
p|Lê Thị Thủy||Bí thư Tỉnh ủy Hà Nam
o|UBND tỉnh Hà Nam
pl|tỉnh Hà Nam
p|Trần Xuân Dưỡng||Phó Chủ tịch UBND tỉnh Hà Nam
o|Sở Y tế|Sở Y tế Hà Nam
pl|xã Đạo Lý
pl|huyện Lý Nhân
p|Bí thư Tỉnh ủy Hà Nam|Lê Thị Thủy|Bí thư Tỉnh ủy Hà Nam
o|Tỉnh ủy Hà Nam
pl|Hà Nam
pl|huyện Lý Nhân
pl|xã Đạo Lý
d|đêm 29/4|2021-04-29
d|sáng ngày 30/4|2021-04-30
pl|xã Đạo Lý
pl|xã Đạo Lý
t|nội bất xuất, ngoại bất nhập
t|phải dập dịch ngay tại chỗ trong địa bàn đang có dịch
d|đêm 29/4|2021-04-29
pl|Hà Nam
pl|xã Đạo Lý
d|Sáng ngày 30/4|2021-04-30
o|Dân trí
o|Sở Y tế tỉnh Hà Nam|Sở Y tế Hà Nam
pl|tỉnh Hà Nam
p|Nguyễn Trọng Khải||Giám đốc Sở Y tế tỉnh Hà Nam
d|sáng ngày 30/4|2021-04-30
pl|Hà Nam
o|Trung tâm Y tế huyện Lý Nhân
pl|huyện Lý Nhân
d|8h sáng ngày 30/4|2021-04-30T08:00
pl|Hà Nam
"""

ANN[1095] = """
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|UBND tỉnh|Ủy ban nhân dân tỉnh Thanh Hóa
o|Quốc hội
d|nhiệm kỳ 2021 - 2026|2021/2026
o|Bộ Y tế
pl|tỉnh Thanh Hóa
o|Sở Y tế|Sở Y tế Thanh Hóa
o|Bộ Chỉ huy Bộ đội Biên phòng tỉnh|Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa
o|Bộ Chỉ huy Quân sự tỉnh|Bộ Chỉ huy Quân sự tỉnh Thanh Hóa
o|Công an tỉnh|Công an tỉnh Thanh Hóa
o|Công an tỉnh|Công an tỉnh Thanh Hóa
pl|Việt Nam
o|Bộ Chỉ huy Quân sự tỉnh|Bộ Chỉ huy Quân sự tỉnh Thanh Hóa
pl|Việt Nam
o|Sở Văn hóa, Thể thao và Du lịch|Sở Văn hóa, Thể thao và Du lịch Thanh Hóa
o|Sở Y tế|Sở Y tế Thanh Hóa
o|Bộ Y tế
o|Sở Lao động - Thương binh và Xã hội|Sở Lao động - Thương binh và Xã hội Thanh Hóa
o|Sở Y tế|Sở Y tế Thanh Hóa
o|Ban Quản lý khu kinh tế Nghi Sơn và các khu công nghiệp|Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp
pl|Nghi Sơn
"""

ANN[1318] = """
doc|Thông tư số 01/2021/TT-TTCP|state:TT:01/2021:TTCP
o|Thanh tra Chính phủ
d|ngày 1/5|2021-05-01
doc|Thông tư số 01|state:TT:01/2021:TTCP
doc|Nghị định 37/2021|state:ND:37/2021:CP
o|Chính phủ
doc|Nghị định 137/2015|state:ND:137/2015:CP
doc|Luật Căn cước công dân|state:LUAT:can-cuoc-cong-dan
d|ngày 14/5/2021|2021-05-14
o|Bộ Công an
d|ngày 15/5/2021|2021-05-15
doc|Quyết định số 17/2021/QĐ-TTg|state:QD:17/2021:TTG
o|Thủ tướng [Chính phủ]|Chính phủ
doc|Luật Việc làm|state:LUAT:viec-lam
doc|Nghị định số 39/2021|state:ND:39/2021:CP
doc|Nghị định số 37/2009|state:ND:37/2009:CP
o|Chính phủ
o|Cảnh sát nhân dân
doc|Nghị định 39|state:ND:39/2021:CP
o|Cảnh sát nhân dân
doc|Nghị định 39|state:ND:39/2021:CP
doc|Nghị định số 39/2021|state:ND:39/2021:CP
d|ngày 15/5/2021|2021-05-15
o|Cảnh sát nhân dân
doc|Nghị định số 42/2021|state:ND:42/2021:CP
o|Chính phủ
d|ngày 16/5|2021-05-16
o|Công an nhân dân
o|Bộ Công an
t|Trước ngày 30/6/2021: Hoàn thành~~ninh, trật tự
d|ngày 30/6/2021|2021-06-30
t|Trước ngày 30/6/2022: Hoàn thành~~trấn còn lại
d|ngày 30/6/2022|2022-06-30
doc|Pháp lệnh Công an xã|state:PL:cong-an-xa
o|Bộ Tài chính
doc|Thông tư 25/2021/TT-BTC|state:TT:25/2021:BTC
pl|Việt Nam
d|ngày 22/5|2021-05-22
o|Cục Quản lý xuất nhập cảnh
o|Bộ Công an
o|Cục Lãnh sự
o|Sở Ngoại vụ TPHCM|Sở Ngoại vụ Hồ Chí Minh
pl|TPHCM
o|Bộ Ngoại giao
"""

ANN[1405] = """
o|UBND tỉnh Quảng Ninh
pl|tỉnh Quảng Ninh
d|trưa nay (30/4)|2021-04-30
o|UBND tỉnh Quảng Ninh
pl|tỉnh Quảng Ninh
doc|Công điện số 10/CĐ-UBND|state:CD:10:UBND~QUANG-NINH@2021
o|Ủy ban nhân dân tỉnh|Ủy ban nhân dân tỉnh Quảng Ninh
t|Kể từ 12h hôm nay~~địa bàn tỉnh
d|12h hôm nay (30/4/)|2021-04-30T12:00
t|Thực hiện xét nghiệm sàng~~quả, kịp thời
o|Sở Du lịch|Sở Du lịch Quảng Ninh
o|Sở Y tế|Sở Y tế Quảng Ninh
t|Chủ tịch UBND các huyện,~~cơ lây nhiễm
o|Bộ Y tế
d|ngày 28/4|2021-04-28
o|Bộ Y tế
t|Trưởng ban Quản lý Khu~~quả xét nghiệm
o|ban Quản lý Khu kinh tế Quảng Ninh|Ban Quản lý Khu kinh tế Quảng Ninh
pl|Quảng Ninh
pl|Quảng Ninh
d|ngày 15/4/2021|2021-04-15
t|Đối với các đối tượng~~nguy cơ cao
t|Bắt buộc người dân phải~~16h00 hằng ngày
o|Bộ Y tế
doc|công văn số 1159/UBND-VX3|state:CV:1159:UBND-VX3~QUANG-NINH@2021
d|ngày 28/02/2021|2021-02-28
o|UBND tỉnh|Ủy ban nhân dân tỉnh Quảng Ninh
o|Văn phòng Ủy ban nhân dân tỉnh|Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh
o|Sở Y tế|Sở Y tế Quảng Ninh
t|Sở Văn hóa và thể~~hợp vi phạm
o|Sở Văn hóa và thể thao|Sở Văn hóa và Thể thao Quảng Ninh
o|Sở Du lịch|Sở Du lịch Quảng Ninh
doc|công văn số 1159/UBND-VX3|state:CV:1159:UBND-VX3~QUANG-NINH@2021
d|ngày 28/02/2021|2021-02-28
o|UBND tỉnh|Ủy ban nhân dân tỉnh Quảng Ninh
t|Siết chặt quản lý các~~ra cộng đồng
o|UBND tỉnh|Ủy ban nhân dân tỉnh Quảng Ninh
o|Ủy ban nhân dân tỉnh|Ủy ban nhân dân tỉnh Quảng Ninh
"""

ANN[1435] = """
p|Phùng Xuân Nhạ
o|Ban Tuyên giáo Trung ương
d|Chiều ngày 27/4|2021-04-27
o|Ban Tuyên giáo Trung ương
m|Hội nghị triển khai Quyết~~tác cán bộ|{"kind": "hội nghị", "date": "2021-04-27", "part_of_day": "chiều", "organizer": "Ban Tuyên giáo Trung ương", "chair": null, "bridge_points": []}
o|Bộ Chính trị
o|Bộ Chính trị
p|Phùng Xuân Nhạ||nguyên Bộ trưởng Bộ Giáo dục và Đào tạo
o|Bộ Giáo dục và Đào tạo
o|Ban Tuyên giáo Trung ương
p|Nguyễn Trọng Nghĩa||Bí thư Trung ương Đảng;Trưởng Ban Tuyên giáo Trung ương
o|Bí thư [Trung ương Đảng]|Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam
o|Ban Tuyên giáo Trung ương
p|Phùng Xuân Nhạ
p|Phùng Xuân Nhạ
d|ngày 3/6/1963|1963-06-03
pl|tỉnh Hưng Yên
p|Tân [Phó Trưởng Ban Tuyên giáo Trung ương]|Phùng Xuân Nhạ|Phó Trưởng Ban Tuyên giáo Trung ương
o|Ban Tuyên giáo Trung ương
o|khuyết [Trung ương Đảng]|Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam
o|viên [Trung ương Đảng] khóa XII|Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam
o|Quốc hội
p|Ông [Nhạ]|Phùng Xuân Nhạ
o|Quốc hội
d|tháng 4/20216|2016-04
m|kỳ họp thứ 11|{"kind": "kỳ họp", "date": null, "part_of_day": null, "organizer": "Quốc hội", "chair": null, "bridge_points": []}
o|Quốc hội
o|Quốc hội
o|Bộ Giáo dục và Đào tạo
p|Phùng Xuân Nhạ
p|Nguyễn Kim Sơn||Bộ trưởng Bộ GD&ĐT
o|Bộ GD&ĐT
p|Phùng Xuân Nhạ||Phó Ban Tuyên giáo Trung ương
o|Ban Tuyên giáo Trung ương
"""

ANN[1508] = """
d|Ngày 1/5|2021-05-01
o|Văn phòng UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Trung tâm Kiểm soát bệnh tật Thanh Hóa
pl|Thanh Hóa
pl|Hà Nam
d|lễ [30/4] và|2021-04-30
d|30/4 và [1/5]|2021-05-01
pl|Tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Bộ Chỉ huy Bộ đội Biên phòng tỉnh|Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa
o|Bộ Chỉ huy Quân sự tỉnh|Bộ Chỉ huy Quân sự tỉnh Thanh Hóa
o|Công an tỉnh|Công an tỉnh Thanh Hóa
o|Sở Y tế|Sở Y tế Thanh Hóa
o|Sở Ngoại vụ|Sở Ngoại vụ Thanh Hóa
o|UBND tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Chính phủ
o|Ban Chỉ đạo quốc gia|Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19
pl|Thanh Hóa
o|Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
pl|tỉnh Thanh Hóa
o|Sở Văn hóa - Thể thao và Du lịch|Sở Văn hóa, Thể thao và Du lịch Thanh Hóa
o|Sở Y tế|Sở Y tế Thanh Hóa
o|Công an tỉnh|Công an tỉnh Thanh Hóa
o|Sở Y tế|Sở Y tế Thanh Hóa
o|Sở Y tế|Sở Y tế Thanh Hóa
o|Sở Y tế|Sở Y tế Thanh Hóa
o|Trung tâm Kiểm soát bệnh tật tỉnh|Trung tâm Kiểm soát bệnh tật Thanh Hóa
o|Ban Thường vụ Tỉnh ủy|Ban Thường vụ Tỉnh ủy Thanh Hóa
o|UBND tỉnh|Ủy ban nhân dân tỉnh Thanh Hóa
o|UBND tỉnh|Ủy ban nhân dân tỉnh Thanh Hóa
"""

ANN[1929] = """
o|Văn phòng Chính phủ
o|Phó Thủ tướng [Chính phủ]|Chính phủ
p|Vũ Đức Đam||Phó Thủ tướng Chính phủ;Trưởng Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19
o|Trưởng [Ban Chỉ đạo] tại|Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19
m|cuộc họp Ban Chỉ đạo quốc gia về phòng, chống dịch Covid-19|{"kind": "cuộc họp", "date": null, "part_of_day": null, "organizer": "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19", "chair": "Vũ Đức Đam", "bridge_points": []}
o|Ban Chỉ đạo quốc gia về phòng, chống dịch Covid-19|Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19
p|Vũ Đức Đam||Phó Thủ tướng
p|[Phó Thủ tướng] yêu cầu Bộ Quốc|Vũ Đức Đam|Phó Thủ tướng
o|Bộ Quốc phòng
o|Bộ Công an
o|Phó Thủ tướng [Chính phủ]|Chính phủ
p|Vũ Đức Đam||Phó Thủ tướng Chính phủ
o|Bộ Thông tin và Truyền thông
p|[Phó Thủ tướng] yêu cầu tăng|Vũ Đức Đam|Phó Thủ tướng
o|Bộ: [Ngoại giao]|Bộ Ngoại giao
o|trì), [Y tế]|Bộ Y tế
o|tế, [Công an]|Bộ Công an
o|an, [Quốc phòng]|Bộ Quốc phòng
o|phòng, [Giao thông vận tải]|Bộ Giao thông vận tải
o|Bộ Ngoại giao
pl|người [Việt Nam]|Việt Nam
pl|của [Việt Nam]|Việt Nam
p|[Phó Thủ tướng] yêu cầu tiếp|Vũ Đức Đam|Phó Thủ tướng
o|Bộ Ngoại giao
pl|công dân [Việt Nam]|Việt Nam
o|Bộ Y tế
o|Chính phủ
p|[Phó Thủ tướng] yêu cầu Bộ Y|Vũ Đức Đam|Phó Thủ tướng
o|Bộ Y tế
o|Ban chỉ đạo|Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19
o|Bộ Y tế
o|Bộ Quốc phòng
o|Bộ Y tế
p|[Phó Thủ tướng] yêu cầu các|Vũ Đức Đam|Phó Thủ tướng
o|Ban Chỉ đạo quốc gia|Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19
o|Thủ tướng [Chính phủ]|Chính phủ
o|Bộ Y tế
"""

ANN[1992] = """
m|hội nghị trực tiếp lần đầu tiên giữa các nhà lãnh đạo ASEAN|{"kind": "hội nghị", "date": "2021-04-24", "part_of_day": "chiều", "organizer": "ASEAN", "chair": null, "bridge_points": []}
d|năm 2021|2021
o|Thủ tướng [Chính phủ]|Chính phủ
p|Phạm Minh Chính||Thủ tướng Chính phủ
d|chiều 24/4|2021-04-24
p|Phạm Minh Chính||Thủ tướng
o|Quốc hội Việt Nam|Quốc hội
pl|Việt Nam
pl|Thủ tướng [Việt Nam]|Việt Nam
d|năm 2020|2020
o|Quỹ ASEAN ứng phó Covid-19
pl|Brunei
d|năm 2021|2021
pl|Australia
pl|Mỹ
pl|và [Anh]|Anh
o|Trung tâm điều phối hỗ trợ nhân đạo ASEAN
o|[AHA]|Trung tâm điều phối hỗ trợ nhân đạo ASEAN
p|Phạm Minh Chính||Thủ tướng
p|Phạm Minh Chính||Thủ tướng
pl|Việt Nam
d|ASEAN [2020]|2020
o|Hội đồng Bảo an Liên Hợp Quốc
o|Chủ tịch [Hội đồng Bảo an]|Hội đồng Bảo an Liên Hợp Quốc
d|tháng 4/2021|2021-04
p|[Thủ tướng] tập trung|Phạm Minh Chính|Thủ tướng
d|năm 2020|2020
p|[Thủ tướng] khẳng định|Phạm Minh Chính|Thủ tướng
o|Chủ tịch [Hội đồng Bảo an]|Hội đồng Bảo an Liên Hợp Quốc
d|tháng 4/2021|2021-04
pl|Việt Nam
p|[Thủ tướng] đề nghị|Phạm Minh Chính|Thủ tướng
o|Liên Hợp Quốc
pl|Việt Nam
o*|ASEAN
pl*|Myanmar
pl*|Trung Quốc
"""

ANN[451] = """
o|Bộ GD-ĐT|Bộ Giáo dục và Đào tạo
o|Vụ Kế hoạch - Tài chính
o|Bộ GD-ĐT|Bộ Giáo dục và Đào tạo
doc|Nghị định số 86/2015/NĐ-CP|state:ND:86/2015:CP
d|ngày 02/10/2015|2015-10-02
o|Chính phủ
d|năm học 2015 - 2016|2015/2016
d|năm học 2020 - 2021|2020/2021
doc|Nghị định số 86|state:ND:86/2015:CP
doc|Nghị định số 86|state:ND:86/2015:CP
doc|Nghị quyết số 77/2014/NQ-CP|state:NQ:77/2014:CP
o|Thủ tướng [Chính phủ]|Chính phủ
doc|Luật Giáo dục 2019|state:LUAT:giao-duc@2019
doc|Nghị định số 86|state:ND:86/2015:CP
o|Chính phủ
doc|Luật Giáo dục 2019|state:LUAT:giao-duc@2019
doc|Nghị định số 86/2015/NĐ-CP|state:ND:86/2015:CP
o|Chính phủ
doc|Thông tư số 36/2017/TT-BGDĐT|state:TT:36/2017:BGDDT
d|ngày 28/12/2017|2017-12-28
o|Bộ GD-ĐT|Bộ Giáo dục và Đào tạo
o|Bộ GD-ĐT|Bộ Giáo dục và Đào tạo
doc|Thông tư 36/2017/TT-BGDĐT|state:TT:36/2017:BGDDT
d|ngày 28/12/2017|2017-12-28
o|Bộ GD-ĐT|Bộ Giáo dục và Đào tạo
doc|Luật sửa đổi bổ sung một số điều của Luật Giáo dục Đại học|state:LUAT:sua-doi-bo-sung-mot-so-dieu-cua-luat-giao-duc-dai-hoc
d|năm học 2021-2022|2021/2022
o|Bộ GD-ĐT|Bộ Giáo dục và Đào tạo
o|Bộ GDĐT|Bộ Giáo dục và Đào tạo
o|Chính phủ
doc|Nghị định 86/2015/NĐ-CP|state:ND:86/2015:CP
o|Bộ GDĐT|Bộ Giáo dục và Đào tạo
d|năm 2020|2020
doc|Nghị định 86/2015/NĐ-CP|state:ND:86/2015:CP
o|Bộ GDĐT|Bộ Giáo dục và Đào tạo
o|Chính phủ
d|năm học 2021-2022|2021/2022
d|năm học 2020-2021|2020/2021
doc|Nghị định 86/2015/NĐ-CP|state:ND:86/2015:CP
d|năm học 2021-2022|2021/2022
o|Bộ GD-ĐT|Bộ Giáo dục và Đào tạo
d|năm học 2021-2022|2021/2022
d|năm học 2020-2021|2020/2021
doc|Thông tư số 14/2019/TT-BGDĐT|state:TT:14/2019:BGDDT
doc|Nghị định 127/2018/NĐ-CP|state:ND:127/2018:CP
"""

ANN[779] = """
o|Bộ Giáo dục|Bộ Giáo dục và Đào tạo
o|ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
d|Chiều tối ngày 30/9|2020-09-30
m|buổi họp báo|{"kind": "họp báo", "date": "2020-09-30", "part_of_day": "chiều tối", "organizer": "Bộ Giáo dục và Đào tạo", "chair": null, "bridge_points": []}
o|Bộ GD&ĐT
o|Dân trí
p|Lê Vinh Danh||Hiệu trưởng Trường Đại học Tôn Đức Thắng
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
o|Dân trí
o|Bộ GD&ĐT
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
o|Tổng Liên đoàn Lao động Việt Nam
pl|Việt Nam
p|Lê Vinh Danh||Hiệu trưởng Trường Đại học Tôn Đức Thắng
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
doc|Luật Giáo dục đại học số 34/2018/QH14|state:LUAT:34/2018:QH14
o|của [Đảng]|Đảng Cộng sản Việt Nam
doc|Luật Tài sản công|state:LUAT:tai-san-cong
doc|Luật Ngân sách Nhà nước|state:LUAT:ngan-sach-nha-nuoc
doc|Luật Công chức, Viên chức|state:LUAT:cong-chuc-vien-chuc
o|Bộ GD&ĐT
o|Bộ GD&ĐT
p|Nguyễn Văn Phúc||Thứ trưởng Bộ GD&ĐT
o|Chính phủ
doc|Nghị quyết số 77/NQ-CP|state:NQ:77:CP@2014
d|ngày 24/10/2014|2014-10-24
d|giai đoạn 2014 – 2017|2014/2017
doc|Nghị quyết 77|state:NQ:77:CP@2014
o|Thủ tướng [Chính phủ]|Chính phủ
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
o|Bộ GD&ĐT
o|Bộ GD&ĐT
p|Nguyễn Văn Phúc||Thứ trưởng Bộ GD&ĐT
o|Chính phủ
o|Bộ GD&ĐT
doc|Luật Giáo dục đại học|state:LUAT:giao-duc-dai-hoc
doc|Luật Giáo dục đại học sửa đổi|state:LUAT:34/2018:QH14
o|Quốc hội
doc|Luật sửa đổi giáo dục đại học số 34/2018/QH14|state:LUAT:34/2018:QH14
d|năm 2018|2018
d|năm 2019|2019
doc|Luật sửa đổi số 34/2018/QH14|state:LUAT:34/2018:QH14
doc|Nghị định số 99/2019/NĐ-CP|state:ND:99/2019:CP
doc|Luật Giáo dục đại học năm 2012|state:LUAT:giao-duc-dai-hoc@2012
p|thứ trưởng [Phúc]|Nguyễn Văn Phúc|Thứ trưởng Bộ Giáo dục và Đào tạo
doc|Luật Giáo dục năm 2012|state:LUAT:giao-duc@2012
doc|Luật Giáo dục đại học sửa đổi số 34|state:LUAT:34/2018:QH14
o|quy định của [Đảng]|Đảng Cộng sản Việt Nam
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
doc|Luật sửa đổi số 34|state:LUAT:34/2018:QH14
doc|Nghị định 99|state:ND:99/2019:CP
p|Nguyễn Thu Thủy||quyền Vụ trưởng Vụ Giáo dục đại học
o|Vụ Giáo dục đại học
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
m|hội nghị sơ kết thí~~77 năm 2017|{"kind": "hội nghị", "date": "2017", "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
doc|Nghị quyết 77|state:NQ:77:CP@2014
d|năm 2017|2017
o|Bộ GD&ĐT
o|Chính phủ
p|bà [Thủy]|Nguyễn Thu Thủy
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
o|trường ĐH Tôn Đức Thắng|Trường Đại học Tôn Đức Thắng
o|Bộ GD&ĐT
o|Chính phủ
p|bà [Thủy] nói|Nguyễn Thu Thủy
"""

ANN[819] = """
p|Phùng Xuân Nhạ||nguyên Bộ trưởng Bộ Giáo dục và Đào tạo
p|Nguyễn Kim Sơn||Bộ trưởng Bộ Giáo dục và Đào tạo
o|Bộ Giáo dục và Đào tạo
m|Hội nghị|{"kind": "hội nghị", "date": null, "part_of_day": null, "organizer": "Bộ Giáo dục và Đào tạo", "chair": null, "bridge_points": []}
p|Nguyễn Kim Sơn
o|được [Đảng]|Đảng Cộng sản Việt Nam
o|Bộ Giáo dục và Đào tạo
p|Phùng Xuân Nhạ
p|tân [Bộ trưởng] sẽ|Nguyễn Kim Sơn|Bộ trưởng Bộ Giáo dục và Đào tạo
p|[Nguyên Bộ trưởng] cũng|Phùng Xuân Nhạ|nguyên Bộ trưởng Bộ Giáo dục và Đào tạo
o|Bộ Giáo dục và Đào tạo
o|Bộ GD&ĐT
p|Nguyễn Kim Sơn||Bộ trưởng Bộ Giáo dục và Đào tạo
o|Bộ GD&ĐT
p|Phùng Xuân Nhạ||nguyên Bộ trưởng Bộ Giáo dục và Đào tạo
p|Nguyễn Kim Sơn||Bộ trưởng Bộ Giáo dục và Đào tạo
p|Phùng Xuân Nhạ||nguyên Bộ trưởng Bộ Giáo dục và Đào tạo
o|Bộ Giáo dục và Đào tạo
o|Bộ GD&ĐT
p|Nguyễn Kim Sơn||Bộ trưởng Bộ Giáo dục và Đào tạo
o|Bộ GD&ĐT
p|Phùng Xuân Nhạ||nguyên Bộ trưởng Bộ Giáo dục và Đào tạo
p|Nguyễn Kim Sơn||Bộ trưởng Bộ Giáo dục và Đào tạo
p|Phùng Xuân Nhạ||nguyên Bộ trưởng Bộ Giáo dục và Đào tạo
p|Nguyễn Kim Sơn||Bộ trưởng Bộ Giáo dục và Đào tạo
o|Bộ Giáo dục và Đào tạo
o|Bộ Giáo dục và Đào tạo
p|Nguyễn Kim Sơn||Bộ trưởng Bộ Giáo dục và Đào tạo
m|cuộc gặp mặt lãnh đạo các đơn vị thuộc Bộ|{"kind": "cuộc gặp mặt", "date": null, "part_of_day": "chiều", "organizer": "Bộ Giáo dục và Đào tạo", "chair": "Nguyễn Kim Sơn", "bridge_points": []}
o|Công đoàn Giáo dục Việt Nam
pl|Việt Nam
p|Vũ Minh Đức||Chủ tịch Công đoàn Giáo dục Việt Nam
o|ĐHQG Hà Nội|Đại học Quốc gia Hà Nội
pl|Hà Nội
p|Nguyễn Hoàng Hải||Phó Giám đốc thường trực Đại học Quốc gia Hà Nội
o|ĐHQG Hà Nội|Đại học Quốc gia Hà Nội
pl|Hà Nội
p|Phạm Bảo Sơn||Phó Giám đốc Đại học Quốc gia Hà Nội
"""

ANN[1115] = """
o|Ban Giáo dục báo Dân trí
o|Văn phòng Luật sư Kim Phụng và cộng sự
doc|Luật sửa đổi bổ sung một số điều của Luật Giáo dục đại học|state:LUAT:34/2018:QH14
doc|Luật số 34|state:LUAT:34/2018:QH14
doc|Nghị định 99/2019/NĐ-CP|state:ND:99/2019:CP
doc|Nghị định số 99/2019/NĐ-CP|state:ND:99/2019:CP
doc|Luật sửa đổi, bổ sung một số điều của Luật Giáo dục đại học|state:LUAT:34/2018:QH14
o|quy định của [Đảng]|Đảng Cộng sản Việt Nam
d|15/2/2020|2020-02-15
doc|Luật số 34/2018/QH14|state:LUAT:34/2018:QH14
doc|Nghị định số 99/2019/NĐ-CP|state:ND:99/2019:CP
doc|Luật số 34/2018/QH14|state:LUAT:34/2018:QH14
doc|Nghị định số 99/2019/NĐ-CP|state:ND:99/2019:CP
doc|Luật GDĐH|state:LUAT:giao-duc-dai-hoc
"""

ANN[1420] = """
m|cuộc họp báo|{"kind": "họp báo", "date": null, "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
o|Dân trí
o|Sở GD&ĐT Cần Thơ|Sở Giáo dục và Đào tạo Cần Thơ
pl|Cần Thơ
o|báo [Dân trí]|Dân trí
p|Dương Tấn Hiển||Phó chủ tịch thường trực UBND TP Cần Thơ
o|UBND TP Cần Thơ
pl|TP Cần Thơ
d|ngày 15/1|2021-01-15
o|Sở GD-ĐT|Sở Giáo dục và Đào tạo Cần Thơ
doc|kế hoạch số 22|partial:KH:22
o|Ban Cán sự Đảng UBND TP|Ban cán sự Đảng Ủy ban nhân dân thành phố Cần Thơ
o|Thường trực Thành ủy|Thường trực Thành ủy Cần Thơ
m|cuộc họp ngày 26/6/2020|{"kind": "cuộc họp", "date": "2020-06-26", "part_of_day": null, "organizer": "Thường trực Thành ủy Cần Thơ", "chair": null, "bridge_points": []}
d|ngày 26/6/2020|2020-06-26
o|Sở GD&ĐT|Sở Giáo dục và Đào tạo Cần Thơ
o|Sở GD-ĐT|Sở Giáo dục và Đào tạo Cần Thơ
o|Sở GD-ĐT|Sở Giáo dục và Đào tạo Cần Thơ
o|UBND TP|Ủy ban nhân dân thành phố Cần Thơ
o|Sở GD&ĐT|Sở Giáo dục và Đào tạo Cần Thơ
o|Sở GD-ĐT|Sở Giáo dục và Đào tạo Cần Thơ
p|ông [Hiển] cho|Dương Tấn Hiển
p|Ông [Hiển] cho|Dương Tấn Hiển
o|Sở GD-ĐT|Sở Giáo dục và Đào tạo Cần Thơ
o|UBND TP|Ủy ban nhân dân thành phố Cần Thơ
o|Sở GD-ĐT|Sở Giáo dục và Đào tạo Cần Thơ
d|năm 2020|2020
o|Sở GD-ĐT|Sở Giáo dục và Đào tạo Cần Thơ
o|UBND TP|Ủy ban nhân dân thành phố Cần Thơ
o|Ban Cán sự Đảng UBND TP|Ban cán sự Đảng Ủy ban nhân dân thành phố Cần Thơ
o|Chủ tịch [UBND TP]|Ủy ban nhân dân thành phố Cần Thơ
o|Thường trực UBND TP|Thường trực Ủy ban nhân dân thành phố Cần Thơ
p|ông [Hiển] nhấn|Dương Tấn Hiển
o|Sở GD-ĐT|Sở Giáo dục và Đào tạo Cần Thơ
o|thường trực UBND TP|Thường trực Ủy ban nhân dân thành phố Cần Thơ
p|ông [Hiển] cho|Dương Tấn Hiển
p|ông [Hiển] cho|Dương Tấn Hiển
"""

ANN[353] = """
m|phiên họp đại hội đồng cổ đông thường niên năm 2021|{"kind": "đại hội đồng cổ đông", "date": null, "part_of_day": null, "organizer": "Ngân hàng Thương mại cổ phần Việt Nam Thương Tín", "chair": null, "bridge_points": []}
d|năm 2021|2021
o|Ngân hàng TMCP Việt Nam Thương Tín|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
pl|Việt Nam
o|VietBank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
d|nhiệm kỳ 2021-2025|2021/2025
o|VietBank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
p|Dương Nhất Nguyên
o|VietBank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
p|Nguyễn Hữu Trung
p|Hứa Ngọc Nghĩa
d|nhiệm kỳ 2021-2025|2021/2025
o|Vietbank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
d|nhiệm kỳ 2021 - 2025|2021/2025
o|Bộ Công Thương
p|Bùi Xuân Khu||nguyên Thứ trưởng Bộ Công Thương
o|VietBank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
p|Dương Nhất Nguyên
d|ngày 26/4|2021-04-26
d|tháng 2/2021|2021-02
p|Bùi Xuân Khu
o|VietBank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
p|Dương Ngọc Hòa
p|Ông [Khu]|Bùi Xuân Khu
o|VietBank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
d|năm 2011|2011
o|Vietbank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
p|Bùi Xuân Khu
o|Bộ Công Thương
p|Ông [Khu] có|Bùi Xuân Khu
o|Tổng công ty Dệt may Việt Nam
pl|Việt Nam
o|Công ty may Việt Tiến
o|Công ty đầu tư dầu khí Toàn Cầu
o|VietBank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
p|Dương Nhất Nguyên||Chủ tịch Hội đồng quản trị VietBank
d|năm 1983|1983
o|Keller Graduate School of Management
o|Đại học DeVry
pl|Mỹ
p|Ông [Nguyên] được|Dương Nhất Nguyên
o|Công ty CP Đầu tư phát triển Hoa Lâm|Công ty cổ phần Đầu tư phát triển Hoa Lâm
o|Công ty TNHH Dược phẩm Hoa Lâm|Công ty trách nhiệm hữu hạn Dược phẩm Hoa Lâm
o|Tập đoàn Hoa Lâm
p|Ông [Nguyên] tham|Dương Nhất Nguyên
o|VietBank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
d|tháng 1/2013|2013-01
d|năm 2013|2013
o|Vietbank|Ngân hàng Thương mại cổ phần Việt Nam Thương Tín
d|nhiệm kỳ 2016-2020|2016/2020
d|nhiệm kỳ 2021 - 2025|2021/2025
p|Dương Nhất Nguyên
p|Quách Tố Dung
p|Lê Thị Xuân Lan
p|Lương Thị Hương Giang
p|Nguyễn Hữu Trung
d|nhiệm kỳ 2021 - 2025|2021/2025
p|Mạc Hữu Danh
p|Hứa Ngọc Nghĩa
p|Nguyễn Đỗ Xuân Dung
"""

ANN[980] = """
m|Tại [hội nghị]|{"kind": "hội nghị", "date": null, "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
p|Vũ Anh Tú||Phó Vụ trưởng Vụ Quy hoạch kiến trúc Bộ Xây dựng
o|Vụ Quy hoạch kiến trúc Bộ Xây dựng
pl|đảo Phú Quốc|Phú Quốc
pl|tỉnh Kiên Giang
d|đến [2030]|2030
o|Ban quản lý Khu kinh tế Phú Quốc
pl|Phú Quốc
o|UBND TP. Phú Quốc|Ủy ban nhân dân thành phố Phú Quốc
pl|TP. Phú Quốc
p|Vũ Anh Tú||Phó Vụ trưởng Vụ Quy hoạch kiến trúc Bộ Xây dựng
o|Vụ Quy hoạch kiến trúc Bộ Xây dựng
pl|đảo Phú Quốc|Phú Quốc
d|đến [2030]|2030
o|Ban quản lý Khu kinh tế Phú Quốc
pl|Phú Quốc
o|UBND TP. Phú Quốc|Ủy ban nhân dân thành phố Phú Quốc
pl|TP. Phú Quốc
pl|thị trấn An Thới
pl|thị trấn An Thới
pl|thị trấn An Thới
pl|thị trấn An Thới
pl|xã Bãi Thơm
pl|xã Cửa Dương
pl|xã Cửa Dương
pl|Phú Quốc
pl|Phú Quốc
pl|tỉnh Kiên Giang
pl|đảo Phú Quốc|Phú Quốc
d|đến [2030]|2030
pl|thành phố Phú Quốc
p|Nguyễn Thanh Tùng||Trưởng Ban quản lý Khu kinh tế Phú Quốc
o|Ban quản lý Khu kinh tế Phú Quốc
pl|Phú Quốc
pl|của [Kiên Giang]|Kiên Giang
o|UBND tỉnh|Ủy ban nhân dân tỉnh Kiên Giang
o|Ban quản lý Khu kinh tế Phú Quốc
pl|Phú Quốc
o|UBND TP Phú Quốc|Ủy ban nhân dân thành phố Phú Quốc
pl|TP Phú Quốc
pl|cho [Phú Quốc]|Phú Quốc
doc|Quyết định 486|partial:QD:486
p|ông [Tùng]|Nguyễn Thanh Tùng
"""

ANN[1081] = """
doc|số 88/TB-VPCP|state:TB:88:VPCP
o|Thủ tướng [Chính phủ] Phạm|Chính phủ
p|Phạm Minh Chính||Thủ tướng Chính phủ
m|cuộc làm việc với Bộ Kế hoạch và Đầu tư|{"kind": "buổi làm việc", "date": "2021-04-28", "part_of_day": null, "organizer": null, "chair": "Phạm Minh Chính", "bridge_points": []}
o|Bộ Kế hoạch và Đầu tư
o|(KH&ĐT)|Bộ Kế hoạch và Đầu tư
d|hôm 28/4|2021-04-28
p|[Thủ tướng] giao|Phạm Minh Chính|Thủ tướng
o|Bộ KH&ĐT|Bộ Kế hoạch và Đầu tư
o|đặc biệt của [Chính phủ]|Chính phủ
p|của [Thủ tướng]|Phạm Minh Chính|Thủ tướng
o|Bộ KH&ĐT|Bộ Kế hoạch và Đầu tư
p|Phạm Bình Minh||Phó Thủ tướng
o|đặc biệt của [Chính phủ]|Chính phủ
p|[Thủ tướng] cơ bản|Phạm Minh Chính|Thủ tướng
d|năm 2021|2021
p|[Thủ tướng] giao|Phạm Minh Chính|Thủ tướng
o|Phó Thủ tướng [Chính phủ]|Chính phủ
p|Lê Minh Khái||Phó Thủ tướng Chính phủ
p|[Thủ tướng Chính phủ] biết|Phạm Minh Chính|Thủ tướng Chính phủ
o|Thủ tướng [Chính phủ] biết|Chính phủ
o|Thủ tướng [Chính phủ] Phạm|Chính phủ
p|Phạm Minh Chính||Thủ tướng Chính phủ
p|[Thủ tướng] yêu cầu Bộ KH&ĐT thực|Phạm Minh Chính|Thủ tướng
o|Bộ KH&ĐT|Bộ Kế hoạch và Đầu tư
o|xây dựng [Đảng]|Đảng Cộng sản Việt Nam
p|[Thủ tướng] yêu cầu Bộ KH&ĐT tập|Phạm Minh Chính|Thủ tướng
o|Bộ KH&ĐT|Bộ Kế hoạch và Đầu tư
t|xây dựng chiến lược, kế hoạch, quy hoạch
t|đặc biệt là hoàn thiện~~đẩy phát triển
t|xây dựng cơ chế khuyến~~và doanh nghiệp
o|Bộ KH&ĐT|Bộ Kế hoạch và Đầu tư
d|6 tháng đầu năm 2021|2021-H1
p|[Thủ tướng] yêu cầu phân|Phạm Minh Chính|Thủ tướng
o|Bộ KH&ĐT|Bộ Kế hoạch và Đầu tư
p|[Thủ tướng] yêu cầu phải|Phạm Minh Chính|Thủ tướng
p|[Thủ tướng] yêu cầu Bộ KH&ĐT nắm|Phạm Minh Chính|Thủ tướng
o|Bộ KH&ĐT|Bộ Kế hoạch và Đầu tư
"""

ANN[1271] = """
o|Bộ Công Thương
p|Nguyễn Hồng Diên||Bộ trưởng Bộ Công Thương
o|Bộ Công Thương
p|Nguyễn Hồng Diên||Bộ trưởng Bộ Công Thương
m|các cuộc hội nghị triển~~vị thuộc Bộ|{"kind": "hội nghị", "date": null, "part_of_day": null, "organizer": "Bộ Công Thương", "chair": "Nguyễn Hồng Diên", "bridge_points": []}
p|Nguyễn Hồng Diên||Bộ trưởng Bộ Công Thương
o|Vụ Kế hoạch
p|[Bộ trưởng] yêu cầu bám|Nguyễn Hồng Diên|Bộ trưởng Bộ Công Thương
d|năm 2021|2021
o|Cục Xuất nhập khẩu
o|Vụ Thị trường ngoài nước
p|[Bộ trưởng] giao Tổng|Nguyễn Hồng Diên|Bộ trưởng Bộ Công Thương
o|Tổng cục Quản lý thị trường
o|chỉ đạo của [Chính phủ]|Chính phủ
o|Thủ tướng [Chính phủ]|Chính phủ
o|Ban Chỉ đạo 389 Quốc gia về công tác chống buôn lậu, gian lận thương mại và hàng giả
d|năm 2021|2021
o|Vụ Khoa học và Công nghệ
p|[Bộ trưởng] yêu cầu tập|Nguyễn Hồng Diên|Bộ trưởng Bộ Công Thương
o|Cục Thương mại điện tử và Kinh tế số
p|[Bộ trưởng] chỉ đạo|Nguyễn Hồng Diên|Bộ trưởng Bộ Công Thương
doc|Nghị định số 52/2013|state:ND:52/2013:CP
o|Cục Cạnh tranh và bảo vệ người tiêu dùng
o|Tổng cục Quản lý thị trường
o|Cục Công nghiệp
o|Cục Hóa chất
p|[Bộ trưởng] giao tham|Nguyễn Hồng Diên|Bộ trưởng Bộ Công Thương
pl|Việt Nam
o|Cục Công Thương địa phương
o|Vụ thị trường nước ngoài
o|Vụ Chính sách thương mại đa biên
o|Cục Phòng vệ thương mại
o|Cục Xúc tiến thương mại
o|Văn phòng Ban chỉ đạo quốc gia hội nhập quốc tế về kinh tế
p|[Bộ trưởng] yêu cầu phối|Nguyễn Hồng Diên|Bộ trưởng Bộ Công Thương
m|hội nghị bàn giao|{"kind": "hội nghị", "date": "2021-04-12", "part_of_day": null, "organizer": "Bộ Công Thương", "chair": null, "bridge_points": []}
d|hôm 12/4|2021-04-12
p|Nguyễn Hồng Diên
o|Bộ Công Thương
p|ông [Diên]|Nguyễn Hồng Diên
o|lãnh đạo [Đảng]|Đảng Cộng sản Việt Nam
p|tân [Bộ trưởng Công Thương]|Nguyễn Hồng Diên|Bộ trưởng Bộ Công Thương
"""

ANN[247] = """
d|Ngày 19/4|2021-04-19
o|Bộ Y tế
doc|số 2978/BYT-BMTE|state:CV:2978:BYT-BMTE@2021
o|Sở Y tế Hòa Bình
pl|Hòa Bình
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
pl|tỉnh Hòa Bình
o|Bộ Y tế
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
o|Vụ Sức khỏe Bà mẹ - Trẻ em
o|Sở Y tế tỉnh Hòa Bình|Sở Y tế Hòa Bình
pl|tỉnh Hòa Bình
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
o|Bộ Y tế
o|Vụ Sức khỏe Bà mẹ - Trẻ em
d|ngày 22/4|2021-04-22
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
o|thì [Sở Y tế]|Sở Y tế Hòa Bình
doc|Luật Khám bệnh, chữa bệnh|state:LUAT:kham-benh-chua-benh
o|Bộ Y tế
doc|Chỉ thị số 06/CT-BYT|state:CT:06:BYT@2017
d|ngày 11/8/2017|2017-08-11
o|Bộ trưởng [Bộ Y tế]|Bộ Y tế
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
o|Bệnh viện Đa khoa tỉnh Hòa Bình
pl|tỉnh Hòa Bình
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
o|Sở Y tế tỉnh Hòa Bình|Sở Y tế Hòa Bình
pl|tỉnh Hòa Bình
p|Bùi Thị Hằng||Giám đốc Sở Y tế tỉnh Hòa Bình
o|Sở Y tế tỉnh Hòa Bình|Sở Y tế Hòa Bình
pl|tỉnh Hòa Bình
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
o|sở Y tế|Sở Y tế Hòa Bình
p|bà [Hằng]|Bùi Thị Hằng
o|Sở Y tế tỉnh Hòa Bình|Sở Y tế Hòa Bình
pl|tỉnh Hòa Bình
o|Trung tâm Y tế huyện|Trung tâm Y tế huyện Yên Thủy
d|ngày 19/4/2021|2021-04-19
p|Anh [Quân]|Quân
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
o|Trung tâm Y tế huyện Yên Thủy
pl|huyện Yên Thủy
d|Ngày 18/4|2021-04-18
d|SN [1988]|1988
pl|xã Lạc Thịnh
pl|huyện Yên Thủy
d|ngày 16/4|2021-04-16
d|Ngày 17/4|2021-04-17
d|0h ngày 18/4|2021-04-18T00:00
d|2h cùng ngày|2021-04-18T02:00
"""

ANN[703] = """
d|Chiều 26/4|2021-04-26
p|Nguyễn Thanh Long||Bộ trưởng Bộ Y tế
o|Bộ Y tế
m|buổi làm việc|{"kind": "buổi làm việc", "date": "2021-04-26", "part_of_day": "chiều", "organizer": null, "chair": "Nguyễn Thanh Long", "bridge_points": []}
pl|TP Cần Thơ
p|Nguyễn Phước Tồn||Phó giám đốc phụ trách Sở Y tế TP Cần Thơ
o|Sở Y tế TP Cần Thơ|Sở Y tế Cần Thơ
pl|TP Cần Thơ
pl|nay [Cần Thơ]|Cần Thơ
pl|TP Cần Thơ
d|Từ ngày 22 đến 28/4/2021|2021-04-22/2021-04-28
pl|TP Cần Thơ
pl|TP Cần Thơ
p|Nguyễn Thanh Long||Bộ trưởng Bộ Y tế
pl|Campuchia
o|Bộ Y tế
p|Ông [Long] cho|Nguyễn Thanh Long
pl|TP Cần Thơ
pl|thành phố Cần Thơ
d|30/4-1/5|2021-04-30/2021-05-01
p|Nguyễn Thanh Long
pl|Campuchia
pl|Campuchia
pl|Việt Nam
pl|Campuchia
pl|Việt Nam
p|ông [Long] cảnh|Nguyễn Thanh Long
p|Ông [Long] đánh|Nguyễn Thanh Long
pl|của [Cần Thơ]|Cần Thơ
pl|nghị: [Cần Thơ]|Cần Thơ
o|Thủ tướng [Chính phủ]|Chính phủ
p|Ông [Long] cũng|Nguyễn Thanh Long
pl|rằng, [Cần Thơ]|Cần Thơ
p|Bộ trưởng Bộ Y tế|Nguyễn Thanh Long|Bộ trưởng Bộ Y tế
o|Bộ trưởng [Bộ Y tế] nhấn|Bộ Y tế
o|đầu [Bộ Y tế]|Bộ Y tế
p|ông [Long] nhấn|Nguyễn Thanh Long
p|Bộ trưởng Y tế|Nguyễn Thanh Long|Bộ trưởng Bộ Y tế
o|Bệnh viện Đa khoa Trung ương|Bệnh viện Đa khoa Trung ương Cần Thơ
o|Trường ĐH Y dược Cần Thơ|Trường Đại học Y dược Cần Thơ
pl|Cần Thơ
o|Chợ Rẫy|Bệnh viện Chợ Rẫy
p|[Bộ trưởng] đề nghị|Nguyễn Thanh Long|Bộ trưởng Bộ Y tế
o|BV Đa khoa Trung ương Cần Thơ|Bệnh viện Đa khoa Trung ương Cần Thơ
pl|Cần Thơ
o|Trường ĐH Y dược|Trường Đại học Y dược Cần Thơ
o|BV Chợ Rẫy|Bệnh viện Chợ Rẫy
"""

ANN[1470] = """
p|Thứ trưởng Bộ Y tế|Trần Văn Thuấn|Thứ trưởng Bộ Y tế
o|Bộ Y tế
pl|Bạc Liêu
d|Ngày 23/4|2021-04-23
o|Bộ Y tế
p|Trần Văn Thuấn||Thứ trưởng Bộ Y tế;Phó Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19
o|Ban chỉ đạo Quốc gia phòng, chống dịch Covid-19|Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19
o|đoàn công tác của [Bộ Y tế]|Bộ Y tế
pl|tỉnh Bạc Liêu
o|Bộ Y tế
p|Trần Văn Thuấn||Thứ trưởng Bộ Y tế
o|Bệnh viện đa khoa tỉnh Bạc Liêu
pl|tỉnh Bạc Liêu
p|Bùi Quốc Nam||Giám đốc Sở Y tế tỉnh Bạc Liêu
o|Sở Y tế tỉnh Bạc Liêu|Sở Y tế Bạc Liêu
pl|tỉnh Bạc Liêu
pl|tỉnh Bạc Liêu
pl|Việt Nam
pl|Bạc Liêu
o|Sở Y tế tỉnh Bạc Liêu|Sở Y tế Bạc Liêu
pl|tỉnh Bạc Liêu
p|Bùi Quốc Nam||Giám đốc Sở Y tế tỉnh Bạc Liêu
p|ông [Nam]|Bùi Quốc Nam
pl|tỉnh Bạc Liêu
p|Thứ trưởng Bộ Y tế|Trần Văn Thuấn|Thứ trưởng Bộ Y tế
o|Bộ Y tế
o|UBND tỉnh Bạc Liêu
pl|tỉnh Bạc Liêu
p|Cao Xuân Thu Vân||Phó Chủ tịch UBND tỉnh Bạc Liêu
p|Bà [Vân]|Cao Xuân Thu Vân
p|Cao Xuân Thu Vân||Phó Chủ tịch UBND tỉnh Bạc Liêu
o|UBND tỉnh Bạc Liêu
pl|tỉnh Bạc Liêu
o|Bộ Y tế
p|Phó Chủ tịch Bạc Liêu|Cao Xuân Thu Vân|Phó Chủ tịch UBND tỉnh Bạc Liêu
pl|Chủ tịch [Bạc Liêu]|Bạc Liêu
o|là [Sở Y tế]|Sở Y tế Bạc Liêu
o|từ [Sở Y tế]|Sở Y tế Bạc Liêu
o|UBND tỉnh|Ủy ban nhân dân tỉnh Bạc Liêu
o|Bộ Y tế
p|bà [Vân]|Cao Xuân Thu Vân
o|Bộ Y tế
p|Trần Văn Thuấn||Thứ trưởng Bộ Y tế
pl|tỉnh Bạc Liêu
o|Bộ Y tế
p|Trần Văn Thuấn||Thứ trưởng Bộ Y tế
o|Bộ Công an
p|[Thứ trưởng] đề nghị|Trần Văn Thuấn|Thứ trưởng Bộ Y tế
p|Trần Văn Thuấn||Thứ trưởng Bộ Y tế
o|Bộ Y tế
pl|tỉnh Bạc Liêu
p|Trần Văn Thuấn||Thứ trưởng Bộ Y tế
"""

ANN[933] = """
p|Prayut||Thủ tướng
m|cuộc họp|{"kind": "cuộc họp", "date": null, "part_of_day": null, "organizer": null, "chair": "Prayut", "bridge_points": []}
o|trên [Facebook] ngày|Facebook
d|ngày 26/4|2021-04-26
p|Prayut||Thủ tướng
p|trừ [Thủ tướng]|Prayut|Thủ tướng
pl|thủ đô [Bangkok]|Bangkok
pl|Thống đốc [Bangkok]|Bangkok
p|Aswin Kwanmuang||Thống đốc Bangkok
p|vào [Thủ tướng]|Prayut|Thủ tướng
p|ông [Aswin]|Aswin Kwanmuang
o|Facebook
p|Prayut||Thủ tướng
p|họp, [Thủ tướng]|Prayut|Thủ tướng
pl|thống đốc [Bangkok]|Bangkok
p|với [Thủ tướng]|Prayut|Thủ tướng
pl|chính quyền [Bangkok]|Bangkok
p|Aswin|Aswin Kwanmuang|Thống đốc
p|Prayut||Thủ tướng
p|Prayut||Thủ tướng
o|Facebook
pl|Thái Lan
d|đầu tháng 4|2021-04
o|chính phủ Thái Lan|Chính phủ Thái Lan
pl|Thái Lan
pl|như [Bangkok]|Bangkok
o|Cơ quan kiểm soát dịch bệnh
o|[DCD]|Cơ quan kiểm soát dịch bệnh
pl|Thái Lan
d|hôm nay|2021-04-26
"""

ANN[1363] = """
pl|Cuba
p|Raul Castro
p|Diaz-Canel
d|năm 1960|1960
pl|Cuba
d|năm 1985|1985
o|Lực lượng Vũ trang Cách mạng Cuba
pl|Cuba
d|Năm 2012|2012
p|Diaz-Canel
p|Raul Castro||Chủ tịch
o|Hội đồng Bộ trưởng|Hội đồng Bộ trưởng Cuba
d|năm 2013|2013
o|Hội đồng Nhà nước Cuba
pl|Cuba
d|Năm 2018|2018
p|Raul Castro
pl|Cuba
p|Diaz-Canel
pl|Cuba
p|Diaz-Canel
o|The Beatles
pl|Anh
"""

ANN[1742] = """
o|Đại sứ quán Mỹ tại Moscow
o|Bộ Ngoại giao Nga
d|ngày 21/4|2021-04-21
p|Bart Gorman||Phó Đại sứ Mỹ tại Nga
o|Bộ Ngoại giao Nga
p|ông [Gorman]|Bart Gorman
d|ngày 21/5|2021-05-21
o|Bộ Ngoại giao Nga
o|đại sứ quán Nga ở Washington|Đại sứ quán Nga tại Washington
o|tổng lãnh sự quán Nga ở New York|Tổng lãnh sự quán Nga tại New York
o|Bộ Ngoại giao Nga
o|Bộ Ngoại giao Nga
d|ngày 16/4|2021-04-16
o|Bộ Ngoại giao Nga
m|cuộc họp báo ngày 16/4|{"kind": "họp báo", "date": "2021-04-16", "part_of_day": null, "organizer": null, "chair": null, "bridge_points": []}
d|ngày 16/4|2021-04-16
p|Sergey Lavrov||Ngoại trưởng Nga
p|ông [Lavrov]|Sergey Lavrov
o|Cục Điều tra Liên bang
o|[FBI]|Cục Điều tra Liên bang
p|Christopher Wray||Giám đốc Cục Điều tra Liên bang
p|Avril Haines||Giám đốc Tình báo Quốc gia
p|Merrick Garland||Bộ trưởng Tư pháp Mỹ
p|Alejandro Mayorkas||Bộ trưởng An ninh Nội địa
o|Bộ Ngoại giao Nga
p|Lavrov|Sergey Lavrov|Ngoại trưởng
p|Joe Biden||Tổng thống Mỹ
pl|thống[Mỹ]|Mỹ
d|năm 2020|2020
o|SolarWinds
d|năm ngoái|2020
o|Ngân hàng Trung ương Nga
o|Bộ Tài chính|Bộ Tài chính Nga
p|Alexei Navalny
pl|Ukraine
d|ngày 21/4|2021-04-21
p|Vladimir Putin||Tổng thống
p|Ông [Putin]|Vladimir Putin
pl*|Nga
pl*|Mỹ
pl*|Moscow
pl*|Washington
pl*|New York
"""

if __name__ == "__main__":
    main(sys.argv[1:])
