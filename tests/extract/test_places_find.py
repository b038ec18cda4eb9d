"""find_places on our own sentences: fictional events, real places, both maps.

Each test is one behaviour. Dates pick the map: before 1 July 2025 the
63-province one, from then on the 34-province one.
"""

from __future__ import annotations

import datetime as dt

from bantin.extract.context import ExtractContext
from bantin.extract.places import ERA_34, ERA_63, PlaceMention, find_places

IN_2021 = ExtractContext(published=dt.date(2021, 7, 16))
IN_2025 = ExtractContext(published=dt.date(2025, 8, 20))


def _places(text: str, context: ExtractContext | None = IN_2021) -> list[PlaceMention]:
    return find_places(text, context)


def _one(text: str, context: ExtractContext | None = IN_2021) -> PlaceMention:
    found = _places(text, context)
    assert len(found) == 1, found
    return found[0]


def test_a_province_without_its_unit_word() -> None:
    place = _one("Đoàn công tác đã đến Lạng Sơn vào chiều qua.")
    assert (place.text, place.value, place.kind, place.unit_code, place.valid_at) == (
        "Lạng Sơn",
        "Lạng Sơn",
        "province",
        "20",
        ERA_63,
    )


def test_a_province_with_its_unit_word_takes_it_into_the_span() -> None:
    place = _one("Hội nghị diễn ra tại tỉnh Lạng Sơn.")
    assert (place.text, place.value) == ("tỉnh Lạng Sơn", "Lạng Sơn")


def test_spans_point_into_the_text() -> None:
    text = "Các đại biểu tham dự tại điểm cầu tỉnh Cao Bằng và Bắc Kạn."
    assert [text[p.start : p.end] for p in _places(text)] == ["tỉnh Cao Bằng", "Bắc Kạn"]


def test_ho_chi_minh_city_in_every_spelling() -> None:
    text = "Đoàn từ TP.HCM, TPHCM, TP HCM, Tp. Hồ Chí Minh và Thành phố Hồ Chí Minh về dự."
    places = _places(text)
    assert [p.value for p in places] == ["Hồ Chí Minh"] * 5
    assert {p.unit_code for p in places} == {"79"}


def test_a_province_in_capitals() -> None:
    place = _one("LẠNG SƠN – Sáng nay, tỉnh tổ chức hội nghị.")
    assert (place.value, place.unit_code) == ("Lạng Sơn", "20")


def test_a_province_in_the_other_tone_placement() -> None:
    place = _one("Bệnh viện tuyến trên đã hỗ trợ tỉnh Hoà Bình.")
    assert (place.value, place.unit_code) == ("Hòa Bình", "17")


def test_the_34_province_map_after_the_merger() -> None:
    place = _one("Tỉnh Lào Cai tổ chức lễ ra mắt chính quyền hai cấp.", IN_2025)
    assert (place.unit_code, place.valid_at, place.new_unit) == ("15", ERA_34, None)


def test_a_former_unit_carries_the_new_unit_it_belongs_to() -> None:
    place = _one("Nông dân tỉnh Hà Giang thu hoạch chè.")
    assert place.new_unit is not None
    assert (place.new_unit.name, place.new_unit.code) == ("Tuyên Quang", "08")


def test_an_old_province_named_in_a_new_article() -> None:
    place = _one("Du khách đến tỉnh Hà Giang (cũ) ngày càng đông.", IN_2025)
    assert (place.value, place.unit_code, place.valid_at) == ("Hà Giang", "02", ERA_63)
    assert place.new_unit is not None and place.new_unit.name == "Tuyên Quang"
    assert "(cũ)" in place.evidence


def test_cu_keeps_a_name_of_both_maps_in_the_old_one() -> None:
    place = _one("Các xã của tỉnh Lạng Sơn (cũ) đã sắp xếp xong.", IN_2025)
    assert place.valid_at == ERA_63


def test_the_page_date_picks_the_map_when_there_is_no_publication_date() -> None:
    place = _one("Tỉnh Lào Cai tổ chức hội nghị.", ExtractContext(dateline=dt.date(2022, 5, 29)))
    assert (place.unit_code, place.valid_at) == ("10", ERA_63)


def test_without_any_date_the_current_map_is_used() -> None:
    assert _one("Tỉnh Lào Cai tổ chức hội nghị.", None).valid_at == ERA_34


def test_a_district_with_its_unit_word() -> None:
    place = _one("Học sinh huyện Đồng Văn vui ngày khai trường.")
    assert (place.text, place.value, place.kind, place.unit_code, place.province) == (
        "huyện Đồng Văn",
        "Đồng Văn",
        "district",
        "026",
        "Hà Giang",
    )


def test_a_district_carries_its_new_province() -> None:
    place = _one("Học sinh huyện Đồng Văn vui ngày khai trường.")
    assert place.new_unit is not None and place.new_unit.name == "Tuyên Quang"


def test_a_ward_with_its_unit_word() -> None:
    place = _one("Lễ chào cờ được tổ chức ở xã Lũng Cú.")
    assert (place.value, place.kind, place.unit_code) == ("Lũng Cú", "ward", "00715")


def test_a_commune_of_the_new_map() -> None:
    place = _one("Đại hội Đảng bộ phường Ba Đình diễn ra sáng nay.", IN_2025)
    assert (place.unit_code, place.valid_at) == ("00004", ERA_34)


def test_a_numbered_district() -> None:
    place = _one("Cửa hàng nằm trên đường Lê Lợi, Quận 1.")
    assert (place.value, place.unit_code, place.province) == ("Quận 1", "760", "Hồ Chí Minh")


def test_a_bare_district_name_is_not_a_place() -> None:
    assert _places("Anh Đồng Văn Minh là giáo viên.") == []


def test_a_bridge_point_names_a_district_without_its_word() -> None:
    place = _one("Tại điểm cầu Đồng Văn có lãnh đạo huyện dự.")
    assert (place.text, place.kind, place.unit_code) == ("Đồng Văn", "district", "026")


def test_a_shared_commune_name_is_settled_by_its_address() -> None:
    places = _places("Ông sống ở phường Tân An, thị xã Nghĩa Lộ, tỉnh Yên Bái.")
    assert [(p.value, p.unit_code) for p in places] == [
        ("Tân An", "04288"),
        ("Nghĩa Lộ", "133"),
        ("Yên Bái", "15"),
    ]


def test_a_shared_commune_name_is_settled_by_the_province_nearby() -> None:
    text = "Tỉnh Yên Bái đẩy mạnh trồng quế. Nhiều hộ ở phường Tân An có thu nhập khá."
    assert _places(text)[-1].unit_code == "04288"


def test_an_unresolvable_name_keeps_no_code_and_says_why() -> None:
    place = _one("Nhiều hộ dân ở xã Tân An có thu nhập khá.")
    assert (place.value, place.kind, place.unit_code) == ("Tân An", "ward", None)
    assert "ambiguous" in place.evidence


def test_an_address_that_denies_the_only_candidate_drops_its_code() -> None:
    # Phường 7 of Quận 3 was merged before 2025: the Phường 7 units left are in other districts
    places = _places("Trụ sở tại Phường 7, Quận 3, TP.HCM.")
    assert (places[0].value, places[0].unit_code) == ("Phường 7", None)
    assert "no ward of this name lies in district Quận 3" in places[0].evidence


def test_a_district_in_an_address_without_its_unit_word() -> None:
    places = _places("Lớp mầm non ở phường Minh Khai, Hai Bà Trưng, Hà Nội.")
    assert [(p.value, p.kind) for p in places] == [
        ("Minh Khai", "ward"),
        ("Hai Bà Trưng", "district"),
        ("Hà Nội", "province"),
    ]
    assert places[0].unit_code == "00295"


def test_a_list_after_a_plural_unit_word() -> None:
    places = _places("Các huyện Đồng Văn, Mèo Vạc và Yên Minh có nhiều du khách.")
    assert [(p.text, p.unit_code) for p in places] == [
        ("huyện Đồng Văn", "026"),
        ("Mèo Vạc", "027"),
        ("Yên Minh", "028"),
    ]


def test_a_list_in_one_province_without_a_plural_word() -> None:
    places = _places("Tại điểm cầu huyện Bảo Lâm, Hà Quảng và Trùng Khánh có đông đủ đại biểu.")
    assert [(p.value, p.kind, p.province) for p in places] == [
        ("Bảo Lâm", "district", "Cao Bằng"),
        ("Hà Quảng", "district", "Cao Bằng"),
        ("Trùng Khánh", "district", "Cao Bằng"),
    ]


def test_a_commune_missing_from_both_maps_is_still_a_place() -> None:
    place = _one("Gia đình anh sống ở xã Phong Lưu Hạ.")
    assert (place.value, place.kind, place.unit_code) == ("Phong Lưu Hạ", "ward", None)


def test_thua_thien_hue_keeps_its_name_and_gets_hues_code() -> None:
    place = _one("Festival được tổ chức tại Thừa Thiên Huế.")
    assert (place.value, place.unit_code) == ("Thừa Thiên Huế", "46")


def test_countries_by_their_vietnamese_name() -> None:
    places = _places("Việt Nam, Trung Quốc, Nhật Bản, Hàn Quốc và Triều Tiên dự hội nghị.")
    assert [(p.value, p.kind, p.unit_code) for p in places] == [
        ("Việt Nam", "country", "VN"),
        ("Trung Quốc", "country", "CN"),
        ("Nhật Bản", "country", "JP"),
        ("Hàn Quốc", "country", "KR"),
        ("Triều Tiên", "country", "KP"),
    ]


def test_country_aliases_take_the_canonical_name() -> None:
    assert [p.value for p in _places("Hoa Kỳ và Liên bang Nga đã đàm phán.")] == ["Mỹ", "Nga"]


def test_foreign_cities_with_their_country() -> None:
    places = _places("Phái đoàn bay từ Bình Nhưỡng tới Bắc Kinh rồi sang Mát-xcơ-va và Washington.")
    assert [(p.value, p.kind, p.country) for p in places] == [
        ("Bình Nhưỡng", "foreign-city", "KP"),
        ("Bắc Kinh", "foreign-city", "CN"),
        ("Moskva", "foreign-city", "RU"),
        ("Washington", "foreign-city", "US"),
    ]


def test_a_foreign_city_after_thanh_pho_keeps_the_unit_word() -> None:
    place = _one("Nhà máy đặt tại thành phố Vũ Hán.")
    assert (place.text, place.value, place.kind) == ("thành phố Vũ Hán", "Vũ Hán", "foreign-city")


def test_a_foreign_city_missing_from_our_list_after_thanh_pho() -> None:
    place = _one("Lễ hội diễn ra ở thành phố Kharkiv.")
    assert (place.value, place.kind, place.unit_code) == ("Kharkiv", "foreign-city", None)


def test_regions() -> None:
    places = _places("Cà phê Tây Nguyên và lúa Đồng bằng sông Cửu Long xuất khẩu sang châu Âu và Trung Đông.")
    assert [(p.value, p.kind) for p in places] == [
        ("Tây Nguyên", "region"),
        ("Đồng bằng sông Cửu Long", "region"),
        ("châu Âu", "region"),
        ("Trung Đông", "region"),
    ]


def test_a_country_before_a_foreign_leaders_name() -> None:
    places = _places("Tổng thống Mỹ Joe Biden gặp Thủ tướng Anh Boris Johnson.")
    assert [p.value for p in places] == ["Mỹ", "Anh"]


def test_a_country_at_the_start_of_a_sentence() -> None:
    assert [p.value for p in _places("Tại Mỹ, số ca mắc giảm. Nga cũng vậy.")] == ["Mỹ", "Nga"]


def test_an_address_after_a_commune_names_its_district_then_its_province() -> None:
    places = _places("Lễ chào cờ ở xã Lũng Cú, Đồng Văn, Hà Giang.")
    assert [(p.value, p.kind, p.unit_code) for p in places] == [
        ("Lũng Cú", "ward", "00715"),
        ("Đồng Văn", "district", "026"),
        ("Hà Giang", "province", "02"),
    ]


def test_a_province_after_a_district_is_its_address_not_a_list_item() -> None:
    places = _places("Học sinh huyện Đồng Văn, Hà Giang vui ngày khai trường.")
    assert [(p.value, p.kind) for p in places] == [("Đồng Văn", "district"), ("Hà Giang", "province")]


def test_a_district_named_bare_before_its_province() -> None:
    places = _places("Căn nhà ở Bình Thạnh, TP.HCM bị cháy; một vụ khác ở (Thanh Xuân, Hà Nội).")
    assert [(p.value, p.kind, p.unit_code) for p in places] == [
        ("Bình Thạnh", "district", "765"),
        ("Hồ Chí Minh", "province", "79"),
        ("Thanh Xuân", "district", "009"),
        ("Hà Nội", "province", "01"),
    ]
