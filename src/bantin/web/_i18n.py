"""The words of the web UI in Vietnamese (the default) and English, and how a request picks one.

A page is in the language of ``?lang=`` when given (which also sets the ``lang`` cookie, so
the choice sticks), else of the cookie, else Vietnamese. Every string a template shows comes
from :data:`CATALOGUE`; a test checks that both languages have every key.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
COOKIE = "lang"

CATALOGUE: dict[str, tuple[str, str]] = {
    # key: (Vietnamese, English)
    "site.tagline": ("Kho tin tức tiếng Việt có cấu trúc", "A structured archive of Vietnamese news"),
    "nav.home": ("Trang chủ", "Home"),
    "nav.search": ("Tìm kiếm", "Search"),
    "nav.documents": ("Văn bản", "Documents"),
    "nav.people": ("Nhân vật", "People"),
    "nav.organizations": ("Tổ chức", "Organisations"),
    "nav.places": ("Địa danh", "Places"),
    "nav.meetings": ("Hội nghị", "Meetings"),
    "nav.api": ("API", "API"),
    "lang.switch": ("English", "Tiếng Việt"),
    "home.title": ("Tổng quan kho tin", "The archive at a glance"),
    "home.totals": ("Số liệu", "Totals"),
    "home.newest": ("Bài mới nhất", "Newest articles"),
    "home.top_documents": ("Văn bản được trích dẫn nhiều nhất tháng {month}",
                           "Documents most cited in {month}"),
    "home.no_documents": ("Chưa có văn bản nào được trích dẫn trong tháng này.", "No document cited this month."),
    "home.sources": ("Nguồn tin", "Sources"),
    "home.as_of": ("Tính đến {date}, ngày của bài mới nhất.", "As of {date}, the date of the newest article."),
    "home.silent": ("im lặng {days} ngày", "silent for {days} days"),
    "home.silent_note": ("Nguồn không có bài mới trong hơn {days} ngày được đánh dấu.",
                         "Sources without a new article for more than {days} days are marked."),
    "home.undated": ("chưa rõ ngày", "no date"),
    "home.empty": ("Kho tin còn trống: hãy nạp bài bằng lệnh bantin ingest.",
                   "The archive is empty: add articles with bantin ingest."),
    "count.articles": ("Bài viết", "Articles"),
    "count.sources": ("Nguồn tin", "Sources"),
    "count.documents": ("Văn bản", "Documents"),
    "count.people": ("Nhân vật", "People"),
    "count.organizations": ("Tổ chức", "Organisations"),
    "count.places": ("Địa danh", "Places"),
    "count.meetings": ("Hội nghị, sự kiện", "Meetings"),
    "count.rejects": ("Đầu vào bị loại", "Rejected inputs"),
    "count.duplicates": ("Bản trùng", "Duplicates"),
    "col.source": ("Nguồn", "Source"),
    "col.articles": ("Số bài", "Articles"),
    "col.last": ("Bài mới nhất", "Newest article"),
    "col.first_seen": ("Lần đầu", "First seen"),
    "col.last_seen": ("Lần cuối", "Last seen"),
    "col.document": ("Văn bản", "Document"),
    "col.type": ("Loại", "Type"),
    "col.issuer": ("Cơ quan ban hành", "Issuer"),
    "col.date": ("Ngày", "Date"),
    "col.name": ("Tên", "Name"),
    "col.title": ("Chức danh", "Title"),
    "col.holder": ("Người giữ", "Held by"),
    "col.mentions": ("Lần nhắc", "Mentions"),
    "col.kind": ("Loại", "Kind"),
    "col.organizer": ("Cơ quan tổ chức", "Organiser"),
    "col.article": ("Bài viết", "Article"),
    "search.title": ("Tìm kiếm", "Search"),
    "search.placeholder": ("Từ khóa, có dấu hoặc không dấu", "Words, with or without accents"),
    "search.button": ("Tìm", "Search"),
    "search.help": (("Các từ được kết hợp (AND); \"cụm từ\"; OR; -loại trừ. Gõ không dấu cũng tìm được bài có "
                     "dấu; bài khớp đúng dấu xếp trước."),
                    ("Words are ANDed; \"phrases\"; OR; -exclusions. A query without accents finds accented "
                     "text; exact-accent matches rank first.")),
    "search.from": ("Từ ngày", "From"),
    "search.to": ("Đến ngày", "To"),
    "search.results": ("{total} bài", "{total} articles"),
    "search.showing": ("hiển thị {first}–{last}", "showing {first}–{last}"),
    "search.none": ("Không tìm thấy bài nào.", "No article found."),
    "search.empty": ("Nhập từ khóa hoặc chọn bộ lọc để tìm.", "Type words or pick a filter to search."),
    "search.filters": ("Bộ lọc đang áp dụng", "Active filters"),
    "search.remove": ("bỏ", "remove"),
    "search.clear": ("Bỏ tất cả bộ lọc", "Clear every filter"),
    "search.exact": ("đúng dấu", "exact accents"),
    "search.coverage": ("Số bài theo thời gian", "Coverage over time"),
    "search.undated": ("{count} bài chưa rõ ngày đăng không có trên biểu đồ.",
                       "{count} undated articles are not on the chart."),
    "search.facets_sample": ("Đếm trên {counted} kết quả phù hợp nhất.", "Counted over the {counted} best results."),
    "search.previous": ("← Trang trước", "← Previous"),
    "search.next": ("Trang sau →", "Next →"),
    "search.page": ("Trang {page}/{pages}", "Page {page} of {pages}"),
    "facet.sources": ("Nguồn", "Source"),
    "facet.months": ("Tháng", "Month"),
    "facet.places": ("Địa danh", "Place"),
    "facet.people": ("Nhân vật", "Person"),
    "facet.organizations": ("Tổ chức", "Organisation"),
    "facet.documents": ("Văn bản", "Document"),
    "filter.source": ("nguồn", "source"),
    "filter.place": ("địa danh", "place"),
    "filter.person": ("nhân vật", "person"),
    "filter.org": ("tổ chức", "organisation"),
    "filter.doc": ("văn bản", "document"),
    "filter.from": ("từ", "from"),
    "filter.to": ("đến", "to"),
    "article.published": ("Ngày đăng", "Published"),
    "article.dateline": ("Ngày trên trang", "Page date"),
    "article.byline": ("Tác giả", "Byline"),
    "article.attribution": ("Nguồn dẫn", "Attribution"),
    "article.legend": ("Chú giải", "Legend"),
    "article.facts": ("Thông tin trích xuất", "Extracted facts"),
    "article.provenance": ("Nguồn gốc", "Provenance"),
    "article.raw": ("Dữ liệu gốc", "Raw input"),
    "article.raw_download": ("Tải dữ liệu gốc (byte nguyên bản)", "Download the raw input (bytes as read)"),
    "article.raw_truncated": ("(chỉ hiện {shown} trên {size} byte)", "(showing {shown} of {size} bytes)"),
    "article.json": ("Bản ghi JSON", "JSON record"),
    "article.history": ("Các phiên bản trước", "Earlier versions"),
    "article.no_facts": ("Không có thông tin nào được trích xuất.", "No fact extracted."),
    "article.titles": ("chức danh", "titles"),
    "article.meeting_tasks": ("Nhiệm vụ", "Tasks"),
    "kind.date": ("Thời gian", "Dates"),
    "kind.person": ("Nhân vật", "People"),
    "kind.organization": ("Tổ chức", "Organisations"),
    "kind.place": ("Địa danh", "Places"),
    "kind.document": ("Văn bản", "Documents"),
    "kind.meeting": ("Hội nghị, sự kiện", "Meetings"),
    "kind.task": ("Nhiệm vụ", "Tasks"),
    "prov.source": ("Đầu vào", "Input"),
    "prov.url": ("Địa chỉ", "URL"),
    "prov.read_at": ("Thời điểm đọc", "Read at"),
    "prov.encoding": ("Bảng mã", "Encoding"),
    "prov.size": ("Kích thước (byte)", "Size (bytes)"),
    "prov.sha256": ("SHA-256", "SHA-256"),
    "prov.warnings": ("Cảnh báo", "Warnings"),
    "prov.extractor": ("Phiên bản bộ trích xuất", "Extractor version"),
    "prov.archive_source": ("Nguồn tin", "Source"),
    "entity.articles": ("{count} bài, {mentions} lần nhắc", "{count} articles, {mentions} mentions"),
    "entity.seen": ("Xuất hiện từ {first} đến {last}", "Seen from {first} to {last}"),
    "entity.over_time": ("Số bài nhắc đến theo thời gian", "Mentions over time"),
    "entity.titles": ("Chức danh", "Titles held"),
    "entity.office_holders": ("Chức danh tại tổ chức", "Titles held in it"),
    "entity.cooccurring": ("Thường xuất hiện cùng", "Appears with"),
    "entity.window": ("Đếm trên {count} bài mới nhất.", "Counted over the {count} newest articles."),
    "entity.recent": ("Bài viết nhắc đến", "Articles mentioning it"),
    "entity.unit": ("Đơn vị hành chính", "Administrative unit"),
    "entity.unit_code": ("Mã đơn vị", "Unit code"),
    "entity.level": ("Cấp", "Level"),
    "entity.valid_at": ("Theo bản đồ hành chính", "Map in force"),
    "entity.new_unit": ("Nay thuộc", "Now part of"),
    "entity.search": ("Tìm các bài này", "Search these articles"),
    "list.filter": ("Lọc theo tên", "Filter by name"),
    "list.total": ("{total} mục", "{total} entries"),
    "doc.identifier": ("Mã định danh", "Identifier"),
    "doc.number": ("Số", "Number"),
    "doc.term": ("Nhiệm kỳ", "Term"),
    "doc.year": ("Năm", "Year"),
    "doc.citing": ("Các bài trích dẫn ({count})", "Citing articles ({count})"),
    "doc.timeline": ("Dòng thời gian trích dẫn", "Citations over time"),
    "doc.sources": ("Nguồn đã trích dẫn", "Sources that cited it"),
    "doc.register": ("Sổ văn bản", "Document register"),
    "meeting.subject": ("Nội dung", "Subject"),
    "meeting.chair": ("Chủ trì", "Chair"),
    "meeting.participants": ("Tham dự", "Participants"),
    "meeting.locations": ("Địa điểm", "Locations"),
    "meeting.bridge_points": ("Điểm cầu", "Bridge points"),
    "meeting.format": ("Hình thức", "Format"),
    "meeting.part_of_day": ("Buổi", "Part of day"),
    "meeting.reported": ("Bài đưa tin", "Reported in"),
    "meeting.related": ("Các bài khác về hội nghị này", "Other reports of this meeting"),
    "meeting.over_time": ("Các bài đưa tin theo ngày", "Reports by day"),
    "meeting.words": ("Đoạn văn", "In the words of the article"),
    "meeting.entities": ("Nhân vật, tổ chức, địa danh liên quan", "People, organisations and places around it"),
    "error.title": ("Lỗi {status}", "Error {status}"),
    "error.not_found": ("Không tìm thấy trang hoặc mục này.", "No such page or entry."),
    "error.bad_request": ("Tham số không hợp lệ.", "Invalid parameters."),
    "error.server": ("Lỗi máy chủ.", "Server error."),
    "error.back": ("Về trang chủ", "Back to the home page"),
    "docs.title": ("Tài liệu API", "API documentation"),
    "docs.intro": ("Mỗi trang có bản JSON tương ứng dưới /api/v1. Mô tả OpenAPI đầy đủ: ",
                   "Every page has its JSON under /api/v1. The full OpenAPI description: "),
    "docs.parameters": ("Tham số", "Parameters"),
    "docs.responses": ("Phản hồi", "Responses"),
    "pager.more": ("Xem thêm", "More"),
    # Words of the data (a date's granularity, a unit's level, a part of the day), shown through term().
    "granularity.day": ("ngày", "day"),
    "granularity.datetime": ("ngày giờ", "date and time"),
    "granularity.time": ("giờ", "time"),
    "granularity.time-range": ("khoảng giờ", "time range"),
    "granularity.month": ("tháng", "month"),
    "granularity.quarter": ("quý", "quarter"),
    "granularity.half-year": ("nửa năm", "half-year"),
    "granularity.year": ("năm", "year"),
    "granularity.day-range": ("khoảng ngày", "range of days"),
    "granularity.month-range": ("khoảng tháng", "range of months"),
    "granularity.year-range": ("khoảng năm", "range of years"),
    "granularity.week": ("tuần", "week"),
    "granularity.datetime-range": ("khoảng thời gian", "range of times"),
    "granularity.relative": ("tương đối", "relative"),
    "level.country": ("quốc gia", "country"),
    "level.region": ("vùng", "region"),
    "level.province": ("tỉnh, thành phố", "province"),
    "level.district": ("quận, huyện", "district"),
    "level.ward": ("xã, phường", "commune"),
    "part.morning": ("sáng", "morning"),
    "part.noon": ("trưa", "noon"),
    "part.afternoon": ("chiều", "afternoon"),
    "part.evening": ("tối", "evening"),
    "part.night": ("đêm", "night"),
    "none": ("—", "—"),
}


def pick_language(query_value: str | None, cookie_value: str | None) -> str:
    """The language of a request: ``?lang=``, else the cookie, else Vietnamese (unknown values ignored)."""
    for value in (query_value, cookie_value):
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


class Translator:
    """The UI strings of one language: ``t("key", name=value)`` formats the template string."""

    def __init__(self, language: str, catalogue: Mapping[str, tuple[str, str]] = CATALOGUE) -> None:
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        self._column = LANGUAGES.index(self.language)
        self._catalogue = catalogue

    def __call__(self, key: str, **values: object) -> str:
        entry = self._catalogue.get(key)
        if entry is None:
            return key  # a missing key shows itself rather than failing the page
        text = entry[self._column]
        return text.format(**values) if values else text

    def term(self, group: str, value: object) -> str:
        """A word of the data in the language (``term("level", "province")``), else the value as it is."""
        text = "" if value is None else str(value)
        entry = self._catalogue.get(f"{group}.{text}")
        return entry[self._column] if entry else text

    @property
    def other(self) -> str:
        """The language the switch leads to."""
        return LANGUAGES[1 - self._column]
