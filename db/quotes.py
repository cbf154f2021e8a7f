"""Quotes in an article and who said them: the public entry point.

``extract_quotes(text, contest, published)`` runs the rule-based steps, each
in its own module, and returns plain dicts for the store:

1. ``quote_marks`` pairs quotation marks into quoted runs (multi-paragraph,
   interrupted by tweets or captions, capped against stray marks);
2. ``sentences`` splits the text, never inside a quote;
3. ``direct_quotes`` attaches each run to its cue and speaker phrase, merges
   broken-up quotes, makes mixed quotes of partial ones and drops the rest;
4. ``reported_speech`` finds indirect speech ("X said (that) ...");
5. ``attribution`` resolves each speaker phrase to a person, organisation or
   unnamed source, using the contest config (names, titles, descriptors held
   on the day, gender) and the article itself (full names given earlier,
   the subject of the previous sentences for "he" and "she").

Why rules and not a model: no model may be downloaded at run time, the
shapes of attribution in news are few and fixed, and rules run at hundreds of
articles a second. See ``contest_tracker.eval_polnear`` for how well.

Speaker ids: people in the contest config keep their config id
("jeremy-corbyn"); other people get ``slugify(full name)``; organisations
get ``org-<slug>`` ("org-labour", and "the party" or "Labour HQ" in a
contest whose party is Labour); unnamed sources get ``unnamed-<role>`` or
``unnamed-<role>-for-<whom>`` ("unnamed-spokesman-for-jeremy-corbyn").
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from contest_tracker.contest import Contest
from db.attribution import SpeakerResolver
from db.cues import is_label_cue, is_participle
from db.direct_quotes import Candidate, DirectQuoteFinder, Layout, names_nobody, point_at_relative
from db.quote_marks import find_quoted
from db.reported_speech import find_reported
from db.sentences import sentences


@dataclass
class QuoteResult:
    """What ``extract_quotes`` found: quote dicts in text order and the speakers they name."""

    quotes: list[dict] = field(default_factory=list)
    speakers: list[dict] = field(default_factory=list)


def extract_quotes(text: str, contest: Contest | None = None, published: dt.date | None = None) -> QuoteResult:
    """Find the quotes in an article's body text and attribute them.

    :param text: the body, paragraphs separated by "\\n\\n" or "\\n".
    :param contest: the contest config, for canonical names, descriptors
        ("the Labour leader") and genders; without it, speakers are still
        found but only named from the article.
    :param published: the article's date, since descriptors name whoever
        held the role that day.

    Each quote dict has text, start, end (Python indices, end exclusive),
    kind (direct, indirect or mixed), speaker, speaker_id,
    speaker_mention and cue ({text, start, end} or None) and segments.
    """
    if not text or not text.strip():
        return QuoteResult()
    # The rules read spaces as spaces: a no-break or thin space ("―\xa0Jane Doe") becomes a plain one,
    # character for character, so every offset still indexes the text the caller gave.
    given, text = text, text.translate(_SPACES)
    runs = find_quoted(text)
    layout = Layout(text, sentences(text, runs))
    candidates = DirectQuoteFinder(text, runs, layout).find()
    candidates += find_reported(text, layout, candidates, runs)
    candidates = _join_reported_to_quote(text, sorted(candidates, key=lambda c: c.start))
    resolver = SpeakerResolver(text, contest, published, layout, runs)
    quotes = []
    for cand in candidates:
        if names_nobody(text, cand.mention):
            cand.mention, cand.partner = None, None  # a stray "knew" or "particular" is no speaker
        point_at_relative(text, cand)
        speaker = resolver.resolve(cand)
        quotes.append(_quote_dict(given, cand, speaker))
    return QuoteResult(quotes, resolver.speakers())


# Unicode space separators other than the plain space, each mapped to one plain space.
_SPACES = {cp: " " for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}


# "…, calling him", "… and calling him", "by calling him": the participle opens a clause of its own.
_OWN_CLAUSE = re.compile(r"(?:,|\b(?:and|or|but|by|then|while|after|before|without|for))\s*$")
_AUXILIARY = re.compile(r"\b(?:was|were|is|are|am|been|be)\s+$")
_RELATIVE_GAP = re.compile(r",?\s*(?:who|which)\s+(?:he|she|they|it\s+)?\s*", re.I)


def _join_reported_to_quote(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"Roe says he’d sit Putin down and tell him “no more nonsense”": one report holding a quote, not two.

    Reported speech stops where a quote found first begins; when that quote is
    a mixed one with no speaker of its own in between, the two are one content.
    """
    joined: list[Candidate] = []
    for cand in candidates:
        prev = joined[-1] if joined else None
        gap = text[prev.end:cand.start] if prev is not None and prev.end <= cand.start else "\n"
        cue_between = cand.cue is not None and cand.cue.text in gap
        # "that Roe has criticized him … and called him “weak”": a verb joined to the report's own subject
        shared = cue_between and prev.kind == "indirect" and cand.cue.text.endswith("ed") \
            and re.search(r"\band\s+$", text[prev.start:cand.cue.start]) is not None
        if cue_between:
            before = max(0, cand.cue.start - 20)  # the word or two before the cue
            own_clause = _OWN_CLAUSE.search(text, before, cand.cue.start) or \
                cand.kind != "mixed" and not _AUXILIARY.search(text, before, cand.cue.start)
            if not shared and (is_label_cue(cand.cue.text) or is_participle(cand.cue.text)) and own_clause:
                gap = "\n"  # "…, calling him “a feminist”": a second clause of its own
            gap = gap.replace(cand.cue.text, "", 1)  # "… and tell him “…”": the quote's own cue sits between
        if cue_between and cand.kind == "direct" and gap != "\n":
            gap = gap.rstrip().rstrip("\"\u201c")  # "… were calling “every 15 minutes.”": the opening mark is the quote's
        relative = _RELATIVE_GAP.fullmatch(gap) is not None  # "…, who wondered if “…”", "…, which he said has …"
        if prev is not None and prev.kind == "indirect" and (cand.kind == "mixed" or cue_between) and len(prev.segments) == 1 \
                and len(cand.segments) == 1 and (not gap.strip() or relative) and "\n" not in gap \
                and not (re.search(r"(?:,|\bbut)\s*$", text[prev.start:prev.end]) and not relative) \
                and (cand.mention is None or cand.mention.start < prev.start
                     or shared and prev.start <= cand.mention.start < prev.end
                     or relative and prev.end <= cand.mention.start):
            last = cand.pieces[-1] if cand.pieces else None
            end = last.close + 1 if cand.kind == "direct" and last is not None and last.close is not None else cand.end
            prev.segments = [(prev.start, end)]
            prev.kind, prev.pieces = "mixed", cand.pieces
            continue
        joined.append(cand)
    return joined


def _span_dict(text: str, span) -> dict | None:
    return None if span is None else {"text": text[span.start:span.end], "start": span.start, "end": span.end}


def _quote_dict(text: str, cand: Candidate, speaker: dict | None) -> dict:
    pieces = [" ".join(text[s:e].split()) for s, e in cand.segments]
    mention = cand.mention
    if cand.continued_from is not None and mention is None:
        mention = cand.continued_from.mention
    return {
        "text": " ".join(p for p in pieces if p),
        "start": cand.start,
        "end": cand.end,
        "kind": cand.kind,
        "speaker": speaker["name"] if speaker else None,
        "speaker_id": speaker["id"] if speaker else None,
        "speaker_mention": _span_dict(text, mention),
        "cue": _span_dict(text, cand.cue),
        "segments": [[s, e] for s, e in cand.segments],
    }


_MARKS = re.compile(r"[\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2032\u2033`]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]+")
_ELLIPSIS = re.compile(r"(\u2026|\.\s*\.\s*\.)")


def normalize_quote(text: str) -> str:
    """A key under which near-duplicate quotes collide.

    The same quote reaches us through many outlets with different quotation
    marks, dashes, ellipses, spacing and case, so all of those are folded:
    marks are dropped, dashes and ellipses become spaces, punctuation at the
    ends is stripped and whitespace is collapsed.
    """
    text = unicodedata.normalize("NFKC", text or "")
    text = _ELLIPSIS.sub(" ", text)
    text = _MARKS.sub("", text)
    text = _DASHES.sub(" ", text)
    text = " ".join(text.casefold().split())
    return text.strip(" .,;:!?")
