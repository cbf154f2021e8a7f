"""Indirect speech: "X said (that) …", "…, X said", "according to X, …".

Reported speech carries no quotation marks, so the cue verb and its subject
are all there is to go on. Three shapes cover most of it:

* cue then content: ``Corbyn said (on Monday) (that) he would not resign``;
  ``told``/``warned`` take an object first (``told reporters that …``);
* content then cue: ``The plan will fail, Smith said.``;
* ``according to X``, before or after the content.

The content runs to the end of the sentence (PolNeAR keeps a leading
"that", so we do too). A cue needs a subject phrase, which drops passives
and most non-speech uses of the verbs. Content holding a quotation mark
becomes a *mixed* quote.
"""
from __future__ import annotations

import re

from db.cues import ACCORDING_TO, ATTITUDE, CUES_BEFORE_THAT, HEARER_CUES, REPORT_CUES, is_participle
from db.direct_quotes import (REPORTED_BREAK, Candidate, Layout, _content_end, _mixed_end, according_to_source,
                              clause_subject, participle_subject)
from db.mentions import OBJECT_PRONOUNS, PRONOUNS, Span, Tok, np_after, np_before, tokens, uncontracted, word_count
from db.quote_marks import DOUBLE_MARKS, Piece

# Verbs whose first complement is the hearer, not the content.
TAKES_OBJECT = HEARER_CUES | {"warning", "urged", "urges", "advised", "advises", "convinced", "persuaded", "promised",
                              "promises", "asked", "asks", "asking"}
_ADJUNCT = re.compile(
    r"\s*(?:,\s*)?(?:(?:on|last|this|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"yesterday|today|tonight|earlier|later|recently|previously)\b(?:\s+(?:morning|afternoon|evening|night))?,?"
    r"|\s*(?:,\s*)?(?:in|on|at|during|via|through|over|after|before|while)\s+(?:a|an|the|his|her|their|its)\s+"
    r"[\w\u2019'-]+(?:\s+[\w\u2019'-]+){0,4}?\s*(?=that\b|,)",
    re.I,
)
MIN_CONTENT_WORDS = 3
# Cue words are lowercase whole words: one pass over a sentence's words and a set lookup
# is several times faster than a regex alternation of every verb form.
_LOWER_WORD = re.compile(r"(?<![\w@#-])[a-z]+(?![\w-])")
_RELATIVE_BEFORE = re.compile(r"\b(that|which)\s+$")
_LEAD = re.compile(r"[\s,]*")
_COORDINATED = re.compile(r"(?:\band|\bbut|\bthen|,|\bby)\s+(?:\w+ly\s+|also\s+)?$", re.I)
# a "that" opening the content within a dozen words of the cue, with no clause break before it
_THAT = re.compile(r"(?:[^.;:!?\n]{0,120}?\s)?(that)\s", re.I)


def _mask(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """One byte per character, set where a span covers it: constant-time "is this taken?"."""
    mask = bytearray(length + 1)
    for a, b in spans:
        a, b = max(0, a), min(length, b)
        if b > a:
            mask[a:b] = b"\x01" * (b - a)
    return mask


def find_reported(text: str, layout: Layout, direct: list[Candidate], runs: list[list[Piece]] | None = None) -> list[Candidate]:
    """Indirect (and mixed) quotes not already found as direct or mixed quotes.

    No cue inside quotation marks counts ("I think …" in a quote is the
    quote's own words), whether or not the quote found a speaker.
    """
    taken = [(c.start, c.end) for c in direct]
    for c in direct:
        for s, e in c.segments:
            taken.append((s - 1, e + 1))
        if c.mention is not None:
            taken.append((c.mention.start, c.mention.end))
        if c.cue is not None:
            taken.append((c.cue.start, c.cue.end))
    quoted = [(p.open, (p.close if p.close is not None else p.end) + 1) for run in runs or [] for p in run]
    for c in direct:
        for p in c.pieces:
            quoted.append((p.open, (p.close if p.close is not None else p.end) + 1))
    found: list[Candidate] = []
    taken_mask = _mask(len(text), taken)
    blocked = _mask(len(text), taken + quoted)
    for s_start, s_end in layout.sentences:
        found.extend(_in_sentence(text, s_start, s_end, taken_mask, blocked))
    return found


def _in_sentence(text: str, s_start: int, s_end: int, taken: bytearray, blocked: bytearray) -> list[Candidate]:
    """Every reported clause of one sentence: "A said X, and B said Y" holds two."""
    if all(taken[s_start:s_end]):
        return []
    found: list[Candidate] = []
    floor = s_start
    report, attitude = [], []
    for m in _LOWER_WORD.finditer(text, s_start, s_end):
        w = m.group()
        if w in REPORT_CUES or w in CUES_BEFORE_THAT and text.startswith(" that ", m.end()):
            report.append(m)
        if w in ATTITUDE:
            attitude.append(m)
    # content, X said.   /   content, said X.   /   X said content.
    for m in report:
        if blocked[m.start()] or m.start() < floor:
            continue
        cue_tok = Tok(m.start(), m.end(), m.group())
        if _inverted(text, cue_tok, floor, s_end):  # "…, said Jane Doe, a pollster."
            cand = _content_then_cue(text, cue_tok, floor, s_end)
        else:
            cand = (_parenthetical(text, cue_tok, floor, s_end) or _cue_then_content(text, cue_tok, floor, s_end)
                    or _content_then_cue(text, cue_tok, floor, s_end))
        if cand is not None and not any(taken[s] for s, _ in cand.segments):
            cand = _trim(text, cand, taken)
            if cand is not None:
                found.append(_typed(text, cand))
                floor = max(cand.end, cue_tok.end)
                if floor >= s_end - 1:
                    break
    for m in attitude:
        if blocked[m.start()] or any(c.start <= m.start() < c.end or (c.cue and c.cue.start == m.start()) for c in found):
            continue
        cue_tok = Tok(m.start(), m.end(), m.group())
        cand = _object_content(text, cue_tok, s_start, s_end)
        if cand is not None and not any(taken[s] for s, _ in cand.segments) and \
                not any(c.start < cand.end and cand.start < c.end for c in found):
            cand = _trim(text, cand, taken)
            if cand is not None:
                found.append(_typed(text, cand))
    if found:
        found.sort(key=lambda c: c.start)
        return found
    for m in ACCORDING_TO.finditer(text, s_start, s_end):
        if taken[m.start()]:
            continue
        cand = _according_to(text, m, s_start, s_end)
        if cand is not None and not any(any(taken[a:b]) for a, b in cand.segments):  # "“…,” Doe said, according to the radio": Doe's quote
            return [_typed(text, cand)]
    return []


def _trim(text: str, cand: Candidate, taken: bytearray) -> Candidate | None:
    """End the content before a quote already found and before a new clause ("…, adding …")."""
    segments = []
    for start, full in cand.segments:
        end = full
        for pos in range(start, end):
            if taken[pos]:
                end = pos
                break
        end = _mixed_end(text, start, end, REPORTED_BREAK)
        if end > start:
            segments.append((start, end))
        if end < _content_end(text, start, full):
            break  # the content stopped inside this piece
    if not segments or sum(word_count(text, s, e, limit=MIN_CONTENT_WORDS) for s, e in segments) < MIN_CONTENT_WORDS:
        return None
    cand.segments = segments
    return cand


def _typed(text: str, cand: Candidate) -> Candidate:
    if any(ch in DOUBLE_MARKS for s, e in cand.segments for ch in text[s:e]):
        cand.kind = "mixed"
    return cand


_SKIP_LEAD = {
    "in", "on", "at", "during", "via", "through", "over", "after", "before", "while", "to", "last", "this",
    "yesterday", "today", "tonight", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "privately", "publicly", "repeatedly", "recently", "previously", "also", "again",
    "then", "however", "too", "separately", "late", "early", "when", "from", "with", "under", "of", "about",
    "for", "outside", "inside", "following", "amid",
}


def _skippable(text: str, cue_tok: Tok, pos: int, that_at: int) -> bool:
    """True when the words between a cue and a later "that" are adjuncts or a hearer, not the content itself.

    "said at a rally in Texas that …", "told reporters on Friday that …" skip
    to the "that"; in "said the image harked back to the belief that …" the
    "that" is inside the content.
    """
    gap = tokens(text, pos, that_at)
    if not gap:
        return True
    if cue_tok.lower in TAKES_OBJECT:
        return True
    first = gap[0]
    if first.text == ",":
        return True
    if not first.is_word:
        return False
    return first.lower in _SKIP_LEAD or first.lower.endswith("ly") or first.capitalised and first.lower in {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


_AFTER_PAREN = re.compile(r"(?:\s+(?:on|last|this)?\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                          r"yesterday|today|recently|previously|later|earlier|then|privately|publicly))?\s*,\s*", re.I)


def _parenthetical(text: str, cue_tok: Tok, s_start: int, s_end: int) -> Candidate | None:
    """``The plan, Smith said, will fail.``: the cue sits between commas inside its content."""
    if is_participle(cue_tok.text):
        return None
    mention, partner = np_before(text, cue_tok.start, s_start)
    if mention is None or mention.text.lower() in {"it", "which", "who", "that"}:
        return None
    lead = partner.start if partner else mention.start
    before = text[s_start:lead].rstrip()
    if not before.endswith(",") or word_count(text, s_start, lead) < 1:
        return None
    after = _AFTER_PAREN.match(text, cue_tok.end, s_end)
    if after is None:
        return None
    first = tokens(text, after.end(), min(s_end, after.end() + 30))
    if not first or not first[0].is_word or first[0].lower.endswith("ing") or first[0].lower in {"according", "adding", "and", "but", "who", "which"}:
        return None
    head_end = _content_end(text, s_start, s_start + len(before) - 1)
    tail_end = _content_end(text, after.end(), s_end)
    segments = [(s_start, head_end)] if head_end > s_start else []
    if tail_end > after.end():
        segments.append((after.end(), tail_end))
    if not segments:
        return None
    return Candidate(segments, "indirect", Span(cue_tok.start, cue_tok.end, cue_tok.text), mention, partner)


_OBJECT_BREAK = re.compile(
    r";|:|\s[\u2014\u2013-]{1,2}\s|\s\(|,\s*(?:[a-z]+ing|who|which|where|when|while|as|after|before|because|but|and|"
    r"although|though|even|despite|according|he|she|they|said|says)\b|\s(?:and|but)\s+(?:he|she|they|also)\b|"
    r"\s(?:and|but)\s+(?:[a-z]+ed|said|says|told)\s"
)
_PREP_CACHE: dict[str, re.Pattern] = {}


# "keeps talking", "began criticizing", "was urging": the verb before an -ing cue has the subject.
_CATENATIVE = re.compile(r"\b(?:keeps?|kept|keeping|began|begins?|started|starts?|continued|continues|"
                         r"is|was|are|were|been|remembers?|remembered|stopped|stops?)\s+(?:\w+ly\s+)?$")


def _object_content(text: str, cue_tok: Tok, s_start: int, s_end: int) -> Candidate | None:
    """``declined to comment``, ``called for a special prosecutor``, ``urged voters to stay home``.

    Verbs of stance and intent: the content is their object (after the
    preposition the verb takes), up to the next clause break.
    """
    prep = ATTITUDE.get(cue_tok.lower)
    if prep is None:
        return None
    participle = is_participle(cue_tok.text) or cue_tok.lower.endswith("ing")  # "began talking about"
    if participle:
        mention, partner = None, None
        before = _CATENATIVE.search(text, s_start, cue_tok.start)
        if before is not None:
            mention, partner = np_before(text, before.start(), s_start)  # "as he keeps talking about"
    else:
        mention, partner = np_before(text, cue_tok.start, s_start)
    if mention is None and participle:
        mention, partner = participle_subject(text, s_start, cue_tok.start)
    elif mention is None and _COORDINATED.search(text, s_start, cue_tok.start):
        mention, partner = clause_subject(text, s_start, cue_tok.start)
    if mention is None or mention.text.lower() in {"it", "which", "that", "this", "there"}:
        return None
    pos = cue_tok.end
    if prep:
        pattern = _PREP_CACHE.get(prep)
        if pattern is None:
            pattern = _PREP_CACHE[prep] = re.compile(r"\s+(?:" + prep.lstrip("+") + r")\b", re.I)
        m = pattern.match(text, pos, s_end)
        if m is None:
            return None
        if not prep.startswith("+"):
            pos = m.end()  # "called for [a special prosecutor]"; "declined [to comment]" keeps its "to"

    start = pos + _LEAD.match(text, pos, s_end).end() - pos
    if start >= s_end:
        return None
    first = tokens(text, start, min(s_end, start + 30))
    if not first or first[0].lower in OBJECT_PRONOUNS | {"and", "but", "or", "by", "it", "so", "out", "up"}:
        return None
    if not first[0].is_word and first[0].text not in "\u201c\"\u2018'$":
        return None
    m = _OBJECT_BREAK.search(text, start, s_end)
    end = _content_end(text, start, m.start() if m else s_end)
    words = word_count(text, start, end)
    if words < 2 and not (words == 1 and first[0].capitalised):
        return None
    return Candidate([(start, end)], "indirect", Span(cue_tok.start, cue_tok.end, cue_tok.text), mention, partner)


def _inverted(text: str, cue_tok: Tok, s_start: int, s_end: int) -> bool:
    """``…, said Jane Doe.``: a comma before the cue and only the speaker after it."""
    if not text[s_start:cue_tok.start].rstrip().endswith(",") or is_participle(cue_tok.text):
        return False
    after = np_after(text, cue_tok.end + 1, s_end)
    return after is not None and text[after.end:s_end].lstrip()[:1] in {"", ",", "."}


def _cue_then_content(text: str, cue_tok: Tok, s_start: int, s_end: int) -> Candidate | None:
    if is_participle(cue_tok.text):
        mention, partner = None, None
    else:
        mention, partner = np_before(text, cue_tok.start, s_start)
    if mention is None and is_participle(cue_tok.text):
        mention, partner = participle_subject(text, s_start, cue_tok.start)  # "…, saying he would not resign"
    elif mention is None and _COORDINATED.search(text, s_start, cue_tok.start):
        mention, partner = clause_subject(text, s_start, cue_tok.start)  # "… but insists he would"
    if mention is None or mention.text.lower() in {"it", "which", "that"}:
        return None
    if mention.text.lower() == "who" and text[max(s_start, mention.start - 2):mention.start].strip() == ",":
        # "Barkley, who said he votes Democratic, was there": the relative clause ends at its comma
        close = text.find(",", cue_tok.end, s_end)
        s_end = close if close > 0 else s_end
    rel = _RELATIVE_BEFORE.search(text, max(s_start, (partner or mention).start - 8), (partner or mention).start)
    if rel is not None and not is_participle(cue_tok.text):
        # "a deadline that several insiders said went unnoticed": the relative clause is the content
        nxt = tokens(text, cue_tok.end, min(s_end, cue_tok.end + 30))
        if nxt and nxt[0].is_word and not nxt[0].capitalised and nxt[0].lower not in {"that", "the", "a", "an", "to", "in", "on", "at", "of", "for"}:
            start = rel.start(1)
            end = _content_end(text, start, s_end)
            if word_count(text, cue_tok.end, end, limit=2) >= 2:
                return Candidate([(start, end)], "indirect", Span(cue_tok.start, cue_tok.end, cue_tok.text), mention, partner)
    pos = cue_tok.end
    that = _THAT.match(text, pos, min(s_end, pos + 140))
    if that is not None and not _skippable(text, cue_tok, pos, that.start(1)):
        that = None
    if that is not None:
        # "told The Post and Courier of Charleston on Saturday that …": skip to the "that"
        start = that.start(1)
        end = _content_end(text, start, s_end)
        if word_count(text, start, end, limit=MIN_CONTENT_WORDS + 1) >= MIN_CONTENT_WORDS + 1:
            return Candidate([(start, end)], "indirect", Span(cue_tok.start, cue_tok.end, cue_tok.text), mention, partner)
        return None
    if cue_tok.lower in TAKES_OBJECT:
        hearer = _OBJECT_PRONOUN.match(text, pos, s_end)
        obj = Span(hearer.start(1), hearer.end(1), hearer.group(1)) if hearer else np_after(text, pos + 1, s_end)
        if obj is not None:
            pos = obj.end  # "told reporters …", "told her she …"
    for _ in range(3):
        m = _ADJUNCT.match(text, pos, s_end)
        if not m or m.end() == pos:
            break
        pos = m.end()
    rest = text[pos:s_end]
    lead = _LEAD.match(rest).end()
    start = pos + lead
    if start >= s_end:
        return None
    nxt = text[start:start + 12].lower()
    if nxt.startswith(("to ", "of ", "about ", "for ", "on ", "at ", "in ", "with ", "by ", "from ", "and ", "but ", "or ", ".", ";")):
        return None
    end = _content_end(text, start, s_end)
    # content that is itself closed by ", X said" belongs to that cue instead
    if word_count(text, start, end, limit=MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS:
        return None
    first = tokens(text, start, min(end, start + 40))
    if first and not (first[0].lower == "that" or uncontracted(first[0].lower) in PRONOUNS or first[0].capitalised
                      or first[0].lower in {"the", "a", "an", "there", "this", "his", "her", "their", "its",
                                            "some", "many", "no", "all", "most", "if", "whether", "what",
                                            "how", "why", "when", "one", "it", "we", "they", "our", "more",
                                            "nobody", "nothing", "everyone", "people", "those", "these",
                                            "any", "several", "only", "each", "both", "none", "much"}
                      or first[0].text[0] in "\u201c\"\u2018'" or _BARE_SUBJECT.match(text, start, end)):
        return None
    return Candidate([(start, end)], "indirect", Span(cue_tok.start, cue_tok.end, cue_tok.text), mention, partner)


# "told her she …": an object pronoun as the hearer, before the reported clause's own subject.
_OBJECT_PRONOUN = re.compile(r"\s+(him|her|them|us|me)\s+(?=(?:he|she|they|we|I|it)\b)")
# "said party officials were …": a bare noun subject and its auxiliary open the content.
_BARE_SUBJECT = re.compile(r"(?:[a-z][\w-]*\s+){1,2}(?:were|are|was|is|have|has|had|would|will|could|should|can|"
                           r"may|might|must|did|do|does)\b")


# "…, Hollande said Tuesday in Paris, noting …": a participle clause after the cue is not its tail.
_PARTICIPLE_CLAUSE = re.compile(r",\s*(?:[a-z]+ing|according to)\b")


def _content_then_cue(text: str, cue_tok: Tok, s_start: int, s_end: int) -> Candidate | None:
    """``The plan will fail, Smith said.``: the cue clause closes the sentence."""
    if is_participle(cue_tok.text):
        return None  # "…, saying the plan will fail": a participle is never the inverted "…, said Smith"
    mention, partner = np_before(text, cue_tok.start, s_start)
    if partner is not None and not text[s_start:partner.start].strip():
        return None  # "Owen Smith, the challenger, told …": the subject and its appositive open the sentence
    inverted = False
    if mention is None or text[s_start:mention.start].rstrip()[-1:] != ",":
        after = np_after(text, cue_tok.end + 1, s_end)
        before = text[s_start:cue_tok.start].rstrip()
        if after is None or not before.endswith(","):
            return None
        mention, partner, inverted = after, None, True
        comma = len(before) - 1 + s_start
    else:
        comma = len(text[s_start:mention.start].rstrip()) - 1 + s_start
    tail_from = (mention.end if inverted else cue_tok.end)
    tail_end = _PARTICIPLE_CLAUSE.search(text, tail_from, s_end)
    tail = text[tail_from:tail_end.start() if tail_end else s_end].strip(" .;")
    if len(tail.split()) > 8 and not (inverted and text[tail_from:s_end].lstrip().startswith(",")):
        # "…, said Jane Doe, a pollster at Acme University in Boston.": an appositive may run on
        return None
    end = _content_end(text, s_start, comma)
    if word_count(text, s_start, end, limit=MIN_CONTENT_WORDS) < MIN_CONTENT_WORDS:
        return None
    if _ADJUNCT_ONLY.fullmatch(text, s_start, end):
        return None  # "At one point, Roe said …": an opening adjunct, not what was said
    return Candidate([(s_start, end)], "indirect", Span(cue_tok.start, cue_tok.end, cue_tok.text), mention, partner)


_ADJUNCT_ONLY = re.compile(r"(?:At|In|On|During|After|Before|Since|For|By|With|From|Under|Over|Amid|Earlier|Later)"
                           r"(?:\s+[\w\u2019'.-]+){1,4}")


def _according_to(text, m, s_start, s_end) -> Candidate | None:
    mention = according_to_source(text, m, s_end)
    if mention is None:
        return None
    cue = Span(m.start(), m.end(), m.group())
    before = text[s_start:m.start()].rstrip()
    if before.endswith(",") and word_count(text, s_start, m.start(), limit=MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS:
        return Candidate([(s_start, _content_end(text, s_start, s_start + len(before) - 1))], "indirect", cue, mention)
    if not before:
        after = text[mention.end:s_end]
        lead = _LEAD.match(after).end()
        start = mention.end + lead
        end = _content_end(text, start, s_end)
        if word_count(text, start, end, limit=MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS:
            return Candidate([(start, end)], "indirect", cue, mention)
    return None
