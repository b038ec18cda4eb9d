"""The PDF: its text reads back with every diacritic, its fonts are embedded, its charts are drawn.

Checked with poppler's own tools (pdftotext, pdffonts, pdftoppm) on the real PDF,
and Pillow for the pixels of the rendered pages.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image

from bantin.report import Report, render_pdf
from bantin.report._charts import ACCENT, CURRENT, PLACES
from bantin.report._i18n import Labels

DPI = 50
POPPLER = ("pdftotext", "pdffonts", "pdftoppm")


@pytest.fixture(scope="module")
def pdf_path(sample_report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"poppler-utils is missing ({', '.join(missing)}): make test installs it")
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(render_pdf(sample_report))
    return path


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_the_pdf_text_gives_back_the_vietnamese_words_exactly(pdf_path: Path, sample_report: Report) -> None:
    text = _text(pdf_path)
    t = Labels("vi")
    tuyen_quang = next(p for p in sample_report.places.provinces if p.name == "Tuyên Quang")
    task = next(task for m in sample_report.meetings.shown for task in m.tasks if len(task) < 60)
    expected = [
        t("report.title"), t("totals.title"), t("documents.top"), t("people.title"), t("places.title"),
        t("meetings.title"), t("coverage.title"), t("appendix.title"),
        sample_report.people[0].name, *(title.title for title in sample_report.people[0].titles),
        sample_report.documents[0].label, sample_report.organizations[0].name,
        "Tuyên Quang", t("places.old_unit", name=tuyen_quang.old_units[0].name,
                         articles=tuyen_quang.old_units[0].articles, mentions=tuyen_quang.old_units[0].mentions),
        task, sample_report.appendix.rows[0].title,
    ]
    for words in expected:
        assert words and " ".join(words.split()) in text, words
    assert text == unicodedata.normalize("NFC", text), "the text layer holds precomposed Vietnamese letters"


def test_the_pdf_embeds_its_fonts(pdf_path: Path) -> None:
    out = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        name, emb = row.split()[0], row.split()[-5]
        assert emb == "yes", f"{name} is not embedded:\n{out}"
        assert "Sans" in name or "Mono" in name  # DejaVu under the report's family names, nothing else


def _word_boxes(pdf: Path) -> list[tuple[int, float, float, str]]:
    """(page, x, y, word) of every word, from pdftotext's bounding-box output (points)."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    words = []
    for page, body in enumerate(out.split("<page ")[1:], start=1):
        for x, y, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', body):
            words.append((page, float(x), float(y), html.unescape(word)))
    return words


def _find(words: list[tuple[int, float, float, str]], phrase: str) -> tuple[int, float, float]:
    wanted = phrase.split()
    for i in range(len(words) - len(wanted) + 1):
        if [w[3] for w in words[i : i + len(wanted)]] == wanted:
            return words[i][0], words[i][1], words[i][2]
    raise AssertionError(f"{phrase!r} is not in the PDF")


def _rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


@pytest.mark.parametrize(
    ("title_key", "color"),
    [("totals.chart_month", CURRENT), ("totals.chart_source", CURRENT), ("places.chart", PLACES),
     ("meetings.chart", ACCENT)],
)
def test_the_charts_are_drawn(pdf_path: Path, tmp_path: Path, title_key: str, color: str) -> None:
    page, _x, y = _find(_word_boxes(pdf_path), Labels("vi")(title_key))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), str(pdf_path),
                    str(tmp_path / "page")], check=True)
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    scale = DPI / 72
    # The chart below its title: at most 180 points high, as wide as the page's text.
    box = (0, int(y * scale), image.width, min(image.height, int((y + 180) * scale)))
    region = image.crop(box)
    flat = getattr(region, "get_flattened_data", None) or region.getdata  # Pillow 13 renamed it
    pixels = list(flat())
    target = _rgb(color)
    coloured = sum(1 for p in pixels if all(abs(a - b) <= 40 for a, b in zip(p, target)))
    ink = sum(1 for p in pixels if sum(p) < 600)
    assert coloured > 40, f"no bars of {color} under {title_key!r} on page {page}"
    assert ink > coloured, "the chart has axes and labels as well as bars"
