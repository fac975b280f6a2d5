"""Plain values of metadata fields, which metadata and bylines both read: a date as ISO 8601, the words of a
name or a title."""

from __future__ import annotations

import re
import warnings
from datetime import datetime
from functools import lru_cache

from dateutil import parser as dateutil_parser

_WORD = re.compile(r"\w+")


def iso_8601(value: object) -> str | None:
    """A date as ISO 8601: date-time with its UTC offset when the value has a time and a zone, date-time
    without offset when it has a time only, the date alone when it has no time; ``None`` when it is no date.

    "2024-03-05 09:30:00" → "2024-03-05T09:30:00"; "2024-03-05T09:30:00Z" → "2024-03-05T09:30:00+00:00";
    "Nov 19, 2019" and "2019-11-19" → "2019-11-19".
    """
    if value is None:
        return None
    text = str(value).strip()
    # A full date has a year, and dateutil reads years from digits only: a title's words are no date.
    return _iso_8601(text) if any(map(str.isdigit, text)) else None


@lru_cache(maxsize=4096)  # a page's date goes through here several times (structured data, hints, the draft)
def _iso_8601(text: str) -> str | None:
    try:
        # Two parses with different fill-ins tell what the value itself says: a date part that differs was
        # missing (no full date, so no date), a time that differs was missing (the date alone). A zone
        # name dateutil does not know ("EST") leaves the time without offset.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", dateutil_parser.UnknownTimezoneWarning)
            first = dateutil_parser.parse(text, default=datetime(2000, 1, 1, 0, 0, 0))
            second = dateutil_parser.parse(text, default=datetime(2001, 2, 2, 1, 1, 1))
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date():
        return None
    if first.time() != second.time():
        return first.date().isoformat()
    return first.isoformat(timespec="seconds" if first.microsecond == 0 else "microseconds")


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())
