"""Date expressions in news text, resolved against the day the text was published.

News rarely gives a full date: "tonight", "on Thursday", "last week", "24
September". ``resolve_date`` turns one such expression into a day and a
precision; ``find_dates`` finds every expression in a sentence. Both are plain
regular-expression rules (no dateparser: it is about a hundred times slower and
its guesses for bare weekdays ignore tense), compiled once at import.

Precision says how far the true day may be from the returned one:

- ``day``: that day.
- ``approx``: within a day either side (no date word; the published day was used).
- ``weekend``: the Saturday returned or the Sunday after it.
- ``week``: some day of the week starting on the Monday returned.
- ``month``: some day of the month starting on the 1st returned.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

PRECISIONS = ("day", "approx", "weekend", "week", "month")


class UnresolvedDate(ValueError):
    """The expression is not a date expression these rules understand."""


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

# Month names are matched case-sensitively ("May", "March" are also words);
# everything else case-insensitively.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ORD = r"(?:st|nd|rd|th)?"
_NUM = r"(?:\d+|a|one|two|three|four|five|six|seven)"

DATE_RE = re.compile(
    "|".join(
        [
            # 2016-09-24
            r"(?P<iso>\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b)",
            # 24/09/2016 or 24/09/16 (British order)
            r"(?P<dmy>\b(?P<nd>\d{1,2})/(?P<nm>\d{1,2})/(?P<ny>\d{4}|\d{2})\b)",
            # (Thursday,) 24(th) (of) September (2016)
            rf"(?P<dm>\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<dmd>\d{{1,2}}){_ORD}(?:\s+of)?\s+(?P<dmm>{_MONTH})"
            rf"(?:,?\s+(?P<dmy4>\d{{4}}))?(?![\w/-]))",
            # (Thursday,) September 24(th)(, 2016)
            rf"(?P<md>\b(?:{_WEEKDAY},?\s+)?(?P<mdm>{_MONTH})\s+(?P<mdd>\d{{1,2}}){_ORD}\b(?!:|\.\d|,\d)"
            rf"(?:,?\s+(?P<mdy4>\d{{4}})\b)?)",
            # September 2016 / in September
            rf"(?P<my>\b(?P<mym>{_MONTH})\s+(?P<myy>\d{{4}})\b)",
            rf"(?P<inm>\b(?i:in|during|by|until|throughout)\s+(?:early\s+|late\s+|mid-)?(?P<inmm>{_MONTH})(?![\w-]))",
            # tonight, today, yesterday, tomorrow, last night...
            r"(?P<rel>\b(?i:earlier\s+today|later\s+today|tonight|today(?!\s+programme)|this\s+(?:morning|afternoon|evening)"
            r"|yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night|overnight"
            r"|tomorrow(?:\s+(?:morning|afternoon|evening|night))?)\b)",
            # 3 days ago / in two days' time
            rf"(?P<ago>\b(?P<agon>{_NUM})\s+days?\s+ago\b)",
            rf"(?P<inn>\b(?i:in)\s+(?P<innn>{_NUM})\s+days?(?:['’]\s*|\s+)time\b)",
            # last week, next month, this weekend, earlier this month
            r"(?P<span>\b(?i:(?P<spq>last|this|next|earlier\s+this|later\s+this|at\s+the)\s+(?P<spu>week(?:end)?|month))\b)",
            # (on|this|next|last) Thursday (evening)
            # (not "on Monday 18 July": the explicit branches take that, from "Monday")
            rf"(?P<wd>\b(?:(?P<wdq>(?i:on|this|next|last|since|from|by|until))\s+)?(?P<wdn>{_WEEKDAY})"
            rf"(?!,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|,?\s+{_MONTH}\s+\d)"
            r"(?:['’]s)?(?:\s+(?i:morning|afternoon|evening|night))?\b)",
        ]
    )
)


_LEADING_PREPOSITION = re.compile(r"^(?i:on|by|from|until|since|before|after)\s+(?:the\s+)?")


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a sentence, and what it resolves to."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: str
    kind: str  # explicit, relative, weekday, span, month


def iso_date(value) -> dt.date | None:
    """The day of a date, a datetime or a string that starts YYYY-MM-DD; None for anything else.

    Sitemaps, feeds and contest files give days in all three forms.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _nearest_year(month: int, day: int, published: dt.date, tense: str = "unknown") -> dt.date:
    """The occurrence of day/month nearest to ``published`` (a year either side).

    When even the nearest is over four months away, the tense decides instead:
    "the freeze date of 12 January" in a past-tense July sentence is last January.
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 February in a common year, 31 June...
            continue
    if not candidates:
        raise UnresolvedDate(f"{day} {calendar.month_name[month]} is not a day")
    candidates.sort(key=lambda c: abs((c - published).days))
    best = candidates[0]
    if abs((best - published).days) > 120 and tense in ("past", "future"):
        agreeing = [c for c in candidates if (c <= published) == (tense == "past")]
        best = agreeing[0] if agreeing else best
    return best


def _nearest_month(month: int, published: dt.date, tense: str) -> dt.date:
    candidates = [dt.date(published.year + k, month, 1) for k in (-1, 0, 1)]
    if tense == "past":
        candidates = [c for c in candidates if c <= published] or candidates
    elif tense == "future":
        candidates = [c for c in candidates if c.year > published.year or c.month >= published.month] or candidates
    return min(candidates, key=lambda c: abs((c - published).days))


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekday(target: int, qualifier: str, published: dt.date, tense: str) -> dt.date:
    """A named weekday near ``published``.

    "last Thursday" is strictly before, "next Thursday" strictly after. A bare
    "(on) Thursday" looks back (on or before) in a past-tense sentence and
    forward (strictly after: the same day would be "today") in a future one;
    with no tense, the nearer wins.
    """
    back = (published.weekday() - target) % 7
    forward = (target - published.weekday()) % 7
    if qualifier in ("last", "since"):
        return published - dt.timedelta(days=back or 7)
    if qualifier == "next":
        return published + dt.timedelta(days=forward or 7)
    if qualifier == "this":
        return published + dt.timedelta(days=forward)
    if tense == "future":  # said on a Thursday, "will be held on Thursday" means next week
        return published + dt.timedelta(days=forward or 7)
    if tense == "past":
        return published - dt.timedelta(days=back)
    return published - dt.timedelta(days=back) if back <= forward else published + dt.timedelta(days=forward)


def _resolve(m: re.Match, published: dt.date, tense: str) -> tuple[dt.date, str, str]:
    """(date, precision, kind) for one match of DATE_RE."""
    g = m.group
    try:
        if g("iso"):
            return dt.date(int(g("iy")), int(g("im")), int(g("id"))), "day", "explicit"
        if g("dmy"):
            year = int(g("ny"))
            year += 2000 if year < 100 else 0
            return dt.date(year, int(g("nm")), int(g("nd"))), "day", "explicit"
        if g("dm") or g("md"):
            day = int(g("dmd") or g("mdd"))
            month = _month_number(g("dmm") or g("mdm"))
            year = g("dmy4") or g("mdy4")
            if year:
                return dt.date(int(year), month, day), "day", "explicit"
            return _nearest_year(month, day, published, tense), "day", "explicit"
    except ValueError as exc:
        raise UnresolvedDate(f"{m.group(0)!r} is not a day: {exc}") from exc
    if g("my"):
        return dt.date(int(g("myy")), _month_number(g("mym")), 1), "month", "month"
    if g("inm"):
        return _nearest_month(_month_number(g("inmm")), published, tense), "month", "month"
    if g("rel"):
        word = " ".join(g("rel").lower().split())
        if word.startswith(("yesterday", "last night", "overnight")):
            return published - dt.timedelta(days=1), "day", "relative"
        if word.startswith("tomorrow"):
            return published + dt.timedelta(days=1), "day", "relative"
        return published, "day", "relative"
    if g("ago"):
        return published - dt.timedelta(days=_number(g("agon"))), "day", "relative"
    if g("inn"):
        return published + dt.timedelta(days=_number(g("innn"))), "day", "relative"
    if g("span"):
        qualifier = " ".join(g("spq").lower().split())
        unit = g("spu").lower()
        step = {"last": -1, "next": 1}.get(qualifier, 0)
        if unit == "month":
            return _add_months(published, step), "month", "span"
        monday = published - dt.timedelta(days=published.weekday())
        if unit == "week":
            return monday + dt.timedelta(weeks=step), "week", "span"
        # weekend: "at the weekend" follows the tense; "this weekend" is the coming one.
        saturday = monday + dt.timedelta(days=5)
        # "at the weekend" is the last one in a past-tense sentence, the next one in a
        # future one, and otherwise the last one early in the week and the next one late in it.
        if qualifier == "at the" and published.weekday() < 5 and (
            tense == "past" or (tense != "future" and published.weekday() <= 2)
        ):
            step = -1
        return saturday + dt.timedelta(weeks=step), "weekend", "span"
    if g("wd"):
        qualifier = (g("wdq") or "").lower()
        return _weekday(WEEKDAYS[g("wdn").lower()], qualifier, published, tense), "day", "weekday"
    raise UnresolvedDate(f"{m.group(0)!r} is not a date expression")  # pragma: no cover


def resolve_date(expression: str, published: dt.date, tense: str = "unknown") -> tuple[dt.date, str]:
    """Resolve one date expression against the day the text was published.

    Parameters:
        expression: "tonight", "on Thursday", "last week", "24 September", "2016-09-24"...
        published: the day the article or tweet was published.
        tense: "past", "future" or "unknown": which way a bare weekday or month looks.

    Returns ``(date, precision)``; see the module docstring for precisions.
    Raises UnresolvedDate if the expression is not understood.
    """
    text = expression.strip()
    m = DATE_RE.fullmatch(text) or DATE_RE.fullmatch(_LEADING_PREPOSITION.sub("", text))
    if m is None:
        raise UnresolvedDate(f"Not a date expression: {expression!r}")
    day, precision, _ = _resolve(m, published, tense)
    return day, precision


# Words a date expression can start with. Trying DATE_RE only where one of
# them begins is many times faster than letting the regex scan every position.
_WORD = re.compile(r"[A-Za-z]+|\d+")
_CORE_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, *(w for w in NUMBER_WORDS if w != "a"), "tonight", "today", "yesterday", "tomorrow",
     "overnight"]
)
# Words that start an expression only when a date word (or "week"...) follows.
_QUALIFIERS = {
    "last": {"week", "weekend", "month", "night", *WEEKDAYS},
    "this": {"week", "weekend", "month", "morning", "afternoon", "evening", *WEEKDAYS},
    "next": {"week", "weekend", "month", *WEEKDAYS},
    "earlier": {"today", "this"}, "later": {"today", "this"}, "at": {"the"},
    **{w: set(MONTHS) | set(WEEKDAYS) for w in ("in", "during", "by", "until", "throughout", "on", "since", "from")},
}
_START_WORDS = _CORE_WORDS | set(_QUALIFIERS)


def iter_date_matches(sentence: str):
    """Matches of DATE_RE in ``sentence``, left to right, not overlapping."""
    end = 0
    tokens = list(_WORD.finditer(sentence))
    for i, word in enumerate(tokens):
        start = word.start()
        if start < end:
            continue
        token = word.group(0)
        if not token[0].isdigit():
            low = token.lower()
            if low not in _CORE_WORDS:
                follow = _QUALIFIERS.get(low)
                if follow is None or i + 1 == len(tokens) or (
                    tokens[i + 1].group(0).lower() not in follow and not tokens[i + 1].group(0)[0].isdigit()
                ):
                    continue
        m = DATE_RE.match(sentence, start)
        if m is not None:
            end = m.end()
            yield m


def resolve_match(m: re.Match, published: dt.date, tense: str = "unknown") -> DateMatch:
    """Resolve one match of DATE_RE (from ``DATE_RE.finditer``); raises UnresolvedDate."""
    day, precision, kind = _resolve(m, published, tense)
    return DateMatch(m.start(), m.end(), m.group(0), day, precision, kind)


def find_dates(sentence: str, published: dt.date, tense: str = "unknown") -> list[DateMatch]:
    """Every date expression in ``sentence``, resolved; impossible days are skipped."""
    found = []
    for m in iter_date_matches(sentence):
        try:
            found.append(resolve_match(m, published, tense))
        except UnresolvedDate:
            continue
    return found


def window(day: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """The first and last day a date of this precision may stand for."""
    if precision == "approx":
        return day - dt.timedelta(days=1), day + dt.timedelta(days=1)
    if precision == "weekend":
        return day, day + dt.timedelta(days=1)
    if precision == "week":
        return day, day + dt.timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day
