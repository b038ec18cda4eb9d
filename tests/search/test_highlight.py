"""Snippets: the best window, the matched spans, accents, "đ", and safe rendering."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bantin.search import find_matches, highlight
from bantin.search._highlight import _collapse_spaces

TEXT = (
    "Sáng 16/7, Tỉnh uỷ Đà Nẵng tổ chức hội nghị. " + "Nội dung khác không liên quan. " * 20
    + "Chiều cùng ngày, đoàn công tác làm việc tại Hội An."
)


def marked(text: str, query: str, width: int = 240) -> list[str]:
    snippet = highlight(text, query, width=width)
    return [snippet.text[s:e] for s, e in snippet.spans]


def test_accentless_query_marks_accented_words_as_written() -> None:
    assert marked(TEXT, "da nang") == ["Đà Nẵng"]


def test_accented_query_in_another_tone_placement() -> None:
    assert marked(TEXT, "tỉnh ủy") == ["Tỉnh uỷ"]


def test_d_with_stroke() -> None:
    assert marked(TEXT, "doan cong tac") == ["đoàn công tác"]


def test_window_goes_to_the_match_and_says_it_was_clipped() -> None:
    snippet = highlight(TEXT, "hoi an", width=80)
    assert snippet.clipped_start and not snippet.clipped_end
    assert snippet.text.endswith("Hội An.")
    assert len(snippet.text) <= 80


def test_window_prefers_more_distinct_terms() -> None:
    text = "Đà Nẵng. " + "x " * 200 + "Hội nghị ở Đà Nẵng bàn việc lớn. " + "y " * 200
    snippet = highlight(text, "đà nẵng hội nghị", width=60)
    assert {snippet.text[s:e] for s, e in snippet.spans} == {"Hội nghị", "Đà Nẵng"}


def test_phrase_is_marked_whole_across_punctuation() -> None:
    assert marked("Chỉ thị 05-CT/TW của Bộ Chính trị.", "05-CT/TW") == ["05-CT/TW"]


def test_words_only_at_word_boundaries() -> None:
    assert marked("Thành phố Đà Nẵng, không phải Đàn.", "đà") == ["Đà"]


def test_excluded_terms_are_not_marked() -> None:
    assert marked("Giá vàng tăng, giá vé tăng.", "tăng -vàng") == ["tăng", "tăng"]


def test_offsets_are_those_of_the_display_text() -> None:
    snippet = highlight(TEXT, "đà nẵng")
    assert snippet.start == 0
    (start, end, exact), = find_matches(TEXT, "đà nẵng")[:1]
    assert TEXT[start:end] == "Đà Nẵng" and exact


def test_exact_flag_tells_accented_from_folded_matches() -> None:
    found = find_matches("Đà Nẵng và Dã Nắng", '"Đà Nẵng"')
    assert [(s, e, x) for s, e, x in found] == [(0, 7, True), (11, 18, False)]


def test_no_match_gives_the_opening() -> None:
    snippet = highlight(TEXT, "zzz", width=40)
    assert snippet.spans == () and TEXT.startswith(snippet.text)


def test_html_is_escaped_and_marked() -> None:
    html = highlight("<script>alert(1)</script> Đà Nẵng & Huế", "da nang").to_html()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "<mark>Đà Nẵng</mark>" in html and "&amp;" in html


def test_terminal_rendering_removes_control_characters() -> None:
    out = highlight("Đà Nẵng \x1b[31m đỏ", "da nang").to_ansi()
    assert "\x1b[31m" not in out and "\x1b[1;33mĐà Nẵng\x1b[0m" in out


def test_rich_text_styles_the_spans() -> None:
    text = highlight("Tin [bold]Đà Nẵng[/bold]", "đà nẵng").to_rich()
    assert text.plain == "Tin [bold]Đà Nẵng[/bold]"
    assert [text.plain[s.start:s.end] for s in text.spans] == ["Đà Nẵng"]


def test_words_typed_together_are_marked_where_they_stand_together() -> None:
    text = "Tháng này giá đã tăng. Người dân nâng cấp nhà. Khách đến Đà Nẵng đông."
    assert marked(text, "da nang") == ["Đà Nẵng"]


def test_words_typed_together_are_marked_apart_when_never_together() -> None:
    assert marked("Giá đã tăng, người dân nâng cấp nhà.", "da nang") == ["đã", "nâng"]


def _collapse_by_characters(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The plain character-by-character reading the run-by-run one must equal."""
    chars: list[str] = []
    position: list[int] = []
    for char in text[start:end]:
        position.append(len(chars))
        if not char.isspace():
            chars.append(char)
        elif chars and chars[-1] != " ":
            chars.append(" ")
    window = "".join(chars).removesuffix(" ")
    return window, [min(p, len(window)) for p in position]


@given(st.text(alphabet="aĐư \n\t\u00a0\u2009\x1c.", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_spaces_collapse_run_by_run_as_character_by_character(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert _collapse_spaces(text, start, end) == _collapse_by_characters(text, start, end)
