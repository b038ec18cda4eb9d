"""Words of meetings and task lists in Vietnamese official news.

A *hội nghị* (conference), *hội thảo* (workshop), *kỳ họp* (session of a council),
*phiên họp* (sitting), *buổi làm việc* (working visit), *lễ* (ceremony) ... is
often held online with several *điểm cầu* ("bridge points": the linked halls in
the provinces). The tasks it sets are listed after phrases like "tập trung vào
các nội dung:" and separated by semicolons.
"""

from __future__ import annotations

MEETING_NOUNS = (
    "hội nghị trực tuyến", "hội nghị", "hội thảo", "tọa đàm", "kỳ họp", "phiên họp", "cuộc họp báo", "buổi họp báo",
    "họp báo", "cuộc họp", "buổi họp", "họp giao ban", "đại hội đồng cổ đông", "buổi tiếp", "buổi kiểm tra",
    "hội đàm", "hội kiến", "đối thoại", "giao lưu",
    "buổi làm việc", "buổi tiếp xúc cử tri", "buổi gặp mặt", "buổi đối thoại", "lễ khởi công", "lễ khánh thành",
    "lễ kỷ niệm", "lễ trao", "lễ ra mắt", "lễ phát động", "lễ công bố", "lễ mít tinh", "lễ ký kết", "lễ khai giảng",
    "lễ", "đại hội", "diễn đàn", "chương trình gặp mặt", "buổi lễ", "hội nghị trực tiếp",
)
"""Heads of meeting names, longest first where one contains another (matched in canonical lowercase)."""

MEETING_CLASSIFIERS = ("buổi", "cuộc")
"""Classifiers a meeting's name may open with: "buổi họp báo" and "họp báo" name one kind of meeting."""

MEETING_TYPE_WORDS = (
    "sơ kết", "tổng kết", "trực tuyến", "chuyên đề", "thường kỳ", "thường niên", "giao ban", "triển khai",
    "quán triệt", "lần thứ", "bất thường", "toàn quốc", "khai mạc", "bế mạc",
)
"""Words that, right after the head, say what kind of meeting it is ("hội nghị sơ kết")."""

HOLDING_VERBS = ("tổ chức", "khai mạc", "diễn ra", "chủ trì", "tiến hành", "họp", "làm việc với", "dự")
"""Verbs that show a meeting is the article's event, not one mentioned in passing."""

OPENING_WORDS = ("khai mạc",)
CLOSING_WORDS = ("bế mạc", "kéo dài đến")
"""A date right after these opens or closes the meeting: "khai mạc vào thứ hai, ngày 4/12, bế mạc vào ngày 7/12"."""

PREPARING_WORDS = ("chuẩn bị", "giới thiệu về")
"""Before a meeting's name, the sentence is about preparing or presenting it ("chuẩn bị kỳ họp thứ nhất", "họp báo
giới thiệu về kỳ họp thứ 4"): its date is not the meeting's."""

CHAIR_MARKERS = ("chủ trì", "đồng chủ trì")
"""A person followed (or preceded, "do … chủ trì") by these chairs the meeting."""

PARTICIPANT_MARKERS = ("dự", "tham dự", "cùng dự", "có sự tham dự của")
BRIDGE_POINT_MARKERS = ("điểm cầu",)
"""A place after "điểm cầu" is a linked hall of an online meeting."""

LOCATION_MARKERS = ("tại",)

TASK_LIST_OPENERS = (
    "tập trung vào các nội dung", "tập trung vào những nội dung", "tập trung thực hiện các nhiệm vụ",
    "tập trung các nhiệm vụ", "các nhiệm vụ trọng tâm", "nhiệm vụ trọng tâm là", "nhiệm vụ trọng tâm",
    "các nhiệm vụ", "những nhiệm vụ", "nhiệm vụ", "các giải pháp", "giải pháp", "các nội dung", "các yêu cầu",
    "yêu cầu", "đề nghị", "tập trung", "chỉ đạo", "như sau", "lĩnh vực", "chỉ thị", "giao", "cần",
)
"""Phrases that open a task list when a colon follows them in the same sentence (or "là" for one task)."""

SEMICOLON_LIST_OPENERS = (
    "tập trung vào việc", "giám sát việc", "nhiệm vụ quan trọng đó là", "nhiệm vụ quan trọng là", "nhiệm vụ đó là",
    "nhiệm vụ là", "nhiệm vụ chính là", "nhiệm vụ trọng tâm là", "giải pháp là",
)
"""Phrases that open a list without a colon: semicolons follow ("sẽ giám sát việc …; …; …"), or,
for those ending in "là", a single task runs to the end of the sentence."""

TASK_VERBS = (
    "chỉ đạo", "khẩn trương", "tuyệt đối", "rà soát", "đẩy mạnh", "tăng cường", "thực hiện", "tập trung",
    "nâng cao", "kiểm tra", "giao", "yêu cầu", "triển khai", "đảm bảo", "bảo đảm", "xử lý", "tiếp tục",
    "hoàn thành", "siết chặt", "quản lý", "bắt buộc", "tổ chức", "phối hợp", "chủ động", "nghiêm cấm",
    "tạm dừng", "đề nghị", "phát huy", "xây dựng", "đổi mới", "quán triệt", "củng cố", "huy động", "kiên quyết",
)
"""Verbs that open an imperative sentence: a task list that runs on over several sentences."""

TASK_ITEM_OPENERS = ("một là", "hai là", "ba là", "bốn là", "năm là", "sáu là", "bảy là", "thứ nhất", "thứ hai",
                     "thứ ba", "thứ tư", "thứ năm")
"""Ordinal openers of task items ("Một là, …; Hai là, …")."""
