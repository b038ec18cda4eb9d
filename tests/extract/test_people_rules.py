"""People on sentences of our own: one rule per test, in the shapes Vietnamese news writes them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.extract.context import ExtractContext
from bantin.extract.people import PersonMention, find_people


def _people(text: str, context: ExtractContext | None = None) -> list[PersonMention]:
    mentions = find_people(text, context)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return mentions


def _one(text: str) -> PersonMention:
    mentions = _people(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


def test_titles_after_the_name_each_keep_their_organisation_expanded() -> None:
    person = _one("Đồng chí Phan Văn Tường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị.")
    assert person.name == "Phan Văn Tường"
    assert person.titles == ("Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh")
    assert person.markers == ("Đồng chí",)
    assert person.mention == "full-name"


def test_a_title_before_the_name_with_no_comma() -> None:
    person = _one("Sáng nay, Thứ trưởng Bộ Tài chính Lê Minh Quân làm việc với tỉnh.")
    assert (person.text, person.titles) == ("Lê Minh Quân", ("Thứ trưởng Bộ Tài chính",))


def test_a_title_with_its_place_then_the_name() -> None:
    person = _one("Phó Chủ tịch UBND tỉnh Lạng Sơn Hoàng Văn Nghiệm phát biểu.")
    assert person.text == "Hoàng Văn Nghiệm"
    assert person.titles == ("Phó Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",)


def test_a_title_whose_unit_word_is_bare_then_the_name() -> None:
    person = _one("Phó Chủ tịch UBND tỉnh Trần Thị Hoa trao giấy khen.")
    assert (person.text, person.titles) == ("Trần Thị Hoa", ("Phó Chủ tịch Ủy ban nhân dân tỉnh",))


def test_rank_and_degree_are_markers_not_titles() -> None:
    colonel = _one("Đại tá Vũ Minh Sơn, Giám đốc Công an tỉnh kiểm tra hiện trường.")
    assert colonel.markers == ("Đại tá",)
    assert colonel.titles == ("Giám đốc Công an tỉnh",)
    professor = _one("Theo GS.TS Đinh Quang Hải, kết quả rất khả quan.")
    assert (professor.text, professor.markers) == ("Đinh Quang Hải", ("GS.TS",))


def test_role_words_are_kept_apart() -> None:
    player = _one("Trong trận đấu, cầu thủ Lê Văn Thắng ghi hai bàn.")
    assert player.roles == ("cầu thủ",)
    assert player.markers == ()


def test_a_later_mention_by_given_name_is_the_same_person() -> None:
    mentions = _people("Ông Lò Văn Pành, trưởng bản, cho biết đường đã thông. Theo ông Pành, dân rất mừng.")
    assert [(m.text, m.name, m.mention) for m in mentions] == [
        ("Lò Văn Pành", "Lò Văn Pành", "full-name"),
        ("Pành", "Lò Văn Pành", "given-name"),
    ]


def test_a_foreign_name_after_a_title_and_its_later_mention() -> None:
    mentions = _people("Tổng thống Pháp Emmanuel Macron đến Hà Nội. Ông Macron gặp sinh viên.")
    assert [(m.text, m.name) for m in mentions] == [
        ("Emmanuel Macron", "Emmanuel Macron"),
        ("Macron", "Emmanuel Macron"),
    ]
    assert mentions[0].titles == ("Tổng thống Pháp",)
    assert mentions[1].mention == "family-name+marker"


def test_a_mention_by_title_alone_resolves_to_its_holder() -> None:
    mentions = _people(
        "Dự họp có bà Đỗ Thu Hà, Giám đốc Sở Y tế. Kết luận buổi làm việc, Giám đốc Sở Y tế yêu cầu"
        " các bệnh viện"
        " sẵn sàng."
    )
    later = mentions[-1]
    assert (later.text, later.name, later.mention) == ("Giám đốc Sở Y tế", "Đỗ Thu Hà", "title-only")


def test_a_shorter_title_alone_resolves_too() -> None:
    mentions = _people(
        "Thứ trưởng Bộ Công Thương Cao Quốc Hưng chủ trì. Phát biểu kết luận, Thứ trưởng đề nghị các đơn vị"
        " chủ động."
    )
    assert [(m.text, m.name) for m in mentions] == [
        ("Cao Quốc Hưng", "Cao Quốc Hưng"),
        ("Thứ trưởng", "Cao Quốc Hưng"),
    ]


def test_a_title_in_a_list_of_posts_is_no_person() -> None:
    mentions = _people(
        "Ông Lê Văn An, Chủ tịch UBND huyện, cho biết. Cuộc họp có các Chủ tịch UBND huyện, thị xã tham dự."
    )
    assert [m.mention for m in mentions] == ["full-name"]


def test_a_title_with_no_holder_in_the_article_is_no_person() -> None:
    assert _people("Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ được triển khai.") == []


def test_names_inside_organisations_streets_and_cities_are_not_people() -> None:
    text = (
        "Học sinh Trường THPT Phan Bội Châu và Trường Tiểu học Lê Văn Tám tập trung trên đường"
        " Nguyễn Thái Học,"
        " TP Hồ Chí Minh, gần số 12 Trần Hưng Đạo."
    )
    assert _people(text) == []


def test_a_historical_figure_and_the_epithet() -> None:
    mentions = _people("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, làm theo lời Bác dạy.")
    assert [(m.text, m.name, m.mention) for m in mentions] == [
        ("Hồ Chí Minh", "Hồ Chí Minh", "full-name"),
        ("Bác", "Hồ Chí Minh", "epithet"),
    ]


def test_bac_si_is_not_the_epithet() -> None:
    person = _one("Bác sĩ Nguyễn Thị Lan cho biết bệnh nhân đã qua cơn nguy kịch.")
    assert person.markers == ("Bác sĩ",)


def test_names_of_minority_peoples_with_a_marker() -> None:
    mentions = _people("Ông A Tuấn, Phó Chủ tịch UBND xã, và bà H'Liên Niê cùng dự.")
    assert [(m.text, m.titles) for m in mentions] == [
        ("A Tuấn", ("Phó Chủ tịch Ủy ban nhân dân xã",)),
        ("H'Liên Niê", ()),
    ]


def test_two_syllable_place_names_need_a_marker_to_be_names() -> None:
    assert _people("Đoàn đã đến Hà Giang, Cao Bằng và Lâm Đồng.") == []
    person = _one("Anh Hà Minh cho biết anh đã chờ từ sáng.")
    assert person.text == "Hà Minh"
    # A province's name stays a place even after a marker: "anh Hà Giang" is too rare to risk it.
    assert _people("Anh Hà Giang cho biết.") == []


def test_sentence_opening_honorific_is_a_marker() -> None:
    person = _one("Bà Nguyễn Thị Mai, chủ cơ sở, cho biết.")
    assert (person.text, person.markers) == ("Nguyễn Thị Mai", ("Bà",))


def test_capitalised_honorific_in_mid_sentence_is_part_of_a_place() -> None:
    assert _people("Du khách đến Cô Tô, Bà Rịa và Vân Đồn.") == []


def test_initials_are_not_names() -> None:
    assert _people("Bệnh nhân là ông N.V.T. (68 tuổi) và bà H. ở cùng xóm.") == []


def test_a_unit_title_takes_its_organisation_in_apposition() -> None:
    person = _one("PGS.TS Vũ Thị Hằng, Trưởng khoa Luật, Trường Đại học Mở cho biết.")
    assert person.titles == ("Trưởng khoa Luật Trường Đại học Mở",)


def test_an_organisation_in_apposition_is_an_affiliation() -> None:
    person = _one("Tiến sĩ Y Bhiông Niê, Viện Khoa học Nông nghiệp Tây Nguyên cho rằng cần tái canh.")
    assert person.titles == ("Viện Khoa học Nông nghiệp Tây Nguyên",)
    assert person.markers == ("Tiến sĩ",)


def test_lowercase_title_words_after_a_name() -> None:
    person = _one("Ông Trần Văn Bình, giám đốc công ty, cho biết đơn hàng tăng.")
    assert person.titles == ("giám đốc công ty",)


def test_the_byline_is_skipped_with_the_layout_context() -> None:
    text = "Ông Phạm Văn Hải cho biết lúa đã chín.\n\nNguyễn Văn Dũng"
    context = ExtractContext(blocks=(("paragraph", 0, 38), ("byline", 40, 55)))
    assert [m.text for m in _people(text, context)] == ["Phạm Văn Hải"]


@pytest.mark.parametrize(
    "text",
    ["", "   ", "Theo báo cáo, sản lượng tăng.", "UBND TỈNH LẠNG SƠN", "Ông", "Ông Trump,", "Bà, ông, anh."],
)
def test_edge_texts_do_not_fail(text: str) -> None:
    for mention in find_people(text):
        assert text[mention.start : mention.end] == mention.text


_ALPHABET = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ,.-–:()\n&'"
)


@given(st.text(alphabet=_ALPHABET, max_size=200))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_spans_that_point_at_their_words(text: str) -> None:
    for mention in find_people(text):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.name


@given(
    st.lists(
        st.sampled_from(
            [
                "ông",
                "bà",
                "Nguyễn",
                "Văn",
                "An",
                "Chủ tịch",
                "UBND",
                "tỉnh",
                "Hà",
                "Nội",
                ",",
                "Bí thư",
                "Tỉnh ủy",
                "Sở",
                "Y",
                "tế",
                "Thứ trưởng",
                "Bộ",
                "Tư",
                "pháp",
                "Đại tá",
                "đồng chí",
                "Trưởng",
                "Ban",
                ".",
            ]
        ),
        max_size=25,
    )
)
@settings(max_examples=300, deadline=None)
def test_shuffled_news_words_give_spans_that_point_at_their_words(words: list[str]) -> None:
    text = " ".join(words)
    for mention in find_people(text):
        assert text[mention.start : mention.end] == mention.text
