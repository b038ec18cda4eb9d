"""Words of Vietnamese administrative geography, and the words around place names.

The place extractor (:mod:`bantin.extract.places`) reads every word it relies on
from here. Matching is on the canonical, lowercased text (tone on the first vowel
of "oa/oe/uy": "hòa", "thủy") unless a name says otherwise.
"""

from __future__ import annotations

PROVINCE = "province"
DISTRICT = "district"
WARD = "ward"
"""The three tiers of the 63-province map; the 34-province map (from 1 July 2025) has no district tier.
"ward" stands for the whole commune tier: xã, phường, thị trấn and, after 2025, đặc khu."""

UNIT_WORDS: dict[str, tuple[str, ...]] = {
    # Province tier. "Thành phố" is also the word of a district-level city ("thành phố Vinh")
    # in the 63-province map, hence two levels.
    "tỉnh": (PROVINCE,),
    "thành phố": (PROVINCE, DISTRICT),
    "tp": (PROVINCE, DISTRICT),
    "tp.": (PROVINCE, DISTRICT),
    # District tier (63-province map only).
    "huyện": (DISTRICT,),
    "huyện đảo": (DISTRICT,),
    "quận": (DISTRICT,),
    "thị xã": (DISTRICT,),
    "tx": (DISTRICT,),
    "tx.": (DISTRICT,),
    # Commune tier.
    "xã": (WARD,),
    "phường": (WARD,),
    "thị trấn": (WARD,),
    "đặc khu": (WARD,),
}
"""Unit words as written before a unit's name ("tỉnh Lạng Sơn", "TP.HCM", "huyện Đồng Văn"),
lowercased, with the tiers each can introduce."""

NUMBERED_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "quận": (DISTRICT,),
    "phường": (WARD,),
    "q.": (DISTRICT,),
    "p.": (WARD,),
}
"""Unit words that may be followed by a number instead of a name ("Quận 1", "phường 12", "Q.3").
The abbreviations "Q." and "P." count only before a number: before a name they are initials."""

UNIT_TYPE_WORDS: dict[str, str] = {
    "thành phố trung ương": "thành phố",
    "thành phố": "thành phố",
    "tỉnh": "tỉnh",
    "quận": "quận",
    "huyện": "huyện",
    "thị xã": "thị xã",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "đặc khu": "đặc khu",
}
"""The unit types of the data files (lowercased), mapped to the unit word a text writes."""

CONTEXT_WORDS: dict[str, tuple[str, ...]] = {
    # A meeting's "bridge point" names a province, a district or a commune without its unit word
    # ("Tại điểm cầu Lạng Sơn", the seed article).
    "điểm cầu": (PROVINCE, DISTRICT, WARD),
    # "Thủ đô Hà Nội", "thủ đô Bắc Kinh": the word is not part of the name.
    "thủ đô": (PROVINCE,),
}
"""Words after which a bare unit name (without its unit word) still names a place.
They are not part of the span."""

NAME_PREFIX_WORDS = ("châu", "quần đảo")
"""Lowercase words that open a place name ("châu Á", "quần đảo Trường Sa"): found with the unit words,
so that the scan for bare names only tries positions with a capital letter."""

UNIT_FALSE_FRIENDS = frozenset({"bà", "ông"})
"""Before "xã" these make it a spouse, not a commune ("bà xã Trường Giang" is his wife)."""

PLURAL_MARKERS = frozenset(
    {
        "các",
        "những",
        "hai",
        "ba",
        "bốn",
        "năm",
        "sáu",
        "bảy",
        "tám",
        "chín",
        "mười",
        "nhiều",
        "một số",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
    }
)
"""Before a unit word, these make it govern a list: "các huyện Đồng Văn, Mèo Vạc và Yên Minh"."""

UNIT_QUALIFIERS = (
    "đặc biệt khó khăn",
    "miền núi",
    "vùng cao",
    "vùng sâu",
    "vùng xa",
    "biên giới",
    "ven biển",
    "ven đô",
    "ven sông",
    "đồng bằng",
    "trung du",
    "hải đảo",
    "đảo",
    "ngoại thành",
    "nội thành",
    "nông thôn",
    "thuần nông",
    "nghèo",
    "khó khăn",
    "trọng điểm",
    "lân cận",
    "giáp ranh",
)
"""Between a unit word and its names, these say what kind of place they are: "các huyện miền núi Kỳ
Sơn, Tương Dương, Quế Phong", "xã biên giới Thanh Lòa". None is the start of another, so the order
in which a pattern tries them does not matter."""

LIST_SEPARATORS = (", ", " và ", " cùng ", " - ", " – ")
"""Between the names of such a list."""

OLD_UNIT_MARKERS = ("(cũ)", "cũ")
"""After a name, "(cũ)" says the unit is a former one: "tỉnh Hà Giang (cũ)" in an article of 2025."""

NOT_UNIT_NAME_STARTS = frozenset(
    {
        "ủy",
        "ủy ban",
        "hội",
        "đoàn",
        "đảng",
        "ban",
        "sở",
        "công",
        "trung",
        "bộ",
        "uỷ",
        "hđnd",
        "ubnd",
        "mttq",
    }
)
"""A capitalised word after a unit word that starts an organisation, not a name ("Tỉnh Ủy", "Tỉnh Đoàn")."""

# ---------------------------------------------------------------------------------------------
# Telling a place name from a person's name. Many provinces and countries are also given names
# ("Thái Bình", "Hà Giang", "Nga", "Mỹ", "Anh", "Đức"): a place name right after a family name,
# a middle name or a kinship word is a person.
# ---------------------------------------------------------------------------------------------

FAMILY_NAMES = frozenset(
    {
        "nguyễn",
        "trần",
        "lê",
        "phạm",
        "hoàng",
        "huỳnh",
        "phan",
        "vũ",
        "võ",
        "đặng",
        "bùi",
        "đỗ",
        "hồ",
        "ngô",
        "dương",
        "lý",
        "đào",
        "đoàn",
        "vương",
        "trịnh",
        "trương",
        "lâm",
        "phùng",
        "mai",
        "tô",
        "hà",
        "tạ",
        "lương",
        "lưu",
        "cao",
        "đinh",
        "chu",
        "kiều",
        "quách",
        "thái",
        "triệu",
        "tăng",
        "lại",
        "khúc",
        "khổng",
        "doãn",
        "văn",
        "châu",
        "giang",
        "từ",
        "vi",
        "âu",
        "thân",
        "nông",
        "hứa",
        "mạc",
        "la",
        "ông",
        "tôn",
        "lục",
        "sầm",
        "hầu",
        "nghiêm",
        "tống",
        "cù",
        "diệp",
        "bạch",
    }
)
"""Common Vietnamese family names, lowercased."""

MIDDLE_NAMES = frozenset(
    {
        "văn",
        "thị",
        "hữu",
        "đức",
        "công",
        "đình",
        "bá",
        "trọng",
        "xuân",
        "thanh",
        "ngọc",
        "minh",
        "quang",
        "thu",
        "kim",
        "hồng",
        "mạnh",
        "tiến",
        "duy",
        "tuấn",
        "anh",
        "thúy",
        "như",
        "bảo",
        "gia",
        "khánh",
        "phương",
        "hoài",
        "nhật",
        "thế",
        "trung",
        "viết",
        "vĩnh",
        "chí",
        "đăng",
        "quốc",
        "tấn",
        "thành",
    }
)
"""Common middle and first given names, lowercased: "Nguyễn Văn Thái Bình" is a person."""

KINSHIP_WORDS = frozenset(
    {
        "anh",
        "chị",
        "em",
        "ông",
        "bà",
        "cô",
        "chú",
        "bác",
        "cháu",
        "bé",
        "cụ",
        "thầy",
        "cậu",
        "dì",
        "mợ",
        "thím",
        "chàng",
        "nàng",
        "nữ sinh",
        "nam sinh",
        "cô gái",
        "chàng trai",
        "ca sĩ",
        "diễn viên",
        "người mẫu",
        "nghệ sĩ",
        "cầu thủ",
        "võ sĩ",
        "vận động viên",
        "hoa hậu",
        "á hậu",
        "mc",
        "nsnd",
        "nsưt",
    }
)
"""Words before a person's given name ("chị Hà Giang", "ca sĩ Mỹ Tâm"): the name after them is not a place."""

SENTENCE_OPENING_WORDS = frozenset(
    {
        "tại",
        "ở",
        "từ",
        "với",
        "theo",
        "sau",
        "trước",
        "trong",
        "ngoài",
        "đến",
        "tới",
        "sang",
        "về",
        "khi",
        "nếu",
        "còn",
        "và",
        "nhưng",
        "hay",
        "hoặc",
        "cả",
        "cùng",
        "giữa",
        "thuộc",
        "của",
        "cho",
        "như",
        "là",
        "do",
        "bởi",
        "vì",
        "để",
        "nước",
        "người",
        "phía",
        "quân",
        "chính",
        "giới",
        "báo",
        "đội",
        "tuyển",
        "hãng",
        "dân",
        "nhà",
        "ngay",
        "riêng",
        "trên",
        "dưới",
        "qua",
        "khắp",
        "toàn",
        "các",
        "những",
        "mọi",
        "hai",
        "ba",
        "đại",
        "tổng",
        "bộ",
        "phái",
        "đoàn",
        "lực",
        "cựu",
        "tân",
        "hàng",
        "tàu",
        "xe",
        "đảo",
        "vùng",
        "miền",
        "bang",
    }
)
"""Capitalised only because they open a sentence ("Tại Mỹ", "Người Nga"): before a short place name they
do not make it part of a person's name, as a capitalised given name would ("Thúy Nga")."""

LANGUAGE_WORDS = frozenset({"tiếng", "giọng", "chữ", "văn hóa", "món", "kiểu", "phong cách", "gốc"})
"""Before a country name these make it a language, a cuisine or a style ("tiếng Anh", "món Nhật")."""

PROVINCE_ALIASES: dict[str, tuple[str, str]] = {
    # alias as written: (the province's name in the data, the value a mention takes)
    "TPHCM": ("Hồ Chí Minh", "Hồ Chí Minh"),
    "TP.HCM": ("Hồ Chí Minh", "Hồ Chí Minh"),
    "TP. HCM": ("Hồ Chí Minh", "Hồ Chí Minh"),
    "TP HCM": ("Hồ Chí Minh", "Hồ Chí Minh"),
    "TP.Hồ Chí Minh": ("Hồ Chí Minh", "Hồ Chí Minh"),
    "Sài Gòn": ("Hồ Chí Minh", "Sài Gòn"),
    # Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025; texts before say the old name.
    "Thừa Thiên Huế": ("Huế", "Thừa Thiên Huế"),
    "Thừa Thiên - Huế": ("Huế", "Thừa Thiên Huế"),
    "TT-Huế": ("Huế", "Thừa Thiên Huế"),
    "TT - Huế": ("Huế", "Thừa Thiên Huế"),
    "Bà Rịa Vũng Tàu": ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    "BR-VT": ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    "Đắk Lăk": ("Đắk Lắk", "Đắk Lắk"),
    "Daklak": ("Đắk Lắk", "Đắk Lắk"),
    "Bắc Cạn": ("Bắc Kạn", "Bắc Kạn"),
}
"""Other names and spellings of provinces. Spellings that differ only in "Đăk/Đắk", "Qui/Quy" or tone
placement need no entry (the lookup key folds them)."""

UNIT_ONLY_ALIASES: dict[str, tuple[str, str]] = {
    "HCM": ("Hồ Chí Minh", "Hồ Chí Minh"),
    "Hồ Chí Minh": ("Hồ Chí Minh", "Hồ Chí Minh"),
}
"""Names that are a province only after a unit word: "TP.HCM", "thành phố Hồ Chí Minh". Alone, "Hồ Chí Minh"
is the person ("tư tưởng Hồ Chí Minh")."""

NOT_PLACE_AFTER = frozenset({"sông", "đường", "phố", "đại lộ", "dòng", "bến", "hẻm", "ngõ", "kênh", "tàu"})
"""Before a province name these make it a river, a street or a ship ("sông Đồng Nai", "đường Hà Nội")."""

FAMOUS_BARE_UNITS = (
    "Đà Lạt",
    "Nha Trang",
    "Vũng Tàu",
    "Hạ Long",
    "Hội An",
    "Phan Thiết",
    "Quy Nhơn",
    "Buôn Ma Thuột",
    "Pleiku",
    "Sa Pa",
    "Phú Quốc",
    "Côn Đảo",
    "Móng Cái",
    "Biên Hòa",
    "Thủ Đức",
    "Thủ Dầu Một",
    "Rạch Giá",
    "Long Xuyên",
    "Châu Đốc",
    "Cam Ranh",
    "Tuy Hòa",
    "Đồng Hới",
    "Đông Hà",
    "Cẩm Phả",
    "Uông Bí",
    "Sầm Sơn",
    "Cửa Lò",
    "Mộc Châu",
    "Tam Đảo",
    "Lý Sơn",
    "Cát Bà",
    "Mũi Né",
)
"""District-level towns and islands so well known that news names them without a unit word
("du lịch Đà Lạt", "đảo Phú Quốc"). Resolved as districts of the 63-province map."""
