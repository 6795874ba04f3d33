"""RFC 3339 date-time, full-date and full-time checks for the oracle, written from the RFC.

jsonschema checks these formats with rfc3339-validator and datetime.date, which differ from RFC 3339
in three places the differential test exercises on purpose:
- second 60: RFC 3339 allows it (section 5.6) for a leap second, which section 5.7 and appendix D
  place at the end of a month, 23:59:60 in UTC; rfc3339-validator rejects every second 60;
- year 0000: date-fullyear is 4DIGIT, so 0000 is valid; Python's calendar and datetime start at 1;
- a final newline: rfc3339-validator's pattern ends in Python's `$`, which also matches before one.
These functions take the RFC's side: `\\Z` is the true end, years 0000-9999 use the proleptic
Gregorian calendar, and second 60 is accepted when it is 23:59:60 UTC on a month's last day
(a time, which has no date, only needs 23:59:60 UTC).
"""

import re

_DATE = r"(\d{4})-(\d{2})-(\d{2})"
_TIME = r"(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?([Zz]|[+-]\d{2}:\d{2})"
_DATE_TIME = re.compile(_DATE + r"[Tt]" + _TIME + r"\Z", re.ASCII)
_FULL_DATE = re.compile(_DATE + r"\Z", re.ASCII)
_FULL_TIME = re.compile(_TIME + r"\Z", re.ASCII)


def _days_in_month(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _valid_date(year, month, day):
    return 1 <= month <= 12 and 1 <= day <= _days_in_month(year, month)


def _offset_minutes(text):
    """Minutes east of UTC, or None when the offset is out of range."""
    if text in ("Z", "z"):
        return 0
    hours, minutes = int(text[1:3]), int(text[4:6])
    if hours > 23 or minutes > 59:
        return None
    return (hours * 60 + minutes) * (1 if text[0] == "+" else -1)


def _valid_time(hour, minute, second, offset):
    return hour <= 23 and minute <= 59 and second <= 60 and offset is not None


def is_date_time(instance):
    if not isinstance(instance, str):
        return True
    match = _DATE_TIME.match(instance)
    if not match:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    offset = _offset_minutes(match.group(7))
    if not _valid_date(year, month, day) or not _valid_time(hour, minute, second, offset):
        return False
    if second != 60:
        return True
    utc = hour * 60 + minute - offset
    if utc < 0:
        utc += 24 * 60
        day -= 1
        if day == 0:
            month -= 1
            if month == 0:
                month, year = 12, year - 1
            day = _days_in_month(year, month)
    elif utc >= 24 * 60:
        utc -= 24 * 60
        day += 1
        if day > _days_in_month(year, month):
            day, month = 1, month + 1
            if month == 13:
                month, year = 1, year + 1
    return utc == 23 * 60 + 59 and day == _days_in_month(year, month)


def is_full_date(instance):
    if not isinstance(instance, str):
        return True
    match = _FULL_DATE.match(instance)
    return bool(match) and _valid_date(*(int(match.group(i)) for i in range(1, 4)))


def is_full_time(instance):
    if not isinstance(instance, str):
        return True
    match = _FULL_TIME.match(instance)
    if not match:
        return False
    hour, minute, second = (int(match.group(i)) for i in range(1, 4))
    offset = _offset_minutes(match.group(4))
    if not _valid_time(hour, minute, second, offset):
        return False
    return second != 60 or (hour * 60 + minute - offset) % (24 * 60) == 23 * 60 + 59
