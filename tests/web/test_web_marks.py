"""Marking facts in an article's text: well nested, nothing lost, everything escaped."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from bantin.record import Fact
from bantin.web._marks import mark_span


def fact(kind: str, start: int, end: int, text: str) -> Fact:
    return Fact(kind=kind, text=text[start:end], start=start, end=end, value=text[start:end])  # type: ignore[arg-type]


class _Checker(HTMLParser):
    """Collects the text and checks that every </mark> closes a <mark>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.text: list[str] = []
        self.marked: dict[str, list[str]] = {}
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag == "mark"
        self.open.append(dict(attrs)["class"] or "")
        self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        assert tag == "mark" and self.depth > 0
        self.open.pop()
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for kind in self.open:
            self.marked.setdefault(kind, []).append(data)


def _parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.depth == 0
    return checker


def test_nested_facts_nest() -> None:
    text = "Ban Tuyên giáo Tỉnh ủy Lạng Sơn họp."
    html = mark_span(text, [fact("organization", 0, 31, text), fact("place", 23, 31, text)], 0, len(text))
    assert html == ('<mark class="organization" title="organization: Ban Tuyên giáo Tỉnh ủy Lạng Sơn">'
                    'Ban Tuyên giáo Tỉnh ủy <mark class="place" title="place: Lạng Sơn">Lạng Sơn</mark></mark> họp.')


def test_crossing_facts_are_split_but_every_character_stays_marked() -> None:
    text = "abcdefghij"
    html = mark_span(text, [fact("person", 0, 6, text), fact("date", 3, 9, text)], 0, len(text))
    checker = _parse(html)
    assert "".join(checker.text) == text
    assert "".join(checker.marked["person"]) == "abcdef"
    assert "".join(checker.marked["date"]) == "defghi"


def test_text_and_values_are_escaped() -> None:
    text = 'x <script>alert(1)</script> "><img src=x onerror=alert(1)>'
    html = mark_span(text, [fact("task", 2, 27, text), fact("place", 28, len(text), text)], 0, len(text))
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and 'title="task: &lt;script&gt;' in html
    assert "".join(_parse(html).text) == text


def test_facts_outside_the_span_are_clipped() -> None:
    text = "one two three"
    html = mark_span(text, [fact("date", 0, 7, text)], 4, 13)
    assert html == '<mark class="date" title="date: one two">two</mark> three'


@given(st.text(min_size=1, max_size=40), st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40),
                                                             st.sampled_from(["date", "person", "place", "task"])),
                                                   max_size=8))
def test_any_facts_give_well_nested_html_with_the_whole_text(text: str, spans: list[tuple[int, int, str]]) -> None:
    facts = [fact(kind, min(a, b), min(max(a, b), len(text)), text) for a, b, kind in spans if min(a, b) < len(text)]
    html = str(mark_span(text, facts, 0, len(text)))
    depth = 0
    for tag in re.findall(r"</?mark[^>]*>", html):
        depth += -1 if tag.startswith("</") else 1
        assert depth >= 0
    assert depth == 0
    # Attributes are escaped too, so no ">" stands inside a tag: stripping the tags leaves the text.
    assert unescape(re.sub(r"<[^>]*>", "", html)) == text
