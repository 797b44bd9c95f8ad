"""Parse the publication dates outlets write into ISO 8601, or None with a warning: never a made-up date."""
from __future__ import annotations

import re
from datetime import date, datetime

_FORMATS = (
    "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d",
    "%m/%d/%Y", "%m/%d/%y", "%m-%d-%Y",
    "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%B %d %Y", "%b %d %Y",
    "%d %B %Y", "%d %b %Y", "%d %B, %Y", "%A, %B %d, %Y", "%a, %d %b %Y", "%A %d %B %Y",
)
_MONTH_ONLY = ("%B %Y", "%b %Y", "%Y-%m")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
_ORDINAL = re.compile(r"(\d{1,2})(st|nd|rd|th)\b", re.IGNORECASE)
_EARLIEST_YEAR = 1800


def parse_date(value: object, *, today: date | None = None) -> tuple[str | None, str | None]:
    """Return (ISO date or None, warning or None) for what an outlet wrote as its date.

    Full dates become YYYY-MM-DD, a month alone YYYY-MM. Empty values are unknown without a
    warning; unparseable or impossible ones (month 13, year 3016) are unknown with one.
    """
    if value is None:
        return None, None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _checked(value, str(value), today)
    if not isinstance(value, str):
        return None, f"date {value!r} is not text; kept as unknown"
    text = " ".join(value.strip().split())
    if not text:
        return None, None
    m = _ISO_DATETIME.match(text)
    if m:
        text = m.group(1)
    text = _ORDINAL.sub(r"\1", text).replace("Sept.", "Sep.").replace("Sept ", "Sep ")
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return _checked(parsed, value, today)
    for fmt in _MONTH_ONLY:
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        iso, warning = _checked(parsed, value, today)
        return (iso[:7] if iso else None), warning
    return None, f"unparseable date {value!r}; kept as unknown"


def _checked(parsed: date, original: str, today: date | None) -> tuple[str | None, str | None]:
    limit = (today or date.today()).year + 1
    if not (_EARLIEST_YEAR <= parsed.year <= limit):
        return None, f"impossible date {original!r}; kept as unknown"
    return parsed.isoformat(), None
