"""Split article paragraphs into sentences, without cutting inside a quote.

Attribution works sentence by sentence: a cue's speaker is in its sentence,
and reported speech runs to the end of its sentence. Two things a plain
split on full stops gets wrong, and why this module exists:

* abbreviations and initials ("Mr.", "Sen.", "U.S.", "J. K.") end no sentence;
* a full stop inside quotation marks ends no sentence of the article
  (``He called it "a mess. A disgrace." and left``), so boundaries that fall
  inside a quoted piece are ignored.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from db.quote_marks import Piece, paragraphs

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
    "jr", "sr", "inc", "co", "corp", "ltd", "vs", "v", "no", "prof", "rev", "hon", "messrs", "mt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "e.g", "i.e", "etc", "pres", "supt", "det", "adm",
    "ariz", "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "mass", "md",
    "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
    "vt", "wash", "wis", "wyo", "n.y", "n.j", "n.h", "n.c", "s.c", "r.i",
}

# Abbreviations that stand before a name never end a sentence; the others ("U.S.", "p.m.", "Calif.")
# do when a word that only opens sentences, or a quotation, follows: "… in the U.S. He says …".
_TITLES = {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "prof",
           "rev", "hon", "messrs", "mt", "pres", "supt", "det", "adm", "no", "vs", "v"}
_SENTENCE_OPENERS = re.compile(r"[\"\u201c](?:[A-Z]|(?:\.\s?){3}|\u2026)|(?:He|She|They|We|I|It|The|But|And|This|That|These|Those|There|His|Her|"
                               r"Their|Its|In|On|At|As|If|When|After|Before|While|Still|Yet|So)\b")
_BOUNDARY = re.compile(r"[.!?]+[\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018\u2019'(\[]{0,2}[A-Z0-9\u00a3$]|[\"\u201c](?:\.\s?){3}|[\"\u201c]\u2026)")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*[\"\u201d\u2019')\]]*\s*$")


def _is_abbreviation(text: str, para_start: int, stop: int, next_word: int) -> bool:
    m = _WORD_BEFORE.search(text, max(para_start, stop - 20), stop)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in ABBREVIATIONS and word not in _TITLES and _SENTENCE_OPENERS.match(text, next_word):
        return False
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def sentences(text: str, quotes: list[list[Piece]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every sentence, in order; no sentence crosses a paragraph break.

    :param quotes: runs from ``find_quoted``; no boundary is placed inside one
        of their pieces.
    """
    inside = sorted(
        (p.open, p.close if p.close is not None else p.end)
        for run in quotes or [] for p in run
    )
    starts = [a for a, _ in inside]
    spans = []
    for p_start, p_end in paragraphs(text):
        begin = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            cut = m.end()
            punct = m.start()
            k = bisect_right(starts, punct) - 1
            if k >= 0 and inside[k][0] < punct and cut <= inside[k][1]:
                continue  # the stop is inside a quote
            if text[punct] == "." and _is_abbreviation(text, p_start, punct + 1, cut):
                continue
            end = m.end() - (len(m.group()) - len(m.group().rstrip()))
            spans.append((begin, end))
            begin = cut
        if begin < p_end:
            spans.append((begin, p_end))
    return spans
