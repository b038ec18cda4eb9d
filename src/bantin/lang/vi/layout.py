"""Words and shapes that mark the layout of a Vietnamese news page.

Each list comes from pages met in the wild; the comment says where the shape
shows up. Matching is done on lowercased text unless a name says otherwise.
"""

from __future__ import annotations

DASHES = "-–—"
"""Hyphen, en dash and em dash: portals open leads with any of them."""

LEAD_TAG_MAX_CHARS = 48
"""A lead tag ("(Báo Lạng Sơn) –", "TP HỒ CHÍ MINH –") is short; a longer parenthesis is prose."""

CAPS_TAG_MAX_WORDS = 5
"""A city or outlet tag in capitals before a dash ("HÀ NỘI –", "VOV.VN –") has at most this many words."""

CREDIT_LABELS = (
    "ảnh minh họa", "ảnh minh hoạ", "ảnh chụp màn hình", "ảnh tư liệu", "nguồn ảnh", "ảnh", "video", "clip",
    "photo",
)
"""Labels of photo credits ("Ảnh: NGUYỄN HÀ"), longest first so that the full label wins."""

ILLUSTRATION_MARKERS = ("ảnh minh họa", "ảnh minh hoạ", "ảnh: minh họa", "ảnh: minh hoạ")
"""A caption may say only that the picture is an illustration, with no credit."""

BYLINE_PREFIXES = (
    "bài và ảnh", "bài, ảnh", "bài & ảnh", "bài và video", "bài, video", "bài và clip", "tin và ảnh",
    "tin, ảnh", "tin và clip", "bài", "tin", "thực hiện", "nhóm thực hiện", "nhóm phóng viên", "phóng viên",
    "nhóm pv", "nhóm ctv",
)
"""Labels before the author names in a byline ("Bài và ảnh: PHẠM THU HÀ")."""

COLLECTIVE_BYLINES = ("nhóm pv", "nhóm phóng viên", "pv", "ctv", "nhóm ctv", "phóng viên", "btv", "ban biên tập")
"""Bylines that name a group, not people: they give no authors."""

AUTHOR_SUFFIXES = ("tổng hợp", "t/h", "th", "lược dịch", "dịch", "biên dịch", "theo")
"""What follows a name in parentheses in a byline ("Hoàng Lan (tổng hợp)")."""

AUTHOR_SEPARATORS = (" - ", " – ", " — ", ", ", " và ", " & ", " / ")
"""Between several authors in one byline ("THU HƯƠNG - ĐỨC ANH")."""

ATTRIBUTION_LABELS = ("theo", "nguồn", "nguồn tin", "trích theo", "dẫn theo")
"""An attribution names the outlet a text is relayed from ("Theo TTXVN", "Nguồn: Báo Nghệ An")."""

BYLINE_MAX_CHARS = 80
"""Bylines are short; a longer closing line is prose."""

CAPTION_MAX_CHARS = 260
"""Captions are a sentence or two at most."""

CAPTION_MIN_WORDS = 3
"""Shorter lines without final punctuation are headings or noise, not captions."""

SENTENCE_END = ".!?…:;\"”’)»]"
"""A paragraph of prose ends with one of these; a caption or a byline usually does not."""

NAME_PARTICLES = ("thị", "văn", "đức", "hữu", "thế", "ngọc", "minh")
"""Lowercase in no Vietnamese name; listed to tell a name from a sentence only by capitalisation."""
