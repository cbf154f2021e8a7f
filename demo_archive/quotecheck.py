"""Find quoted spans in text and compare them with the real quotes.

Shared by build.py (to fill the manifest) and check.py (to verify the pages).
Stdlib only.
"""
from __future__ import annotations

import html
import re

OPEN_CLOSE = {"“": "”", '"': '"'}
_HEADLINE_QUOTE = re.compile(r"(?:^|(?<=[\s:]))‘(.+?)’(?=$|[\s,.:;!?])")


def quoted_spans(text: str, open_from_previous: bool = False) -> list[tuple[str, bool, bool]]:
    """Return (span, opened_here, closed) for each double-quoted span in one paragraph.

    A paragraph that opens a quotation mark and never closes it runs to its end
    (the next paragraph of a multi-paragraph quote reopens the mark).
    ``open_from_previous`` is accepted for symmetry and not needed: each
    continuation paragraph in British style starts with its own opening mark.
    """
    spans = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in OPEN_CLOSE:
            j = text.find(OPEN_CLOSE[c], i + 1)
            if j < 0:
                spans.append((text[i + 1:], True, False))
                break
            spans.append((text[i + 1:j], True, True))
            i = j + 1
            continue
        i += 1
    return spans


def headline_spans(text: str) -> list[str]:
    """Single-quoted spans in a headline (‘…’), ignoring apostrophes."""
    return _HEADLINE_QUOTE.findall(text)


def normalise(text: str) -> str:
    """Unescape, fold curly quotes and dashes that sources vary on, collapse whitespace."""
    text = html.unescape(text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text)
    return text.strip()


def normalise_span(span: str) -> str:
    """A quoted span for comparison: trailing commas/full stops belong to the prose."""
    s = normalise(span)
    return s.strip(" \"'").rstrip(" ,.;:").strip()
