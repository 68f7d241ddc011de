"""RFC 3339 times as Tijori writes and reads them: the one home of that rule.

Tijori writes UTC with a `Z`: to the microsecond in the journal and in statements
(`rfc3339`), to the second in policies (`format_time`), and shows it on screen to
the minute (`display_time`). It reads any RFC 3339 time with a zone (`parse_time`).
An attestation's times are judged against the reader's clock allowing `CLOCK_SKEW`
(FORMAT.md §5.2, §8).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.messages import msg

#: How far ahead of a reader's clock a time may be and still not count as the future.
CLOCK_SKEW = timedelta(minutes=5)


def rfc3339(moment: datetime) -> str:
    """UTC time as RFC 3339 with a Z, to the microsecond."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def format_time(moment: datetime) -> str:
    """UTC time as RFC 3339 with a Z, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def display_time(moment: datetime) -> str:
    """UTC time as people read it on screen: "2026-12-05 09:14" (to the minute, no zone)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


def parse_time(text: Any, where: str) -> datetime:
    """An RFC 3339 time with a zone, in UTC; InvalidInput naming `where` otherwise."""
    if not isinstance(text, str):
        raise InvalidInput(msg("{where} is not an RFC 3339 time", where=where))
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(msg("{where} {text!r} is not an RFC 3339 time",
                               where=where, text=text)) from None
    if moment.tzinfo is None:
        raise InvalidInput(msg("{where} {text!r} has no time zone", where=where, text=text))
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00:00+01:00 is before the first representable UTC
        raise InvalidInput(msg("{where} {text!r} is out of range",
                               where=where, text=text)) from None


def parse_date_or_time(text: Any, where: str) -> datetime:
    """A date alone (YYYY-MM-DD, meaning midnight UTC) or an RFC 3339 time, as the
    commands that set an expiry take it."""
    if isinstance(text, str) and len(text.strip()) == 10:
        text = f"{text.strip()}T00:00:00Z"
    return parse_time(text.strip() if isinstance(text, str) else text, where)


def in_future(moment: datetime, now: datetime) -> bool:
    """Is `moment` beyond `now` by more than the allowed clock skew?"""
    return moment > now + CLOCK_SKEW


_AGE = re.compile(r"([0-9]{1,6})\s*(d|h|m|w)")
_UNITS = {"d": "days", "h": "hours", "m": "minutes", "w": "weeks"}


def parse_age(text: str, where: str = "--max-age") -> timedelta:
    """A maximum age such as "35d", "12h", "90m" or "5w"."""
    match = _AGE.fullmatch(str(text).strip())
    if not match:
        raise InvalidInput(msg("{where} {text!r} is not an age such as 35d, 12h, 90m or 5w",
                               where=where, text=text),
                           "max_age")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def describe_age(age: timedelta) -> str:
    """An age as people say it: "34 days", "5 hours", "12 minutes"."""
    seconds = int(age.total_seconds())
    if seconds < 0:
        return msg("in the future")
    if seconds >= 86400:
        days = seconds // 86400
        return msg("1 day") if days == 1 else msg("{count} days", count=days)
    if seconds >= 3600:
        hours = seconds // 3600
        return msg("1 hour") if hours == 1 else msg("{count} hours", count=hours)
    if seconds >= 60:
        minutes = seconds // 60
        return msg("1 minute") if minutes == 1 else msg("{count} minutes", count=minutes)
    return msg("less than a minute")
