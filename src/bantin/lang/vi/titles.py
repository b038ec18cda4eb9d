"""Title words, ranks and role words written around people's names.

A title is a title word followed by the organisation it is held in: "Bí thư" +
"Trung ương Đảng", "Trưởng" + "Ban Tuyên giáo Trung ương", "Phó Chủ tịch" +
"UBND tỉnh". The organisation part is parsed by ``bantin.extract.orgs``; this
module lists only the words that open a title, the ranks and degrees that go
before a name ("Đại tá", "GS.TS") and the role words ("nhà báo", "cầu thủ").

Every entry is written once in its usual spelling; the code adds the lowercase
and sentence-case variants ("Phó chủ tịch thường trực") that news also prints.
"""

from __future__ import annotations

# fmt: off
# Word lists are kept dense, a line of entries at a time, as the other files of lang/vi.

TITLE_WORDS: tuple[str, ...] = (
    # Party and State leadership.
    "Tổng Bí thư", "Chủ tịch nước", "Thủ tướng", "Bí thư", "Bí thư thứ nhất", "Chủ tịch", "Ủy viên",
    "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Quận ủy viên", "Thị ủy viên", "Đảng ủy viên",
    "Ủy viên dự khuyết", "Ủy viên Thường vụ", "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Tổng Thư ký", "Thư ký",
    "Chánh", "Chánh án", "Viện trưởng", "Tổng Kiểm toán", "Tổng Thanh tra", "Thống đốc", "ĐBQH",
    "Trưởng đoàn", "Người phát ngôn", "người phát ngôn", "Phát ngôn viên", "phát ngôn viên", "Đại biểu",
    "Tổng Kiểm toán Nhà nước",
    # Heads of agencies, units and companies.
    "Giám đốc", "Tổng Giám đốc", "Giám đốc điều hành", "Cục trưởng", "Tổng cục trưởng", "Vụ trưởng",
    "Chi cục trưởng", "Trưởng phòng", "Phó phòng", "Trưởng ban", "Trưởng khoa", "Trưởng bộ môn", "Trưởng",
    "Hiệu trưởng", "Hiệu phó", "Tổng Biên tập", "Trưởng trạm", "Trạm trưởng", "Trưởng thôn", "Trưởng bản",
    "Trưởng ấp", "Tổ trưởng", "Đội trưởng", "Chỉ huy trưởng", "Trưởng đại diện", "Kế toán trưởng",
    "Thanh tra viên", "Kiểm sát viên", "Thẩm phán", "Điều tra viên", "Chủ doanh nghiệp",
    # Armed forces commands.
    "Tư lệnh", "Chính ủy", "Tham mưu trưởng", "Tổng Tham mưu trưởng", "Chủ nhiệm Chính trị",
    # Diplomacy and foreign states.
    "Đại sứ", "Tổng Lãnh sự", "Lãnh sự", "Tổng thống", "Quốc vương", "Nhà vua", "Nữ hoàng", "Hoàng tử",
    "Công chúa", "Ngoại trưởng", "Thủ hiến", "Thị trưởng", "Thượng nghị sĩ", "Hạ nghị sĩ", "Nghị sĩ",
    "Giáo hoàng",
)
"""Words that open a title. "Trưởng" alone opens "Trưởng Ban Tuyên giáo Trung ương": the
organisation after it says which "Trưởng" (see ``TITLE_WORDS_NEEDING_ORGANISATION``)."""

TITLE_WORDS_NEEDING_ORGANISATION: tuple[str, ...] = (
    "Trưởng", "Ủy viên", "Thư ký", "Trưởng đoàn", "Chánh", "Đại biểu",
)
"""Title words that are titles only with an organisation after them ("Trưởng thành" is not)."""

TITLE_PREFIXES: tuple[str, ...] = ("Phó", "Quyền", "quyền", "Nguyên", "nguyên", "Cựu", "cựu")
"""Words before a title word: deputy ("Phó Chủ tịch"), acting, former. "Tân" (newly appointed)
is not part of the title: "tân Bộ trưởng" holds the post of "Bộ trưởng"."""

TENURE_PREFIXES: tuple[str, ...] = ("Quyền", "quyền", "Nguyên", "nguyên", "Cựu", "cựu")
"""Prefixes that say when or how a post is held, not which post: a title with one matches the same
title without it ("nguyên Bộ trưởng" and "Bộ trưởng Bộ Giáo dục và Đào tạo")."""

DEPUTY_WORDS: tuple[str, ...] = ("Phó",)
"""A deputy may be named by the body alone: "Phó Ban Tuyên giáo Trung ương" is the deputy head of the
board ("Phó Trưởng Ban"); the title is the word and the body's full name."""

DEPUTY_HEADS: tuple[str, ...] = ("Ban", "Văn phòng", "Ban Chỉ đạo", "Ban chỉ đạo")
"""The bodies ``DEPUTY_WORDS`` name a deputy of."""

STANDALONE_TITLES: tuple[str, ...] = (
    "Thủ tướng", "Phó Thủ tướng", "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Tổng thống",
    "Phó Tổng thống", "Ngoại trưởng", "Quốc vương", "Nhà vua", "Nữ hoàng", "Giáo hoàng",
)
"""Titles that name a post whole (the state or the government is understood): written alone, they are
kept as written, not taken for a longer writing elsewhere ("Thủ tướng", not "Thủ tướng Chính phủ")."""

MINISTRY_TITLES: tuple[str, ...] = ("Bộ trưởng", "Thứ trưởng")
"""Titles held in a ministry: written with its field alone ("Bộ trưởng Y tế"), the ministry is meant
("Bộ trưởng Bộ Y tế")."""

STACKED_PREFIXES: tuple[str, ...] = ("Phó",)
"""Prefixes that may follow another prefix ("nguyên Phó Thủ tướng")."""

TITLE_QUALIFIERS: tuple[str, ...] = (
    "Thường trực", "thường trực", "thứ nhất", "Thứ nhất", "nước", "phụ trách", "Phụ trách",
)
"""Words after a title word that belong to it: "Phó Chủ tịch Thường trực UBND tỉnh",
"Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch nước"."""

TITLE_JOINERS: tuple[str, ...] = (", ", " kiêm ", " - ", " – ", " — ")
"""What joins the titles of one person ("Bí thư Trung ương Đảng, Trưởng Ban ...")."""

UNIT_TITLE_WORDS: tuple[str, ...] = ("Trưởng khoa", "Trưởng phòng", "Trưởng bộ môn", "Phó phòng")
"""Titles held in a sub-unit: a following organisation in apposition belongs to the same title
("Phó Trưởng khoa Luật, Trường Đại học Kinh tế Quốc dân")."""

TITLE_NOT_AFTER: tuple[str, ...] = (
    "các", "những", "mọi", "một", "hai", "ba", "vị", "là", "làm", "chức", "chức vụ", "chức danh", "cương vị",
    "giữ", "bổ nhiệm", "bầu", "bầu làm", "ứng cử", "đề cử", "với tư cách", "như", "gồm", "gồm có", "và",
    "nhiệm vụ", "vị trí", "ghế", "cử", "hiệp thương cử", "miễn nhiệm", "thôi", "thôi giữ",
)
"""Words after which a title names a post, not a person ("giữ chức Chủ tịch", "các Phó Chủ tịch"):
such a title is no mention of its holder."""

GENERIC_TITLE_OBJECTS: tuple[str, ...] = (
    "nhà trường", "công ty", "một công ty", "doanh nghiệp", "một doanh nghiệp", "hợp tác xã", "bệnh viện",
    "trung tâm", "đơn vị", "trường", "xã", "phường", "thị trấn", "huyện", "tỉnh", "thành phố", "cơ sở",
    "khoa", "phòng", "tập đoàn", "tổng công ty", "ngân hàng", "hội",
)
"""Lowercase words a title may govern instead of a named organisation: "Hiệu trưởng nhà trường",
"Giám đốc công ty", "Giám đốc một công ty chế biến gỗ xuất khẩu"."""

RANKS: tuple[str, ...] = (
    # Military and police ranks.
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Chuẩn úy", "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất",
    "Binh nhì", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc", "Chuẩn đô đốc",
    # Academic degrees and titles, in full and abbreviated.
    "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Tiến sĩ khoa học", "Thạc sĩ", "Cử nhân", "Kỹ sư", "Bác sĩ",
    "Bác sĩ chuyên khoa I", "Bác sĩ chuyên khoa II", "Bác sĩ nội trú", "Dược sĩ", "Luật sư",
    "Giáo sư, Tiến sĩ", "Phó Giáo sư, Tiến sĩ", "GS", "PGS", "TS", "TSKH", "ThS", "BS", "KS", "GS.TS",
    "GS.TSKH", "PGS.TS", "PGS.TSKH", "TS.BS", "ThS.BS", "BSCKI", "BSCKII", "BS.CKI", "BS.CKII", "BSCK I",
    "BSCK II", "PGS. TS", "GS. TS", "TS. BS", "ThS. BS", "Ths", "PGS,TS", "PGS,TS.", "GS,TS", "GS,TS.",
    "PGS-TS", "GS-TS", "PGS.TS.", "GS.TS.", "TS.", "ThS.", "GS.", "PGS.", "BS.", "NSƯT.", "NSND.",
    # State honours held as a title of address.
    "Nhà giáo Nhân dân", "Nhà giáo Ưu tú", "Thầy thuốc Nhân dân", "Thầy thuốc Ưu tú", "Nghệ sĩ Nhân dân",
    "Nghệ sĩ Ưu tú", "NGND", "NGƯT", "TTND", "TTƯT", "NSND", "NSƯT", "Anh hùng Lao động",
    "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng",
)
"""Ranks and degrees: written before a name ("Đại tá Nguyễn Văn A", "PGS.TS Trần B"), kept as
the person's ``markers``, never as titles."""

ROLE_WORDS: tuple[str, ...] = (
    "nhà báo", "phóng viên", "biên tập viên", "nhà văn", "nhà thơ", "nhạc sĩ", "ca sĩ", "nghệ sĩ",
    "diễn viên", "đạo diễn", "họa sĩ", "nhà điêu khắc", "nghệ nhân", "nhà nghiên cứu", "nhà khoa học",
    "nhà sử học", "chuyên gia", "kiến trúc sư", "doanh nhân", "tỷ phú", "giáo viên", "giảng viên", "nhà giáo",
    "học sinh", "sinh viên", "nghiên cứu sinh", "nữ sinh", "nam sinh", "bệnh nhân", "bệnh nhi", "sản phụ",
    "nạn nhân", "bị can", "bị cáo", "nghi phạm", "đối tượng", "phạm nhân", "tài xế", "lái xe", "nông dân",
    "ngư dân", "công nhân", "chiến sĩ", "liệt sĩ", "thương binh", "cựu chiến binh", "cầu thủ", "tiền đạo",
    "tiền vệ", "hậu vệ", "trung vệ", "thủ môn", "thủ thành", "huấn luyện viên", "HLV", "trọng tài",
    "vận động viên", "VĐV", "võ sĩ", "kỳ thủ", "tay vợt", "tay đua", "ĐB", "người mẫu", "hoa hậu", "Hoa hậu",
    "á hậu", "Á hậu", "MC", "nhà sáng lập", "luật gia",
)
"""Occupations and roles written before a name ("cầu thủ Nguyễn Quang Hải"): the person's ``roles``."""

FOREIGN_STATES: tuple[str, ...] = (
    "Mỹ", "Hoa Kỳ", "Anh", "Pháp", "Đức", "Nga", "Trung Quốc", "Nhật Bản", "Nhật", "Hàn Quốc", "Triều Tiên",
    "Ấn Độ", "Úc", "Australia", "Canada", "Italy", "Ý", "Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Bỉ",
    "Thụy Điển", "Thụy Sĩ", "Na Uy", "Phần Lan", "Đan Mạch", "Ba Lan", "Séc", "Hungary", "Ukraine", "Belarus",
    "Thổ Nhĩ Kỳ", "Iran", "Iraq", "Israel", "Palestine", "Syria", "Ai Cập", "Saudi Arabia", "Ả Rập Xê Út",
    "UAE", "Qatar", "Lào", "Campuchia", "Thái Lan", "Myanmar", "Malaysia", "Singapore", "Indonesia",
    "Philippines", "Brunei", "Timor-Leste", "Đài Loan", "Hồng Kông", "Ma Cao", "Mông Cổ", "Cuba", "Venezuela",
    "Brazil", "Argentina", "Mexico", "Chile", "Peru", "Colombia", "Nam Phi", "Nigeria", "Kenya",
    "New Zealand", "Pakistan", "Afghanistan", "Bangladesh", "Sri Lanka", "Nepal", "Slovakia", "Áo", "Hy Lạp",
    "Ireland", "Scotland", "Kazakhstan", "Việt Nam", "EU", "Liên minh châu Âu", "NATO", "ASEAN",
)
"""States (and unions) named right after a title word, before the holder's name: "Tổng thống Mỹ
Donald Trump", "Thủ tướng Anh Theresa May". The name starts after the state."""
