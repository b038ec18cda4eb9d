"""The HTML and Markdown renderers: every section, both languages, untrusted text kept as text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from importlib import resources

import pytest

from bantin.archive import Archive
from bantin.record import RawDocument
from bantin.report import Report, ReportRequest, build_report, render_html, render_markdown
from bantin.report._charts import nice_step
from bantin.report._render_html import SECTIONS
from bantin.report._render_md import md_escape

EVIL_TITLE = 'Tin <script>alert("x")</script> | *đậm* [bấm](javascript:alert(1)) & `mã`'


def test_both_catalogues_have_the_same_labels() -> None:
    files = resources.files("bantin.report") / "i18n"
    vi = json.loads((files / "vi.json").read_text(encoding="utf-8"))
    en = json.loads((files / "en.json").read_text(encoding="utf-8"))
    assert set(vi) == set(en)
    for key in vi:  # the same placeholders in both languages
        assert set(re.findall(r"{(\w+)}", vi[key])) == set(re.findall(r"{(\w+)}", en[key])), key


def test_the_html_has_every_section_with_its_vietnamese_title(sample_report: Report) -> None:
    html = render_html(sample_report)
    for anchor, _key in SECTIONS:
        assert f'<section id="{anchor}">' in html
    for title in ("Tổng quan", "Văn bản được trích dẫn", "Nhân vật được nhắc đến nhiều nhất",
                  "Hội nghị, sự kiện và nhiệm vụ được giao", "Tình trạng thu thập tin"):
        assert title in html
    assert html.count('data-chart="') == 4 and "<script" not in html


def test_the_html_names_the_top_entities_and_links_articles_to_the_web_ui(sample_report: Report) -> None:
    html = render_html(sample_report)
    assert sample_report.people[0].name in html
    assert sample_report.documents[0].label in html
    first = sample_report.appendix.rows[0]
    assert f'href="articles/{first.id}"' in html


def test_english_labels(sample_report: Report) -> None:
    english = dataclasses.replace(sample_report, request=dataclasses.replace(sample_report.request, lang="en"))
    html = render_html(english)
    assert "Most cited documents" in html and 'lang="en"' in html and "Tổng quan" not in html
    assert "Coverage health" in render_markdown(english)


def test_the_web_mode_links_its_stylesheet_instead_of_inlining_it(sample_report: Report) -> None:
    page = render_html(sample_report, mode="web", css_href="reports/report.css", other_lang_href="reports?lang=en")
    assert "<style>" not in page and ' style="' not in page
    assert '<link rel="stylesheet" href="reports/report.css">' in page
    assert 'href="reports?lang=en"' in page


def test_markdown_has_tables_and_says_it_has_no_charts(sample_report: Report) -> None:
    text = render_markdown(sample_report)
    assert "<svg" not in text and "không có biểu đồ" in text
    assert "| Nguồn tin | Số bài |" in text
    assert text.count("\n## ") == len(SECTIONS)


def test_markdown_escaping_keeps_text_as_text() -> None:
    assert md_escape("a | b") == r"a \| b"
    assert md_escape("*x* [y](z)") == r"\*x\* \[y\](z)"
    assert md_escape("<b>&") == r"&lt;b\>&amp;"
    assert md_escape("two\nlines") == "two lines"


def test_chart_steps_are_round() -> None:
    assert [nice_step(n) for n in (0, 3, 9, 40, 170, 4_900)] == [1, 1, 5, 10, 50, 2_000]


@pytest.fixture(scope="module")
def evil_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    page = (f"Thứ Hai, 04/09/2023\n\n{EVIL_TITLE}\n\n– Sáng 4/9, UBND tỉnh Lạng Sơn tổ chức hội nghị.\n\n"
            "Thân bài có một câu.\n\nMAI AN\n")
    raw = RawDocument(source="evil.txt", data=page.encode("utf-8"), read_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
                      url="javascript:alert(1)")
    db = tmp_path_factory.mktemp("evil") / "evil.db"
    with Archive.open(db) as archive:
        archive.ingest([raw])
    with Archive.open(db, readonly=True) as archive:
        return build_report(archive, ReportRequest(dt.date(2023, 9, 1), dt.date(2023, 9, 30)))


def test_untrusted_titles_and_urls_stay_text_in_html(evil_report: Report) -> None:
    assert evil_report.appendix.rows and evil_report.appendix.rows[0].title == EVIL_TITLE
    html = render_html(evil_report)
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html
    pdf_source = render_html(evil_report, mode="pdf")
    assert 'href="javascript:' not in pdf_source


def test_untrusted_titles_stay_text_in_markdown(evil_report: Report) -> None:
    text = render_markdown(evil_report)
    row = next(line for line in text.splitlines() if "alert" in line and line.startswith("| 1 |"))
    assert "<script" not in row
    assert not re.search(r"(?<!\\)\]\(javascript", row)  # "\](" is text, "](" would be a link
    assert row.count(" | ") == 4  # the title's "|" is escaped: the row keeps its five cells
