"""Writing records: JSON for one, JSONL for many, or a view for people."""

from __future__ import annotations

import sys
from typing import TextIO

from bantin.errors import BantinError
from bantin.record import Article


def print_error(error: BantinError) -> None:
    """One line on standard error: the input and the reason."""
    print(f"bantin: error: {error}", file=sys.stderr, flush=True)


def _json(article: Article, *, indent: int | None) -> str:
    return article.model_dump_json(indent=indent)


class ArticleWriter:
    """Writes records in input order as they come (bounded memory).

    One record is written as JSON; several as JSONL. With ``pretty`` the records
    are indented, and several become one JSON array. The first record is held
    back until the second arrives, which is when we know which shape applies.
    """

    def __init__(self, stream: TextIO, output_format: str, *, pretty: bool, force_lines: bool = False) -> None:
        self.stream = stream
        self.output_format = output_format
        self.pretty = pretty
        self.force_lines = force_lines
        self._held: Article | None = None
        self._count = 0

    def write(self, article: Article) -> None:
        self._count += 1
        if self.output_format == "text":
            if self._count > 1:
                self.stream.write("\n" + "=" * 78 + "\n\n")
            self.stream.write(render_text(article))
            return
        if self._count == 1 and not self.force_lines:
            self._held = article
            return
        if self._held is not None:
            self._open_many()
            self._emit(self._held, first=True)
            self._held = None
        self._emit(article, first=self._count == 1)

    def _open_many(self) -> None:
        if self.pretty:
            self.stream.write("[\n")

    def _emit(self, article: Article, *, first: bool) -> None:
        if self.pretty:
            if not first:
                self.stream.write(",\n")
            self.stream.write(_json(article, indent=2))
        else:
            self.stream.write(_json(article, indent=None) + "\n")

    def close(self) -> None:
        """Write what is held back and close the array if one was opened."""
        if self._held is not None:
            self.stream.write(_json(self._held, indent=2 if self.pretty else None) + "\n")
            self._held = None
        elif self.pretty and self._count > 1 and self.output_format == "json":
            self.stream.write("\n]\n")
        self.stream.flush()


def render_text(article: Article) -> str:
    """A plain-text view of a record for reading in a terminal."""
    lines: list[str] = []
    add = lines.append
    add(f"# {article.title or '(no title)'}")
    add(f"id {article.id} · {article.provenance.source}"
        + (f":{article.provenance.position}" if article.provenance.position else "")
        + f" · {article.provenance.encoding}")
    if article.dateline:
        consistent = {True: "weekday matches", False: "WEEKDAY DOES NOT MATCH", None: "no weekday"}
        add(f"page date: {article.dateline.text} -> {article.dateline.date} ({consistent[article.dateline.weekday_consistent]})")
    if article.published:
        add(f"published: {article.published.date} ({article.published.evidence})")
    for warning in article.provenance.warnings:
        add(f"warning: {warning}")
    add("")
    labels = {"caption": "[caption] ", "photo_credit": "[credit] ", "byline": "byline: ", "attribution": "attribution: "}
    for block in article.blocks:
        value = article.text[block.start : block.end]
        if block.role in ("dateline", "title"):
            continue
        if block.role == "lead":
            add(f"LEAD{f' [{article.lead_tag}]' if article.lead_tag else ''}: {value}")
        elif block.role == "byline" and article.authors:
            add(f"byline: {value} -> authors: {', '.join(article.authors)}")
        else:
            add(labels.get(block.role, "") + value)
        add("")
    if article.facts:
        add("")
        add("facts:")
        for fact in article.facts:
            add(f"  {fact.kind:<12} {fact.text!r} -> {fact.value}")
    return "\n".join(lines).rstrip() + "\n"
