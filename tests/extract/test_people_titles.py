"""Titles of people: organisations completed from the article, short titles written out, titles in
brackets and after notes of birth, mentions by title alone (sentences of our own)."""

from __future__ import annotations

from bantin.extract.people import PersonMention, find_people


def _people(text: str, *, province: str | None = None) -> list[PersonMention]:
    found = find_people(text, province=province)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return found


def _titles(text: str, *, province: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.text, m.titles) for m in _people(text, province=province)]


def test_a_title_holds_its_organisation_completed_with_the_province() -> None:
    text = "Chủ tịch UBND TP Nguyễn Văn An yêu cầu Giám đốc Sở GDĐT Trần Bình báo cáo."
    assert _titles(text, province="Hà Nội") == [
        ("Nguyễn Văn An", ("Chủ tịch Ủy ban nhân dân thành phố Hà Nội",)),
        ("Trần Bình", ("Giám đốc Sở Giáo dục và Đào tạo Hà Nội",)),
    ]


def test_a_minister_named_by_the_field_holds_the_ministry() -> None:
    text = "Bộ trưởng Công Thương Nguyễn Hồng Diên và Bộ trưởng GD&ĐT Phùng Xuân Nhạ dự họp."
    assert _titles(text) == [
        ("Nguyễn Hồng Diên", ("Bộ trưởng Bộ Công Thương",)),
        ("Phùng Xuân Nhạ", ("Bộ trưởng Bộ Giáo dục và Đào tạo",)),
    ]


def test_a_short_title_is_written_as_the_article_writes_it_in_full() -> None:
    text = (
        "Tân Bộ trưởng Nguyễn Kim Sơn phát biểu. Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn tặng hoa nguyên "
        "Bộ trưởng Phùng Xuân Nhạ, nguyên Bộ trưởng Bộ GD&ĐT."
    )
    titles = {(m.text, m.titles) for m in _people(text)}
    assert ("Nguyễn Kim Sơn", ("Bộ trưởng Bộ Giáo dục và Đào tạo",)) in titles
    assert ("Phùng Xuân Nhạ", ("nguyên Bộ trưởng Bộ Giáo dục và Đào tạo",)) in titles


def test_a_title_that_names_its_post_whole_is_kept_as_written() -> None:
    text = "Thủ tướng Chính phủ Phạm Minh Chính chủ trì. Thủ tướng Phạm Minh Chính nhấn mạnh."
    assert [m.titles for m in _people(text)] == [("Thủ tướng Chính phủ",), ("Thủ tướng",)]


def test_titles_in_brackets_after_the_name() -> None:
    text = "Ông Chu Đình Ngữ (Chánh văn phòng UBND tỉnh Yên Bái) cho biết."
    assert _titles(text) == [("Chu Đình Ngữ", ("Chánh Văn phòng Ủy ban nhân dân tỉnh Yên Bái",))]


def test_a_unit_then_its_body_in_brackets_make_one_title() -> None:
    text = "Thượng tá Trụ Văn Hải, (Phó phòng Tham mưu, Công an tỉnh Yên Bái) cho biết."
    assert _titles(text) == [("Trụ Văn Hải", ("Phó phòng Tham mưu Công an tỉnh Yên Bái",))]


def test_a_note_of_birth_before_the_titles_is_skipped() -> None:
    text = (
        "Ông Nguyễn Mạnh Quyền, sinh ngày 24/4/1975, Thành ủy viên, Bí thư huyện ủy Quốc Oai nhận công tác."
    )
    assert _titles(text) == [("Nguyễn Mạnh Quyền", ("Thành ủy viên", "Bí thư Huyện ủy Quốc Oai"))]
    text = "Ông Bùi Đình Cam (SN 1959), Chủ tịch UBND huyện, tử vong. UBND huyện Nga Sơn cho biết."
    assert _titles(text)[0] == ("Bùi Đình Cam", ("Chủ tịch Ủy ban nhân dân huyện Nga Sơn",))


def test_two_posts_of_one_body_joined_by_a_dash() -> None:
    text = "Ông Trần Thanh Mẫn, Phó Chủ tịch - Tổng Thư ký UBTƯ MTTQ Việt Nam cho biết."
    assert _titles(text) == [
        (
            "Trần Thanh Mẫn",
            (
                "Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            ),
        )
    ]


def test_a_title_before_the_honorific() -> None:
    text = "Phó Chủ tịch UBND tỉnh Bạc Liêu - bà Cao Xuân Thu Vân cho biết. Theo Phó Chủ tịch Bạc Liêu thì"
    found = _people(text)
    assert [(m.text, m.name, m.mention) for m in found] == [
        ("Cao Xuân Thu Vân", "Cao Xuân Thu Vân", "full-name"),
        ("Phó Chủ tịch Bạc Liêu", "Cao Xuân Thu Vân", "title-only"),
    ]
    assert {m.titles for m in found} == {("Phó Chủ tịch Ủy ban nhân dân tỉnh Bạc Liêu",)}


def test_a_deputy_named_by_the_body() -> None:
    text = "Chúc mừng tân Phó Ban Tuyên giáo Trung ương Phùng Xuân Nhạ."
    assert _titles(text) == [("Phùng Xuân Nhạ", ("Phó Ban Tuyên giáo Trung ương",))]


def test_a_dash_glued_to_the_name_before_its_title() -> None:
    text = "Ông Dương Tấn Hiển- Phó chủ tịch thường trực UBND TP Cần Thơ cho biết."
    assert _titles(text) == [
        ("Dương Tấn Hiển", ("Phó chủ tịch thường trực Ủy ban nhân dân thành phố Cần Thơ",))
    ]


def test_a_post_is_no_mention_of_its_holder() -> None:
    text = (
        "Ông Bùi Minh Châu, Chủ tịch UBND tỉnh Phú Thọ chỉ đạo. Chủ tịch UBND các huyện báo cáo theo Chỉ "
        "thị số 16/CT-UBND ngày 16/9/2016 của Chủ tịch UBND tỉnh. Ông giữ nhiệm vụ Chủ tịch UBND tỉnh."
    )
    assert [m.mention for m in _people(text)] == ["full-name"]


def test_the_former_and_the_new_holder_of_a_post() -> None:
    text = (
        "Nguyên Bộ trưởng Phùng Xuân Nhạ và Bộ trưởng Nguyễn Kim Sơn ký biên bản. Nguyên Bộ trưởng cảm ơn. "
        "Ông Nhạ tin tưởng tân Bộ trưởng sẽ làm tốt."
    )
    by_title = {m.text: m.name for m in _people(text) if m.mention == "title-only"}
    assert by_title == {"Nguyên Bộ trưởng": "Phùng Xuân Nhạ", "Bộ trưởng": "Nguyễn Kim Sơn"}


def test_words_glued_to_a_name_are_cut_off() -> None:
    text = "Ông Bùi Xuân Khuđược bổ nhiệm. Tổng Bí thư Nguyễn Phú Trọngmong muốn hợp tác."
    assert [m.text for m in _people(text)] == ["Bùi Xuân Khu", "Nguyễn Phú Trọng"]


def test_a_sentence_opener_after_a_name_ends_it() -> None:
    assert [m.text for m in _people("Thứ trưởng Huỳnh Vĩnh Ái Như vậy, kế hoạch đã rõ.")] == ["Huỳnh Vĩnh Ái"]


def test_a_run_with_digits_is_no_name() -> None:
    assert _people("Bệnh nhân mắc Covid-19 đã khỏi.") == []


def test_a_name_particle_keeps_the_name_whole_after_a_body() -> None:
    assert _titles("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân cho biết.") == [
        ("Nguyễn Thị Kim Ngân", ("Chủ tịch Quốc hội",))
    ]
