"""Weekday names as news pages print them.

Vietnamese numbers the weekdays from Monday = "thứ Hai" (the second day) to
Saturday = "thứ Bảy"; Sunday is "Chủ nhật". Pages write them in words, in digits
("Thứ 2") or abbreviated ("T2", "CN"). Values are Python's ``date.weekday()``.
"""

from __future__ import annotations

WEEKDAY_WORDS: dict[str, int] = {
    "thứ hai": 0, "thứ 2": 0, "t2": 0,
    "thứ ba": 1, "thứ 3": 1, "t3": 1,
    "thứ tư": 2, "thứ 4": 2, "t4": 2,
    "thứ năm": 3, "thứ 5": 3, "t5": 3,
    "thứ sáu": 4, "thứ 6": 4, "t6": 4,
    "thứ bảy": 5, "thứ 7": 5, "t7": 5,
    "chủ nhật": 6, "cn": 6,
}
"""Lowercased, canonical-form weekday spellings -> ``date.weekday()``."""
