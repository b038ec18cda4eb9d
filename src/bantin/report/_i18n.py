"""The words of the report in Vietnamese (the default) and English, and how numbers and dates are written.

Every label a renderer shows comes from ``i18n/vi.json`` or ``i18n/en.json``
(one key each, a test checks both have the same keys); values are formatted
the way readers of the language write them: "1.234" and "16/7/2024" in
Vietnamese, "1,234" and "16 Jul 2024" in English.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources

from bantin.report._errors import ReportError, ReportRequestError
from bantin.report._model import LANGUAGES

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(lang: str) -> dict[str, str]:
    """Every label of one language, by key."""
    if lang not in LANGUAGES:
        raise ReportRequestError(f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}")
    text = (resources.files("bantin.report") / "i18n" / f"{lang}.json").read_text(encoding="utf-8")
    labels: dict[str, str] = json.loads(text)
    return labels


class Labels:
    """The labels and formats of one language, as the templates call them: ``t("key", name=value)``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._labels = catalogue(lang)

    def __call__(self, key: str, **values: object) -> str:
        try:
            label = self._labels[key]
        except KeyError:
            raise ReportError(f"no label {key!r} in the {self.lang} catalogue (bantin/report/i18n)") from None
        return label.format(**values) if values else label

    def number(self, value: int) -> str:
        """A count with the language's thousands separator."""
        text = f"{value:,}"
        return text.replace(",", ".") if self.lang == "vi" else text

    def date(self, value: dt.date | None) -> str:
        """A day: ``16/7/2024`` in Vietnamese, ``16 Jul 2024`` in English."""
        if value is None:
            return self("none")
        if self.lang == "vi":
            return f"{value.day}/{value.month}/{value.year}"
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"

    def month(self, value: str, *, short: bool = False) -> str:
        """A month ("2024-07"): ``7/2024`` (``T7/24`` short) in Vietnamese, ``Jul 2024`` (``Jul 24``) in English."""
        year, month = int(value[:4]), int(value[5:7])
        if self.lang == "vi":
            return f"T{month}/{year % 100:02d}" if short else f"{month}/{year}"
        return f"{_MONTHS_EN[month - 1]} {year % 100:02d}" if short else f"{_MONTHS_EN[month - 1]} {year}"

    def change(self, current: int, previous: int) -> str:
        """The change from ``previous`` to ``current`` in percent, signed ("+12,5%"); "new" from zero."""
        if previous == 0:
            return self("change.new") if current else self("none")
        percent = (current - previous) * 100 / previous
        text = f"{percent:+.1f}%"
        return text.replace(".", ",") if self.lang == "vi" else text

    def timestamp(self, value: dt.datetime) -> str:
        """A moment, to the minute, in UTC."""
        return f"{self.date(value.date())} {value:%H:%M} UTC"
