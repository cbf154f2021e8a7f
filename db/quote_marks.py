"""Find the stretches of an article that sit between quotation marks.

This knows nothing of speakers: it pairs marks, so that the attribution rules
see clean spans. Why it is more than a regex:

* news text mixes straight ("), curly (“ ”) and single (‘ ’ ') marks, and the
  single ones double as apostrophes ("don’t", "Smiths’", "’90s");
* a quote that runs over several paragraphs leaves each paragraph open and
  reopens the next one, so a paragraph with an unclosed mark continues only
  when the next paragraph starts with an opening mark;
* an embedded tweet or an image caption can sit between two paragraphs of
  one quote, and is stepped over;
* a stray mark must not swallow the rest of the article, so an unclosed quote
  stops at its paragraph's end and every run is capped in length.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Quotes longer than this are cut: no real quote runs this long, a stray mark can.
MAX_QUOTE_CHARS = 6000
# How many tweet or caption paragraphs may interrupt one quote.
MAX_INTERRUPTIONS = 3

OPEN_DOUBLE = "\u201c\u201e"  # “ „
CLOSE_DOUBLE = "\u201d"  # ”
STRAIGHT_DOUBLE = '"'
DOUBLE_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE
OPEN_SINGLE = "\u2018"  # ‘
CLOSE_SINGLE = "\u2019"  # ’ (also the apostrophe)
STRAIGHT_SINGLE = "'"
ALL_MARKS = DOUBLE_MARKS + OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE

_PARAGRAPH = re.compile(r"[^\n]+")
# A height in feet and inches: the double mark after it measures, it does not quote.
_FEET = re.compile(r"\b\d['\u2019]\d{1,2}$")
_DOUBLE_RE = re.compile("[" + re.escape(DOUBLE_MARKS) + "]")
_SINGLE_OPEN_RE = re.compile("[\u2018']")
_TWEET = re.compile(
    r"(^\s*[\u2014\u2013-]+\s*[^\n]*\(@\w{1,15}\))|pic\.twitter\.com/|https?://t\.co/|"
    r"\(@\w{1,15}\)\s+[A-Z][a-z]+\.? \d{1,2},? \d{4}"
)
_CAPTION = re.compile(
    r"^\s*(image|photo|picture|video|media)( caption| copyright)?\b|"
    r"\((getty|reuters|pa|ap|afp)( images)?\)\s*$|photograph:|^\s*(read more|related|advertisement)\b",
    re.I,
)
# "members’ votes", "MPs’.’": an s, the mark, then a word or the real closing mark.
_PLURAL_POSSESSIVE = re.compile(r"s[\u2019'](?:\s[a-z]|[.,;:!?][\u2019'])")
# Single-quote openers that are really elisions: ’90s, ’em, ’tis.
_ELISION = re.compile(r"(\d0s|em|tis|twas|n|cause|til|bout)\b", re.I)


@dataclass
class Piece:
    """One paragraph's share of a quote: the marks and the text between them."""

    open: int  # index of the opening mark
    close: int | None  # index of the closing mark; None if the paragraph ended first
    start: int  # first character of the content
    end: int  # one past the last character of the content
    paragraph: int
    single: bool = False  # quoted with single marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: "\\n\\n" and "\\n" both separate paragraphs."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        if m.group().strip():
            spans.append((m.start(), m.end()))
    return spans


def is_interruption(line: str) -> bool:
    """True for a paragraph that is an embedded tweet or an image caption, not article prose."""
    return bool(_TWEET.search(line) or _CAPTION.search(line))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opens_paragraph(text: str, start: int, end: int) -> int | None:
    """Index of the opening double mark that starts this paragraph, if it starts with one."""
    i = start
    while i < end and text[i].isspace():
        i += 1
    if i < end and text[i] in OPEN_DOUBLE + STRAIGHT_DOUBLE:
        return i
    return None


def _char_before(text: str, i: int, start: int) -> str:
    """The character before ``i`` in its paragraph, skipping invisible direction marks (U+202A, U+200E …)."""
    while i > start and unicodedata.category(text[i - 1]) == "Cf":
        i -= 1
    return text[i - 1] if i > start else " "


def _double_pieces(text: str, start: int, end: int, reopen_at: int | None = None) -> tuple[list[list[int | None]], int | None]:
    """Pair the double marks of one paragraph.

    Returns ``[[open, close], ...]`` with ``close`` None for a mark left open at
    the paragraph's end, and that open mark's index (or None).
    """
    pairs: list[list[int | None]] = []
    open_at: int | None = None
    nested = False  # inside curly marks nested in a straight-quoted stretch: "… about “Equal Justice” anymore."
    for m in _DOUBLE_RE.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        before = _char_before(text, i, start)
        after = text[i + 1] if i + 1 < end else " "
        if _FEET.search(text, max(start, i - 6), i):
            continue  # "he’s like 6’2”": an inch mark, no quotation mark
        if nested:
            nested = ch not in CLOSE_DOUBLE
            continue
        if open_at is None:
            if ch == STRAIGHT_DOUBLE and after in OPEN_DOUBLE:
                continue  # '"“If I was …”': a stray straight mark doubling the curly opener
            if ch in CLOSE_DOUBLE and not (before.isspace() or before in "([\u2014-"):
                continue  # a stray closer: nothing to close
            if ch == STRAIGHT_DOUBLE and after.isspace() and not before.isspace() and i > start:
                continue  # a straight closer with no opener
            open_at = i
        else:
            if ch in OPEN_DOUBLE and i == open_at + 1 and text[open_at] in OPEN_DOUBLE:
                open_at = i  # "language: ““Radical …”": an opener typed twice
                continue
            if ch in OPEN_DOUBLE and (before.isspace() or before in "([\u2014") and not after.isspace():
                if text[open_at] == STRAIGHT_DOUBLE and text.find(CLOSE_DOUBLE, i, end) >= 0:
                    nested = True  # curly marks inside straight ones: a quote within the quote
                    continue
                # A second opener before any closer: the first was never closed.
                # Treat the earlier one as stray and start again here.
                open_at = i
                continue
            pairs.append([open_at, i])
            open_at = None
    if open_at is not None:
        pairs.append([open_at, None])
    return pairs, open_at


def _single_pieces(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-quoted spans outside double quotes, where an opener and a closer both look real."""
    spans: list[tuple[int, int]] = []
    m = _SINGLE_OPEN_RE.search(text, start, end)
    if m is None:
        return spans
    i = m.start()
    while i < end:
        ch = text[i]
        if ch in (OPEN_SINGLE, STRAIGHT_SINGLE) and not any(a <= i < b for a, b in taken):
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if (before.isspace() or before in "([\u2014-") and after.isalnum() and not _ELISION.match(text, i + 1):
                close = _find_single_close(text, i + 1, end)
                if close is not None:
                    spans.append((i, close))
                    i = close + 1
                    continue
        m = _SINGLE_OPEN_RE.search(text, i + 1, end)
        if m is None:
            break
        i = m.start()
    return spans


_TWO_APOSTROPHES = re.compile("''")


def _two_apostrophe_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches between two-apostrophe marks (''…''), which some archives write for double quotation marks.

    They are not read as quotes, but the single marks inside them are a quote within
    a quote ("''He said, 'No daylight.'.''"), not words of the outer speaker's own.
    """
    spans: list[tuple[int, int]] = []
    open_at = None
    for m in _TWO_APOSTROPHES.finditer(text, start, end):
        if open_at is None:
            if _char_before(text, m.start(), start).isspace():  # (" " at the paragraph's start too)
                open_at = m.start()
        else:
            spans.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end))
    return spans


def _find_single_close(text: str, i: int, end: int) -> int | None:
    first = None
    while i < end:
        ch = text[i]
        if ch in (CLOSE_SINGLE, STRAIGHT_SINGLE):
            before = text[i - 1]
            after = text[i + 1] if i + 1 < end else " "
            if not before.isspace() and not after.isalnum():
                if not _PLURAL_POSSESSIVE.match(text, i - 1, end):
                    return i
                # "‘… the members’ votes prove it.’": a plural possessive, unless no later mark closes
                first = i if first is None else first
        elif ch in DOUBLE_MARKS:
            break
        i += 1
    return first


def find_quoted(text: str) -> list[list[Piece]]:
    """Every quote in ``text`` as a run of pieces, one per paragraph it spans.

    A run has several pieces when a paragraph leaves a double mark open and a
    later paragraph (after at most a few tweet or caption paragraphs) opens
    with a mark. Otherwise an open mark closes at its paragraph's end.
    """
    paras = paragraphs(text)
    runs: list[list[Piece]] = []
    carry: list[Piece] | None = None  # a run waiting for the next paragraph to reopen
    skipped = 0
    for index, (p_start, p_end) in enumerate(paras):
        if carry is not None:
            reopen = _opens_paragraph(text, p_start, p_end)
            if reopen is None:
                if is_interruption(text[p_start:p_end]) and skipped < MAX_INTERRUPTIONS:
                    skipped += 1
                    continue
                runs.append(carry)
                carry = None
        skipped = 0
        pairs, _ = _double_pieces(text, p_start, p_end)
        taken = []
        for open_at, close_at in pairs:
            assert open_at is not None
            c_end = close_at if close_at is not None else p_end
            start, stop = _trim(text, open_at + 1, c_end)
            piece = Piece(open_at, close_at, start, stop, index)
            taken.append((open_at, c_end + 1))
            if carry is not None and open_at == _opens_paragraph(text, p_start, p_end):
                carry.append(piece)
                if close_at is None and _run_length(carry) < MAX_QUOTE_CHARS:
                    continue
                runs.append(carry)
                carry = None
                continue
            if carry is not None:
                runs.append(carry)
                carry = None
            if close_at is None:
                carry = [piece]
            else:
                runs.append([piece])
        if carry is not None and carry[-1].paragraph != index:
            runs.append(carry)
            carry = None
        for open_at, close_at in _single_pieces(text, p_start, p_end, taken + _two_apostrophe_spans(text, p_start, p_end)):
            start, stop = _trim(text, open_at + 1, close_at)
            if stop > start:
                runs.append([Piece(open_at, close_at, start, stop, index, single=True)])
    if carry is not None:
        runs.append(carry)
    runs = [r for r in runs if any(p.end > p.start for p in r)]
    runs.sort(key=lambda r: r[0].open)
    return [_cap(r) for r in runs]


def _run_length(run: list[Piece]) -> int:
    return sum(p.end - p.start for p in run)


def _cap(run: list[Piece]) -> list[Piece]:
    """Cut a run at MAX_QUOTE_CHARS so that a stray mark cannot make a runaway quote."""
    kept, total = [], 0
    for piece in run:
        if total + (piece.end - piece.start) > MAX_QUOTE_CHARS:
            if not kept:
                kept.append(Piece(piece.open, None, piece.start, piece.start + MAX_QUOTE_CHARS, piece.paragraph, piece.single))
            break
        kept.append(piece)
        total += piece.end - piece.start
    return kept
