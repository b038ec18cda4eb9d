"""Organisation names in Vietnamese news: head nouns, abbreviations, levels and stops.

An organisation name is a head noun ("Ban", "Sở", "Ủy ban nhân dân", "Công ty")
followed by its name, written with a capital on the first syllable of each part
("Ban Tuyên giáo Trung ương", "Sở Nông nghiệp và Phát triển nông thôn"), then,
often, the unit it belongs to ("... tỉnh Lạng Sơn", "... Tỉnh ủy"). Abbreviations
stand for heads and parts (UBND, HĐND, MTTQ, TW, TP). The lists below are facts
about the language and the administration; ``bantin.extract.orgs`` turns them
into compiled patterns. Matching uses the canonical form of ``bantin.text``.
"""

from __future__ import annotations

# fmt: off
# Word lists are kept dense, a line of entries at a time, as the other files of lang/vi.

ABBREVIATIONS: dict[str, str] = {
    # Councils, committees and the Front.
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc", "BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ", "BCĐ": "Ban Chỉ đạo",
    "BQL": "Ban Quản lý", "UBKT": "Ủy ban Kiểm tra", "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "ĐBQH": "đại biểu Quốc hội", "HĐQT": "Hội đồng quản trị",
    # The centre and the cities.
    "TW": "Trung ương", "TƯ": "Trung ương", "T.Ư": "Trung ương", "T.W": "Trung ương",
    "TP.HCM": "thành phố Hồ Chí Minh", "TP. HCM": "thành phố Hồ Chí Minh", "TPHCM": "thành phố Hồ Chí Minh",
    "TP HCM": "thành phố Hồ Chí Minh", "Tp.HCM": "thành phố Hồ Chí Minh", "HCM": "Hồ Chí Minh",
    "TP.": "thành phố", "Tp.": "thành phố", "TP": "thành phố", "Tp": "thành phố", "TX": "thị xã",
    # Party, Front and mass organisations.
    "ĐCSVN": "Đảng Cộng sản Việt Nam", "TNCS": "Thanh niên Cộng sản", "LHPN": "Liên hiệp Phụ nữ",
    "CCB": "Cựu chiến binh", "LĐLĐ": "Liên đoàn Lao động", "TTXVN": "Thông tấn xã Việt Nam",
    # Courts, prosecution, armed forces, police.
    "TAND": "Tòa án nhân dân", "VKSND": "Viện kiểm sát nhân dân", "KSND": "kiểm sát nhân dân",
    "CAND": "Công an nhân dân",
    "QĐND": "Quân đội nhân dân", "CHQS": "Chỉ huy Quân sự", "BCHQS": "Ban Chỉ huy Quân sự",
    "BĐBP": "Bộ đội Biên phòng", "CSGT": "Cảnh sát giao thông", "PCCC": "Phòng cháy, chữa cháy",
    # Sectors in the names of ministries, departments and offices.
    "GD&ĐT": "Giáo dục và Đào tạo", "GD-ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn", "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN-PTNT": "Nông nghiệp và Phát triển nông thôn", "NN&MT": "Nông nghiệp và Môi trường",
    "KH&ĐT": "Kế hoạch và Đầu tư", "KH-ĐT": "Kế hoạch và Đầu tư", "KHĐT": "Kế hoạch và Đầu tư",
    "KH&CN": "Khoa học và Công nghệ", "KH-CN": "Khoa học và Công nghệ", "KHCN": "Khoa học và Công nghệ",
    "TT&TT": "Thông tin và Truyền thông", "TT-TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông", "TN&MT": "Tài nguyên và Môi trường",
    "TN-MT": "Tài nguyên và Môi trường", "TNMT": "Tài nguyên và Môi trường",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội", "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội", "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch", "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch", "GTVT": "Giao thông vận tải", "TDTT": "Thể dục thể thao",
    "KHXH&NV": "Khoa học Xã hội và Nhân văn",
    # Schools, hospitals and companies.
    "THPT": "Trung học phổ thông", "THCS": "Trung học cơ sở", "ĐH": "Đại học", "CĐ": "Cao đẳng",
    "ĐHQG": "Đại học Quốc gia", "PTDTBT": "Phổ thông dân tộc bán trú", "PTDTNT": "Phổ thông dân tộc nội trú",
    "BV": "Bệnh viện", "BVĐK": "Bệnh viện Đa khoa", "TTYT": "Trung tâm Y tế",
    "CDC": "Trung tâm Kiểm soát bệnh tật", "TNHH": "trách nhiệm hữu hạn", "MTV": "một thành viên",
    "TMCP": "Thương mại cổ phần", "PCTT": "Phòng, chống thiên tai", "HTX": "Hợp tác xã",
    "BHXH": "Bảo hiểm xã hội", "BHYT": "bảo hiểm y tế",
    "UBTƯ": "Ủy ban Trung ương", "UBTW": "Ủy ban Trung ương", "UB": "Ủy ban", "TT-Huế": "Thừa Thiên Huế",
    "TT.Huế": "Thừa Thiên Huế", "BR-VT": "Bà Rịa - Vũng Tàu", "Cty": "Công ty", "NXB": "Nhà xuất bản",
    "CLB": "Câu lạc bộ",
}
"""Abbreviation -> expansion, as written in organisation names and titles.

"CP" is missing on purpose: it is "cổ phần" after "Công ty"/"Ngân hàng" and
"Chính phủ" elsewhere; ``CONTEXT_ABBREVIATIONS`` decides.
"""

CONTEXT_ABBREVIATIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "CP": (("Công ty", "công ty", "Cty", "Tổng công ty", "Tập đoàn", "Ngân hàng"), "cổ phần", "Chính phủ"),
}
"""Abbreviation -> (heads it follows when it means the first reading, first reading, other reading)."""

LEVEL_WORDS: dict[str, str] = {
    "tỉnh": "tỉnh", "Tỉnh": "tỉnh", "thành phố": "thành phố", "Thành phố": "thành phố", "TP": "thành phố",
    "TP.": "thành phố", "Tp": "thành phố", "Tp.": "thành phố", "huyện": "huyện", "Huyện": "huyện",
    "quận": "quận", "Quận": "quận", "thị xã": "thị xã", "Thị xã": "thị xã", "TX": "thị xã",
    "thị trấn": "thị trấn", "Thị trấn": "thị trấn", "xã": "xã", "Xã": "xã", "phường": "phường",
    "Phường": "phường", "đặc khu": "đặc khu", "Đặc khu": "đặc khu",
}
"""Unit words an organisation's place starts with ("UBND tỉnh Lạng Sơn", "Sở Y tế tỉnh")."""

PLACE_ABBREVIATIONS: tuple[str, ...] = ("TT-Huế", "TT.Huế", "BR-VT", "HCM", "TP.HCM", "TPHCM")
"""Places written as abbreviations after a unit word ("UBND tỉnh TT-Huế")."""

CENTRAL_LEVEL: tuple[str, ...] = ("Trung ương", "TW", "TƯ", "T.Ư", "T.W", "trung ương")
"""The central level: ends a name ("Ban Tuyên giáo Trung ương", "Bệnh viện K Trung ương")."""

UNIT_BODIES: tuple[str, ...] = (
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Tỉnh đoàn", "Thành đoàn",
    "Huyện đoàn", "Tỉnh hội", "Thành hội",
)
"""Bodies named by a capitalised unit word and a small word ("Tỉnh ủy"): inside a name they are
its parent body, not the start of its place ("Ban Tuyên giáo Tỉnh ủy", not "... tỉnh")."""

PROVINCE_LEVEL_BODIES: dict[str, str] = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố"}
"""Bodies whose name carries the level: "Ban Tuyên giáo Tỉnh ủy" + the province is complete."""

PROVINCE_NAMES: tuple[str, ...] = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
    "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
    "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
    "Thừa Thiên - Huế", "Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái",
)
"""Provinces and centrally-run cities (the 63 in force until 30 June 2025 include the 34 after).

Used only to end organisation names and to keep them from being read as people's
names; resolving places is ``bantin.extract.places``' job."""

CITY_PROVINCES: tuple[str, ...] = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")
"""Centrally-run cities: their own bodies say "thành phố"/"Thành ủy", not "tỉnh"/"Tỉnh ủy"."""

LONG_PLACE_NAMES: tuple[str, ...] = (
    "Hồ Chí Minh", "Thừa Thiên Huế", "Bà Rịa Vũng Tàu", "Hai Bà Trưng", "Bắc Từ Liêm", "Nam Từ Liêm",
    "Tu Mơ Rông", "Mỏ Cày Nam", "Mỏ Cày Bắc", "Phan Rang Tháp Chàm", "Trần Văn Thời", "Lê Chân",
)
"""Place names of three syllables or more, some opening with a family name: after a unit word in a
title they are the place, not the holder's name ("Chủ tịch UBND TP Hồ Chí Minh")."""

# Head nouns. Each maps to (kind, requirement):
#   "name"  - needs a name part after it ("Sở Y tế"; "Sở" alone is no organisation),
#   "level" - needs a unit word, a place or a name after it ("UBND tỉnh", "Công an huyện X"),
#   "none"  - complete as it stands ("Quốc hội", "Tỉnh ủy"); may take a place or a state after it.
#   "open"  - complete, and what follows in lowercase goes on with the name ("Ban Quản lý dự án
#             đầu tư xây dựng ..."). Bodies every organisation has ("Ban Chỉ đạo") are kept alone
#             only when the article names the full body (``GENERIC_BODIES``).
ORG_HEADS: dict[str, tuple[str, str]] = {
    # Party.
    "Đảng ủy": ("party", "level"), "Đảng bộ": ("party", "level"), "Đảng đoàn": ("party", "level"),
    "Tỉnh ủy": ("party", "none"), "Thành ủy": ("party", "none"), "Huyện ủy": ("party", "none"),
    "Quận ủy": ("party", "none"), "Thị ủy": ("party", "none"), "Chi bộ": ("party", "level"),
    "Ban Chấp hành": ("party", "none"), "Ban Thường vụ": ("party", "none"), "Thường trực": ("party", "level"),
    "Bộ Chính trị": ("party", "none"), "Ban Bí thư": ("party", "none"), "Ủy ban Kiểm tra": ("party", "level"),
    "Trung ương Đảng": ("party", "none"), "Ban cán sự đảng": ("party", "level"), "Đảng": ("party", "name"),
    # State.
    "Ủy ban nhân dân": ("state", "level"), "Hội đồng nhân dân": ("state", "level"),
    "Quốc hội": ("state", "none"), "Chính phủ": ("state", "none"), "Bộ": ("state", "name"),
    "Sở": ("state", "name"), "Cục": ("state", "name"), "Tổng cục": ("state", "name"), "Vụ": ("state", "name"),
    "Chi cục": ("state", "name"), "Phòng": ("state", "name"), "Văn phòng": ("state", "name"),
    "Ban": ("state", "name"), "Ủy ban": ("state", "name"), "Hội đồng": ("state", "name"),
    "Trung tâm": ("state", "name"), "Công an": ("state", "level"), "Cảnh sát": ("state", "name"),
    "Tòa án nhân dân": ("state", "level"), "Tòa án": ("state", "name"),
    "Viện kiểm sát nhân dân": ("state", "level"), "Viện Kiểm sát nhân dân": ("state", "level"),
    "Kho bạc Nhà nước": ("state", "none"), "Kiểm toán Nhà nước": ("state", "none"),
    "Thanh tra": ("state", "level"), "Bộ Chỉ huy": ("state", "name"), "Bộ Tư lệnh": ("state", "name"),
    "Bộ đội Biên phòng": ("state", "none"), "Quân khu": ("state", "name"), "Quân đoàn": ("state", "name"),
    "Quân chủng": ("state", "name"), "Binh chủng": ("state", "name"), "Sư đoàn": ("state", "name"),
    "Bảo hiểm xã hội": ("state", "level"), "Cục Thuế": ("state", "level"), "Chi cục Thuế": ("state", "level"),
    "Cảng vụ": ("state", "name"), "Thông tấn xã Việt Nam": ("state", "none"),
    "Quân đội nhân dân Việt Nam": ("state", "none"), "Công an nhân dân": ("state", "none"),
    "Cảnh sát nhân dân": ("state", "none"), "Ủy ban Thường vụ Quốc hội": ("state", "none"),
    "Ngân hàng Nhà nước": ("state", "none"), "Đài Truyền hình Việt Nam": ("state", "none"),
    "Đài Tiếng nói Việt Nam": ("state", "none"), "Ban Quản lý": ("state", "open"),
    "Ban Chỉ đạo": ("state", "open"), "Ban Chỉ huy": ("state", "open"), "Khu kinh tế": ("other", "name"),
    "khu công nghiệp": ("company", "name"), "Khu công nghiệp": ("company", "name"),
    # Front and mass organisations.
    "Mặt trận Tổ quốc": ("mass", "level"), "Ủy ban Mặt trận Tổ quốc": ("mass", "level"),
    "Ủy ban MTTQ": ("mass", "level"), "Đoàn Thanh niên": ("mass", "level"), "Tỉnh đoàn": ("mass", "none"),
    "Thành đoàn": ("mass", "none"), "Trung ương Đoàn": ("mass", "none"),
    "Hội Liên hiệp Phụ nữ": ("mass", "level"), "Hội Nông dân": ("mass", "level"),
    "Hội Cựu chiến binh": ("mass", "level"), "Liên đoàn Lao động": ("mass", "level"),
    "Tổng Liên đoàn Lao động": ("mass", "level"), "Công đoàn": ("mass", "name"),
    "Lực lượng": ("state", "name"), "Hội Chữ thập đỏ": ("mass", "level"), "Hội": ("mass", "name"),
    "Hiệp hội": ("mass", "name"), "Liên hiệp": ("mass", "name"), "Liên minh": ("mass", "name"),
    "Đoàn Chủ tịch": ("other", "none"), "Đoàn chủ tịch": ("other", "none"), "Quỹ": ("other", "name"),
    "Mặt trận": ("mass", "level"),
    "Đoàn đại biểu Quốc hội": ("state", "level"), "Đoàn ĐBQH": ("state", "level"),
    # Companies.
    "Công ty": ("company", "name"), "Tổng công ty": ("company", "name"), "Tổng Công ty": ("company", "name"),
    "Tập đoàn": ("company", "name"), "Ngân hàng": ("company", "name"), "Hợp tác xã": ("company", "name"),
    "Nhà máy": ("company", "name"), "Xí nghiệp": ("company", "name"), "Chi nhánh": ("company", "name"),
    "Doanh nghiệp tư nhân": ("company", "name"),
    # Hospitals and health.
    "Bệnh viện": ("hospital", "name"), "Trạm Y tế": ("hospital", "level"),
    "Trung tâm Y tế": ("hospital", "level"), "Phòng khám": ("hospital", "name"),
    "Bệnh xá": ("hospital", "name"), "Trung tâm Kiểm soát bệnh tật": ("hospital", "level"),
    # Schools and research.
    "Trường": ("school", "name"), "Đại học": ("school", "name"), "Học viện": ("school", "name"),
    "Viện": ("other", "name"),
    # Media, culture, sport.
    "Báo": ("other", "name"), "Đài": ("other", "name"), "Tạp chí": ("other", "name"),
    "Nhà xuất bản": ("other", "name"), "Bảo tàng": ("other", "name"), "Nhà hát": ("other", "name"),
    "Câu lạc bộ": ("other", "name"), "Liên đoàn": ("other", "name"),
    # News outlets (see ``NEWS_OUTLETS``) are added as heads that stand on their own.
    # Foreign and international bodies that stand on their own.
    "Liên hợp quốc": ("foreign", "none"), "Liên Hợp Quốc": ("foreign", "none"),
    "Liên Hiệp Quốc": ("foreign", "none"), "Tổ chức Y tế Thế giới": ("foreign", "none"),
    "Ngân hàng Thế giới": ("foreign", "none"), "Quỹ Tiền tệ Quốc tế": ("foreign", "none"),
    "Hội đồng Bảo an": ("foreign", "none"), "Liên minh châu Âu": ("foreign", "none"),
    "Nhà Trắng": ("foreign", "none"), "Lầu Năm Góc": ("foreign", "none"), "Điện Kremlin": ("foreign", "none"),
    "UNESCO": ("foreign", "none"), "UNICEF": ("foreign", "none"), "WHO": ("foreign", "none"),
    "ASEAN": ("foreign", "none"), "NATO": ("foreign", "none"), "IMF": ("foreign", "none"),
    "WTO": ("foreign", "none"), "APEC": ("foreign", "none"), "OPEC": ("foreign", "none"),
    "FIFA": ("foreign", "none"), "UEFA": ("foreign", "none"), "FBI": ("foreign", "none"),
    "CIA": ("foreign", "none"), "UNDP": ("foreign", "none"), "FAO": ("foreign", "none"),
}
"""Head nouns in their canonical spelling. Abbreviated heads (UBND, HĐND, BCH, Cty, BV ...) are
found through ``ABBREVIATIONS``."""

NEWS_OUTLETS: tuple[str, ...] = (
    "Dân trí", "Pháp luật Plus", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Tiền Phong", "Người Lao Động",
    "VietNamNet", "Vietnamnet", "Zing News", "Znews", "VietnamPlus", "Sài Gòn Giải Phóng", "VTC News",
    "Infonet", "Kenh14", "Báo Mới",
)
"""Newspapers and news sites named alone ("phóng viên Dân trí", "như Pháp luật Plus đã thông tin"):
organisations, except where they credit a story ("(Theo Dân trí)")."""

ABBREVIATED_HEADS: tuple[str, ...] = (
    "UBND", "HĐND", "UBMTTQ", "MTTQ", "BCH", "BTV", "BCĐ", "BQL", "UBKT", "UBTVQH", "TAND", "VKSND", "BCHQS",
    "BĐBP", "LĐLĐ", "HTX", "Cty", "BV", "BVĐK", "TTYT", "CDC", "NXB", "CLB", "ĐH", "ĐHQG", "ĐCSVN", "TTXVN",
    "HĐQT", "UBTƯ", "UBTW", "UB",
)
"""Abbreviations that open an organisation name ("UBND tỉnh", "BCH Đảng bộ")."""

LOWERCASE_HEAD_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "sở": ("trụ", "cơ"), "phòng": ("đề", "dự", "quốc", "phòng", "văn"),
    "viện": ("nhập", "xuất", "thư", "học"),
    "báo": ("cảnh", "thông", "dự", "tình", "họp", "bản", "thời"), "ban": ("phân", "trưởng"),
    "trường": (
        "hội", "thị", "môi", "chiến", "hiện", "quảng", "công", "lập", "nhà", "phi", "đấu", "sân", "tựu",
        "ngư", "thương", "nông", "lâm", "trại", "võ", "pháp", "đường", "trường",
    ),
}
"""Words before a lowercase head that make it the end of another word ("hội trường", "thị trường")."""

NOT_ORGANISATIONS: tuple[str, ...] = (
    "Tây Ban Nha", "Hội An", "Trường Sa", "Hoàng Sa", "Bộ trưởng", "Trường hợp", "Hội nghị", "Hội thảo",
    "Hội thi", "Hội chợ", "Hội diễn", "Hội khỏe", "Hội trường", "Ban đầu", "Sở hữu", "Bộ luật", "Bộ Luật",
    "Bộ đội", "Bộ phận", "Bộ môn", "Bộ sưu tập", "Bộ máy", "Bộ tiêu chí", "Phòng chống", "Phòng, chống",
    "Phòng ngừa", "Vụ án", "Vụ việc", "Đài Loan", "Trung tâm thương mại", "Quỹ đất", "Đoàn kết",
    "Đài phun nước", "Báo cáo", "Báo chí", "Viện dẫn", "Viện trợ", "Công an viên", "Trường Thịnh",
    "Trường Sơn", "Đảng viên", "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Quận ủy viên",
    "Thị ủy viên", "Đảng ủy viên", "Ban hành", "Ban ngày", "Ban đêm", "Phòng học", "Quỹ BHYT", "Quỹ bảo hiểm",
    "Quỹ Bảo hiểm",
)
"""Words that open like an organisation but are not one ("Tây Ban Nha", "Hội An", "Bộ trưởng")."""

GENERIC_BODIES: tuple[str, ...] = (
    "Ban Tổ chức", "Ban Giám khảo", "Ban Giám hiệu", "Ban Biên tập", "Ban Giám đốc", "Ban Lãnh đạo",
    "Ban Điều hành", "Ban Quản lý", "Ban Chỉ đạo", "Ban Chỉ huy", "Ban Thường vụ", "Ban Chấp hành",
    "Hội đồng Quản trị", "Hội đồng quản trị", "Hội đồng Trường", "Hội đồng Giám khảo", "Hội đồng Thi",
    "Ban Đại diện", "Thường trực", "Ban Công tác", "Ủy ban Kiểm tra", "Ban Dân vận", "Ban Tuyên giáo",
    "Ban Thường trực", "Thanh tra Bộ", "Đảng ủy Bộ", "Ban cán sự đảng", "Ban Kiểm soát",
    "Ủy ban bầu cử", "Ban bầu cử", "Hội đồng chính sách",
)
"""Bodies every organisation has: alone, they are an organisation only when the article names the
full one elsewhere ("Ban Chỉ đạo" -> "Ban Chỉ đạo các chương trình ... tỉnh An Giang")."""

FIXED_NAMES: tuple[str, ...] = (
    # Ministries and departments whose names hold commas or dashes.
    "Văn hóa, Thể thao và Du lịch", "Văn hóa - Thể thao và Du lịch", "Văn hóa - Thể thao",
    "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội", "Quy hoạch - Kiến trúc",
    "Khoa học - Công nghệ", "Văn hóa - Xã hội", "Kinh tế - Ngân sách", "Pháp chế",
    # Steering and command boards named after their task.
    "Phòng, chống thiên tai và Tìm kiếm cứu nạn", "phòng, chống thiên tai và tìm kiếm cứu nạn",
    "Phòng, chống tham nhũng, tiêu cực", "phòng, chống tham nhũng, tiêu cực", "phòng, chống dịch COVID-19",
    "Phòng, chống dịch COVID-19", "phòng, chống dịch Covid-19", "phòng, chống", "Phòng, chống", "phòng chống",
    "Phòng chống", "các chương trình mục tiêu quốc gia", "Phổ thông dân tộc bán trú",
    "Phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú", "phổ thông dân tộc nội trú",
)
"""Name parts that hold punctuation or lowercase words the general rule would stop at; tried
first where a name part starts."""

SECTORS: tuple[str, ...] = (
    "Xây dựng", "Y tế", "Công an", "Tài chính", "Tư pháp", "Nội vụ", "Ngoại giao", "Ngoại vụ", "Quốc phòng",
    "Công Thương", "Công thương", "Giáo dục và Đào tạo", "Giáo dục", "Kế hoạch và Đầu tư",
    "Khoa học và Công nghệ", "Thông tin và Truyền thông", "Giao thông vận tải", "Tài nguyên và Môi trường",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Văn hóa, Thể thao và Du lịch",
    "Văn hóa - Thể thao và Du lịch", "Lao động - Thương binh và Xã hội", "Lao động, Thương binh và Xã hội",
    "Dân tộc và Tôn giáo", "Du lịch", "Văn hóa và Thể thao", "Quy hoạch - Kiến trúc", "Giao thông công chính",
    "Giao thông - Vận tải", "Văn hóa - Thể thao", "Tài nguyên - Môi trường", "Lao động", "Thương mại",
    "Tài nguyên môi trường", "Kế hoạch - Đầu tư", "Giáo dục - Đào tạo", "Khoa học - Công nghệ",
    "Thông tin - Truyền thông",
)
"""The fields of ministries, provincial departments and district offices: after "Bộ", "Sở" or
"Phòng" such a name is complete, and only a place may follow ("Bộ Xây dựng thẩm định ..." ends at
"Xây dựng")."""

SECTOR_HEADS: tuple[str, ...] = ("Bộ", "Sở", "Phòng", "bộ", "sở", "phòng")
"""Heads whose name is a field from ``SECTORS`` when it is one."""

SECTOR_SPELLINGS: dict[str, str] = {
    "Tài nguyên môi trường": "Tài nguyên và Môi trường",
    "Tài nguyên - Môi trường": "Tài nguyên và Môi trường",
    "Văn hóa - Thể thao và Du lịch": "Văn hóa, Thể thao và Du lịch",
    "Lao động, Thương binh và Xã hội": "Lao động - Thương binh và Xã hội",
    "Giao thông - Vận tải": "Giao thông vận tải", "Kế hoạch - Đầu tư": "Kế hoạch và Đầu tư",
    "Giáo dục - Đào tạo": "Giáo dục và Đào tạo", "Khoa học - Công nghệ": "Khoa học và Công nghệ",
    "Thông tin - Truyền thông": "Thông tin và Truyền thông", "Công thương": "Công Thương",
}
"""Other spellings of the fields of ministries and departments -> their official spelling."""

SHORT_SECTORS: dict[str, str] = {
    "Giáo dục": "Giáo dục và Đào tạo", "Lao động": "Lao động - Thương binh và Xã hội",
    "Kế hoạch": "Kế hoạch và Đầu tư", "Tài nguyên": "Tài nguyên và Môi trường",
}
"""Fields news shortens ("Bộ Giáo dục", "Sở Lao động tỉnh Cà Mau"): written out when the field ends the
name or a Vietnamese place follows it (a foreign "Bộ Giáo dục Singapore" keeps its name)."""

DEPARTMENT_HEADS: tuple[str, ...] = ("Sở",)
"""Provincial departments: a bare "Sở Y tế" in an article about one province is that province's,
written as the press names it, with the province's name and no unit word ("Sở Y tế Hà Nam")."""

PROVINCE_BODIES: tuple[str, ...] = ("Ủy ban nhân dân", "Hội đồng nhân dân")
"""Bodies that stand alone for the province's own ("UBND", "HĐND" in an article about one province):
completed with its unit word and name ("Ủy ban nhân dân tỉnh Thái Bình")."""

WHOLE_BODIES: dict[str, str] = {
    "Mặt trận Tổ quốc": "Mặt trận Tổ quốc Việt Nam", "Mặt trận": "Mặt trận Tổ quốc Việt Nam",
}
"""Bodies that alone mean the national organisation ("MTTQ", "Mặt trận" where the article names the
Front): their full name."""

SUB_BODIES: dict[str, tuple[str, ...]] = {
    "Đoàn Chủ tịch": ("Ủy ban Trung ương Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc"),
    "Ban Thường trực": ("Ủy ban Trung ương Mặt trận Tổ quốc", "Ủy ban Mặt trận Tổ quốc"),
    "Ban Thường vụ": ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy"),
    "Thường trực": ("Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy"),
    "Thanh tra Bộ": ("Bộ",), "Đảng ủy Bộ": ("Bộ",), "Ban cán sự đảng Bộ": ("Bộ",), "Ban cán sự đảng": ("Bộ",),
}
"""Bodies inside another ("Đoàn Chủ tịch" of a Front committee, "Thanh tra Bộ" of a ministry): written
alone, they belong to the one parent of that kind the article names, and take its name ("Thanh tra
Bộ" -> "Thanh tra Bộ Lao động - Thương binh và Xã hội"; "Đoàn Chủ tịch" -> "Đoàn Chủ tịch Ủy ban
Trung ương Mặt trận Tổ quốc Việt Nam"). A parent that is "Bộ" replaces the last word."""

UPPERCASE_NAMES: dict[str, str] = {
    "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": "Quốc hội", "QUỐC HỘI": "Quốc hội",
    "CHÍNH PHỦ": "Chính phủ", "ỦY BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
    "QUÂN ĐỘI NHÂN DÂN VIỆT NAM": "Quân đội nhân dân Việt Nam", "CÔNG AN NHÂN DÂN": "Công an nhân dân",
    "BỘ CHÍNH TRỊ": "Bộ Chính trị", "BAN CHẤP HÀNH TRUNG ƯƠNG": "Ban Chấp hành Trung ương",
}
"""Names written in capitals (headings of laws and resolutions: "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ
NGHĨA VIỆT NAM" is the National Assembly) -> their name."""

LOWERCASE_HEADS: tuple[str, ...] = (
    "Công ty", "Tổng công ty", "Tập đoàn", "Bệnh viện", "Trường", "Ngân hàng", "Hợp tác xã", "Nhà máy",
    "Trung tâm Y tế", "Trạm Y tế", "Phòng khám", "Văn phòng", "Thanh tra", "Phòng", "Ban", "Sở", "Báo",
    "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Thị ủy", "Quận ủy", "Đảng ủy", "Cục", "Chi cục", "Viện",
)
"""Heads news also writes in lowercase ("trường Đại học Y Hà Nội", "công ty TNHH ...", "văn phòng
UBND tỉnh", "huyện ủy Quốc Oai"): a body only with a capitalised name right after them."""

TAIL_STOP_FUNCTION_WORDS: tuple[str, ...] = (
    "và", "với", "của", "cho", "các", "những", "này", "đó", "ấy", "kia", "đã", "đang", "sẽ", "vừa", "cũng",
    "vẫn", "còn", "lại", "đều", "luôn", "chưa", "chỉ", "là", "thì", "mà", "nên", "để", "do", "bởi", "vì",
    "nếu", "khi", "sau", "trước", "trong", "ngoài", "trên", "dưới", "tại", "ở", "từ", "đến", "tới", "về",
    "theo", "qua", "bằng", "như", "hay", "hoặc", "nhưng", "song", "cùng", "nhằm", "đối với", "rằng", "được",
    "bị", "có", "phải", "cần", "hãy", "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "năm", "tháng",
    "tuần", "lúc", "nay", "hiện", "vào", "ra", "lên", "xuống", "gồm", "nơi", "vị", "ông", "bà", "anh", "chị",
    "đồng chí", "lãnh đạo", "đại diện", "đại biểu", "thuộc", "trực thuộc", "kể", "gần", "hơn", "khoảng",
    "nhiều", "ít", "mỗi", "cả", "tất cả", "riêng", "nhiệm kỳ", "khóa", "lần", "đợt", "kỳ", "đây", "thêm",
    "tiếp tục", "hết", "xong", "sớm", "cán bộ", "họ", "mình", "kiêm", "chính thức", "rất", "khá", "hết sức",
    "đặc biệt", "thật", "quá", "luôn luôn", "liên tục", "nhanh chóng", "kịp thời",
)
"""Function words that end a name part wherever they stand."""

TAIL_STOP_VERBS: tuple[str, ...] = (
    # Words that open the rest of the clause but are also syllables of name words ("An toàn",
    # "Hàng không", "Nông thôn mới", "Vì người nghèo", "Cấp nước", "Chuyển đổi số").
    "mới", "người", "toàn", "không", "số", "nước", "nói", "nhận", "đi", "làm", "tiếp", "dự", "giao", "trình",
    "dẫn", "tạo", "truyền", "tuyển", "cấp", "bán", "giảm", "thu", "chi", "đăng", "lập", "tìm", "cứu",
    "chuyển", "chủ trì", "tổ chức", "phối hợp", "cho biết", "cho hay", "chỉ đạo", "yêu cầu", "đề nghị",
    "kiến nghị", "đề xuất", "phát biểu", "khẳng định", "nhấn mạnh", "thông báo", "công bố", "ban hành",
    "quyết định", "triển khai", "thực hiện", "kiểm tra", "tiếp nhận", "tham dự", "trao", "tặng", "ký",
    "khai mạc", "bế mạc", "tổng kết", "sơ kết", "kết luận", "chúc mừng", "ghi nhận", "báo cáo", "thăm",
    "làm việc", "gặp", "xác nhận", "xác định", "khởi tố", "bắt giữ", "điều tra", "xử phạt", "phát hiện",
    "thu hồi", "tạm giữ", "vận động", "ủng hộ", "trả lời", "giải thích", "chia sẻ", "cảnh báo", "khuyến cáo",
    "lưu ý", "tuyên bố", "bày tỏ", "thừa nhận", "nêu", "nhận định", "trích", "tiết lộ", "ước tính", "dự kiến",
    "mở", "đóng", "đưa", "đón", "phê duyệt", "chấp thuận", "đồng ý", "cho phép", "ra quân", "phát động",
    "bàn giao", "khánh thành", "khởi công", "tiến hành", "ghi danh", "công nhận", "cấp phép", "tham mưu",
    "rà soát", "kêu gọi", "đề ra", "thống nhất", "thông qua", "bầu", "họp", "tiếp đón", "tiếp xúc",
    "đối thoại", "gửi", "nhận được", "tăng cường", "đẩy mạnh", "tập trung", "chủ động", "cam kết", "đặt",
    "trở thành", "giữ", "xin", "mời", "nhắc", "đánh", "chốt", "ngừng", "dừng", "tạm dừng", "ủy quyền",
    "thành lập", "sáp nhập", "hợp nhất", "giải thể", "kết nối", "diễn ra", "bổ nhiệm", "miễn nhiệm",
    "kỷ luật", "khen thưởng", "trao tặng", "chúc", "phản hồi", "phản ánh", "vi phạm", "bác bỏ", "khởi kiện",
    "kháng cáo", "xét xử", "tuyên án", "mua", "tăng", "đạt", "giải ngân", "phát hành", "niêm yết", "đăng tải",
    "sử dụng", "áp dụng", "gia hạn", "hoàn thành", "hoàn thiện", "bảo đảm", "đảm bảo", "chịu trách nhiệm",
    "chịu", "nhấn", "quán triệt", "phổ biến", "tổ chức thực hiện", "vừa qua", "mới đây", "gần đây",
    "cho rằng", "khuyến khích", "tiếp tục", "làm chủ đầu tư", "làm trưởng", "khai giảng", "phản đối",
    "thẩm định", "quản lý", "ra mắt", "tuyên dương", "biểu dương", "kỷ niệm", "đón nhận", "tiếp nhận",
    "giới thiệu", "đăng cai", "ký kết",
)
"""Verbs that end a name part: nearly every organisation in a sentence is followed by a function word
or by the verb of its clause. Two-word entries are checked before one-word ones, so "công bố"
stops and "công nghệ" does not. A one-word verb right after a part's capital is that part's second
syllable ("Y tế", "Đào tạo", "Ngoại giao") and does not stop it; nor do the name words of
``NAME_WORDS_WITH_STOPS`` ("Ban Quản lý dự án", "Cảnh sát giao thông")."""

NAME_WORDS_WITH_STOPS: tuple[str, ...] = (
    "dự án", "dự báo", "dự phòng", "dự trữ", "giao thông", "việc làm", "đào tạo", "sáng tạo", "nghiên cứu",
    "cứu nạn", "cứu hộ", "cứu trợ", "an toàn", "hàng không", "phòng không", "công trình", "chương trình",
    "hướng dẫn", "truyền thông", "truyền hình", "truyền nhiễm", "thu nhập", "chi nhánh", "cao cấp",
    "cấp nước", "thoát nước", "bán trú", "bán lẻ", "bán dẫn", "giảm nghèo", "đăng kiểm", "độc lập",
    "thôn mới", "thị mới", "người nghèo", "người cao", "người khuyết", "người lao", "người tiêu", "người có",
    "người Việt", "toàn quốc", "toàn dân", "kinh tế số", "chuyển đổi số", "số hóa", "nhân số", "dân số",
    "tiếp công", "tiếp dân", "mới nổi", "không gian", "không khí", "thủy sản", "thu ngân", "dân tộc", "đi bộ",
    "tạo việc", "truyền thống", "giao thông vận tải", "cán bộ", "ngoài nước", "nước ngoài", "trong nước",
    "sau đại học", "tuyển sinh", "quyền sử dụng", "sử dụng đất", "đăng ký",
)
"""Name words holding a syllable that is also a stop word: "Ban Quản lý dự án", "Cảnh sát giao thông",
"Trung tâm Dịch vụ việc làm", "Cục An toàn thực phẩm", "Quỹ Vì người nghèo" go on through them."""


REGION_WORDS: tuple[str, ...] = ("miền", "vùng")
"""Words before a capitalised region ("miền Bắc", "vùng Tây Bắc"): the region is whole, and a verb
after it ends the name ("Cảng vụ hàng không miền Bắc mua máy ...")."""

SENTENCE_OPENERS: tuple[str, ...] = (
    "Trong", "Theo", "Tại", "Sau", "Khi", "Để", "Với", "Các", "Những", "Ngoài", "Trước", "Hiện", "Đây", "Đó",
    "Nhưng", "Tuy", "Do", "Nếu", "Còn", "Cũng", "Cùng", "Xem", "Hôm", "Lúc", "Ngày", "Chiều", "Trưa",
    "Đồng thời", "Bên cạnh", "Vì vậy", "Như vậy", "Cách đây", "Hiện nay", "Tuy nhiên", "Ngoài ra",
)
"""Capitalised words that open a sentence: met inside a name, they show that a full stop is missing
("Cục An toàn thực phẩm Còn đối với ..."), and the name ends before them."""

NAME_PART_MAX_LOWERCASE = 8
"""Lowercase syllables a name part may run on after its capital ("Quản lý bảo tồn di sản văn hóa")."""

HEAD_FIRST_WORDS: dict[str, tuple[str, ...]] = {
    "Trường": (
        "Đại học", "ĐH", "Cao đẳng", "CĐ", "Trung cấp", "TC", "THPT", "THCS", "PTDTBT", "PTDTNT", "PTDT",
        "PT", "TH", "Tiểu học", "Mầm non", "Trung học", "Phổ thông", "Chính trị", "Sĩ quan", "Quốc tế",
        "Hữu nghị", "Song ngữ", "Năng khiếu", "Dân tộc", "Bồi dưỡng", "Nghiệp vụ", "Văn hóa", "Quân sự",
        "Cán bộ", "Liên cấp", "Nội trú", "Đảng", "Mẫu giáo", "Nghề", "Trung tâm", "Giáo dưỡng", "Khiếm thị",
        "Chuyên biệt", "Thực hành", "Phổ", "tiểu học", "mầm non", "trung học", "đại học", "cao đẳng",
        "trung cấp", "mẫu giáo", "phổ thông", "THPT chuyên", "Học viện",
    ),
}
"""Heads whose name must open with one of these words: a school is "Trường THPT X" or "Trường
Tiểu học X"; "Trường Vinh" in a list of wards is no school."""

PARTY_NAME = "Đảng Cộng sản Việt Nam"
"""What "Đảng" alone means in Vietnamese news ("của Đảng", "Đảng ta", "Đảng và Nhà nước")."""

PARTY_WORD_FOLLOWERS: tuple[str, ...] = ("bộ", "ủy", "viên", "đoàn", "phí", "tịch", "kỳ", "phái", "cương")
"""Lowercase words that make "Đảng" part of another word ("Đảng bộ", "Đảng viên")."""

PARTY_NOT_AFTER: tuple[str, ...] = ("hai", "các", "những", "nhiều", "mỗi", "ba")
"""Words before "Đảng" that make it a common noun ("quan hệ hai Đảng, hai nước")."""

GENERIC_MARKERS: tuple[str, ...] = ("các cấp", "cấp tỉnh", "cấp huyện", "cấp xã", "cùng cấp", "các tỉnh")
"""Words after a bare body that make it every such body ("UBND các cấp"), not one."""

LOCAL_PARTY_BODIES: dict[str, str] = {"Huyện ủy": "huyện", "Quận ủy": "quận", "Thị ủy": "thị xã"}
"""Party committees of a district, named by its unit: "Huyện ủy" alone is the committee of the one
district the article names ("UBND huyện Nga Sơn" ... "Huyện ủy" -> "Huyện ủy Nga Sơn")."""

CORPORATE_BOARDS: tuple[str, ...] = (
    "Hội đồng quản trị", "Hội đồng Quản trị", "Ban Kiểm soát", "Ban kiểm soát", "Ban Điều hành",
    "Ban điều hành", "Ban Giám đốc", "Ban giám đốc", "Ban Tổng giám đốc",
)
"""Boards of a company ("HĐQT VietBank"): the organisation they name is the company."""

BARE_BODY_NOT_AFTER: tuple[str, ...] = ("công tác", "tổ chức", "hệ thống", "cán bộ")
"""Words before a bare body that make it a field of work, not a body ("công tác Mặt trận")."""

CANONICAL_NAMES: dict[str, str] = {
    "Ủy ban Mặt trận Tổ quốc Việt Nam": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Trung ương MTTQ Việt Nam": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
}
"""Names of one body written two ways -> its official name (the Front's national committee is its
Central Committee)."""

GENERIC_NEXT_WORDS: tuple[str, ...] = ("các", "những", "cùng", "cấp", "mỗi", "nhiều")
"""Words right after a bare body that make it many ("UBND các quận, huyện")."""

PARTY_MARKERS: tuple[str, ...] = (
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Đảng đoàn",
    "Trung ương Đảng", "Bộ Chính trị", "Ban Bí thư", "Chi bộ", "Đảng Cộng sản", "Ban cán sự đảng",
    "Ban cán sự Đảng",
)
"""Words that make an organisation a Party body wherever they stand in its name."""

PARTY_BOARDS: tuple[str, ...] = (
    "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế", "Ban Đối ngoại",
    "Ban Tuyên giáo và Dân vận", "Ban Chính sách, chiến lược", "Ủy ban Kiểm tra",
)
"""Party boards: Party bodies when attached to a Party level ("Ban Kinh tế Trung ương")."""

AUTHORITY_TITLES: tuple[str, ...] = ("Thủ tướng Chính phủ",)
"""Offices that issue documents in their own name: after "của" ("Quyết định ... của Thủ tướng Chính
phủ") the office is the organisation, and no person is meant."""

TITLE_ONLY_ORGANISATIONS: tuple[str, ...] = ("Trung ương Đảng",)
"""Parts of titles ("Bí thư Trung ương Đảng") that are not reported as organisations."""
