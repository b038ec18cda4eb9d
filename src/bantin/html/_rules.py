"""The heuristics of HTML extraction, as named data: which page forced each one is said beside it."""

from __future__ import annotations

import re

# Meta tags that state when an article was published, best first: (attribute, value) of the <meta>
# element whose ``content`` holds the date. Only these make ``Article.published``: a date printed at
# the top of a page is a page date, not a publication date (DESIGN.md), and htmldate's guesses from
# the text are kept apart as ``HtmlPage.date_guess``.
PUBLISHED_META: tuple[tuple[str, str], ...] = (
    ("property", "article:published_time"),
    ("name", "article:published_time"),  # thuvienphapluat.vn writes name= instead of property=
    ("itemprop", "datePublished"),
    ("property", "og:published_time"),
    ("name", "pubdate"),
    ("name", "publishdate"),
    ("name", "dc.date.issued"),
    ("name", "dcterms.issued"),
)

# JSON-LD types whose ``datePublished`` is the article's.
ARTICLE_LD_TYPES = frozenset(
    {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage"}
)

# An HTML page declares its charset in a <meta> (or an XML declaration) near its top; the HTML
# standard's prescan reads 1,024 bytes, but portals put scripts and comments first, so we read more.
CHARSET_PRESCAN_BYTES = 8192
META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE
)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)

# Declared charsets that Vietnamese pages of the font era claim while their bytes are TCVN3 or VNI
# (the .VnTime and VNI-Times fonts drew Vietnamese letters over Latin-1 code points): for these the
# declaration is no evidence, and our detector decides.
WESTERN_CHARSETS = frozenset({"latin-1", "windows-1252", "ascii"})

# A table that holds another table, a form or more than this many <div> is page layout, not data:
# thuvienphapluat.vn nests the whole page in tables, and trafilatura, which keeps data tables,
# then returned the layout table (menus, search box, the reader's IP address) as the main text.
# Such tables are turned into <div> before extraction.
LAYOUT_TABLE_MAX_DIVS = 3

# Lines before the first paragraph that are the page's user interface, not the article: a short
# line that opens or ends with an ellipsis ("Đang tải văn bản...", a slogan "...nắm cơ hội...").
# Article prose does not end a line with an ellipsis that early, and a lead is longer than this.
PLACEHOLDER_MAX_CHARS = 80
PLACEHOLDER = re.compile(r"^(\.{3}|…).*|.*(\.{3}|…)$")

# Authors that are the site itself (meta author "thuvienphapluat.vn"): not people.
AUTHOR_MAX_CHARS = 60

# The end of the main text on database and portal pages: a run of short "Label: value" lines (the
# "Ban hành: 16/01/2023 / Cập nhật: 17/01/2023" of related-document lists on thuvienphapluat.vn), and
# short lines asking the reader to log in or register (with the ellipsis-ended lines among them). Only
# a trailing run is removed, never a line followed by prose; a run of key-value lines counts when it is
# at least TAIL_FIELD_MIN_RUN long and repeats a label (a list of records, not an article's closing
# "Thời gian: … / Địa điểm: …").
TAIL_FIELD = re.compile(r"^[^\W\d][^:]{0,24}:\s*\S.{0,30}$")
TAIL_FIELD_MIN_RUN = 3
TAIL_UI_MAX_CHARS = 160
TAIL_UI_PHRASES = ("đăng nhập", "đăng ký thành viên", "thành viên!", "mời bạn đăng ký")

# Blocks of Vietnamese portals that are never the article, by words in their class or id: related
# and "other" news, most-read boxes, advertising, sharing. trafilatura knows the English ones
# ("related", "share"); these are the Vietnamese and portal ones it kept on our test pages.
BOILERPLATE_CLASS_WORDS = (
    "tin-khac", "tinkhac", "tin_khac", "other-news", "othernews", "tin-lien-quan", "tinlienquan", "lien-quan",
    "lienquan", "xem-them", "xemthem", "doc-nhieu", "docnhieu", "most-read", "mostread", "quang-cao",
    "quangcao", "box-ads", "banner",
)
# Whole class or id tokens (not substrings: "ads" is in "uploads") of the same kind of blocks.
BOILERPLATE_CLASS_TOKENS = frozenset({"ads", "ad", "qc", "advert", "advertisement", "sponsor"})
# A list is a list of links (a menu, "tin khác"), not content, when its links hold this share of its
# text and it has at least LINK_LIST_MIN_ITEMS items.
LINK_LIST_SHARE = 0.6
LINK_LIST_MIN_ITEMS = 2

# Old portals put the headline in a <div class="tieude"> and their own name in <title>; when a page
# has no og:title or JSON-LD headline and the title found is only a piece of <title>, an element
# whose class or id holds one of these words and a headline-sized text is the headline.
HEADLINE_CLASS_WORDS = ("tieude", "tieu-de", "tieu_de", "title", "headline")
HEADLINE_CLASS_NOT = ("site", "logo", "sub", "menu", "widget", "box", "brand")
HEADLINE_MIN_CHARS = 10
HEADLINE_MAX_CHARS = 300
