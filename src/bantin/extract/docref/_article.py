"""What the article as a whole says about the documents it cites.

A mention alone often leaves its id incomplete; the article completes it. The
passes, in order, over the references of one text:

1. **Statute title.** "Số: 100/2015/QH13" has no type word, but the title line of the
   statute within its first lines ("BỘ LUẬT", "LUẬT", "LUẬT ... SỐ 32/2004/QH11 ...")
   names the type: ``state:BOLUAT:100/2015:QH13``, not ``QHDOC``.
2. **Issue date from the sentence.** A year-less document (``1234/QĐ-UBND``) takes its
   year from a day written right after it without a year ("quyết định số 669/QĐ-UBND
   ngày 29/4", the year the article's date gives it), or from the date that opens a
   sentence whose verb issues it ("Ngày 6-2, UBND TP Hà Nội ban hành Kế hoạch số
   23/KH-UBND", "Ngày 19/4, Bộ Y tế có văn bản khẩn số 2978/BYT-BMTE").
3. **Locality of local issuers** (UBND, HĐND, Tỉnh ủy... print no place, SPEC §1.5):
   from a body with its place in the same sentence ("UBND TP Hà Nội ban hành Kế
   hoạch số 23/KH-UBND", "Quyết định số 326/QĐ-UBND ... do chủ tịch UBND tỉnh Thái
   Bình ký"); when the mention names its province-level body without the place ("của
   UBND tỉnh", "của Thành ủy"), from the article's province
   (:func:`bantin.extract.places.article_province`).
4. **Term of central Party documents** from the gazetteer (``party_documents``): a
   title phrase of one entry in the article, or the body the mention names with an
   article date in that entry's term ("Chỉ thị số 05 của Bộ Chính trị" in 2017 ->
   ``party:CT:05:TW@XII``).
5. **Laws by name and number.** A law cited by name right before its number in
   brackets ("Luật sửa đổi ... Luật Giáo dục đại học (Luật số 34)"), or an amending
   law whose name is that of a numbered law of the article, takes the number's id.
6. **Coreference** (SPEC #51): mentions of one document (same system, type, number and
   issuer) share the most complete id: a locality or qualifier that one mention gives
   goes to the others, when no mention gives a different one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable

from bantin.extract.context import ExtractContext
from bantin.extract.docref._data import Tables
from bantin.extract.docref._forms import id_code, locality_slug
from bantin.extract.docref._ids import IdParts, parse_id
from bantin.extract.docref._laws import law_slug
from bantin.extract.docref._model import DocumentReference
from bantin.extract.docref._patterns import Patterns
from bantin.extract.docref._tails import read_locality
from bantin.extract.docref._terms import terms_for_date, terms_for_year
from bantin.extract.places import Gazetteer
from bantin.text import canonical_lower, folded_form, sentence_around

_TITLE_REACH = 800
_TITLE_LINE = re.compile(r"^(?P<word>BỘ LUẬT|LUẬT|PHÁP LỆNH|NGHỊ QUYẾT)(?:$| [^\n]*$)", re.MULTILINE)

# A day and month after a mention, without the year ("quyết định số 669/QĐ-UBND ngày 29/4").
_DAY_MONTH_AFTER = re.compile(
    r" {0,2},? {0,2}(?:(?i:ban hành|ký) +)?(?i:ngày) +(?P<d>\d{1,2}) {0,2}(?P<s>[/.-]) {0,2}(?P<m>\d{1,2})"
    r"(?! {0,2}(?P=s) {0,2}\d)(?![\d\w])"
)
# A date in a sentence before a mention: "Ngày 6-2,", "ngày 02/6/2017", "trưa nay (30/4)".
_DATE_BEFORE = re.compile(
    r"(?:(?i:ngày) +|\( {0,2})(?P<d>\d{1,2}) {0,2}(?P<s>[/.-]) {0,2}(?P<m>\d{1,2})"
    r"(?: {0,2}(?P=s) {0,2}(?P<y>(?:19|20)\d\d))?(?![\d\w])"
)
# The verb that issues the document, right before the mention (a few words may stand between:
# "có văn bản khẩn số 2978/BYT-BMTE").
_ISSUING = re.compile(r"(?<![\w])(?i:ban hành|ký|có|ra|gửi|phát hành|phát đi)(?: +[^\W\d_]+){0,3} *$")
# Local bodies with their place, in running text: "UBND TP Hà Nội", "Chủ tịch UBND tỉnh Thái Bình".
_LOCAL_BODY = re.compile(
    r"(?<![\w/-])(?P<body>UBND|Ủy ban nhân dân|ủy ban nhân dân|HĐND|Hội đồng nhân dân|hội đồng nhân dân"
    r"|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|tỉnh ủy|thành ủy|huyện ủy|quận ủy)(?![\w])"
)
_BODY_CODES = {
    "ubnd": "UBND",
    "uy ban nhan dan": "UBND",
    "hdnd": "HDND",
    "hoi dong nhan dan": "HDND",
    "tinh uy": "TU",
    "thanh uy": "TU",
    "huyen uy": "HU",
    "quan uy": "QU",
}
# An issuer phrase naming a province-level body without its place: "Chủ tịch UBND tỉnh", "Thành ủy".
_PROVINCE_BODY = re.compile(
    r"(?i:(?:.*(?:UBND|ủy ban nhân dân|HĐND|hội đồng nhân dân)) +(?:tỉnh|thành phố|TP\.?)"
    r"|(?:ban thường vụ +)?(?:tỉnh ủy|thành ủy))$"
)
# The level of a unit word: a body of one level does not issue another's documents.
_UNIT_LEVELS = {
    "tinh": "province",
    "thanh pho": "province",
    "tp": "province",
    "tp.": "province",
    "huyen": "district",
    "quan": "district",
    "thi xa": "district",
    "xa": "commune",
    "phuong": "commune",
    "thi tran": "commune",
}
_UNIT_IN_ISSUER = re.compile(r"(?i:\b(?:thành phố|thị xã|thị trấn|tỉnh|huyện|quận|phường|xã|TP\.?))(?![\w])")
_PARTY_BODIES = (
    ("bo chinh tri", "Bộ Chính trị"),
    ("ban bi thu", "Ban Bí thư"),
    ("ban chap hanh", "Ban Chấp hành Trung ương"),
    ("bch", "Ban Chấp hành Trung ương"),
    ("trung uong dang", "Ban Chấp hành Trung ương"),
    ("van phong trung uong", "Văn phòng Trung ương Đảng"),
)
# Years the article's dates write: "22/6/2017", "ngày 3 tháng 2 năm 2021", "năm 2017" (not "đến năm 2030").
_YEAR_IN_TEXT = re.compile(
    r"(?:\d{1,2}/\d{1,2}/|(?i:tháng) +\d{1,2} +(?i:năm) +|(?<!đến )(?<!tới )(?i:năm) +)(?P<y>(?:19|20)\d\d)(?!\d)"
)
_LAW_APPOSITION = re.compile(r" {0,2}[(,] {0,2}$")
_NAME_STOPWORDS = frozenset({"luat", "bo", "sung", "mot", "so", "dieu", "cua"})


def _rebuild(ref: DocumentReference, parts: IdParts, note: str, **fields: object) -> DocumentReference:
    evidence = f"{ref.evidence}; {note}" if ref.evidence else note
    return dataclasses.replace(ref, canonical_id=str(parts), evidence=evidence, **fields)  # type: ignore[arg-type]


def _principal(parts: IdParts) -> str:
    issuer = parts.issuer or ""
    return issuer.split("+")[0].split("-")[0]


# 1. Statute title ------------------------------------------------------------------------------


def _title_name(text: str, title: re.Match[str]) -> str | None:
    """The statute's name from its title ("LUẬT\n\nĐẤT ĐAI", "LUẬT ... VỀ AN NINH QUỐC GIA")."""
    line = title.group()[len(title["word"]) :].strip()
    if not line:
        following = text[title.end() :].lstrip("\n")
        line = following[: following.find("\n")] if "\n" in following else following
    if line != line.upper() or not line.strip():
        return None
    _, about, rest = line.rpartition(" VỀ ")
    if about:
        line = rest
    elif line.startswith("VỀ "):
        line = line[3:]
    name = re.split(r" (?:CỦA|SỐ|NGÀY) ", line)[0] if not about else line
    return name.strip() or None


def statute_title(refs: list[DocumentReference], text: str, tables: Tables) -> list[DocumentReference]:
    """Type the statute's own number by its title line, and give its name cited in it that number.

    Run before the short mentions are resolved, so that "Luật này" finds the statute's number.
    """
    header = [r for r in refs if r.start < _TITLE_REACH and r.issuer_code and r.issuer_code.startswith("QH")]
    if not header:
        return refs
    title = next(
        (
            m
            for m in _TITLE_LINE.finditer(text, 0, min(len(text), _TITLE_REACH))
            if m.group() == m.group().upper()
        ),
        None,
    )
    word = tables.type_word_index.get(folded_form(title["word"])) if title else None
    slug = word.qh_slug if word is not None else None
    if title is None or word is None or slug is None:
        return refs
    # The header's own number, printed before the title: without a type word ("Số: 100/2015/QH13",
    # QHDOC), or after "Luật số:" in a code whose title says "BỘ LUẬT".
    retyped = (tables.qh_document_slug, "LUAT") if slug == "BOLUAT" else (tables.qh_document_slug,)
    own = {r.canonical_id for r in header if r.doc_type in retyped and r.start < title.start()}
    name = _title_name(text, title)
    name_slug = law_slug(name) if name else None
    own_id: str | None = None
    out = []
    for ref in refs:
        parts = parse_id(ref.canonical_id)
        if parts is not None and ref.canonical_id in own and ref.doc_type != slug:
            note = f"type {slug} from the statute's title line '{title['word']}'"
            ref = _rebuild(ref, parts.with_(doc_type=slug), note, doc_type=slug, type_name=word.word)
        if (
            ref.canonical_id.startswith(f"state:{slug}:")
            and ref.issuer_code
            and ref.issuer_code.startswith("QH")
        ):
            own_id = own_id or (ref.canonical_id if ref.start < _TITLE_REACH else None)
        out.append(ref)
    if own_id is None or name_slug is None:
        return out
    # "Quốc hội ban hành Bộ luật hình sự." in the statute itself: its own name, so its own number.
    named = f"state:{slug}:{name_slug}"
    return [
        _rebuild(
            r, parse_id(own_id) or IdParts("", "", ""), f"the statute's own name (title '{name}')", year=None
        )
        if r.canonical_id == named and r.method == "named"
        else r
        for r in out
    ]


# 2. Issue date from the sentence ---------------------------------------------------------------


def _needs_date(parts: IdParts, tables: Tables) -> bool:
    """Whether the id wants a qualifier that a date gives, and has none."""
    if parts.qualifier or parts.issuer is None or parts.system not in ("state", "party", "mass_org"):
        return False
    return not (parts.system == "state" and "/" in parts.number)


def _complete_year(day: int, month: int, year: str | None, published: dt.date | None) -> dt.date | None:
    """The date of a day and month, the year written or the last one up to the article's date."""
    try:
        if year is not None:
            return dt.date(int(year), month, day)
        if published is None:
            return None
        found = dt.date(published.year, month, day)
        return found if found <= published else dt.date(published.year - 1, month, day)
    except ValueError:
        return None


def _date_for(
    ref: DocumentReference, text: str, refs: list[DocumentReference], published: dt.date | None
) -> tuple[dt.date | None, str]:
    after = _DAY_MONTH_AFTER.match(text, ref.end)
    if after is not None:
        found = _complete_year(int(after["d"]), int(after["m"]), None, published)
        if found is not None:
            return found, f"issued on {after.group().strip(' ,')}, in the year of the article's date"
    sentence_start, _ = sentence_around(text, ref.start)
    others = [r.end for r in refs if sentence_start <= r.end <= ref.start and r is not ref]
    floor = max([sentence_start, *others])
    dates = list(_DATE_BEFORE.finditer(text, floor, ref.start))
    if not dates or _ISSUING.search(text, dates[-1].end(), ref.start) is None:
        return None, ""
    last = dates[-1]
    found = _complete_year(int(last["d"]), int(last["m"]), last["y"], published)
    if found is None:
        return None, ""
    return found, f"issued on '{last.group()}', the date of the sentence that issues it"


def _sentence_dates(
    refs: list[DocumentReference], text: str, tables: Tables, context: ExtractContext | None
) -> list[DocumentReference]:
    published = context.published if context else None
    out = []
    for ref in refs:
        parts = parse_id(ref.canonical_id)
        if parts is None or ref.date is not None or not _needs_date(parts, tables):
            out.append(ref)
            continue
        found, how = _date_for(ref, text, refs, published)
        if found is None:
            out.append(ref)
            continue
        if parts.system == "party" and _principal(parts).endswith(tables.central_suffix):
            terms = terms_for_date(found, tables)
            if len(terms) != 1:
                out.append(ref)
                continue
            out.append(
                _rebuild(
                    ref, parts.with_(qualifier=terms[0]), f"{how}: term {terms[0]}", date=found, term=terms[0]
                )
            )
        else:
            out.append(_rebuild(ref, parts.with_(qualifier=str(found.year)), how, date=found))
    return out


# 3. Locality of local issuers ------------------------------------------------------------------


def _known_place(name: str, after_unit: bool) -> str | None:
    """The longest start of ``name`` that names an administrative unit ("Hà Nội Nguyễn Đức Chung" -> "Hà Nội").

    Capitalised words run on after a place in running text (a person's name, an
    organisation): only a name of the map is a locality. A one-word name ("Huế")
    counts only after a unit word ("TP Huế"): "UBND Thành phố phê duyệt" names no place.
    """
    gazetteer = Gazetteer.default()
    words = name.split()
    for size in range(len(words), 0 if after_unit else 1, -1):
        candidate = " ".join(words[:size]).strip(" -")
        if candidate and gazetteer.resolve_place(candidate, at=None):
            return candidate
    return None


def _level(unit: str | None) -> str | None:
    return _UNIT_LEVELS.get(" ".join(folded_form(unit).split())) if unit else None


def _body_places(
    text: str, lo: int, hi: int, tables: Tables, pats: Patterns
) -> list[tuple[int, str, str | None, str]]:
    """(position, issuer code, level, place) of every local body named with its place in ``text[lo:hi]``."""
    found = []
    for match in _LOCAL_BODY.finditer(text, lo, hi):
        _, name = read_locality(text, match.end(), hi, tables, pats)
        unit = pats.locality_unit.match(text, match.end(), hi)
        place = _known_place(name, unit is not None) if name else None
        if place:
            code = _BODY_CODES[" ".join(folded_form(match["body"]).split())]
            found.append((match.start(), code, _level(unit["unit"]) if unit else None, place))
    return found


def _sentence_place(
    ref: DocumentReference, code: str, text: str, tables: Tables, pats: Patterns
) -> str | None:
    """The place of the nearest body of the mention's kind and level named in its sentence."""
    lo, hi = sentence_around(text, ref.start)
    hi = max(hi, ref.end)
    unit = _UNIT_IN_ISSUER.search(ref.issuer) if ref.issuer else None
    wanted = _level(unit.group()) if unit else None
    places = [
        (at, place)
        for at, body, level, place in _body_places(text, lo, hi, tables, pats)
        if body == code and (wanted is None or level in (None, wanted))
    ]
    before = [(ref.start - at, place) for at, place in places if at < ref.start]
    after = [(at - ref.start, place) for at, place in places if at >= ref.start]
    if before:
        return min(before)[1]
    if after:
        return min(after)[1]
    return None


def _localities(
    refs: list[DocumentReference],
    text: str,
    tables: Tables,
    pats: Patterns,
    province: Callable[[], str | None],
) -> list[DocumentReference]:
    codes = {locality_slug(code) for code in tables.locality_codes}
    out = []
    for ref in refs:
        parts = parse_id(ref.canonical_id)
        code = _principal(parts) if parts is not None else ""
        if parts is None or parts.locality or code not in codes:
            out.append(ref)
            continue
        place = _sentence_place(ref, code, text, tables, pats)
        how = f"place '{place}' of the body named in the same sentence"
        if place is None and ref.issuer and _PROVINCE_BODY.fullmatch(ref.issuer.strip()):
            place = province()
            how = f"'{ref.issuer}' without a place: the article's province, {place}"
        if place is None:
            out.append(ref)
            continue
        out.append(_rebuild(ref, parts.with_(locality=locality_slug(place)), how, locality=place))
    return out


# 4. Term of central Party documents ------------------------------------------------------------


def _body(issuer: str | None) -> str | None:
    if not issuer:
        return None
    folded = folded_form(issuer)
    return next((body for prefix, body in _PARTY_BODIES if folded.startswith(prefix)), None)


def _party_key(ref: DocumentReference, parts: IdParts) -> str | None:
    """The gazetteer key of a central Party mention without a term: its id, or for a short mention
    whose issuer phrase names a central body ("Chỉ thị số 05 của Bộ Chính trị"), the id it would have."""
    if parts.qualifier:
        return None
    if parts.system == "party":
        return parts.key
    if parts.system == "partial" and ref.issuer_code and ref.number and _body(ref.issuer) is not None:
        return f"party:{parts.doc_type}:{ref.number}:{id_code(ref.issuer_code)}"
    return None


def _article_year(text: str, context: ExtractContext | None) -> int | None:
    """The article's year: its publication date's, else the latest year its dates write.

    An article is written after the days it reports ("6 tháng đầu năm 2017", "ngày 22/6/2017");
    years of goals ("đến năm 2030") are left out.
    """
    if context is not None and context.published is not None:
        return context.published.year
    years = [int(m["y"]) for m in _YEAR_IN_TEXT.finditer(text)]
    return max(years) if years else None


def _party_terms(
    refs: list[DocumentReference], text: str, tables: Tables, context: ExtractContext | None
) -> list[DocumentReference]:
    published = context.published if context else None
    year: int | None = None
    lowered: str | None = None
    out = []
    for ref in refs:
        parts = parse_id(ref.canonical_id)
        key = _party_key(ref, parts) if parts is not None else None
        documents = tables.party_documents.get(key) if key else None
        if parts is None or not documents:
            out.append(ref)
            continue
        if lowered is None:
            lowered = canonical_lower(text)
            year = _article_year(text, context)
        body = _body(ref.issuer)
        if published is not None:
            known = [d for d in documents if d.date <= published]
        else:
            known = [d for d in documents if year is None or d.date.year <= year]
        if body is not None:
            known = [d for d in known if d.body == body]
        by_title = [(d, k) for d in known for k in d.keywords if k in lowered]
        chosen, how = None, ""
        if len({d.doc_id for d, _ in by_title}) == 1:
            chosen = by_title[0][0]
            how = f"the article speaks of its title ('{by_title[0][1]}')"
        elif body is not None and year is not None and len(known) == 1:
            now = terms_for_date(published, tables) if published else terms_for_year(year, tables)
            if now == (known[0].term,):
                chosen = known[0]
                how = f"the {body}'s only {key} of term {chosen.term} up to the article's date ({year})"
        if chosen is None:
            out.append(ref)
            continue
        note = f"term {chosen.term} from the gazetteer: {how}"
        found = parse_id(chosen.doc_id)
        assert found is not None
        fields: dict[str, object] = {"term": chosen.term}
        if parts.system == "partial":
            fields.update(
                kind="party", method="gazetteer", issuer_code=found.issuer, candidates=(), confidence="D"
            )
        out.append(_rebuild(ref, found.with_(flags=parts.flags), note, **fields))
    return out


# 5. Laws by name and number --------------------------------------------------------------------


def _name_key(name: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[\W_]+", folded_form(name)) if w and w not in _NAME_STOPWORDS)


def _law_title(ref: DocumentReference) -> str | None:
    """The name of a numbered law as its mention writes it ("Luật sửa đổi giáo dục đại học số 34/...")."""
    match = re.match(r"(?i:bộ luật|luật) +(?P<name>.+?) +(?i:số)\b", ref.text)
    return match["name"] if match else None


def _laws_by_number(refs: list[DocumentReference], text: str) -> list[DocumentReference]:
    named = [r for r in refs if r.method == "named" and r.doc_type in ("LUAT", "BOLUAT") and r.number is None]
    numbered = [r for r in refs if r.doc_type in ("LUAT", "BOLUAT") and r.number and r.number[0].isdigit()]
    if not named or not numbered:
        return refs
    replaced: dict[int, tuple[DocumentReference, str]] = {}
    for ref in named:
        following = next((r for r in numbered if r.start >= ref.end), None)
        if following is not None and _LAW_APPOSITION.fullmatch(text, ref.end, following.start):
            replaced[id(ref)] = (following, f"named right before '{following.text}'")
    amending: dict[frozenset[str], set[str]] = defaultdict(set)
    titles: dict[frozenset[str], DocumentReference] = {}
    for ref in numbered:
        title = _law_title(ref)
        if title and "sua" in _name_key(title):
            amending[_name_key(title)].add(ref.canonical_id)
            titles[_name_key(title)] = ref
    for ref in named:
        if id(ref) in replaced:
            key = _name_key(ref.text)
            amending[key].add(replaced[id(ref)][0].canonical_id)
            titles[key] = replaced[id(ref)][0]
    for ref in named:
        key = _name_key(ref.text)
        if id(ref) not in replaced and "sua" in key and len(amending.get(key, ())) == 1:
            replaced[id(ref)] = (titles[key], f"the amending law named as '{titles[key].text}'")
    out = []
    for ref in refs:
        if id(ref) in replaced:
            target, how = replaced[id(ref)]
            ref = dataclasses.replace(
                target,
                start=ref.start,
                end=ref.end,
                text=ref.text,
                method="coreference",
                pinpoint=ref.pinpoint,
                title_hint=ref.title_hint,
                evidence=f"{ref.evidence}; {how}",
            )
        out.append(ref)
    return out


# 6. Coreference --------------------------------------------------------------------------------


def _unify(refs: list[DocumentReference]) -> list[DocumentReference]:
    groups: dict[str, list[IdParts]] = defaultdict(list)
    parsed = [parse_id(r.canonical_id) for r in refs]
    for parts in parsed:
        if parts is not None and parts.issuer is not None and parts.system != "partial":
            groups[parts.key].append(parts)
    out = []
    for ref, parts in zip(refs, parsed, strict=True):
        members = groups.get(parts.key) if parts is not None else None
        if parts is None or not members or len(members) < 2:
            out.append(ref)
            continue
        localities = {m.locality for m in members if m.locality}
        qualifiers = {m.qualifier for m in members if m.qualifier}
        merged = parts
        if not parts.locality and len(localities) == 1:
            merged = merged.with_(locality=next(iter(localities)))
        if not parts.qualifier and len(qualifiers) == 1:
            merged = merged.with_(qualifier=next(iter(qualifiers)))
        if merged == parts:
            out.append(ref)
            continue
        fields: dict[str, object] = {}
        if merged.qualifier and not merged.qualifier.isdigit() and ref.kind == "party":
            fields["term"] = merged.qualifier
        out.append(_rebuild(ref, merged, "completed from another mention of the same document", **fields))
    return out


def complete_in_article(
    refs: list[DocumentReference],
    text: str,
    tables: Tables,
    pats: Patterns,
    context: ExtractContext | None,
    province: Callable[[], str | None],
) -> list[DocumentReference]:
    """The references of one text, their ids completed from the rest of the text (see the module doc;
    pass 1, :func:`statute_title`, runs before the short mentions are resolved).

    ``text`` is the match form of the display text; ``province`` gives the article's
    province, computed only when a mention needs it.
    """
    refs = _sentence_dates(refs, text, tables, context)
    refs = _localities(refs, text, tables, pats, province)
    refs = _party_terms(refs, text, tables, context)
    refs = _laws_by_number(refs, text)
    return _unify(refs)
