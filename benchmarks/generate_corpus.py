"""Generate a large corpus of realistic Vietnamese articles by varying the real ones.

The 2,000 dantri and 600 baomoi articles of ``../shared/data`` are run once through bantin's
own pipeline (layout and fact extractors; the result is cached under ``/tmp``), which marks in
each paragraph the people, places and numeric dates. Every generated article then:

- starts from a real article and keeps its category; about a third of its paragraphs are
  swapped for paragraphs of other articles of the same category, and some are added or dropped;
- has the sentences of some paragraphs shuffled;
- has its people's full names swapped for other names found in the corpora, its Vietnamese
  places for other Vietnamese places (foreign places for foreign ones), and its day/month dates
  for others, consistently within the article (one person stays one person);
- gets a publication date in 2017-2026 and one of 40 outlets as its source.

The language stays real: every sentence was written by a journalist, only recombined. Each
line of the JSONL output holds ``id, url, date, source, category, title, lead, paragraphs`` and
the filter values of the facts: ``places`` (names and unit codes), ``people``,
``organizations``, ``documents`` (canonical ids).

    .venv/bin/python benchmarks/generate_corpus.py 100000                 # -> /tmp/bantin-bench/corpus-100000-s1.jsonl
    .venv/bin/python benchmarks/generate_corpus.py 1000000 --seed 7 --out /tmp/c.jsonl

Deterministic for a seed, constant memory (the output is streamed), 20,000 to 30,000 articles/s
on this 2-CPU machine (one process; 1,000,000 articles, 4.6 GB, in 48 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import pickle
import random
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bantin.text import folded_form

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
CORPORA = (DATA / "news_dantri" / "unc_dantri.jsonl", DATA / "news_baomoi" / "baomoi_2017_sample1000.jsonl")
WORK = Path("/tmp/bantin-bench")

# Outlets, central and provincial, that the sources are drawn from.
SOURCES = (
    "dantri.com.vn", "vnexpress.net", "tuoitre.vn", "thanhnien.vn", "vietnamnet.vn", "nhandan.vn",
    "baochinhphu.vn", "qdnd.vn", "cand.com.vn", "laodong.vn", "tienphong.vn", "vov.vn", "vtv.vn",
    "baomoi.com", "zingnews.vn", "nld.com.vn", "sggp.org.vn", "hanoimoi.vn", "baodanang.vn",
    "baoquangninh.vn", "baothanhhoa.vn", "baonghean.vn", "baohatinh.vn", "baothuathienhue.vn",
    "baoquangnam.vn", "baobinhdinh.vn", "baokhanhhoa.vn", "baolamdong.vn", "baodaklak.vn",
    "baocantho.com.vn", "baoangiang.com.vn", "baobariavungtau.com.vn", "baodongnai.com.vn",
    "baobinhduong.vn", "baolongan.vn", "baohaiphong.com.vn", "baothaibinh.com.vn", "baonamdinh.vn",
    "baolangson.vn", "baolaocai.vn",
)
FIRST_DAY = dt.date(2017, 1, 1).toordinal()
LAST_DAY = dt.date(2026, 12, 31).toordinal()
_DAY_MONTH_RE = re.compile(r"^(\d{1,2})/(\d{1,2})(/\d{4})?$")
_SLUG_RE = re.compile(r"[^a-z0-9]+")

Slot = tuple[str, str]  # (kind, original value): "person", "place:vn", "place:foreign", "date"
Sentence = tuple["str | Slot", ...]


@dataclass
class Paragraph:
    """A paragraph as sentences of literal text and slots, and the facts it holds."""

    sentences: list[Sentence]
    plain: str | None  # the paragraph as written when it has no slot
    facts: list[tuple[str, str]]  # (kind, value) of every person/place/organisation/document in it
    codes: dict[str, str] = field(default_factory=dict)  # place name -> unit code


@dataclass
class Template:
    category: str
    title: Paragraph
    lead: Paragraph | None
    paragraphs: list[Paragraph]


@dataclass
class Pools:
    templates: list[Template]
    by_category: dict[str, list[Paragraph]]
    people: list[str]
    places_vn: list[tuple[str, str]]
    places_foreign: list[tuple[str, str]]


# --- building the templates once (cached) -------------------------------------------------------


def _slot_for(fact: object) -> Slot | None:
    kind, text, value = fact.kind, fact.text, fact.value  # type: ignore[attr-defined]
    if kind == "person" and isinstance(value, str) and text == value and " " in value:
        return ("person", value)
    if kind == "place" and isinstance(value, str) and text == value:
        code = (fact.model_extra or {}).get("unit_code")  # type: ignore[attr-defined]
        # Viet Nam itself stays: swapping it for a foreign country would not be Vietnamese news.
        if code and code != "VN":
            return ("place:vn" if str(code).isdigit() else "place:foreign", value)
    if kind == "date" and _DAY_MONTH_RE.match(text):
        return ("date", text)
    return None


def _paragraph(text: str, start: int, end: int, facts: list[object], *, split: bool = True) -> Paragraph:
    from bantin.text import sentence_spans

    inside = sorted((f for f in facts if start <= f.start and f.end <= end), key=lambda f: f.start)  # type: ignore[attr-defined]
    kept = []
    last_end = -1
    for fact in inside:
        if _slot_for(fact) and fact.start >= last_end:  # type: ignore[attr-defined]
            kept.append(fact)
            last_end = fact.end  # type: ignore[attr-defined]
    spans = sentence_spans(text, start, end) if split else [(start, end)]
    sentences: list[Sentence] = []
    for s_start, s_end in spans:
        parts: list[str | Slot] = []
        position = s_start
        for fact in kept:
            if s_start <= fact.start and fact.end <= s_end:  # type: ignore[attr-defined]
                parts.append(text[position:fact.start])  # type: ignore[attr-defined]
                parts.append(_slot_for(fact))  # type: ignore[arg-type]
                position = fact.end  # type: ignore[attr-defined]
        parts.append(text[position:s_end])
        sentences.append(tuple(p for p in parts if p != ""))
    values = []
    codes = {}
    for fact in inside:
        kind = fact.kind  # type: ignore[attr-defined]
        if kind in ("person", "place", "organization", "document") and isinstance(fact.value, str):  # type: ignore[attr-defined]
            values.append((kind, fact.value))  # type: ignore[attr-defined]
            code = (fact.model_extra or {}).get("unit_code") if kind == "place" else None  # type: ignore[attr-defined]
            if code:
                codes[fact.value] = str(code)  # type: ignore[attr-defined]
    plain = " ".join("".join(s for s in sentence) for sentence in sentences) if not kept else None  # type: ignore[misc]
    return Paragraph(sentences, plain, values, codes)


def _headline(title: str) -> str:
    """A headline from a title field (dantri's is often a lead): its first sentence, cut at a word."""
    from bantin.text import sentence_spans

    if len(title) > 150:
        spans = sentence_spans(title)
        if spans:
            title = title[spans[0][0]:spans[0][1]]
    if len(title) > 120:
        title = title[:120].rsplit(" ", 1)[0]
    return title.rstrip(" .,;:")


def _build_pools() -> Pools:
    from bantin.pipeline import build_article
    from bantin.record import RawDocument

    now = dt.datetime.now(dt.UTC)
    templates: list[Template] = []
    people: set[str] = set()
    places: dict[str, str] = {}
    for path in CORPORA:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            fields = json.loads(line)
            article = build_article(RawDocument(source=str(path), data=line.encode(), read_at=now,
                                                position=number, fields=fields))
            category = fields.get("category") or "baomoi"
            text, facts = article.text, list(article.facts)
            for fact in facts:
                slot = _slot_for(fact)
                if slot and slot[0] == "person":
                    people.add(slot[1])
                elif slot and slot[0].startswith("place"):
                    places[slot[1]] = str((fact.model_extra or {}).get("unit_code"))
            title = lead = None
            paragraphs = []
            for block in article.blocks:
                if block.role == "title":
                    headline = _headline(text[block.start:block.end])
                    title = _paragraph(headline, 0, len(headline), [], split=False)
                elif block.role == "lead":
                    lead = _paragraph(text, block.start, block.end, facts)
                elif block.role == "paragraph":
                    paragraph = _paragraph(text, block.start, block.end, facts)
                    # baomoi bodies come as one paragraph: cut them into paragraphs of four sentences.
                    for i in range(0, len(paragraph.sentences), 4):
                        part = _paragraph_part(paragraph, i, i + 4)
                        paragraphs.append(part)
            if title and paragraphs:
                templates.append(Template(category, title, lead, paragraphs))
    by_category: dict[str, list[Paragraph]] = defaultdict(list)
    for template in templates:
        by_category[template.category].extend(template.paragraphs)
    return Pools(
        templates=templates,
        by_category=dict(by_category),
        people=sorted(people),
        places_vn=sorted((n, c) for n, c in places.items() if c.isdigit()),
        places_foreign=sorted((n, c) for n, c in places.items() if not c.isdigit()),
    )


def _paragraph_part(paragraph: Paragraph, lo: int, hi: int) -> Paragraph:
    if lo == 0 and hi >= len(paragraph.sentences):
        return paragraph
    sentences = paragraph.sentences[lo:hi]
    has_slot = any(not isinstance(part, str) for sentence in sentences for part in sentence)
    plain = None if has_slot else " ".join("".join(s for s in sentence) for sentence in sentences)  # type: ignore[misc]
    words = " ".join(part if isinstance(part, str) else part[1] for sentence in sentences for part in sentence)
    facts = [(kind, value) for kind, value in paragraph.facts if value in words]
    codes = {name: code for name, code in paragraph.codes.items() if name in words}
    return Paragraph(sentences, plain, facts, codes)


def _to_plain(pools: Pools) -> tuple[object, ...]:
    def para(p: Paragraph) -> tuple[object, ...]:
        return (p.sentences, p.plain, p.facts, p.codes)

    templates = [(t.category, para(t.title), para(t.lead) if t.lead else None, [para(p) for p in t.paragraphs])
                 for t in pools.templates]
    return (templates, pools.people, pools.places_vn, pools.places_foreign)


def _from_plain(plain: tuple[object, ...]) -> Pools:
    raw_templates, people, places_vn, places_foreign = plain
    templates = [
        Template(category, Paragraph(*title), Paragraph(*lead) if lead else None, [Paragraph(*p) for p in paragraphs])
        for category, title, lead, paragraphs in raw_templates  # type: ignore[attr-defined]
    ]
    by_category: dict[str, list[Paragraph]] = defaultdict(list)
    for template in templates:
        by_category[template.category].extend(template.paragraphs)
    return Pools(templates, dict(by_category), people, places_vn, places_foreign)  # type: ignore[arg-type]


def load_pools() -> Pools:
    """The templates and substitution pools, from the cache when the corpora have not changed."""
    from bantin.pipeline import EXTRACTOR_VERSION

    key = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for path in CORPORA:
        if not path.exists():
            raise SystemExit(f"{path} not found: the generator varies the real corpora of ../shared/data")
        key.update(path.read_bytes())
    cache = WORK / f"templates-{key.hexdigest()[:16]}.pickle"
    if cache.exists():
        with cache.open("rb") as handle:
            return _from_plain(pickle.load(handle))  # our own cache file, written below
    started = time.perf_counter()
    pools = _build_pools()
    WORK.mkdir(parents=True, exist_ok=True)
    temporary = cache.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        # Plain tuples, not our classes: the cache is read whether this file runs as a script or a module.
        pickle.dump(_to_plain(pools), handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(cache)
    print(f"templates: {len(pools.templates)} articles through the pipeline in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)
    return pools


# --- generating --------------------------------------------------------------------------------


def _escape(text: str) -> bytes:
    """``text`` as the inside of a JSON string, in UTF-8 (escaping is piecewise: parts join)."""
    return json.dumps(text, ensure_ascii=False)[1:-1].encode("utf-8")


@dataclass
class _Compiled:
    """A paragraph ready to write: literal parts already JSON-escaped UTF-8 bytes."""

    sentences: list[tuple[bytes | Slot, ...]]
    plain: bytes | None
    facts: list[tuple[str, str]]
    codes: dict[str, str]


def _compile(paragraph: Paragraph) -> _Compiled:
    sentences = [tuple(_escape(p) if isinstance(p, str) else p for p in s) for s in paragraph.sentences]
    plain = _escape(paragraph.plain) if paragraph.plain is not None else None
    return _Compiled(sentences, plain, list(dict.fromkeys(paragraph.facts)), paragraph.codes)


class Generator:
    """Streams varied articles from the pools, deterministically for a seed.

    Articles are assembled as bytes from pieces escaped once at start-up: JSON-encoding 4 KB of
    Vietnamese per article would cost more than everything else together.
    """

    def __init__(self, pools: Pools, seed: int) -> None:
        self.seed = seed
        self.rng = random.Random(seed)
        self.templates = [
            (t.category.encode(), _escape(t.title.plain or ""), _SLUG_RE.sub("-", folded_form(t.title.plain or "")[:80]).strip("-").encode(),
             _compile(t.lead) if t.lead else None, [_compile(p) for p in t.paragraphs], t.category)
            for t in pools.templates
        ]
        by_paragraph = {id(p): c for t, ct in zip(pools.templates, self.templates) for p, c in zip(t.paragraphs, ct[4])}
        self.by_category = {k: [by_paragraph[id(p)] for p in v] for k, v in pools.by_category.items()}
        self.people = [(name, _escape(name)) for name in pools.people]
        self.places = {
            "place:vn": [(name, _escape(name), code) for name, code in pools.places_vn],
            "place:foreign": [(name, _escape(name), code) for name, code in pools.places_foreign],
        }
        self.sources = [(s, s.encode()) for s in SOURCES]
        self.codes: dict[str, str] = {}

    def _render(self, paragraph: _Compiled, mapping: dict[str, tuple[str, bytes]], year: int, shuffle: bool) -> bytes:
        if paragraph.plain is not None and not shuffle:
            return paragraph.plain
        sentences = paragraph.sentences
        if shuffle and len(sentences) > 1:
            sentences = list(sentences)
            self.rng.shuffle(sentences)
        parts: list[bytes] = []
        for sentence in sentences:
            for part in sentence:
                if isinstance(part, bytes):
                    parts.append(part)
                    continue
                kind, value = part
                replacement = mapping.get(value)
                if replacement is None:
                    replacement = mapping[value] = self._replacement(kind, value, year)
                parts.append(replacement[1])
            parts.append(b" ")
        return b"".join(parts[:-1])

    def _replacement(self, kind: str, value: str, year: int) -> tuple[str, bytes]:
        rng = self.rng
        if kind == "person":
            return self.people[int(rng.random() * len(self.people))]
        if kind == "date":
            match = _DAY_MONTH_RE.match(value)
            suffix = f"/{year}" if match and match.group(3) else ""
            text = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}{suffix}"
            return text, text.encode()
        pool = self.places[kind]
        name, escaped, code = pool[int(rng.random() * len(pool))]
        self.codes[name] = code
        return name, escaped

    def article(self, number: int) -> bytes:
        """The ``number``-th article of the stream as one JSONL line (call in order: one random stream)."""
        random_ = self.rng.random  # int(random_() * n) rather than randrange(n): a third of the time
        category, title, slug, lead, template_paragraphs, category_name = self.templates[
            int(random_() * len(self.templates))
        ]
        pool = self.by_category[category_name]
        size = len(pool)
        published = dt.date.fromordinal(FIRST_DAY + int(random_() * (LAST_DAY - FIRST_DAY + 1)))
        self.codes = {}
        chosen = [p if random_() >= 0.33 else pool[int(random_() * size)] for p in template_paragraphs]
        extra = random_()
        if extra < 0.35:
            chosen += [pool[int(random_() * size)] for _ in range(1 + int(random_() * 3))]
        elif extra > 0.8 and len(chosen) > 3:
            del chosen[-1 - int(random_() * 2):]
        mapping: dict[str, tuple[str, bytes]] = {}
        year = published.year
        lead_bytes = self._render(lead, mapping, year, False) if lead else b""
        paragraphs = [self._render(p, mapping, year, random_() < 0.3) for p in chosen]
        values: dict[str, set[str]] = {"person": set(), "place": set(), "organization": set(), "document": set()}
        codes = self.codes
        for paragraph in ([lead] if lead else []) + chosen:
            for kind, value in paragraph.facts:
                replaced = mapping.get(value)
                if replaced is not None:
                    value = replaced[0]
                values[kind].add(value)
                if kind == "place":
                    code = codes.get(value) or paragraph.codes.get(value)
                    if code:
                        values["place"].add(code)
        _, source_bytes = self.sources[int(random_() * len(self.sources))]
        article_id = format(((number + (self.seed << 40)) * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF, "016x").encode()
        facts = json.dumps(
            {"places": sorted(values["place"]), "people": sorted(values["person"]),
             "organizations": sorted(values["organization"]), "documents": sorted(values["document"])},
            ensure_ascii=False, separators=(",", ":"),
        ).encode("utf-8")
        return b"".join((
            b'{"id":"', article_id, b'","url":"https://', source_bytes, b"/", category, b"/", slug, b"-", article_id,
            b'.htm","date":"', published.isoformat().encode(), b'","source":"', source_bytes,
            b'","category":"', category, b'","title":"', title, b'","lead":"', lead_bytes,
            b'","paragraphs":["', b'","'.join(paragraphs), b'"],', facts[1:], b"\n",
        ))

    def articles(self, count: int, start: int = 0) -> Iterator[bytes]:
        """Articles ``start`` to ``start + count`` of the stream, as JSONL lines."""
        for number in range(start, start + count):
            yield self.article(number)


def default_path(count: int, seed: int) -> Path:
    """Where a corpus of ``count`` articles for ``seed`` is written by default."""
    return WORK / f"corpus-{count}-s{seed}.jsonl"


def generate(count: int, out: Path, *, seed: int = 1) -> float:
    """Write ``count`` articles to ``out`` (JSONL); returns the articles per second."""
    pools = load_pools()
    generator = Generator(pools, seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_suffix(out.suffix + ".part")
    started = time.perf_counter()
    with temporary.open("wb", buffering=1 << 20) as handle:
        for line in generator.articles(count):
            handle.write(line)
    temporary.replace(out)
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, help="output JSONL (default: /tmp/bantin-bench/corpus-N-sSEED.jsonl)")
    args = parser.parse_args()
    out = args.out or default_path(args.count, args.seed)
    rate = generate(args.count, out, seed=args.seed)
    size = out.stat().st_size
    print(f"{args.count:,} articles -> {out} ({size / 1e6:,.0f} MB, {size / max(args.count, 1):,.0f} bytes each), "
          f"{rate:,.0f} articles/s")


if __name__ == "__main__":
    main()
