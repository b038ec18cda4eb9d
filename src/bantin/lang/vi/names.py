"""Words of Vietnamese personal names and the words news writes around them.

A Vietnamese name is written family name first ("Nguyễn Trọng Nghĩa"): the family
name, then a middle name and a given name, every syllable capitalised. The person
is then called by the given name ("ông Nghĩa"). News puts an honorific, a rank or
a title before the name ("đồng chí", "ông", "Đại tá", "GS.TS") and titles after it
("..., Bí thư Trung ương Đảng"); the titles and ranks live in ``titles.py``.

Everything here is our own list of facts about the language. Matching uses the
canonical form of ``bantin.text`` (tone on the first vowel of "oa, oe, uy").
"""

from __future__ import annotations

# fmt: off
# Word lists are kept dense, a line of entries at a time, as the other files of lang/vi.

FAMILY_NAMES: tuple[str, ...] = (
    # The Kinh family names, roughly by frequency: the first fifteen cover nine names in ten.
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Ngụy",
    "Dương", "Lý", "Đinh", "Đoàn", "Trương", "Trịnh", "Cao", "Đào", "Mai", "Lương", "Lưu", "Lâm", "Hà",
    "Thái", "Phùng", "Tạ", "Tô", "Vương", "Châu", "Chu", "Từ", "Quách", "Lã", "Tôn", "Tống", "Đồng", "Hứa",
    "Tăng", "Đậu", "Diệp", "Đàm", "Kiều", "Triệu", "La", "Lại", "Chung", "Lữ", "Dư", "Bạch", "Âu", "Nhan",
    "Thân", "Bành", "Cáp", "Mã", "Hàn", "Nghiêm", "Nhữ", "Cù", "Khương", "Ung", "Mạc", "Tưởng", "Vi", "Ôn",
    "Liêu", "Tiết", "Lục", "Uông", "Trình", "Lăng", "Doãn", "Phù", "Lư", "Mạch", "Khổng", "Chế", "Quản",
    "Khưu", "Thiều", "Biện", "Tào", "Phí", "Mẫn", "Khúc", "Cấn", "Vưu", "Nhâm", "Khâu", "Chử", "Bế", "Giáp",
    "Kim", "Hầu", "Đàng", "Lò", "Lường", "Tiêu", "Viên", "Kha", "Trầm", "Sái", "Luyện", "Mông",
    # Family names of the Tày, Nùng, Thái, Mường, Dao and H'Mông peoples (northern uplands).
    "Nông", "Sầm", "Lành", "Ngôn", "Nịnh", "Quàng", "Cầm", "Lộc", "Tòng", "Điêu", "Xa", "Giàng", "Thào",
    "Vàng", "Sùng", "Lầu", "Mùa", "Hờ", "Mua", "Chá", "Tráng", "Sình", "Cứ", "Phàn", "Chảo", "Tẩn", "Bàn",
    "Lìu", "Sèn", "Hạng", "Ly", "Lù", "Vừ", "Chang", "Lèng", "Sần", "Hoàng", "Mè", "Pờ",
    # Khmer and Chăm family names (Mekong delta, south-central coast).
    "Thạch", "Danh", "Chau", "Néang",
    # Jrai, Bahnar and other Central Highlands family names, written first ("Ksor Phước Hà").
    "Ksor", "Siu", "Kpă", "Rơ", "Rah", "Nay", "Puih", "Kpuih", "Rcom", "Điểu", "Hiao",
)
"""Family names: a capitalised run that starts with one is a candidate name.

Some are also common words or start place names ("Hà Nội", "Cao Bằng", "Lâm Đồng"):
a run of only two syllables is therefore taken as a name only with a marker or
title around it. Left out on purpose, though real: "Văn" and "Phó" (a middle name
and the "vice-" of titles far more often than a family name), "Ông" (an honorific),
and "Sơn", "Quảng", "Ninh", "Yên", "Kiên", "Giang", "Phương", which open many more
place names ("Quảng Ninh", "Yên Bái") than names.
"""

NAME_PARTICLES: tuple[str, ...] = ("Thị", "Văn")
"""Middle names that mark the sex of the bearer ("Lương Thị Hải Yến", "Hà Văn Quyết").

A capitalised run with one in second place is a name even when its family name is
not in the list above.
"""

ETHNIC_GIVEN_PREFIXES: tuple[str, ...] = ("Y", "H'", "H’", "A", "K'", "K’", "Ya", "Ka")
"""Words that open the name of a Central Highlands man ("Y Khoa Niê", "A Khum") or woman
("H'Hen Niê"); the family name comes last. Accepted only after a marker or a title."""

HONORIFICS: tuple[str, ...] = (
    "đồng chí", "ông", "bà", "anh", "chị", "cô", "thầy", "cụ", "em", "bé", "cháu", "chú", "bác", "ngài",
    "quý ông", "quý bà", "cô giáo", "thầy giáo", "ni sư", "hòa thượng", "thượng tọa", "đại đức", "linh mục",
    "mục sư", "giám mục", "tổng giám mục", "hồng y", "mẹ", "mẹ Việt Nam anh hùng", "Mẹ Việt Nam anh hùng",
)
"""Words of address before a name. News writes them in lowercase mid-sentence and with a
capital at the start of a sentence; the code accepts both."""

PAIRED_HONORIFICS: tuple[str, ...] = ("anh", "chị", "ông", "bà", "cô", "chú", "bác", "cậu", "mợ", "dì", "con")
"""Words that, before an honorific, make a plural noun of it ("anh em", "ông bà", "chị em")."""

PRONOUN_FOLLOWERS: tuple[str, ...] = ("ấy", "ta", "này", "đó", "nói", "cho")
"""After an honorific, these show that it is a pronoun ("ông ấy", "bà ta"), not a title of a name."""

NAME_BLOCKERS: tuple[str, ...] = (
    # Places, streets and things named after people ("TP Hồ Chí Minh", "đường Nguyễn Thái Học").
    "đường", "Đường", "phố", "Phố", "ngõ", "Ngõ", "hẻm", "Hẻm", "ngách", "đại lộ", "Đại lộ", "quốc lộ", "cầu",
    "Cầu", "chợ", "Chợ", "bến", "Bến", "cảng", "Cảng", "sân bay", "Sân bay", "sân vận động", "tỉnh", "Tỉnh",
    "thành phố", "Thành phố", "TP", "TP.", "Tp", "Tp.", "huyện", "Huyện", "quận", "Quận", "thị xã", "Thị xã",
    "thị trấn", "Thị trấn", "xã", "Xã", "phường", "Phường", "thôn", "Thôn", "ấp", "bản", "làng", "Làng",
    "khu phố", "tổ dân phố", "số", "đền", "Đền", "chùa", "Chùa", "lăng", "Lăng", "tượng", "Tượng",
    "khu di tích", "Khu di tích", "di tích", "nhà tưởng niệm", "bảo tàng", "Bảo tàng",
    # Orders, prizes and schools named after people.
    "đèo", "núi", "sông", "hồ", "vịnh", "đảo", "hang", "động", "Huân chương", "huân chương", "Giải thưởng",
    "giải thưởng", "Giải", "Cúp", "Quỹ", "Học bổng", "học bổng", "trường", "Trường", "THPT", "THCS",
    "Tiểu học", "tiểu học", "Mầm non", "mầm non", "Đoàn Thanh niên Cộng sản", "Thanh niên Cộng sản",
    "Đội Thiếu niên Tiền phong", "Tiền phong", "nhà văn hóa", "Nhà văn hóa", "nhà thi đấu", "Nhà thi đấu",
    "công viên", "Công viên", "khu vực", "Khu vực", "cánh đồng", "vùng", "xóm", "tổ", "khu",
)
"""Words after which a capitalised run names a place or a thing, not the person it honours."""

NOT_NAMES: tuple[str, ...] = (
    "Thái Bình Dương", "Đại Tây Dương", "Ấn Độ Dương", "Bắc Băng Dương", "Hồ Hoàn Kiếm", "Hồ Gươm", "Hồ Tây",
    "Hoàng Thành Thăng Long", "Hoàng Sa", "Trường Sa", "Lâm Đồng", "Hà Nội", "Cao Bằng", "Vũng Tàu",
    "Châu Âu", "Châu Á", "Châu Phi", "Châu Mỹ", "Châu Úc", "Đông Nam Á", "Hồng Kông", "Mai Châu", "Thái Lan",
    "Thái Nguyên", "Thái Bình", "Quan Âm", "Phật Bà Quan Âm",
    # Companies and services named after their founders or looking like names after a role word
    # ("kỹ sư Facebook").
    "Facebook", "Google", "Microsoft", "Apple", "Amazon", "Twitter", "YouTube", "Samsung", "Tesla",
    "Uber", "Grab", "Zalo", "TikTok", "Instagram", "Oracle", "Netflix", "Huawei", "Xiaomi",
)
"""Capitalised runs that open with a family name but name a place or a thing ("Thái Bình Dương"),
or that a role word before them would make a name ("kỹ sư Facebook")."""

PLACE_FIRST_WORDS: tuple[str, ...] = ("châu",)
"""Lowercase words that take the capitalised word after them into a place ("châu Âu"): a run of
capitals after them opens with that word, not with a name ("châu Âu Angela Merkel")."""

NAME_RUN_BREAKERS: tuple[str, ...] = (
    "Trong", "Theo", "Tại", "Sau", "Khi", "Để", "Với", "Các", "Những", "Ngoài", "Trước", "Đây", "Đó", "Nhưng",
    "Nếu", "Cũng", "Xem", "Ngày", "Hôm", "Chiều", "Tối", "Trưa",
)
"""Capitalised words that never stand in a name but open a sentence: inside a run of capitals they
show a missing full stop ("anh Ngọc Xem thêm video")."""

NOT_NAME_OPENINGS: tuple[str, ...] = ("Cù Lao",)
"""Openings of place names that look like a family name and a given name ("Cù Lao Chàm": an island)."""

EPITHETS: dict[str, str] = {
    "Bác Hồ": "Hồ Chí Minh", "Bác Tôn": "Tôn Đức Thắng", "Bác": "Hồ Chí Minh",
}
"""Names the genre uses for a few historical figures. "Bác" with a capital, alone in
mid-sentence ("làm theo gương Bác"), is President Hồ Chí Minh; "Bác sĩ" is not."""

EPITHET_NOT_FOLLOWED_BY: tuple[str, ...] = ("sĩ",)
""""Bác sĩ" (physician) is a rank word, not the epithet."""

NAME_MAX_SYLLABLES = 5
"""A Vietnamese name rarely has more than five syllables ("Nguyễn Thị Ngọc Bích Trâm")."""

BIO_NOTES: tuple[str, ...] = ("SN", "sinh năm", "sinh ngày", "Sinh năm", "sn")
"""Words that open a note of birth after a name ("Bùi Đình Cam (SN 1959), Chủ tịch ...", "..., sinh
ngày 24/4/1975, Thành ủy viên ..."): the note is skipped to reach the titles after it."""

GLUED_WORDS: tuple[str, ...] = (
    "mong", "nói", "cho", "cũng", "đã", "được", "là", "và", "vừa", "tặng", "gửi", "nhận",
)
"""Words that news text runs into the name before them when a space is lost ("Bùi Xuân Khuđược bổ
nhiệm", "Nguyễn Phú Trọngmong muốn"), besides the function words of ``organisations.py``."""
