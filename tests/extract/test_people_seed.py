"""The seed article: its people, their titles and the later mention by title alone."""

from __future__ import annotations

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.people import PersonMention, find_people
from bantin.layout import parse_page
from bantin.text import canonical_form


@pytest.fixture(scope="module")
def seed_people(seed_path) -> tuple[str, list[PersonMention]]:
    layout = parse_page(seed_path.read_text(encoding="utf-8"))
    context = ExtractContext(blocks=tuple((b.role, b.start, b.end) for b in layout.blocks))
    return layout.text, find_people(layout.text, context)


def _same(a: str, b: str) -> bool:
    return canonical_form(a).casefold() == canonical_form(b).casefold()


def test_every_gold_person_is_found_with_the_gold_titles(seed_people, seed_gold) -> None:
    _, people = seed_people
    for gold in seed_gold["persons"]:
        mentions = [m for m in people if _same(m.name, gold["name"]) and m.mention == "full-name"]
        assert mentions, gold["name"]
        titles = {canonical_form(t) for m in mentions for t in m.titles}
        assert titles == {canonical_form(t) for t in gold["titles"]}


def test_nghia_is_marked_by_dong_chi_and_titles_keep_their_order(seed_people) -> None:
    _, people = seed_people
    first = next(m for m in people if m.name == "Nguyễn Trọng Nghĩa")
    assert first.text == "Nguyễn Trọng Nghĩa"
    assert first.markers == ("Đồng chí",)
    assert first.titles == ("Bí thư Trung ương Đảng", "Trưởng Ban Tuyên giáo Trung ương")


def test_the_title_only_mention_is_resolved_to_nghia(seed_people) -> None:
    text, people = seed_people
    later = [m for m in people if m.mention == "title-only"]
    assert len(later) == 1
    assert later[0].name == "Nguyễn Trọng Nghĩa"
    assert later[0].text == "Trưởng Ban Tuyên giáo Trung ương"
    assert text[later[0].start : later[0].end] == later[0].text
    assert later[0].markers == ("đồng chí",)


def test_ho_chi_minh_in_the_movement_name_is_a_person(seed_people) -> None:
    _, people = seed_people
    full = [m for m in people if m.name == "Hồ Chí Minh" and m.mention == "full-name"]
    assert len(full) == 2
    assert any(m.text == "Bác" and m.mention == "epithet" and m.name == "Hồ Chí Minh" for m in people)


def test_the_byline_author_is_not_a_subject(seed_people) -> None:
    text, people = seed_people
    byline_start = text.rindex("MAI CHI")
    assert all(m.end <= byline_start for m in people)
