"""Attach each quoted stretch to its cue and speaker phrase, or drop it.

A quoted stretch becomes a quote only when something says who spoke it:

* a cue after it: ``“…,” he said`` / ``“…,” said Corbyn`` / ``“…,” according to X``;
* a cue before it: ``Mr Corbyn said: “…”`` / ``she told supporters: “…”`` /
  ``adding “…”``, or a colon after the speaker with no cue verb at all
  (``Cruz called them on it: “…”``), also across a paragraph break;
* a quote it continues: a stretch that opens a sentence or paragraph right
  after an attributed quote, with no cue of its own, is more of the same
  quote (``“X,” he said. “Y.”``, or ``He added: “A.”`` / ``“B.”``).

A stretch inside reported speech (``said he would campaign the “length and
breadth of the country”``) makes the whole reported clause a *mixed* quote.
Anything else between quotation marks (scare quotes, titles such as
"Question Time") is not a quote. Speakers here are only phrases in the text;
``attribution`` resolves them to people.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from db.cues import ACCORDING_TO, PHRASAL, is_participle, is_report_cue, is_speech_cue
from db.mentions import PRONOUNS, STOP, Span, Tok, np_after, np_before, tokens
from db.quote_marks import Piece, paragraphs

# A stretch with fewer words than this and no cue is a scare quote or a title.
MIN_UNCUED_WORDS = 6


@dataclass
class Candidate:
    """A quote found in the text, before its speaker is resolved."""

    segments: list[tuple[int, int]]
    kind: str  # direct, mixed or indirect
    cue: Span | None = None
    mention: Span | None = None
    partner: Span | None = None  # a name set beside the mention by a comma
    pieces: list[Piece] = field(default_factory=list)
    continued_from: "Candidate | None" = None  # same speaker as this earlier quote

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


class Layout:
    """Where the sentences and paragraphs of one article are, for quick lookups."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text = text
        self.sentences = sentences
        self.sentence_starts = [s for s, _ in sentences]
        self.paragraphs = paragraphs(text)
        self.paragraph_starts = [s for s, _ in self.paragraphs]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        k = max(0, bisect_right(self.sentence_starts, pos) - 1)
        return self.sentences[k] if self.sentences else (0, len(self.text))

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, pos) - 1)


def _cue_tokens(toks: list[Tok], report: bool = False) -> list[int]:
    check = is_report_cue if report else is_speech_cue
    return [i for i, t in enumerate(toks) if t.is_word and not t.capitalised and check(t.text)]


def _strip_content_start(text: str, pos: int, end: int) -> int:
    """Skip spaces, commas, colons and a "that" at the start of reported content."""
    m = re.compile(r"[\s,:\u2014-]*(?:that\b\s*)?").match(text, pos, end)
    return m.end() if m else pos


def _content_end(text: str, start: int, end: int) -> int:
    """End of reported content: the sentence end, less its full stop and any trailing space."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;"):
        end -= 1
    return end


def clause_subject(text: str, start: int, end: int) -> tuple[Span | None, Span | None]:
    """The subject of the clause that starts at ``start``: for "saying", "adding" and bare colons.

    An introductory phrase ending in a comma ("Speaking at Westminster,",
    "After the announcement,") is skipped; the subject is then the noun phrase
    before the first lowercase word that is not part of a name.
    """
    toks = tokens(text, start, end)
    if not toks:
        return None, None
    first = toks[0].lower
    intro = first in STOP or toks[0].text.endswith("ing") or first in {"speaking", "asked", "writing"}
    if intro:
        commas = [i for i, t in enumerate(toks) if t.text == ","]
        if commas:
            toks = toks[commas[0] + 1:]
    # the subject ends before the first finite-looking lowercase word
    for i, t in enumerate(toks):
        if not t.is_word:
            if t.text in ",:;(\u2014" and i:
                return np_before(text, toks[i].start, toks[0].start)
            continue
        if i and not t.capitalised and t.lower not in {"of", "for", "the", "a", "an"} and (
            toks[i - 1].capitalised or toks[i - 1].lower in PRONOUNS
            or is_speech_cue(t.text) or t.lower in STOP or t.lower.endswith(("ed", "s"))
        ):
            if toks[i - 1].lower in PRONOUNS or toks[i - 1].capitalised or i <= 6:
                return np_before(text, t.start, toks[0].start)
            return None, None
    return None, None


class DirectQuoteFinder:
    """Turn quoted runs into candidates, in text order, so continuations can look back."""

    def __init__(self, text: str, runs: list[list[Piece]], layout: Layout):
        self.text = text
        self.runs = runs
        self.layout = layout
        self.found: list[Candidate] = []
        self.closes = sorted(p.close if p.close is not None else p.end for r in runs for p in r)

    def _prev_close(self, pos: int, floor: int) -> int:
        k = bisect_right(self.closes, pos - 1) - 1
        return max(floor, self.closes[k] + 1) if k >= 0 else floor

    def find(self) -> list[Candidate]:
        for run in self.runs:
            if self.found and run[0].open < self.found[-1].end:
                continue  # already inside a mixed quote
            cand = self._attribute(run)
            if cand is not None:
                self.found.append(cand)
        return self.found

    # --- one run -------------------------------------------------------------
    def _attribute(self, run: list[Piece]) -> Candidate | None:
        text = self.text
        first, last = run[0], run[-1]
        segments = [(p.start, p.end) for p in run]
        segments[-1] = (segments[-1][0], self._drop_trailing_comma(segments[-1]))
        s_start, s_end = self.layout.sentence_at(first.open)
        pre_from = self._prev_close(first.open, s_start)
        pre = text[pre_from:first.open]

        post = self._post_cue(last)
        if post is not None:
            cue, mention, partner = post
            prev = self.found[-1] if self.found else None
            return Candidate(segments, "direct", cue, mention, partner, run)

        pre_found = self._pre_cue(pre_from, first.open)
        if pre_found is not None:
            kind, cue, mention, partner, content_start = pre_found
            prev = self.found[-1] if self.found else None
            if prev is not None and cue is not None and prev.cue == cue:
                return self._extend(prev, run, segments)
            if kind == "mixed":
                _, sent_end = self.layout.sentence_at(last.close if last.close is not None else last.end)
                end = _content_end(text, content_start, sent_end)
                return Candidate([(content_start, end)], "mixed", cue, mention, partner, run)
            return Candidate(segments, "direct", cue, mention, partner, run)

        if not pre.strip() or pre.strip() in {"\u2014", "-", "\u2013"}:
            prev = self._continuable(first)
            if prev is not None:
                return self._extend(prev, run, segments)
            colon = self._colon_paragraph_before(first)
            if colon is not None:
                cue, mention, partner = colon
                return Candidate(segments, "direct", cue, mention, partner, run)
        return None

    def _drop_trailing_comma(self, segment: tuple[int, int]) -> int:
        start, end = segment
        while end > start and self.text[end - 1] in ", ":
            end -= 1
        return end

    def _extend(self, prev: Candidate, run: list[Piece], segments: list[tuple[int, int]]) -> Candidate | None:
        if prev.kind != "direct":
            return Candidate(segments, "direct", prev.cue, prev.mention, prev.partner, run, continued_from=prev)
        prev.segments.extend(segments)
        prev.pieces.extend(run)
        return None

    def _continuable(self, first: Piece) -> Candidate | None:
        """The attributed quote that this cue-less stretch carries on, if it directly precedes it."""
        if not self.found:
            return None
        prev = self.found[-1]
        if prev.kind != "direct" or not prev.pieces:
            return None
        gap_from = prev.pieces[-1].close if prev.pieces[-1].close is not None else prev.end
        gap_from = max(gap_from, prev.cue.end if prev.cue and prev.cue.start > gap_from else gap_from)
        if prev.mention is not None and prev.mention.start > gap_from:
            gap_from = max(gap_from, prev.mention.end)
        between = self.text[gap_from + 1:first.open] if gap_from < first.open else ""
        paras_between = self.layout.paragraph_index(first.open) - self.layout.paragraph_index(gap_from)
        if paras_between > 1 + 3:
            return None
        # only interruption paragraphs and the remains of the previous cue clause may sit between
        from db.quote_marks import is_interruption

        for line in between.split("\n")[1:-1] if "\n" in between else []:
            if line.strip() and not is_interruption(line):
                return None
        tail = between.split("\n")[0] if "\n" in between else between
        if len(tokens(tail, 0, len(tail))) > 12:
            return None
        return prev

    def _colon_paragraph_before(self, first: Piece) -> tuple[Span | None, Span | None, Span | None] | None:
        """A quote paragraph after "Cruz called them on it:" takes that paragraph's cue and speaker."""
        k = self.layout.paragraph_index(first.open)
        if k == 0:
            return None
        p_start, p_end = self.layout.paragraphs[k - 1]
        line = self.text[p_start:p_end].rstrip()
        if not line.endswith(":"):
            return None
        end = p_start + len(line) - 1
        found = self._pre_cue(self.layout.sentence_at(end)[0], end + 1)
        if found is None:
            return None
        _, cue, mention, partner, _ = found
        return cue, mention, partner

    def _post_cue(self, last: Piece) -> tuple[Span | None, Span | None, Span | None] | None:
        """``“…,” he said`` and its variants: the cue in the same sentence after the quote."""
        text = self.text
        if last.close is None:
            return None
        after = last.close + 1
        p_end = self.layout.paragraphs[self.layout.paragraph_index(last.close)][1]
        inner_end = text[last.start:last.end].rstrip()[-1:] if last.end > last.start else ""
        toks = tokens(text, after, min(p_end, after + 160))
        if not toks:
            return None
        if inner_end == "." and toks[0].capitalised and toks[0].lower not in PRONOUNS:
            # “…party.” Smith said … still a cue; “…party.” Then … is not.
            pass
        i = 0
        while i < len(toks) and toks[i].text in {",", "\u2014", "-", "\u2013"}:
            i += 1
        if i >= len(toks):
            return None
        bound = toks[i].start
        # according to X
        m = ACCORDING_TO.match(text, bound)
        if m:
            mention = np_after(text, m.end() + 1, p_end)
            return (Span(m.start(), m.end(), m.group()), mention, None) if mention else None
        # said Corbyn / added the Labour leader
        if toks[i].is_word and is_speech_cue(toks[i].text) and not is_participle(toks[i].text):
            mention = np_after(text, toks[i].end + 1, p_end)
            if mention is not None:
                return Span(toks[i].start, toks[i].end, toks[i].text), mention, None
            return None
        # he said / Corbyn told the BBC / Smith, the challenger, said
        for k in range(i, min(len(toks), i + 14)):
            t = toks[k]
            if t.text in {".", "!", "?", ";", "\u201c", '"', "\u201d", "(", ":"} and not (
                t.text == "." and k and toks[k - 1].lower in {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "jr", "u.s"}
            ):
                return None
            if t.is_word and not t.capitalised and (is_speech_cue(t.text) or PHRASAL.match(text, t.start)):
                if k == i:
                    return None
                mention, partner = np_before(text, t.start, bound)
                if mention is None:
                    return None
                lead = partner.start if partner else mention.start
                if text[bound:lead].strip(" ,\u2014-"):
                    return None
                cue = self._cue_span(t)
                return cue, mention, partner
        return None

    def _cue_span(self, t: Tok) -> Span:
        m = PHRASAL.match(self.text, t.start)
        if m:
            return Span(m.start(), m.end(), m.group())
        return Span(t.start, t.end, t.text)

    def _pre_cue(self, start: int, open_at: int):
        """``Mr Corbyn said: “…”`` and its variants: the cue in the same sentence before the quote.

        Returns (kind, cue, mention, partner, content_start) or None.
        """
        text = self.text
        toks = tokens(text, start, open_at)
        if not toks:
            return None
        stripped = text[start:open_at].rstrip()
        colon = stripped.endswith(":")
        comma = stripped.endswith(",")
        m_acc = None
        for m in ACCORDING_TO.finditer(text, start, open_at):
            m_acc = m
        cues = _cue_tokens(toks) + [i for i, t in enumerate(toks) if PHRASAL.match(text, t.start)]
        if not cues and m_acc is None:
            if colon:
                mention, partner = clause_subject(text, start, open_at)
                if mention is not None:
                    return "direct", None, mention, partner, open_at
            return None
        if m_acc is not None and (not cues or toks[cues[-1]].start < m_acc.start()):
            mention = np_after(text, m_acc.end() + 1, open_at)
            if mention is None:
                return None
            gap = text[mention.end:open_at].strip()
            kind = "direct" if gap in {"", ",", ":"} else "mixed"
            return kind, Span(m_acc.start(), m_acc.end(), m_acc.group()), mention, None, _strip_content_start(text, mention.end, open_at)
        i = max(cues)
        t = toks[i]
        cue = self._cue_span(t)
        gap = text[cue.end:open_at]
        gap_toks = tokens(text, cue.end, open_at)
        mention = partner = None
        inverted = np_after(text, cue.end + 1, open_at) if (i == 0 or toks[i - 1].text in {",", ":"}) else None
        if is_participle(t.text):
            mention, partner = self._participle_subject(start, t)
        elif inverted is not None and i == 0:
            mention = inverted
        else:
            mention, partner = np_before(text, t.start, start)
            if mention is None and inverted is not None:
                mention = inverted
        if mention is None:
            return None
        g = gap.strip()
        words = [x for x in gap_toks if x.is_word]
        if g in {"", ":", ",", "that", ", that"} or colon or (comma and len(words) <= 6):
            kind = "direct"
        else:
            kind = "mixed"
        return kind, cue, mention, partner, _strip_content_start(text, cue.end, open_at)

    def _participle_subject(self, start: int, t: Tok) -> tuple[Span | None, Span | None]:
        """"…, adding: “…”": the speaker is whoever spoke earlier in the sentence, or its subject."""
        text = self.text
        s_start, _ = self.layout.sentence_at(t.start)
        toks = tokens(text, s_start, t.start)
        for k in range(len(toks) - 1, -1, -1):
            w = toks[k]
            if w.is_word and not w.capitalised and is_speech_cue(w.text) and not is_participle(w.text):
                mention, partner = np_before(text, w.start, s_start)
                if mention is not None:
                    return mention, partner
        for prev in reversed(self.found):
            if prev.cue is not None and s_start <= prev.cue.start < t.start:
                return prev.mention, prev.partner
        return clause_subject(text, s_start, t.start)
