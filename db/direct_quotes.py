"""Attach each quoted stretch to its cue and speaker phrase, or drop it.

A quoted stretch becomes a quote only when something says who spoke it:

* a cue after it: ``“…,” he said`` / ``“…,” said Corbyn`` / ``“…,” according to X``;
* a cue before it: ``Mr Corbyn said: “…”`` / ``she told supporters: “…”`` /
  ``adding “…”``, or a colon after the speaker with no cue verb at all
  (``Cruz called them on it: “…”``), also across a paragraph break;
* a quote it continues: a stretch that opens a sentence or paragraph right
  after an attributed quote, with no cue of its own, is more of the same
  quote (``“X,” he said. “Y.”``, or ``He added: “A.”`` / ``“B.”``);
* a cue closing the sentence (``“We are delighted” with it, said Jane Doe.``)
  or a signature (``“…” ― Jane Doe``).

A stretch inside reported speech (``said he would campaign the “length and
breadth of the country”``) makes the whole reported clause a *mixed* quote.
Anything else between quotation marks (scare quotes, titles such as
"Question Time") is not a quote. Speakers here are only phrases in the text;
``attribution`` resolves them to people.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from db.dates import _MONTH, _WEEKDAY
from db.cues import (ACCORDING_TO, ATTITUDE, CUES_BEFORE_THAT, HEARER_CUES, LABEL_FORMS, PHRASAL, SPEECH_FORMS,
                     is_label_cue, is_participle, is_post_quote_cue, is_speech_cue)
from db.mentions import (DETERMINERS, OBJECT_PRONOUNS, PARTY_STATE, PRONOUNS, ROLE_WORDS, STOP, TITLE_ABBREVIATIONS,
                         WRITTEN_THINGS, Span, Tok, adverb_like, np_after, np_before, role_word, tokens, uncontracted,
                         word_count)
from db.quote_marks import Piece, paragraphs

# A stretch with fewer words than this and no cue is a scare quote or a title.
MIN_UNCUED_WORDS = 6
# ("after", "before", "since", "until" also open clauses: "hours after Roe said" keeps Roe as the subject.)
_PREPOSITIONS = {"in", "on", "at", "for", "with", "by", "from", "during", "of", "to", "into",
                 "under", "over", "about", "amid", "despite"}
# Words that open an appositive or relative clause after a cue ("…, said Doe, a pollster at Acme"), not a clause.
_APPOSITIVE_OPENERS = {"a", "an", "the", "who", "which", "whose", "where", "when", "and", "but", "in", "on", "at",
                       "according", "as", "adding", "his", "her", "their", "its", "one", "now", "then", "also"}
# A sentence that ends on its cue: "… and her husband cut in.", "Jane Doe chimed in:".
_ENDING_CUE = re.compile(r"\b(cut in|chimed in|interjected|interrupted|replied|responded|answered|retorted|shot back)\s*[.:]?\s*$")
_COMMA = re.compile(",")
_SPACE = re.compile(r"\s*")
# How far a closing cue clause is looked for: its first commas, and a window of characters after each.
_OUTER_CUE_COMMAS = 12
_SENTENCE_REACH = 1500
_CLAUSE_WINDOW = 600
# Words opening the adjuncts that may trail a cue: "in an interview Thursday, in the latest war of words".
_ADJUNCT_OPENERS = {"in", "on", "at", "during", "amid", "ahead", "after", "before", "despite", "to"}
_CLAUSE_WORD = re.compile(r"\b(?:that|whether|if|who|which)\b")
# A quoted phrase inside a sentence with no cue needs this many words to count as a partial quote.
EMBEDDED_WORDS = 8
# An unattributed quote standing alone as a sentence needs this many words to count.
STANDALONE_WORDS = 8


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


# "be about reacting to …", "a screaming Santilli": a participle after these is no cue.
_BEFORE_ADJECTIVE = {"about", "a", "an", "the", "his", "her", "their", "its"}


def _cue_tokens(toks: list[Tok], labels: bool = False) -> list[int]:
    """The cue words among ``toks``; a participle after "about" or a determiner is none."""
    return [i for i, t in enumerate(toks) if t.is_word and not t.capitalised
            and not (i and toks[i - 1].lower in _BEFORE_ADJECTIVE and is_participle(t.text))
            and (is_speech_cue(t.text) or (labels and is_label_cue(t.text))
                 or t.lower in CUES_BEFORE_THAT and i + 1 < len(toks) and toks[i + 1].lower == "that")]


_OPENING_ADVERBIAL = re.compile(r"(?:In particular|In fact|Specifically|Indeed|Moreover|Meanwhile|Still|Instead|However|"
                                r"Plus|Besides|Similarly|Likewise|Nevertheless),\s+")
_CONTENT_LEAD = re.compile(r"[\s,:\u2014-]*(?:(?:on\s+|last\s+|this\s+)?(?:" + _WEEKDAY + r"|yesterday|today)(?![\w\u2019'])[\s,]*)?(?P<that>that\b\s*)?")


# A hearer or an adjunct of up to twelve words between a cue and the "that" opening its content.
_THAT_AFTER_ADJUNCT = re.compile(r"(?:[\s,]+[\w\u2019'.\u201c\u201d\"-]+){1,12}?[\s,]+(that)\s")
_ADJUNCT_START = {"in", "on", "at", "during", "to", "via", "through", "over", "after", "before", "while", "last",
                  "this", "earlier", "later", "yesterday", "today", "tonight", "recently", "previously", "also",
                  "again", "repeatedly", "privately", "publicly", "reporters", "when", "from", "with", "under", "for"}
# Words after which a determiner starts a prepositional phrase or a clause, not an object.
_PHRASE_OPENERS = {"in", "on", "at", "to", "with", "for", "of", "from", "by", "about", "during", "via", "through", "over",
                   "after", "before", "under", "into", "than", "among", "between", "like", "across", "around",
                   "against", "when", "as", "while", "since", "until"}
# "called off the rally" is not a label verb.
_PARTICLES = {"off", "up", "out", "back", "down"}
_CONTENT_LEAD_KEEP_THAT = re.compile(r"[\s,:\u2014-]*")
# After a closing quotation mark, a lowercase word that is not a cue's subject carries the clause on.
# (also past a dash aside, "“…” - including Roe - favored …", or straight into a second quote, "“…” “do a …”")
_CLAUSE_GOES_ON = re.compile(
    r"(?:\s+[-\u2013\u2014]\s+[^-\u2013\u2014\n\u201c\u201d\"]{1,60}?\s+[-\u2013\u2014]\s+|\s+[\u201c\"]?)"
    r"(?!(?:he|she|they|it|we|i|you|who|according|said|says|added|told|wrote|at|as|when|before|after|"
    r"while|during|moments)\b)[a-z]")
# "saying “on her worst day” she’d be …": a quote closing on a word, then a subject and its verb.
_SUBJECT_GOES_ON = re.compile(
    r"[\w\u2019']\S\s+(?:he|she|they|we|I|it|(?:[A-Z][\w\u2019'.-]*\s+){0,2}[A-Z][\w\u2019'-]*)(?:[\u2019']d)?\s+"
    r"(?!(?:said|says|added|told|wrote|asked|noted|explained|continued|replied)\b)[a-z]")
# ", Cruz said," / ", he added,": a reporting aside inside the sentence.
_PARENTHETICAL_CUE = re.compile(r",\s+((?:[A-Z][\w.\u2019'-]*\s+){0,3}?(?:[A-Z][\w.\u2019'-]*|he|she|they))\s+(said|says|added|argued|noted|told\s+\w+)\s*,")
# Verbs that report a whole clause (not an object): "said that …", "told reporters that …".
_REPORTING = {"said", "says", "told", "tells", "added", "argued", "noted", "wrote", "writes", "insisted", "stated",
              "explained", "acknowledged", "contended", "maintained", "suggested", "warned"}
_PAST_TENSES = {"said", "told", "wrote", "thought", "felt", "knew", "swore", "spoke", "says", "tells", "writes"}
# "- More from Blumenthal and Cohen:": a name introduced by a dash or "from" before a colon.
_NAMED_BEFORE_COLON = re.compile(
    r"(?:[-\u2013\u2014]\s*(?:[Mm]ore\s+)?|(?:\b(?:[Mm]ore|[Tt]his|[Tt]hat|[Ww]ords?|[Qq]uotes?|[Ss]tatement|[Mm]essage|"
    r"[Cc]omments?|[Rr]esponse|[Rr]eply|[Nn]ote|[Ee]xcerpts?|[Hh]ighlights)\s+)from\s+)$"
)  # "More from Jane Doe: “…”", but not "a phrase that could have come from Roe himself: “…”"
# A speaker phrase that belongs to someone else: "Trump's remarks", "his tweet".
_OWNED = re.compile(r"(?:[\u2019']s?|^(?:his|her|their|its)\b.*)$", re.I)
# "31% of Republicans said" in a sentence opened by "In a CNN poll,": the poll speaks.
_PERCENT = re.compile(r"(?:just |only |some |about |nearly |almost )?\d[\d.,]*\s*(?:%|percent|per cent)\b", re.I)
_POLL = re.compile(r"\b[Ii]n\s+((?:an?|the)\s+[^,.;]{0,80}?\b(?:poll|survey))\b[^,.;]{0,40}?,")
# Two speakers in one phrase: "Jane Doe and John Roe said", "the party leader and former candidate said".
_JOINT_NAMES = re.compile(r"\s*[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}\s+and\s+")
_COORDINATED_NP = re.compile(r"(?:the|a|an)\s+[\w\u2019'. -]{1,60}?\s+and\s+", re.I)
# "…, and he has battled …, calling": the participle belongs to the nearer clause's pronoun.
_AND_PRONOUN = re.compile(r"\b(?:and|but)\s+(he|she|they|we|I)\b")
# A sentence that opens with a quotation, up to the comma after its closing mark.
_OPENING_QUOTATION = re.compile(r"\s*[\u201c\"][^\u201c\u201d\"]*[\u201d\"]\s*,?\s*")


def _reporting_verb(toks: list[Tok], k: int) -> bool:
    """A speech verb used as a verb: not a participle ("saying"), a label ("called") or a noun ("a retort")."""
    t = toks[k]
    return (t.is_word and not t.capitalised and is_speech_cue(t.text) and not is_participle(t.text)
            and not is_label_cue(t.text) and not _after_determiner(toks, k) and not _noun_cue(toks, k))


def _after_determiner(toks: list[Tok], k: int) -> bool:
    """True when ``toks[k]`` is a noun: "a retort", "a sharp retort", "a Trump-style retort".

    A past tense is never one: "Trump at the time said".
    """
    if toks[k].lower.endswith("ed") or toks[k].lower in _PAST_TENSES:
        return False
    if k and toks[k - 1].lower in DETERMINERS:
        return True
    return k >= 2 and toks[k - 2].lower in DETERMINERS and toks[k - 1].is_word and not toks[k - 1].capitalised


_ADJECTIVE = re.compile(r"[a-z]+(?:y|ous|al|ful|ic|ive|less|ish)|[a-z]+-[a-z-]+")


def _noun_cue(toks: list[Tok], k: int, adjectives: bool = True) -> bool:
    """A cue word that is a noun after an adjective: "a snappy retort", "Trump’s late-night tweets"."""
    t = toks[k]
    if t.lower.endswith("ed") or t.lower in _PAST_TENSES or k < 1:
        return False
    if toks[k - 1].lower == "of":
        return True  # "a series of tweets"
    n = k
    while n > 0 and toks[n - 1].is_word and toks[n - 1].capitalised:
        n -= 1
    if n < k and n > 0 and toks[n - 1].lower in {"a", "an"}:
        return True  # "a Donald Trump tweet" (but "the Saudis state" is a verb)
    if not adjectives:
        return False  # ("the editorial read": "-al" makes no adjective of a noun)
    adjective = toks[k - 1]
    return k >= 2 and bool(_ADJECTIVE.fullmatch(adjective.text)) and (
        toks[k - 2].lower in DETERMINERS or toks[k - 2].lower == "of" or toks[k - 2].possessive)


# A verb nearer the quote than its cue, whose object the quote sits in: ", dismissing Roe as “…”",
# ", pointing to his “D-minus” rating", "to call Roe “delusional”".
_OPENER_VERBS = sorted({f for f in (*SPEECH_FORMS, *LABEL_FORMS, *ATTITUDE) if f.endswith("ing")}
                       | {f for f in (*LABEL_FORMS, *ATTITUDE) if not f.endswith(("ing", "ed", "s"))}, key=len, reverse=True)
_NEARER_OPENER = re.compile(r"(?:,\s+|\bto\s+)(" + "|".join(_OPENER_VERBS) + r")\b(?:\s+(?:to|for|about|of|against)\b)?\s*")


def _nearer_opener(text: str, content_start: int, open_at: int) -> int:
    """Where a mixed quote's content starts when a verb nearer the quote than its cue governs it."""
    last = None
    for last in _NEARER_OPENER.finditer(text, content_start, open_at):
        pass
    return last.end() if last is not None and last.start() > content_start else content_start


def _strip_content_start(text: str, pos: int, end: int, keep_that: bool = False) -> int:
    """Skip spaces, commas, colons and a "that" at the start of reported content.

    A sentence adverbial opening it ("In particular, Roe has been “…,” a source said")
    is the writer's link between sentences, not the source's words. A mixed quote keeps
    its "that" ("said that the plan was “dead”"), as reported speech does.
    """
    m = _CONTENT_LEAD.match(text, pos, end)
    pos = (m.start("that") if keep_that and m.group("that") else m.end()) if m else pos
    adverbial = _OPENING_ADVERBIAL.match(text, pos, end)
    return adverbial.end() if adverbial else pos


def _content_end(text: str, start: int, end: int) -> int:
    """End of reported content: the sentence end, less its full stop, a dash before an aside and any trailing space."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,:\u2026\u2013\u2014"
                           or text[end - 1] == "-" and text[end - 2:end - 1].isspace()):
        end -= 1
    return end


_CLOSING_AFTER_COMMA = re.compile(r"[\u2019']?[\u201d\"]")
# "“A” and “B,” Jane Doe, a pollster, said": a later quote closing on a comma has its own cue after it
_COMMA_IN_CLOSING = re.compile("," + _CLOSING_AFTER_COMMA.pattern)


def _end_at_comma(text: str, start: int, comma: int) -> int:
    """Where reported content ends at a clause's comma; a comma inside closing marks keeps them (“…,” and “‘…,’”)."""
    closing = _CLOSING_AFTER_COMMA.match(text, comma + 1)
    return closing.end() if closing is not None else _content_end(text, start, comma)


# "… – Roe saying …", "…, and Doe calling …": a name right before the participle is its own subject.
_ABSOLUTE_BEFORE = re.compile(r"(?:[\u2013\u2014]|\s-|\band)\s*$")
# "…, with Jane Doe telling reporters …": the "with" phrase is the participle's subject.
_WITH_BEFORE = re.compile(r"\bwith\s+$")
_OF_BEFORE = re.compile(r"\b(?:of|shows?|showed|showing|features?|featured|featuring)\s+$")
# "as" (and its determiner) right before a quote: "offered himself as a “…” candidate".
_AS_BEFORE_QUOTE = re.compile(r"\bas\s+(?:(?:a|an|the|his|her|their|its)\s+)?")
# Particles of phrasal verbs that put a label on something: "played down", "talked up", "referred to".
_LABEL_PARTICLES = {"to", "down", "up", "off", "out"}


def _verb_of_label(tok: Tok) -> bool:
    """A verb that can put a label on its object, or the particle of one: "described", "casting", "played down"."""
    w = tok.lower
    return not tok.capitalised and (w.endswith(("ed", "ing")) or w in _IRREGULAR_PAST or w in LABEL_FORMS
                                    or w in SPEECH_FORMS or w in ATTITUDE or w in _LABEL_PARTICLES)


# Participles that name a thing after a noun: "a film called “…”", "a rally dubbed “…”".
_NAMING = {"called", "dubbed", "titled", "entitled", "named", "billed", "nicknamed"}
# "CNN reported …": an outlet reporting is not the voice of the quote that follows.
_MEDIA_REPORT = re.compile(r"\b(?:reported|reports|reporting)\b")
# What a quote paragraph can be read out of: "X issued a statement …"
_DOCUMENT = re.compile(r"\b(?:statement|letter|memo|e-?mail|press release|tweet|op-ed|editorial)s?\b")
# "Said Jane Doe, who grew up with her, “…”": an aside between an inverted speaker and the quote.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|a|an|the)\s[^\u201c\u201d\"]{0,120},\s*")
# "At the bottom it reads, “…”": "read" before a quote, with only a comma or colon between.
_READS = {"read", "reads", "reading"}
# Common irregular past tenses: the verb that ends a clause's subject ("the actor held …").
_IRREGULAR_PAST = set("""
held took made gave went came put got met led ran sent spent left brought began became kept
felt found sat stood won lost paid hit cut set let read rose fell drew wore bore broke chose
cast spoke sought fought threw struck
""".split())


def _ing_before_role(toks: list[Tok], k: int) -> bool:
    """"organizing director", "managing editor": an -ing word naming the kind of role after it."""
    return toks[k].lower.endswith("ing") and toks[k].text.isalpha() and toks[k].lower not in SPEECH_FORMS \
        and k + 1 < len(toks) and role_word(toks[k + 1].lower)


def _sum_of_money(toks: list[Tok], k: int) -> bool:
    """The "$" and the figure of "$15" inside a name ("Fight for $15")."""
    if toks[k].text == "$":
        return k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()
    return k > 0 and toks[k - 1].text == "$" and toks[k].text[:1].isdigit()


def _past_tense(word: str) -> bool:
    """A lowercase word that reads as a past tense: "-ed" or a common irregular one ("held", "came")."""
    return word.endswith("ed") or word in _IRREGULAR_PAST


# A wire story's dateline: "WASHINGTON, Dec. 8 (UPI) — ", "DES MOINES - ", "Washington (AFP) – ".
_DATELINE = re.compile(r"(?:[A-Z][A-Z.]+(?:\s[A-Z][A-Z.]+)*(?:,\s[A-Z][a-z.]+(?:\s\d{1,2})?)?(?:\s\([A-Za-z]+\))?"
                       r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)*\s\((?:AFP|AP|Reuters|UPI)\))\s[\u2014\u2013-]{1,2}\s")
INTRO_WORDS = {"first", "later", "earlier", "ago", "hours", "minutes", "days", "weeks", "months", "years",
               "meanwhile", "instead", "afterwards", "today", "yesterday", "tonight", "then", "still",
               "however", "also", "now", "again", "asked", "pressed", "speaking", "writing", "indeed", "likewise",
               "similarly", "nevertheless", "moreover", "thus", "hence", "besides", "otherwise",
               "last", "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening"}


# Prepositions that can open a sentence without a comma: "Before the hustings the Labour leader …".
_OPENING_PREPOSITIONS = {"before", "after", "during", "following", "at", "in", "on", "since", "despite", "amid"}
_SUBORDINATE = {"in", "on", "at", "after", "before", "when", "as", "while", "during", "despite", "although",
                "though", "if", "since", "following", "asked", "speaking", "writing", "with", "for", "by",
                "from", "under", "over", "until", "unlike", "like", "because", "once", "earlier", "later",
                "based", "according", "immediately", "shortly", "soon", "hours", "days", "here", "there", "early", "late",
                "outside", "inside", "near", "across", "behind", "beyond", "among", "amid", "throughout", "within"}


# A date that opens a sentence, with or without its comma: "On July 6, 2015,", "On September 27 they …".
_OPENING_DATE = re.compile(r"(?:On|In|By|Since|Until|Through)\s+(?:(?:" + _WEEKDAY + r"),?\s+)?(?:" + _MONTH
                           + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?|" + _MONTH + r"\s+\d{4}|\d{4})\s*,?\s+")


def clause_subject(text: str, start: int, end: int) -> tuple[Span | None, Span | None]:
    """The subject of the clause that starts at ``start``: for "saying", "adding" and bare colons.

    An introductory phrase ending in a comma ("Speaking at Westminster,",
    "Hours later,", "After the announcement,") is skipped; the subject is then
    the noun phrase before the first lowercase word that is not part of a name.
    """
    dateline = _DATELINE.match(text, start, end)
    begin = dateline.end() if dateline else start
    when = _OPENING_DATE.match(text, begin, end)
    toks = tokens(text, when.end() if when else begin, end, limit=150)  # a subject comes early or not at all
    if not toks:
        return None, None
    while toks and toks[0].lower in INTRO_WORDS | {"afterwards", "meanwhile", "but", "and", "so", "yet"}:
        toks = toks[1:]
        if toks and toks[0].text == ",":
            toks = toks[1:]
    if len(toks) >= 2 and toks[0].lower.endswith("ly") and toks[1].text == ",":
        toks = toks[2:]  # "Specifically, he …"
    if toks and toks[0].lower in _OPENING_PREPOSITIONS:
        # "Before the hustings the Labour leader ruled out …": a short opening phrase with no comma after it
        restart = next((j for j in range(2, min(len(toks), 4)) if toks[j].lower in {"the", "he", "she", "they"}), None)
        if restart is not None and toks[restart - 1].is_word and not toks[restart - 1].capitalised \
                and toks[restart - 1].lower not in _PREPOSITIONS | DETERMINERS:
            toks = toks[restart:]
    for _ in range(3):  # "On Thursday, after remaining neutral throughout the process, Warren …"
        commas = [i for i, t in enumerate(toks) if t.text == ","]
        if not commas:
            break
        head = toks[: commas[0]]
        first = head[0].lower if head else ""
        if not (head and (first in _SUBORDINATE or head[0].text.endswith("ing")
                          or len(head) > 1 and first.endswith("ly") and head[1].lower.endswith("ing")
                          or first not in PRONOUNS and len(head) <= 5
                          and (any(t.lower in INTRO_WORDS for t in head[:3]) or len(head) > 1 and head[1].lower in _PREPOSITIONS)
                          and not any(_past_tense(t.lower) and t.lower not in INTRO_WORDS for t in head if not t.capitalised))):
            # "He also issued a statement," and "Doe also misjudged the president," are the clause itself (a verb
            # in it), not an introduction like "Hours later,"
            break
        place_last = len(head) >= 2 and head[-1].capitalised and head[-2].lower in {"in", "at"}
        toks = toks[commas[0] + 1:]
        rest = [n for n, t in enumerate(toks) if t.text == ","]
        if place_last and rest and 1 <= rest[0] <= 3 and all(t.capitalised for t in toks[:rest[0]]) \
                and len(toks) > rest[0] + 2:
            toks = toks[rest[0] + 1:]  # "Speaking in Salem, New Hampshire, Trump …": the state ends the introduction
        elif rest and 1 <= rest[0] <= 3 and len(toks) > rest[0] + 2 and head[-1].lower.endswith("ed") \
                and all(t.is_word and not t.capitalised and t.lower not in PRONOUNS | STOP for t in toks[:rest[0]]):
            toks = toks[rest[0] + 1:]  # "Following a swiftly called, late-afternoon meeting, the council …"
    if toks and uncontracted(toks[0].lower) in PRONOUNS - {"it", "who", "that", "which"} and toks[0].lower not in PRONOUNS:
        base = len(uncontracted(toks[0].text))
        return Span(toks[0].start, toks[0].start + base, toks[0].text[:base]), None  # "He’s predicting …"
    for i, t in enumerate(toks):
        if not t.is_word:
            if t.text in ",:;(\u2014" and i:
                return _able_subject(np_before(text, toks[i].start, toks[0].start), toks)
            continue
        if i and not t.capitalised and t.lower not in {"of", "for", "the", "a", "an"} and t.lower not in ROLE_WORDS \
                and not toks[i - 1].text.endswith(("'s", "\u2019s")) and toks[i - 1].lower not in DETERMINERS and (
            toks[i - 1].capitalised or toks[i - 1].lower in PRONOUNS
            or is_speech_cue(t.text) or t.lower in STOP or t.lower.endswith("s") or _past_tense(t.lower)
        ):
            if toks[i - 1].lower in PRONOUNS or toks[i - 1].capitalised or i <= 6:
                found = np_before(text, t.start, toks[0].start)
                return found if t.lower in {"and", "or"} else _able_subject(found, toks)
            return None, None
    return None, None


# What, besides a person, can say something: "The ad", "His office", "A footnote in the report".
_SPEAKING_THINGS = re.compile(
    r"(?:ad|advert|statement|letter|memo|report|footnote|lawsuit|suit|filing|order|ruling|publication|tabloid|"
    r"newspaper|paper|magazine|piece|article|column|editorial|photo|video|clip|sign|banner|e-?mail|tweet|post|"
    r"website|site|page|headline|cover|message|poster|book|memoir|film|movie|song|rally|crowd|audience|group|"
    r"office|council|town|city|state|campaign|committee|party|team|staff|board|network|agency|department|"
    r"ministry|court|company|firm|union|poll|survey|study|document|transcript|release|resolution|bill|law|"
    r"platform|petition|plan|policy|speech|note|notice|label|card|flyer|mailer|script|slogan|chant|voice|"
    r"narrator|caption|graphic|ballot|question|questionnaire|spot|commercial|pac|organi[sz]ation)s?",
    re.I,
)


def _able_subject(found: tuple[Span | None, Span | None], toks: list[Tok]) -> tuple[Span | None, Span | None]:
    """A subject opened by a determiner only if it can speak: not "The final results", "The timing of Roe’s"."""
    mention = found[0]
    if toks[0].lower in DETERMINERS and mention is not None and (
            not _speaking_thing(mention.text) or mention.text.endswith(("\u2019", "'", "\u2019s", "'s"))):
        return None, None
    return found


_POSSESSIVES = {"his", "her", "their", "its", "my", "our"}
# Nouns for things said, whose owner says the "that" clause after them: "his comment Monday that “…”".
_SPEECH_NOUNS = {"claim", "claims", "assertion", "assertions", "comment", "comments", "remark", "remarks", "statement",
                 "suggestion", "argument", "insistence", "contention", "warning", "promise", "pledge", "vow", "charge",
                 "accusation", "boast", "declaration", "prediction", "complaint", "admission", "observation", "quip",
                 "joke", "tweet", "tweets", "declarations", "predictions", "promises", "warnings", "accusations"}
# "quoted the president as saying": the object of "quoted" is the speaker.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+((?:the\s+)?[\w.\u2019' -]{2,60}?)\s+as\s+$")


_GENERIC_WHO = re.compile(r"\b(?:anybody|anyone|someone|somebody|everyone|everybody|people|those|nobody)\s+$", re.I)


def _generic_who(text: str, mention: Span, floor: int) -> bool:
    """"saying anybody who complains “…”": the "who" of a generic "anybody" is nobody's voice."""
    return mention.text.lower() == "who" and bool(_GENERIC_WHO.search(text, floor, mention.start))


_SHOW_OWNER = re.compile(r"\b[A-Z][\w.]*[\u2019']s\s*$")
# A title right after "on"/"in" or after a word for a work: "Later on “This Week,”", "his 2012 book, “An American Son.”"
_WORK_BEFORE = re.compile(r"(?:\b(?:on|in)|\b(?:book|books|memoir|film|movie|documentary|show|program|programme|series|"
                          r"column|essay|novel|biography|autobiography|album|song|podcast|play),?)\s+$", re.I)


def _title(text: str, start: int, end: int) -> bool:
    """A short stretch in quotation marks that reads as a title: "Face the Nation", "State of the Union"."""
    words = [t for t in tokens(text, start, end) if t.is_word]
    return 0 < len(words) < MIN_UNCUED_WORDS and words[0].capitalised and all(
        t.capitalised or t.lower in {"the", "of", "a", "an", "and", "in", "on", "for", "to"} for t in words)


def _lone_word(mention: Span) -> bool:
    """A speaker phrase that is one lowercase word naming no one: "deserves", "remember", "came"."""
    text = mention.text
    return " " not in text and text[:1].islower() and text.lower() not in PRONOUNS | _POSSESSIVES \
        and not _speaking_thing(text)


def names_nobody(text: str, mention: Span | None) -> bool:
    """A lone lowercase word that cannot be a subject: "knew", "particular", "remember".

    A bare singular word is no subject in English; a plural ("officials",
    "critics"), a role ("spokesman"), a speaking thing ("police") or a
    quantity ("most said") can be. A word cut out of a longer one (a name
    with a mis-decoded letter, "TrÃ©vidic") is left alone.
    """
    if mention is None or " " in mention.text or not mention.text[:1].islower() \
            or text[mention.start - 1:mention.start] not in ("", " ", "\n", "(", ",", "\u201c", '"', "\u2018", "'"):
        return False
    word = uncontracted(mention.text.lower())
    if word in PRONOUNS or word in _POSSESSIVES:
        return False  # ("her remark that …": the owner of a speech noun speaks)
    plural = word.endswith("s") and not word.endswith(("ss", "us", "ous")) and word not in SPEECH_FORMS
    return not (plural or word in ROLE_WORDS or _SPEAKING_THINGS.fullmatch(word) or word in _COLLECTIVES)


_COLLECTIVES = {"police", "people", "everyone", "everybody", "someone", "somebody", "anyone", "nobody",
                "most", "many", "some", "few", "several", "all", "both", "none", "half", "another", "one",
                "each", "either", "neither",
                "government", "administration", "management", "staff", "military", "public"}


def _speaking_thing(phrase: str) -> bool:
    """True when a phrase's last word names someone or something that speaks: "the council", "a spokesman"."""
    head = re.sub(r"[\u2019']s?$", "", phrase.split()[-1]).lower()
    return role_word(head) or role_word(head.rstrip("s")) or bool(_SPEAKING_THINGS.fullmatch(head)) \
        or head in PRONOUNS or any(w[:1].isupper() for w in phrase.split()[1:])


def participle_subject(text: str, start: int, end: int) -> tuple[Span | None, Span | None]:
    """Who does the "saying" in ``…, saying …``: the pronoun of a nearer "and he …" clause, else the subject."""
    last_and = None
    for last_and in _AND_PRONOUN.finditer(text, start, end):
        pass
    if last_and is not None:  # "Christie made it a priority, and he has battled …, calling …"
        return Span(last_and.start(1), last_and.end(1), last_and.group(1)), None
    quoted = _OPENING_QUOTATION.match(text, start, end)
    if quoted is not None:
        start = quoted.end()  # "“We will win,” Roe said, adding …": Roe adds, not the "we" inside the quote
    return clause_subject(text, start, end)


def _relative_clause_end(text: str, mention: Span | None, start: int, close: int, end: int) -> int:
    """"Roe, who has cast himself as the “…,” has taken …": a relative clause's content ends at its comma."""
    if mention is None or mention.text.lower() not in {"who", "which"}:
        return end
    comma = text.find(",", close - 1, end)
    if comma < 0:
        return end
    return _end_at_comma(text, start, comma)


def _mixed_end(text: str, after_quote: int, sent_end: int, pattern: re.Pattern | None = None, start: int | None = None) -> int:
    """Where reported speech holding a quote ends: the sentence end, or an earlier clause break after the quote.

    ``called the plan “a disgrace,” and threatened to …``: the content is the
    quote's clause, not the rest of the sentence. When the content opens with
    a subordinate clause (``that while there are “some angry,” Rubio has …``),
    the comma closing it leads into the main clause, which is content too.
    """
    subordinate = start is not None and _OPENS_SUBORDINATE.match(text, start, after_quote)
    if text[after_quote - 2:after_quote - 1] == "," and not subordinate \
            and _AFTER_QUOTED_COMMA.match(text, after_quote, sent_end):
        return after_quote  # “…has the “best experience,” Trump is …”: the comma inside closes the clause
    m = (pattern or _CLAUSE_BREAK).search(text, after_quote, sent_end)
    while m and pattern is None and start is not None and _FINITE.search(text, start, after_quote) \
            and (second := _SECOND_PREDICATE.match(text, m.start())) and second.group(1) not in SPEECH_FORMS:
        # "said Doe was “extremely careless” and mishandled …": the content's own subject goes on
        m = _CLAUSE_BREAK.search(text, m.end(), sent_end)
    while m and m.start() == after_quote and (aside := _DASH_ASIDE.match(text, m.start(), sent_end)):
        m = (pattern or _CLAUSE_BREAK).search(text, aside.end(), sent_end)  # "“…” - including Roe - favored …"
    while m and (close := _close_of_open_quotation(text, after_quote, m.start(), sent_end)) is not None \
            and close > m.end():
        m = (pattern or _CLAUSE_BREAK).search(text, close, sent_end)  # "…emails “significant and disturbing.”"
    end = m.start() if m else sent_end
    paren = text.find(")", after_quote, end)
    if paren >= 0 and "(" not in text[after_quote if start is None else start:paren]:
        m, end = None, paren  # "(Roe, who called Doe “a fraud” last week) has …": the aside ends at its bracket
    if m and text[end:end + 2] in (",\u201d", ',"'):
        end += 2  # '… this cycle,” while …': the closing mark belongs to the quote
    return _content_end(text, after_quote, end) if end > after_quote else after_quote


def _close_of_open_quotation(text: str, start: int, at: int, end: int) -> int | None:
    """Where a quotation left open between ``start`` and ``at`` closes, or None when none is open at ``at``.

    A clause break inside quoted words ("“significant and disturbing”") is
    the speaker's own wording, not the end of the reported clause.
    """
    between = text[start:at]
    curly_open = between.count("\u201c") > between.count("\u201d")
    if not curly_open and between.count('"') % 2 == 0:
        return None
    close = _CLOSING_MARK.search(text, at, end)
    return close.end() if close else None


# "“…,” Murphy, the head of the PAC, Tweeted on Friday": a cue capitalised by mistake after its speaker
_CAPITALISED_CUE = re.compile(r"Said|Says|Told|Added|Wrote|Tweeted|Noted|Asked|Explained|Argued|Insisted|Declared")
# "Cost estimates, he added, were “…”": a sentence-opening noun phrase, then the cue set off by commas
_SUBJECT_THEN_ASIDE = re.compile(r"\s*([A-Z][^,;:\u201c\u201d\"]{0,60}?),\s+(?:as\s+)?")
# "“…” — that was how Roe put it", "“…,” is how one aide described it"
_HOW_PUT = re.compile(r"(?:that(?:[\u2019']s|\s+is|\s+was)|which\s+(?:is|was)|is|was)\s+how\s+", re.I)
_PUT_IT = re.compile(r"\s+((?:put|phrased|said|described|summed|characteri[sz]ed)\s+it)\b")
# "Guns are “…,” Roe said": a subject and its verb before the quote are a clause, not a lead-in
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
# Words after a cue that make the next quote part of the cue's clause, not the quote going on:
# "“…,” Roe said, meaning that he's “…”", "Roe says in the spot titled “…”" (but "Roe said, and “…”").
_QUOTE_IN_CUE_CLAUSE = re.compile(r"[\w\u2019']+\s+(?<!\band\s)(?<!\bbut\s)(?<!\bor\s)$")
# A verb right before a short quote makes it words said: "says it’s “disastrous.”"
_VERB_BEFORE_QUOTE = re.compile(r"(?:[\u2019']s|\b(?:is|are|was|were|be|been|as|that))\s+$")
# "projects that “…”": a that-clause opening right before an uncued quote.
_THAT_BEFORE_QUOTE = re.compile(r"\bthat\s+$")
# "what Roe, the party's treasurer, called “…”": a label in a what-clause is its speaker's.
_WHAT = re.compile(r"\bwhat\b", re.I)
# A newsletter item's capitalised heading before a headline ("NOW OPEN—“…”"), or the byline before an excerpt.
_NEWSLETTER_ITEM = re.compile(r"^[A-Z][A-Z0-9 \u2019'.,&-]*[\u2014\u2013]\s*$|[\u201d\"],?\s+by\s+[^:\n]{3,80}:\s*$")

# After "“…,” he said," the speaker's sentence going on in the writer's words: "that …", "would …", "and are …".
_SENTENCE_GOES_ON = re.compile(r"\s*,\s+((?:that|would|will|could|only)\s|and\s+(?:are|is|was|were|[a-z]+ed\b))")

# A dash aside right after a quote, closed by a second dash, with the clause going on after it.
_DASH_ASIDE = re.compile(r"\s[-\u2013\u2014]\s+[^-\u2013\u2014\n\u201c\u201d\"]{1,60}?\s+[-\u2013\u2014]\s+(?=[a-z])")
# A quote that stops on a preposition, so that its object follows the closing mark.
_ENDS_ON_PREPOSITION = re.compile(r"\b(?:to|of|for|with|from|about|by|at|on|in|into|than|against)\W*$")
# What may follow a cue before the next sentence's quote: the speaker, an adjunct, a full stop.
_REST_OF_CUE_CLAUSE = re.compile(r"[^.!?\u201c\u201d\"]{0,80}[.]\s*")
_AFTER_PREPOSITION = re.compile(r"\b(?:after|before|while|when|by|without)\s+$")
_MAIN_CLAUSE_COMMA = re.compile(r",[\u201d\"]?\s+(?!and\b|or\b|but\b|[\u201c\"])")
_SUBORDINATE_OPENING = re.compile(r"(?:(?:But|And|Yet|So)\s+)?(?:While|Although|Though|As|When|If|Because|Since|After)\b", re.I)
_OPENS_SUBORDINATE = re.compile(r"(?:that\s+)?(?:while|although|though|by|if|when|because|despite|since|unless|once)\b[^,]*,?[\u201d\"]?$", re.I)
# A participle, not one of the words that merely end in "ing" ("bring", "nothing", "during", "morning").
_ING = (r"(?!(?:bring|thing|nothing|something|anything|everything|during|morning|evening|king|ring|sing|spring|"
        r"string|swing|wing|sibling|ceiling|wedding|building|meeting|funding|hearing|briefing|ruling|polling|including)\b)[a-z]{2,}ing\b")
# After a quote that ends on a comma inside its marks, a new subject, participle or contrast starts a new clause.
_PARTICIPLE_TAIL = re.compile(r",\s*" + _ING)
_AFTER_QUOTED_COMMA = re.compile(r"\s+(?=[A-Z]|" + _ING + r"|(?:while|but(?!\s+also\b)|though|although|whereas|which)\s|(?:a|an|the|its|his|her|their)\s(?![\u201c\"])"
                                 r"|(?:said|says|told|tells|added|wrote|argued|insisted)\b"
                                 r"|(?:and|but)\s+(?:his|her|their|its|the)\s+[a-z]+\s+(?:has|have|had|is|was|were|are)\b)")
# Where the words were said, not what: "called the system “rigged” in a tweet", "“…” on his radio show".
_SPEECH_MEDIUM = (r"(?:in|on|during|via)\s+(?:(?:a|an|his|her|their|its|the)\s+)?(?:[A-Z][\w.\u2019'-]*\s+){0,3}"
                  r"(?:tweet|interview|statement|post|speech|e-?mail|op-ed|letter|(?:radio|television|TV)\s+show|"
                  r"(?:press|news)\s+conference|Twitter|Facebook|Instagram)s?\b")
# "and mishandled …" with no subject of its own: a second predicate of whichever subject came last.
_SECOND_PREDICATE = re.compile(r",?\s+(?:and|but)\s+(?:[a-z]+ly\s+)?([a-z]+ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have)\b")
# The end of a sentence-opening clause: a closing mark, its comma and any "though,".
_AFTER_OPENING_CLAUSE = re.compile(r"[\u201d\"],?\s+(?:(?:though|however|too),\s+)?")
_CLOSING_MARK = re.compile("[\u201d\"]")
# "Asked whether …", "When asked to confirm …": a question put to someone, opening the sentence.
_ASKED_OPENING = re.compile(r"(?:When\s+)?([Aa]sked)\s+(?=(?:whether|if|how|what|why|to)\b)")
# "should reiterate", "will say": a cue after these reports no speech that happened.
_MODALS = {"should", "would", "could", "must", "might", "may", "will", "shall", "can"}
# "…, and the group is “overrun,” Roe said": where the last clause of a sentence begins.
_COORDINATED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|so)|;)\s+(?=[A-Za-z])")
# Sentence adverbs that may stand before a quote that opens its sentence: "Instead, “he acts like a defeated man.”"
_SENTENCE_ADVERBS = {"instead", "indeed", "specifically", "still", "but", "and", "yet", "so", "also", "however",
                     "then", "again", "plus", "moreover", "besides", "meanwhile", "finally", "later"}
# A sentence that opens with a participle phrase: "Citing …", "Remarking upon …, Roe said, “…”".
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b")
# A quote that resumes after its cue clause: "“A,” she says, “B.”"
_RESUMED_QUOTE = re.compile(r",\s*[\u201c\"]")
# "chants of “…”", "the crowd chanted “…”": what follows is the chant's words.
_CHANT_BEFORE = re.compile(r"\b([Cc]hant(?:s|ed|ing)?)(?:\s+of)?,?\s*$")
# "“We are Orlando” and “Disarm hate”": a second quote joined to the first.
_AND_QUOTE = re.compile(r"\s+(?:and|or)\s+[\u201c\"]")
# "told the BBC on “Sunday Politics”": a show's or book's title is named after "on" or "in".
_ON_OR_IN = re.compile(r"\b(?:on|in)\s+$")
# "… was unserious - “…”": a dash before a quote ends the clause before it.
_DASH_BEFORE = re.compile(r"\s[-\u2013\u2014]{1,2}\s*$")
# "told the Gazette she …", "told reporters they …": a hearer, then the reported clause's own subject.
_HEARER_THEN_SUBJECT = re.compile(r"(?:(?:the\s+)?(?:[A-Z][\w.\u2019'-]*\s+){1,4}|(?:him|her|them|us|me|reporters|supporters|voters)\s+"
                                  r"|(?:the|a|an|his|her|their)\s+(?:[\w\u2019'-]+\s+){0,3}?[a-z][\w\u2019'-]*,?\s+)"
                                  r"(?=(?:he|she|they|it|we|I|there)(?:[\u2019'][a-z]+)?\s)")
# "prompted Roe to call …", "forced Doe to admit …": the object of these verbs did the speaking
# (not of "urged Doe to say …", which she may never have done).
_MADE_TO_SPEAK = {"prompted", "prompts", "forced", "forces", "led", "leads", "spurred", "spurs", "caused", "causes", "got"}
# ", and asserts that …": a second report of the same speaker starts after the first quote's clause.
_PRESENT_CUES = "|".join(sorted((f for f in SPEECH_FORMS if f.endswith("s") and len(f) > 4), key=len, reverse=True))
_CLAUSE_BREAK = re.compile(
    r"(?:,[\u201d\"]?)?\s+as\s+(?:he|she|they|we|I|(?:[A-Z][\w.\u2019'-]*\s+){1,3})\s*(?:put\s+it|said|says|noted|wrote)\b|"
    r",\s+wh(?:ich|o)\b|\s(?:and|but)\s+" + _ING + r"|,\s+(?:a|an)\s+[a-z]+\b|"
    r",\s+(?:and|but)\s+(?:a|an|the|some|many|several|other|his|her|their|its)\s|,\s+(?:though|although|as\s+(?:have|has|did|do|does))\b|"
    r"\s(?:and|but)\s+(?:[\w\u2019'-]+\s+){1,4}?(?:said|says|told|added)\b|;|\s--\s|\s[-\u2013\u2014]\s|\s\((?=[a-z])|,\s*(?:(?:and|but)\s+)?" + _ING + r"|[\u2014\u2013]\s*and\s+[a-z]+ed\b|,?\s+(?:and|but)\s+(?:(?:he|she|they|also|then|[a-z]+ly)\s+)?(?:[a-z]+ed|said|says|told|wrote|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b|"
    r",\s*(?:according to|he said|she said|said|says)\b|\s(?:and|but)\s+(?:did|does|do|would|will|has|had|have)\s+not\b|"
    r",?\s+(?:and|but)\s+(?:" + _PRESENT_CUES + r")\s+that\b|"
    r"\s(?:and|but)\s+(?:[A-Z][\w.\u2019'-]*\s+){1,3}(?:[a-z]+ed|said|says|told|wrote|vows|" + _ING + r")\b|"
    r"\s(?:when|while|after|before)\s+" + _ING + r"|,[\u201d\"]?\s+(?:while|whereas)\s|,\s+the\s+[a-z]+est\b|,\s+(?:it|he|she|they|we|I)\s+(?:would|will|is|was|has|had|seems|seemed|may|might|could|should)\b|"
    r"\s(?:and|but)\s+(?:he|she|they|we|I)\s+(?:did|does|do|has|had|have|was|is|were|would|will|could)(?:n[\u2019']t)?\b|"
    r"(?<=[\u201d\"])\s+as\s+(?:he|she|they|it)\s+(?!said|says|put)[a-z]+\b|(?<=[\u201d\"])\s+" + _SPEECH_MEDIUM + r"|(?<=[\u201d\"])\s+(?:and|but)\s+(?:also\s+)?(?:" + _PRESENT_CUES + r")\b"
)
# Reported speech runs on through "and": "said the heat and unsettled weather could last".
REPORTED_BREAK = re.compile(
    r"(?<=[\u201d\"])\s(?:and|but)\s+" + _ING + r"|,\s+(?:and|but|while|whereas)\s+(?:[\w\u2019'-]+\s+){1,6}?(?:said|says|told|added|argued|believes?|thinks?)\b|;|\s--\s|,\s*" + _ING + r"|,\s+(?:and|but)\s+(?:(?:he|she|they|also|then)\s+)?(?:[a-z]+ed|said|says|told|wrote)\b|"
    r"\s(?:and|but)\s+(?:he|she|they)\s+(?:also\s+)?(?:[a-z]+ed|said|says|told|wrote)\b|"
    r",\s*(?:according to|he said|she said|said|says)\b"
)
# A quote signed by a dash and a name, on its own line or after it: "” ― Jane Doe" / "”\n\n- Jane Doe."
# A pull quote's signature line, closing the quote left open above it: "¶Jane Doe, Policy Institute.”"
_SIGNATURE_LINE = re.compile(r"[ \t]*\n([A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3})(?:,\s[^\n\"\u201c\u201d]{2,70})?\.[\"\u201d][ \t]*(?:\n|$)")
_SIGNATURE = re.compile(r"[^\S\n]*(?:\n\s*)?[\u2015\u2014\u2013~-][^\S\n]*((?:[A-Z][\w.\u2019'-]*[^\S\n]?){1,4}?)[^\S\n]*"
                        r"(?:,[^\S\n]+[^\n,]{1,60}?)?\.?[^\S\n]*(?:\n|$)")  # "— Jane Doe, on Twitter."
_SENTENCE_INITIAL_CUES = {"said", "says", "added", "asked", "wrote", "tweeted", "replied"}


_RELATIVE_AFTER = re.compile(r",\s+(who|which)\s")


def point_at_relative(text: str, cand: Candidate) -> None:
    """``Jane Doe, who has called Roe “…”``: the speaker phrase is "who", resolved through the name before it.

    The cue sits inside the relative clause, so "who" is its subject (what PolNeAR
    and a reader point at); the name stays as the partner the resolver uses.
    """
    mention = cand.mention
    if mention is None or cand.cue is None or mention.text.lower() in PRONOUNS:
        return
    m = _RELATIVE_AFTER.match(text, mention.end)
    if m and m.end(1) <= cand.cue.start and "," not in text[m.end(1):cand.cue.start]:
        cand.mention, cand.partner = Span(m.start(1), m.end(1), m.group(1)), mention


# What may follow a name before its appositive: a comma, or "(R-Ohio)," first.
_PARENTHESIS_COMMA = re.compile(r"(?:\s*\([^()]{1,12}\))?,")
# A cue clause that opens the next quote: "… writes back, “"
_NEXT_QUOTE = re.compile(r"[^.!?\n\u201c\u201d\"]{0,40}?[,:]\s*[\u201c\"]")
_BY_AGENT = re.compile(r"\s+(?:[a-z]+ed\s+)?by\s+")


def according_to_source(text: str, m: re.Match, bound: int) -> Span | None:
    """Who "according to" names: ``according to X``, or the agent in ``according to audio provided by X``."""
    mention = np_after(text, m.end() + 1, bound)
    if mention is not None and mention.text[:1].islower():
        by = _BY_AGENT.match(text, mention.end, bound)
        agent = np_after(text, by.end(), bound) if by else None
        if agent is not None:
            return agent
    return mention


class DirectQuoteFinder:
    """Turn quoted runs into candidates, in text order, so continuations can look back."""

    def __init__(self, text: str, runs: list[list[Piece]], layout: Layout):
        self.text = text
        self.runs = runs
        self.layout = layout
        self.found: list[Candidate] = []
        self.unspoken = None  # the cue right before the current quote when no speaker could be found
        self.inside_cue_clause: set[int] = set()  # titles stepped over inside another quote's cue clause
        self.closes = sorted(p.close if p.close is not None else p.end for r in runs for p in r)
        self.spans = [(r[0].open, (r[-1].close if r[-1].close is not None else r[-1].end)) for r in runs]
        self.span_starts = [a for a, _ in self.spans]  # in text order, as the runs are
        # reach[k]: the furthest any of spans[:k] ends, so "is this inside a quote" is a lookup, not a scan
        # (a page of thousands of quotes would otherwise cost the square of their number)
        self.reach = list(itertools.accumulate((b for _, b in self.spans), max, initial=-1))
        # the pieces of the quotes found so far, in text order (they never overlap)
        self.claimed_opens: list[int] = []
        self.claimed_ends: list[int] = []

    def _prev_close(self, pos: int, floor: int) -> int:
        k = bisect_right(self.closes, pos - 1) - 1
        return max(floor, self.closes[k] + 1) if k >= 0 else floor

    def find(self) -> list[Candidate]:
        for n, run in enumerate(self.runs):
            if self.found and run[0].open < self.found[-1].end:
                continue  # already inside a mixed quote
            if self.reach[n] >= run[-1].end:
                continue  # a quote within a quote
            if run[0].open in self.inside_cue_clause:
                continue
            cand = self._attribute(run)
            if cand is not None:
                if cand.mention is not None and self._quoted(cand.mention.start):
                    # "“People are angry,” said …": words inside quotation marks never name the speaker
                    cand.mention, cand.partner = None, None
                if cand.mention is not None and self._opening_participle(cand):
                    # "Citing …, Will urged", "Holding signs calling Roe “…,” the protesters chanted": the opening
                    # participle names nobody; its subject is the main clause's, after the quote
                    cand.mention, cand.partner = self._main_clause_subject(max(0, cand.end - 1), determiners=True), None
                self.found.append(cand)
                self._claim(cand.pieces)
                if cand.cue is not None and cand.cue.start > cand.end:
                    # "“…,” Bill Roe, wearing “Ted Cruz” pins, said": a title inside the cue clause is no quote,
                    # nor is a show or book after it: "“…,” Doe told the BBC on “Sunday Politics.”"
                    s_end = self.layout.sentence_at(cand.cue.start)[1]
                    self.inside_cue_clause.update(a for a, b in self._spans_opening(cand.end + 1, s_end)
                                                  if _title(self.text, a + 1, b)
                                                  and (a < cand.cue.start or self._named_work(a, b)))
        return self.found

    def _named_work(self, open_at: int, close: int) -> bool:
        """A title after "on" or "in", or of two words or more after a comma: a show or a book, not words said."""
        before = self.text[max(0, open_at - 4):open_at]
        return bool(_ON_OR_IN.search(before)) or before.rstrip().endswith(",") \
            and word_count(self.text, open_at + 1, close, limit=2) >= 2

    def _spans_opening(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The quoted spans whose opening mark lies in ``lo:hi``."""
        return self.spans[bisect_left(self.span_starts, lo):bisect_left(self.span_starts, hi)]

    def _quoted(self, pos: int) -> bool:
        return self.reach[bisect_left(self.span_starts, pos)] > pos

    def _claim(self, pieces: list[Piece]) -> None:
        for p in pieces:
            k = bisect_left(self.claimed_opens, p.open)
            self.claimed_opens.insert(k, p.open)
            self.claimed_ends.insert(k, p.end)

    # --- one run -------------------------------------------------------------
    def _attribute(self, run: list[Piece]) -> Candidate | None:
        text = self.text
        first, last = run[0], run[-1]
        if len(run) > 1 and first.close is None and self._goes_on_before_new_cue(run):
            # "“A,” Rubio said. “B …¶“C,” he continued.": B ends A's quote; C opens one with its own cue
            self._extend(self.found[-1], [first], [(first.start, first.end)])
            return self._attribute(run[1:])
        segments = [(p.start, p.end) for p in run]
        segments[-1] = (segments[-1][0], self._drop_trailing_comma(segments[-1]))
        s_start, s_end = self.layout.sentence_at(first.open)
        pre_from = self._prev_close(first.open, s_start)
        pre = text[pre_from:first.open]
        opens_sentence = not pre.strip(" ,\u2014-\u2013(") or pre_from == s_start and pre.strip(" ,").lower() in _SENTENCE_ADVERBS
        prev = self.found[-1] if self.found else None
        lead = text[max(s_start, first.open - _SENTENCE_REACH):first.open]
        if _title(text, first.start, last.end) and (_SHOW_OWNER.search(text, s_start, first.open)
                                                    or _WORK_BEFORE.search(text, max(s_start, first.open - 40), first.open)):
            # "on MSNBC’s “Morning Joe”", "told NBC’s “Face the Nation”": a programme, not words; a cue before it
            # still reaches the quotes after it ("stating on NBC’s “Meet the Press” that Roe’s “judgment” …")
            self.closes.remove(last.close if last.close is not None else last.end)
            return None

        chant = _CHANT_BEFORE.search(text, max(s_start, first.open - 40), first.open)
        if chant is not None and last.close is not None:
            # "chants of “Ted! Ted!” were cut short", "the crowd reprised the chant “Lock her up!”": the chant's words
            cue = Span(chant.start(1), chant.end(1), chant.group(1))
            # "they chanted", "spectators chanting": the chanters; "was met with chants of" names none of them
            mention = None
            if chant.group(1).lower().endswith(("ed", "ing")):
                mention = np_before(text, cue.start, s_start)[0] or clause_subject(text, s_start, cue.start)[0]
            more = _AND_QUOTE.match(text, last.close + 1)
            second = self._spans_opening(more.end() - 1, more.end()) if more is not None else []
            if second:  # "chanting “We are Orlando” and “Disarm hate.”": both chants
                return Candidate([(first.open, second[0][1] + 1)], "mixed", cue, mention, None, run)
            return Candidate(segments, "direct", cue, mention, None, run)

        prev_close = prev.pieces[-1].close if prev is not None and prev.pieces else None
        if prev_close is not None and prev.kind == "direct" and prev.cue is not None and prev_close < prev.cue.start \
                and text[first.start:first.start + 1].islower() and text[pre_from:first.open].rstrip().endswith(",") \
                and not re.search(r"[.!?]|\bthat\b", text[prev_close + 1:first.open]) \
                and word_count(text, prev_close + 1, first.open) <= 20:
            return self._extend(prev, run, segments)  # "“A,” said Roe, speaking of X, “and B.”": one quote

        post = self._post_cue(last)
        post_mixed = None
        if post is not None and not opens_sentence and lead.rstrip().endswith((",", ":")) \
                and _cue_tokens(tokens(lead, 0, len(lead))) and _NEXT_QUOTE.match(text, post[0].end):
            post = None  # "Roe responds with, “…?” Doe then writes back, “…”": the cue after is the next quote's
        asked = _ASKED_OPENING.match(text, s_start)
        if post is not None and asked is not None and "," not in text[asked.end():first.open]:
            post = None  # "Asked whether Roe “…,” 75 percent said yes": they answered; the words are the question's
        if post is not None:
            cue, mention, partner = post
            # "… was unserious - “Again, …,” she said": a new start (but "“A” -- an aside -- “B,” he said" is one quote)
            dashed = _DASH_BEFORE.search(lead) is not None and not self._holds_quote(s_start, first.open)
            around = self._report_around(cue, mention, s_start, s_end, first, last) if not (opens_sentence or dashed) else None
            if around is not None:
                return Candidate(around, "mixed", cue, mention, partner, run)
            if opens_sentence or dashed or len(tokens(lead, 0, len(lead))) <= 2 and not _COPULA_BEFORE.search(lead) or lead.rstrip().endswith((":", "(")) or \
                    lead.rstrip().endswith(",") and _cue_tokens(tokens(lead, 0, len(lead))):
                if prev is not None and prev.cue == cue:
                    return self._extend(prev, run, segments)
                went_on = _SENTENCE_GOES_ON.match(text, max(cue.end, mention.end), s_end) \
                    if opens_sentence and last.close is not None else None
                if went_on is not None:
                    # "“It’s our bad luck,” he said, that both men knew the mosque.": his sentence goes on after the cue
                    rest = (went_on.start(1), _content_end(text, went_on.start(1), s_end))
                    return Candidate([*segments, rest], "mixed", cue, mention, partner, run)
                return Candidate(segments, "direct", cue, mention, partner, run)
            if self._ends_sentence(cue, mention, s_end) or (_RESUMED_QUOTE.match(text, max(cue.end, mention.end), s_end)
                                                            and not _OPENING_PARTICIPLE.match(text, s_start)):
                # "Trump is “unelectable now,” Rubio said.": the quote sits inside the reported clause
                # (as in "X means “…,” she says, “but …”", where the quote resumes after its cue)
                close = last.close if last.close is not None else last.end
                claimed = prev is not None and prev.end > s_start
                # ("Guns are “A” and “B,” Roe said.": an earlier quote no one claimed is part of the clause)
                start = _strip_content_start(text, pre_from if pre_from > s_start and claimed else s_start, close)
                end = close + 1
                comma = text.rfind(",", close, min(cue.start, mention.start))
                if _ENDS_ON_PREPOSITION.search(text, last.start, last.end) and comma > close:
                    end = comma  # "was branded “in homage to” Lazar, Song wrote": the object is part of the clause
                while end > start and text[end - 1] in ", ":
                    end -= 1
                if not _cue_tokens(tokens(lead, 0, len(lead))):
                    return Candidate([(start, end)], "mixed", cue, mention, partner, run)
                # "…, they are asked to rank them, and the group is “overrun,” Roe said.": the clause after the
                # last coordinator is Roe's, unless the cue before the quote claims it; with no coordinator the
                # whole clause is ("The claim is “…,” Roe said", where "claim" names no speaker of its own)
                joint = None
                for joint in _COORDINATED_CLAUSE.finditer(text, start, first.open):
                    pass
                post_mixed = Candidate([(joint.end() if joint is not None else start, end)], "mixed", cue, mention,
                                       partner, run)

        self.unspoken = None
        pre_found = self._pre_cue(pre_from, first.open)
        if pre_found is None and post_mixed is not None:
            return post_mixed
        if pre_found is not None:
            kind, cue, mention, partner, content_start = pre_found
            if prev is not None and cue is not None and prev.cue == cue:
                if not _QUOTE_IN_CUE_CLAUSE.search(text, max(cue.end, mention.end if mention else 0), first.open):
                    return self._extend(prev, run, segments)
                if self._named_in_cue_clause(cue.end, first, last):
                    return None  # the quote after it still goes on from the first
            close = last.close if last.close is not None else last.end
            _, sent_end = self.layout.sentence_at(close)
            reads = cue is not None and cue.text.lower() in _READS  # "a hat reading “…” on Wednesday": the sign's words only
            if kind == "direct" and last.close is not None and not reads and (_CLAUSE_GOES_ON.match(text, close + 1, sent_end) or
                                                                _SUBJECT_GOES_ON.match(text, close - 1, sent_end)):
                # "argued that “liberals” allowed terrorism to flourish": the clause goes on after the quote
                kind, content_start = "mixed", _CONTENT_LEAD_KEEP_THAT.match(text, cue.end, first.open).end() if cue else content_start
            outer = self._outer_cue(close - 1, sent_end) if last.close is not None and mention is not None \
                and (kind == "mixed" or cue and cue.start > s_start) else None
            if outer is not None:
                # "Nothing the president said “will assuage fears,” the senator said.": the outer cue speaks
                comma, outer_cue, mention = outer
                if cue is not None and cue.start <= s_start + 1 and is_participle(cue.text):
                    # "Acknowledging that it “…,” though, Doe did say …": Doe speaks; the participle is the cue
                    return Candidate([(content_start, close + 1)], "mixed", cue, mention, None, run)
                cue = outer_cue
                start = _strip_content_start(text, s_start, comma)
                end = close + 1 if comma < close else _content_end(text, start, comma)
                return Candidate([(start, end)], "mixed", cue, mention, None, run)
            if kind == "mixed":
                content_start = _nearer_opener(text, content_start, first.open)
                end = _relative_clause_end(text, mention, content_start, close,
                                           _mixed_end(text, close + 1, sent_end, start=content_start))
                if mention is not None and mention.start > close:
                    end = close + 1  # "Acknowledging that Roe “…,” though, Doe did …": the main clause is not content
                elif mention is None:  # "Asked whether …, 75 percent said yes": the opening clause ends at its comma
                    comma = text.find(",", close - 1, sent_end)
                    if comma >= 0:
                        end = _end_at_comma(text, content_start, comma)
                if cue is not None and _SUBORDINATE_OPENING.match(text, s_start, cue.start) \
                        and "," not in text[s_start:cue.start]:
                    # "While Roe admitted that it would be “very hard”, his campaign argued …": the main clause is not his
                    m = _MAIN_CLAUSE_COMMA.search(text, close - 1, end + 1)
                    if m is not None:
                        comma = m.start()
                        end = _end_at_comma(text, content_start, comma)
                subject = self._subject_before_aside(s_start, cue, mention, content_start)
                if subject is not None:
                    # "Cost estimates, he added, were “based on a prototype.”": the sentence less its cue clause
                    return Candidate([subject, (content_start, end)], "mixed", cue, mention, partner, run)
                return Candidate([(content_start, end)], "mixed", cue, mention, partner, run)
            subject = self._subject_before_aside(s_start, cue, mention, first.open) \
                if text[first.start:first.start + 1].islower() and last.close is not None else None
            if subject is not None:
                # "An economic downturn, he said, “could be a good time to borrow.”": the quote goes on from the subject
                return Candidate([subject, (first.open, last.close + 1)], "mixed", cue, mention, partner, run)
            return Candidate(segments, "direct", cue, mention, partner, run)

        if opens_sentence:
            signed = self._dash_signature(last)
            if signed is not None:
                return Candidate(segments, "direct", None, signed, None, run)
            if last.close is not None:
                outer = self._outer_cue(last.close + 1, s_end)
                if outer is not None and _CLAUSE_GOES_ON.match(text, last.close + 1, outer[0]):
                    # "“We’re extremely happy” about the decision, said Jane Doe.": the clause is hers
                    comma, cue, mention = outer
                    described = tokens(text, last.close + 1, comma, limit=1)
                    if text[last.close - 1] == "," and text[comma + 1:mention.start].strip() == "" \
                            and described and described[0].lower in DETERMINERS:
                        # "“…,” the party’s treasurer, John Roe, told …": a description set beside the speaker
                        return Candidate(segments, "direct", cue, mention, None, run)
                    return Candidate([(first.open, _content_end(text, first.open, comma))], "mixed", cue, mention, None, run)
            closing = self._closing_cue_before(first)
            if closing is not None:
                cue, mention, partner = closing
                return Candidate(segments, "direct", cue, mention, partner, run)
            cont = self._continuable(first)
            if cont is not None and not (first.single and not cont.pieces[-1].single):
                # (a paragraph in single marks after a quote in double ones is a subhead, not more of the quote)
                return self._extend(cont, run, segments)
            colon = self._colon_paragraph_before(first)
            if colon is not None:
                cue, mention, partner = colon
                return Candidate(segments, "direct", cue, mention, partner, run)
            subject = self._previous_sentence_subject(first, last) or self._statement_before(first, last)
            if subject is not None:
                return Candidate(segments, "direct", None, subject[0], subject[1], run)
            if self._standalone(first, last):
                # a whole sentence or paragraph in quotation marks is someone's words even unattributed
                prev = self.found[-1] if self.found else None
                if prev is not None and prev.kind == "direct" and prev.mention is not None and \
                        self.layout.paragraph_index(first.open) - self.layout.paragraph_index(prev.end) <= 1:
                    return Candidate(segments, "direct", None, prev.mention, prev.partner, run, continued_from=prev)
        if last.close is not None and pre_found is None:
            outer = self._outer_cue(last.close + 1, s_end)
            if outer is not None and _CLAUSE_GOES_ON.match(text, last.close + 1, outer[0]) \
                    and not self._holds_quote(s_start, first.open) \
                    and not _COMMA_IN_CLOSING.search(text, last.close + 1, outer[0]) \
                    and text[s_start:first.open].split(None, 1)[0].lower() not in _SUBORDINATE:
                # "Doe “felt a moral obligation” to act, Roe said.": the sentence up to the cue is Roe's report
                comma, cue, mention = outer
                start = _strip_content_start(text, s_start, first.open)
                return Candidate([(start, _end_at_comma(text, start, comma))], "mixed", cue, mention, None, run)
        if post is None and not opens_sentence:
            went_on = self._goes_on_after_cue(first, last, s_start, s_end)
            if went_on is not None and self.layout.paragraph_index(first.open) != went_on.pieces[-1].paragraph:
                # "“A,” he told the Gazette.¶Later, on the radio: “B.”": the same speaker, another occasion
                return Candidate(segments, "direct", None, went_on.mention, went_on.partner, run, continued_from=went_on)
            if went_on is not None:
                # "“A,” said Roe. Now, “B.”": the next sentence's quoted words are more of Roe's quote
                return self._extend(went_on, run, segments)
        embedded = self._characterised_as(run, s_start, s_end, first, last) \
            or self._embedded(run, segments, s_start, s_end, first, last)
        if embedded is None and self.unspoken is not None and not opens_sentence and last.close is not None:
            # "as if to say, “…”": a cue right before the quote whose speaker we cannot name; keep the words
            cue = self.unspoken[0]
            if _CLAUSE_GOES_ON.match(text, last.close + 1, s_end):
                # "which reported “2,521 shootings” in the city": the report goes on past the quote
                start = _strip_content_start(text, cue.end, first.open)
                return Candidate([(start, _mixed_end(text, last.close + 1, s_end))], "mixed", *self.unspoken, run)
            if prev is not None and prev.kind != "indirect" and not text[s_start:cue.start].strip() \
                    and is_participle(cue.text) and self._continuable(first) is prev:
                # "“…,” Roe said. Adding, “…”": the participle goes on from the last speaker
                return Candidate(segments, "direct", cue, None, None, run, continued_from=prev)
            return Candidate(segments, "direct", *self.unspoken, run)
        return embedded

    def _last_cued_direct(self) -> Candidate | None:
        """The quote found last, when it is a direct quote whose cue named a speaker: one later words may go on."""
        prev = self.found[-1] if self.found else None
        if prev is None or prev.kind != "direct" or prev.cue is None or prev.mention is None:
            return None
        return prev

    def _goes_on_before_new_cue(self, run: list[Piece]) -> bool:
        """A paragraph left open right after "“A,” X said." whose quote ends, paragraphs later, on a cue of its own."""
        prev = self._last_cued_direct()
        first = run[0]
        if prev is None or not prev.pieces or prev.cue.start < prev.pieces[-1].end or first.single:
            return False
        if first.paragraph != prev.pieces[-1].paragraph or self.layout.paragraph_index(prev.cue.start) != first.paragraph:
            return False
        if not _REST_OF_CUE_CLAUSE.fullmatch(self.text, prev.cue.end, first.open):
            return False  # only the rest of the cue's sentence lies between: "“A,” Rubio said. “B"
        post = self._post_cue(run[-1])
        return post is not None and post[0] != prev.cue

    def _goes_on_after_cue(self, first: Piece, last: Piece, s_start: int, s_end: int) -> Candidate | None:
        """The direct quote this sentence's closing quotation carries on, when no cue of its own speaks it.

        "“A,” said Roe. Unless things change, “B.”": a short lead-in, then quoted
        words that end the sentence, right after a sentence whose cue named the speaker.
        """
        text = self.text
        prev = self._last_cued_direct()
        if prev is None or first.single or last.close is None or self._holds_quote(s_start, first.open):
            return None
        # ("“…,” he told the Gazette.¶Later that month, on the radio: “…”": a lead-in with a colon looks back
        # to the paragraph before)
        before = self._sentence_before(first, same_paragraph=not text[s_start:first.open].rstrip().endswith(":"))
        if before is None or not before[0] <= prev.cue.start < before[1] or prev.end > before[1]:
            return None
        if text[last.close + 1:s_end].strip(" .!?\u201d\"") or word_count(text, first.start, last.end) < 3:
            return None
        lead = tokens(text, s_start, first.open)
        if len(lead) > 10 or _cue_tokens(lead, labels=True) or ACCORDING_TO.search(text, s_start, first.open) \
                or _title(text, first.start, last.end):
            return None
        return prev

    def _characterised_as(self, run, s_start: int, s_end: int, first: Piece, last: Piece) -> Candidate | None:
        """``offered himself as a “law and order” candidate``, ``played down the remarks as “just talk”``.

        Someone's verb puts a quoted label on its object with "as": the object,
        the label and the clause's subject are a mixed quote, as they are in
        PolNeAR's eyes and a reader's. Naming participles ("known as",
        "billed as") and verbs with no object ("served as") are left alone.
        """
        text = self.text
        if first.single or last.close is None:
            return None
        m = _AS_BEFORE_QUOTE.search(text, max(s_start, first.open - 30), first.open)
        if m is None or m.end() != first.open:
            return None
        toks = tokens(text, max(s_start, m.start() - 200), m.start())
        if not toks or not toks[-1].is_word or toks[-1].lower in _LABEL_PARTICLES | {"such"}:
            return None  # ("words such as “…”" lists examples)
        k = len(toks) - 2  # the word before "as" is the object's ("the remarks", "himself"), even "comments"
        while k >= 0 and len(toks) - 1 - k < 8 and toks[k].is_word and not _verb_of_label(toks[k]):
            if toks[k].lower in STOP and toks[k].lower not in _LABEL_PARTICLES | OBJECT_PRONOUNS:
                return None  # "best known for appearances as “…”": no verb puts the label on anything
            k -= 1
        if k < 0 or not toks[k].is_word or not _verb_of_label(toks[k]) \
                or toks[-1].lower in STOP and toks[-1].lower not in OBJECT_PRONOUNS:
            return None
        verb_at = k
        if toks[k].lower in _LABEL_PARTICLES:
            verb_at = k - 1  # "played down …", "referred to him as"
            if verb_at < 0 or not _verb_of_label(toks[verb_at]) or toks[verb_at].lower in _LABEL_PARTICLES:
                return None
        verb = toks[verb_at]
        if verb.lower in _NAMING | {"known", "seen", "regarded", "viewed", "considered"}:
            return None  # a name or a view, not someone's words: "known as “Guccifer”"
        participle = verb.lower.endswith("ing") or verb_at and toks[verb_at - 1].lower in {"having", "being"}
        found = participle_subject(text, s_start, verb.start) if participle else np_before(text, verb.start, s_start)
        mention, partner = _able_subject(found, toks) if not participle else found
        if mention is None or names_nobody(text, mention) or mention.text.lower() in {"it", "this", "that", "there"}:
            return None
        start = toks[k + 1].start
        end = _relative_clause_end(text, mention, start, last.close, _mixed_end(text, last.close + 1, s_end, start=start))
        cue = Span(verb.start, toks[k].end, text[verb.start:toks[k].end])
        return Candidate([(start, end)], "mixed", cue, mention, partner, run)

    def _embedded(self, run, segments, s_start: int, s_end: int, first: Piece, last: Piece) -> Candidate | None:
        """A quoted phrase inside a sentence with no cue of its own: someone's words all the same.

        ``Collins hammered his “unsuitability for office.”``, ``defending the
        idea that “monetary policy can …”``: a phrase of several words in
        quotation marks is (in PolNeAR's and the reader's eyes) a partial quote.
        The clause's subject is taken as its speaker. Titles (every word
        capitalised), markup values (``id="…"``) and short scare quotes are left out,
        as are a newsletter's headlines and excerpts (``FAREWELL—“…,” by Times' Jane Doe: “…”``).
        """
        text = self.text
        if first.single or last.close is None:
            return None
        if _NEWSLETTER_ITEM.search(text[self.layout.paragraphs[first.paragraph][0]:first.open]):  # (its ^ is the line's)
            return None
        words = [t for t in tokens(text, first.start, last.end) if t.is_word]
        if len(words) < EMBEDDED_WORDS or text[first.open - 1:first.open] == "=":
            return None
        if sum(1 for t in words if t.capitalised) >= len(words) - 1 and len(words) < 10:
            return None  # a title: "A Very Clinton Christmas"
        mention, partner = (None, None)
        if first.open > s_start:
            mention, partner = clause_subject(text, s_start, first.open)
            if mention is not None and (mention.text.lower() in {"it", "this", "that", "there", "which"}
                                        or mention.text.lower() in SPEECH_FORMS or mention.text[:1].islower()
                                        and mention.text.lower() not in PRONOUNS and " " not in mention.text):
                mention, partner = None, None
        if mention is None:
            return None
        that = _THAT_BEFORE_QUOTE.search(text, s_start, first.open)
        if that is not None:
            # "The campaign projects that “a small tax” would raise $75 billion": the that-clause is the content
            return Candidate([(that.start(), _mixed_end(text, last.close + 1, s_end, start=that.start()))],
                             "mixed", None, mention, partner, run)
        return Candidate(segments, "mixed", None, mention, partner, run)

    def _outer_cue(self, after: int, s_end: int) -> tuple[int, Span, Span] | None:
        """``…, the Florida senator said.`` closing the sentence: (the comma, the cue, the speaker).

        The first comma after ``after`` whose clause is a cue and its speaker wins:
        "…, said Jane Doe, a pollster at Acme." as well as "…, Jane Doe said."
        """
        for n, found in enumerate(_COMMA.finditer(self.text, after, s_end)):
            if n == _OUTER_CUE_COMMAS:
                break  # a sentence of many commas: the cue closing it is not dozens of clauses away
            outer = self._cue_clause(found.start(), s_end)
            if outer is not None:
                return outer
        return None

    def _cue_clause(self, comma: int, s_end: int) -> tuple[int, Span, Span] | None:
        text = self.text
        m = ACCORDING_TO.match(text, _SPACE.match(text, comma + 1, s_end).end())
        if m:
            mention = according_to_source(text, m, s_end)
            return (comma, Span(m.start(), m.end(), m.group()), mention) if mention else None
        toks = tokens(text, comma + 1, s_end, limit=12)  # only its first dozen words matter
        for k, t in enumerate(toks[:12]):
            if not (t.is_word and not t.capitalised and is_speech_cue(t.text) and not is_participle(t.text)):
                continue
            if k == 0 or all(not x.is_word or x.text in "\u201d\"\u2019'" for x in toks[:k]):
                mention = np_after(text, t.end + 1, s_end)  # "…, said Jane Doe, a pollster at Acme."
                if mention is None or not mention.text[:1].isupper():
                    return None
            else:
                mention, _ = np_before(text, t.start, comma + 1)
                if mention is not None and text[comma + 1:mention.start].strip(" \u201d\"\u2019'"):
                    mention = self._whole_np(toks[:k])  # "…, Republican candidate Jane Doe said"
                if mention is None or text[comma + 1:mention.start].strip(" \u201d\"\u2019'"):
                    return None
            rest = text[max(t.end, mention.end):min(s_end, max(t.end, mention.end) + _CLAUSE_WINDOW)]
            if re.match(r"\s*(?:that|whether|if)\b", rest):
                return None  # "…, his campaign has argued that it could win": the cue of a report of its own
            if rest.startswith(","):
                rest = rest[1:].partition(",")[2]  # an appositive belongs to the speaker
            resumed = _RESUMED_QUOTE.search(rest)
            if resumed is not None:
                rest = rest[:resumed.start()]  # "“A” by X, Roe said on Monday, “B.”": the quote resumes after the cue
            if len(rest.split()) > 8:
                return None
            return comma, self._cue_span(t), mention
        return None

    def _dash_signature(self, last: Piece) -> Span | None:
        """``“…” ― Veronica Cruz`` or a quote paragraph signed on the next line ``- Hillary Clinton.``

        A pull quote left open and closed after its signature line (``"We will …¶Jane Doe,
        Policy Institute."``) is signed too: the line names who spoke.
        """
        if last.close is None:
            m = _SIGNATURE_LINE.match(self.text, last.end)
            if m is None:
                return None
            return Span(m.start(1), m.end(1), m.group(1))
        m = _SIGNATURE.match(self.text, last.close + 1)
        if m is None:
            return None
        name = m.group(1).rstrip(" .")
        return Span(m.start(1), m.start(1) + len(name), name)

    def _standalone(self, first: Piece, last: Piece) -> bool:
        """A quote that makes up its whole sentence, with enough words to be speech rather than a title."""
        if last.close is None and len(self.text[first.start:last.end].split()) < 12:
            return False
        _, s_end = self.layout.sentence_at(last.close if last.close is not None else last.end)
        after = self.text[(last.close if last.close is not None else last.end) + 1:s_end].strip(" .,")
        inner = self.text[first.start:last.end].rstrip()
        return not after and word_count(self.text, first.start, last.end) >= STANDALONE_WORDS \
            and inner[-1:] in ".!?,\u2026-\u2014"

    def _subject_before_aside(self, s_start: int, cue: Span | None, mention: Span | None, content_start: int):
        """The subject in "Cost estimates, he added, were …": a noun phrase, then the cue set off by commas."""
        if cue is None or mention is None or mention.start >= cue.start or self.text[mention.end:cue.start].strip() \
                or self.text[cue.end:content_start].strip() != ",":
            return None  # the cue clause is the speaker and the verb alone: "Minutes later, she sent an email saying" is not
        m = _SUBJECT_THEN_ASIDE.fullmatch(self.text, s_start, mention.start)
        opener = m.group(1).split(None, 1)[0] if m is not None else ""
        if m is None or opener.lower() in _SUBORDINATE | _SENTENCE_ADVERBS or is_participle(opener) \
                or m.group(1).endswith("ing"):
            return None
        return (m.start(1), m.end(1))

    def _report_around(self, cue: Span, mention: Span, s_start: int, s_end: int, first: Piece, last: Piece):
        """"Despite his “brash personality,” Jane Doe wrote, Roe is a devoted father.": the report around its cue.

        A quote ending on a comma inside the marks, a cue clause, a comma and
        a clause that goes on to the sentence end: the content is the sentence
        without the cue clause, in two segments.
        """
        text = self.text
        if last.close is None or text[last.close - 1:last.close] != "," or not text[s_start:first.open].strip():
            return None
        after = max(cue.end, mention.end)
        m = re.compile(r"\s*,\s*").match(text, after, s_end)
        if m is None or self._ends_sentence(cue, mention, s_end) or self._holds_quote(m.end(), s_end):
            return None
        rest = tokens(text, m.end(), s_end)
        if len([t for t in rest if t.is_word]) < 4 or rest[0].lower in _APPOSITIVE_OPENERS or is_participle(rest[0].text):
            return None
        start = _strip_content_start(text, s_start, first.open)
        return [(start, last.close + 1), (m.end(), _content_end(text, m.end(), s_end))]

    def _ends_sentence(self, cue: Span | None, mention: Span | None, s_end: int) -> bool:
        """True when little but adjuncts ("in a statement", "on Monday") follow the cue to the sentence end."""
        last = max(cue.end if cue else 0, mention.end if mention else 0)
        rest = self.text[last:s_end]
        if mention is not None and mention.end >= last and rest.startswith(","):
            rest = rest[1:].partition(",")[2]  # "…, said Jon Doggett, executive vice president of …": an appositive
        if _PARTICIPLE_TAIL.match(rest):
            return True  # "…,” Doe said, adding that …": the participle clause is another report
        if any(ch in rest for ch in "\u201c\"") and not all(
                _title(self.text, a + 1, b) for a, b in self._spans_opening(last, s_end)):
            return False  # the quote resumes after its cue; a title ("in her memoir, “Tough Choices.”") does not
        # "…, Doe declared in an interview Thursday, in the latest war of words between …": adjuncts only
        return len(rest.split()) <= 8 or all(
            chunk.split()[0].lower() in _ADJUNCT_OPENERS and not _CLAUSE_WORD.search(chunk)
            for chunk in rest.split(",") if chunk.strip())

    def _drop_trailing_comma(self, segment: tuple[int, int]) -> int:
        start, end = segment
        while end > start and self.text[end - 1] in ", ":
            end -= 1
        return end

    def _extend(self, prev: Candidate, run: list[Piece], segments: list[tuple[int, int]]) -> Candidate | None:
        if prev.kind != "direct" and not (prev.kind == "mixed" and prev.pieces):
            return Candidate(segments, "direct", prev.cue, prev.mention, prev.partner, run, continued_from=prev)
        prev.segments.extend(segments)
        prev.pieces.extend(run)
        self._claim(run)
        return None

    def _named_in_cue_clause(self, cue_end: int, first: Piece, last: Piece) -> bool:
        """A title or a word or two named after a cue, not said: "“…,” Roe said on ABC’s “This Week.”".

        ("a message bearing the subject line “bravo!”", "after a brief “I’m sorry”"; but a short quote after a
        verb is words said: "who says it’s “disastrous.”")
        """
        text = self.text
        lead = text[max(cue_end, first.open - 40):first.open]
        if _title(text, first.start, last.end) or _SHOW_OWNER.search(lead) or _WORK_BEFORE.search(lead):
            return True
        return word_count(text, first.start, last.end, limit=3) < 3 and not _VERB_BEFORE_QUOTE.search(lead)

    def _sentence_index(self, pos: int) -> int:
        return max(0, bisect_right(self.layout.sentence_starts, pos) - 1)

    def _continuable(self, first: Piece) -> Candidate | None:
        """The attributed quote this cue-less stretch carries on: it ended in the sentence just before.

        Tweet and caption paragraphs between the two are stepped over.
        """
        if not self.found:
            return None
        prev = self.found[-1]
        if prev.kind == "mixed" and prev.cue is not None and len(self.found) > 1 and is_participle(prev.cue.text) \
                and _AFTER_PREPOSITION.search(self.text, max(0, prev.cue.start - 20), prev.cue.start):
            # "“Everything is on the table,” Roe said after hinting that “changes” could come. “Every …”":
            # the quote goes on from the direct quote, not from the aside reported inside its cue clause
            before = self.found[-2]
            if before.kind == "direct" and before.cue is not None and \
                    self.layout.sentence_at(before.cue.start) == self.layout.sentence_at(prev.cue.start):
                prev = before
        if prev.kind == "indirect" or not prev.pieces:
            return None
        from db.quote_marks import is_interruption

        k = self._sentence_index(first.open) - 1
        while k >= 0:
            s, e = self.layout.sentences[k]
            if not is_interruption(self.text[s:e]):
                break
            k -= 1
        if k < 0:
            return None
        s, e = self.layout.sentences[k]
        last_piece = prev.pieces[-1]
        anchor = max(last_piece.end, prev.cue.start if prev.cue else 0, prev.mention.start if prev.mention else 0)
        if s <= anchor < e or s <= last_piece.end <= e:
            return prev
        return None

    def _sentence_before(self, first: Piece, same_paragraph: bool = True) -> tuple[int, int] | None:
        """The sentence before the one ``first`` opens (by default only when it is in the same paragraph)."""
        k = self._sentence_index(first.open) - 1
        if k < 0:
            return None
        s, e = self.layout.sentences[k]
        return (s, e) if not same_paragraph or self.layout.paragraph_index(s) == self.layout.paragraph_index(first.open) \
            else None

    def _closing_cue_before(self, first: Piece):
        """"…,” Roe said, and her husband cut in. “…”": a sentence ending on a cue of its own introduces the quote."""
        before = self._sentence_before(first)
        if before is None:
            return None
        s, e = before
        m = _ENDING_CUE.search(self.text, s, e)
        if m is None or self.found and self.found[-1].cue is not None and self.found[-1].cue.start == m.start():
            return None
        mention, partner = np_before(self.text, m.start(), s)
        first_word = mention.text.split()[0].lower() if mention is not None else ""
        if mention is None or names_nobody(self.text, mention) or mention.text[:1].islower() \
                and first_word not in DETERMINERS | PRONOUNS and not _speaking_thing(mention.text):
            return None
        return Span(m.start(), m.end(1), m.group(1)), mention, partner

    def _previous_sentence_subject(self, first: Piece, last: Piece):
        """``Clinton touted her record. “We need …”``: a cue-less quote in mid-paragraph is the last subject's."""
        before = self._sentence_before(first)
        if before is None:
            return None
        s, e = before
        if self._holds_quote(s, e):
            return None  # the sentence before holds a quote of its own
        mention, partner = self._reporter_in(s, e)
        if mention is None:
            mention, partner = clause_subject(self.text, s, e)
        if mention is None or mention.text.lower() in {"it", "this", "that", "there", "they", "we", "i", "you"}:
            return None
        if word_count(self.text, first.start, last.end) < MIN_UNCUED_WORDS:
            return None
        return mention, partner

    def _holds_quote(self, start: int, end: int) -> bool:
        """True when a quote found so far lies in ``start:end`` (a show's title in marks is none)."""
        k = bisect_right(self.claimed_ends, start)  # the first found piece ending after start
        if k < len(self.claimed_ends) and self.claimed_opens[k] < end:
            return True
        j = bisect_left(self.span_starts, end) - 1  # spans opening before end, back while one reaches start
        while j >= 0 and self.reach[j + 1] > start:
            a, b = self.spans[j]
            if b > start and not _title(self.text, a, b):
                return True
            j -= 1
        return False

    def _statement_before(self, first: Piece, last: Piece):
        """A quote paragraph after a reporting paragraph is its reporter's or its statement's author's.

        ``Carter said that … .¶“That’s because …”``, ``The party issued a statement.¶“We apologise …”``.
        """
        k = self.layout.paragraph_index(first.open)
        if k == 0 or self.layout.paragraphs[k][0] != first.open:
            return None
        p_start, p_end = self.layout.paragraphs[k - 1]
        s, e = self.layout.sentence_at(max(p_start, p_end - 1))
        if any(a < e and b > s for a, b in self.spans):
            return None
        mention, partner = (None, None) if _MEDIA_REPORT.search(self.text, s, e) else self._reporter_in(s, e, first=True)
        if mention is None and _DOCUMENT.search(self.text, s, e):
            mention, partner = clause_subject(self.text, s, e)
        if mention is None or mention.text.lower() in {"it", "this", "that", "there", "you"}:
            return None
        if word_count(self.text, first.start, last.end) < MIN_UNCUED_WORDS:
            return None
        return mention, partner

    def _reporter_in(self, start: int, end: int, first: bool = False) -> tuple[Span | None, Span | None]:
        """Who speaks in a sentence of reported speech: ``…, dos Santos says.`` / ``Ash argued in his email``.

        The last reporting verb is taken, or with ``first`` the main clause's ("Doe said that critics predicted …").
        """
        toks = tokens(self.text, start, end)
        for k in (range(len(toks)) if first else range(len(toks) - 1, -1, -1)):
            t = toks[k]
            if not _reporting_verb(toks, k):
                continue
            mention, partner = np_before(self.text, t.start, start)
            if mention is None and k and toks[k - 1].text == ",":
                mention, partner = np_after(self.text, t.end + 1, end), None
            if mention is not None and mention.text.lower() not in {"it", "this", "that", "which", "who"}:
                return mention, partner
            return None, None
        return None, None

    def _colon_paragraph_before(self, first: Piece) -> tuple[Span | None, Span | None, Span | None] | None:
        """A quote paragraph after "Cruz called them on it:" takes that paragraph's cue and speaker."""
        k = self.layout.paragraph_index(first.open)
        if k == 0:
            return None
        p_start, p_end = self.layout.paragraphs[k - 1]
        if self.text[self.layout.paragraphs[k][0]:first.open].strip():
            return None
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
        if text[last.close - 1:last.close] == "." and text[last.close - 3:last.close] != "...":
            return None  # “… everywhere.” Greene added that …: a full stop inside ends the sentence
        after = last.close + 1
        comma_inside = text[last.close - 1:last.close] == ","  # "“…,” the Saudis state in the paper"
        p_end = self.layout.paragraphs[self.layout.paragraph_index(last.close)][1]
        toks = tokens(text, after, min(p_end, after + 300))
        i = 0
        while i < len(toks) and toks[i].text in {",", "\u2014", "-", "\u2013"}:
            i += 1
        if i >= len(toks):
            return None
        bound = toks[i].start
        m = ACCORDING_TO.match(text, bound)
        if m:
            mention = according_to_source(text, m, p_end)
            return (Span(m.start(), m.end(), m.group()), mention, None) if mention else None
        m = _HOW_PUT.match(text, bound)
        if m:  # "“…” — that was how Roe put it on Sunday"
            verb = _PUT_IT.search(text, m.end(), min(p_end, m.end() + 80))
            mention = np_after(text, m.end(), verb.start()) if verb is not None else None
            return (Span(verb.start(1), verb.end(1), verb.group(1)), mention, None) if mention else None
        # said Corbyn / added the Labour leader
        if toks[i].is_word and not toks[i].capitalised and is_post_quote_cue(toks[i].text) and not is_participle(toks[i].text):
            mention = np_after(text, toks[i].end + 1, p_end)
            if mention is not None and uncontracted(mention.text.lower()) not in PRONOUNS:
                return Span(toks[i].start, toks[i].end, toks[i].text), mention, None
            return None  # "…,” said he doesn’t …": no writer inverts a pronoun; the words after are content
        # he said / Corbyn told the BBC / Smith, the challenger, said
        paren_close = -1
        for k in range(i, min(len(toks), i + 30)):
            t = toks[k]
            if k <= paren_close:
                continue  # inside "(D-Ore.)"
            if t.text == "(" and k > i:
                paren_close = next((n for n in range(k + 1, min(len(toks), k + 7)) if toks[n].text == ")"), -1)
                if paren_close > 0:
                    continue
            if t.text in {"\u201c", '"'} and any(x.text == "," for x in toks[i:k]):
                # "…,” Bill Roe, wearing “Ted Cruz” pins, said": a title inside an aside is stepped over
                title_end = next((b for a, b in self._spans_opening(t.start, t.start + 1) if _title(text, a + 1, b)), None)
                if title_end is not None:
                    paren_close = next((n for n in range(k + 1, len(toks)) if toks[n].start >= title_end), len(toks))
                    continue
            if t.text in {".", "!", "?", ";", "\u201c", '"', "\u201d", "(", ":"} and not (
                t.text == "." and k and (toks[k - 1].lower in TITLE_ABBREVIATIONS or len(toks[k - 1].text) == 1
                                         or "." in toks[k - 1].text or PARTY_STATE.fullmatch(toks[k - 1].text))
            ):
                return None
            if t.is_word and (not t.capitalised or _CAPITALISED_CUE.fullmatch(t.text) and k > i
                                and not (k + 1 < len(toks) and toks[k + 1].capitalised)) \
                    and not _noun_cue(toks, k, adjectives=False) and (
                    is_post_quote_cue(t.text) or PHRASAL.match(text, t.start) or (
                    t.lower in SPEECH_FORMS and (k + 1 < len(toks) and toks[k + 1].text in {".", ",", "!", "?"}
                                                 or comma_inside and k + 1 < len(toks) and toks[k + 1].lower in {"in", "on"}))):
                # "“…,” Jane Doe notes.": any speech verb where the clause ends on it
                if k == i:
                    return None
                mention, partner = np_before(text, t.start, bound)
                if mention is None:
                    return None
                lead = partner.start if partner else mention.start
                whole = self._whole_np(toks[i:k])
                if whole is not None and lead > whole.start:
                    # "“…,” former Florida governor Jane Doe said": the full noun phrase
                    return self._cue_span(t), whole, None
                if _COORDINATED_NP.fullmatch(text, bound, lead) or _JOINT_NAMES.fullmatch(text, bound, lead):
                    # "“…,” the Florida senator and presidential candidate said": one person, two descriptions
                    return self._cue_span(t), Span(bound, mention.end, text[bound:mention.end]), None
                if text[bound:lead].strip(" ,\u2014-"):
                    # "Jane Doe, a pollster at Acme, said": the name that opens the clause
                    partner = np_after(text, bound, t.start)
                    if partner is None or _PARENTHESIS_COMMA.match(text, partner.end) is None \
                            or not _speaking_thing(partner.text):
                        return None  # "“…” the deficit, Roe said": the words before the comma are no speaker
                return self._cue_span(t), mention, partner
            if t.is_word and not t.capitalised and k > i + 3 and toks[k - 1].lower not in {",", "the", "a", "an"} and not role_word(t.lower) \
                    and not _ing_before_role(toks, k) and t.lower not in (
                "of", "for", "at", "the", "a", "an", "and", "in", "to", "who", "on", "with", "from", "by"
            ) and sum(1 for x in toks[i:k] if x.text == ",") == 0:
                # a long stretch with no comma before any cue is a new clause, not a speaker
                return None
        return None

    def _whole_np(self, toks: list[Tok]) -> Span | None:
        """The stretch between a quote and its cue when it is all one noun phrase ending in a name.

        "CIA spokesman Ryan Trapani", "former Florida governor Jane Doe",
        "state Sen. Jane Doe (D)": no comma, no clause word, a capitalised
        word last (before any parenthesis).
        """
        while toks and not toks[-1].is_word and toks[-1].text in {",", "\u2014"}:
            toks = toks[:-1]
        if not toks or len(toks) > 12:
            return None
        if toks[-1].text == ")":
            k = len(toks) - 1
            while k > 0 and toks[k].text != "(":
                k -= 1
            if k == 0:
                return None
            core = toks[:k]
        else:
            core = toks
        if not core or not core[-1].is_word or not core[-1].capitalised or len(core) < 2:
            return None
        for n, t in enumerate(core):
            if _sum_of_money(core, n):
                continue  # "Fight for $15 organizing director Kendall Fells": a campaign named for a sum
            if not t.is_word:
                if t.text == "." or (t.text in "-\u2013" and n):
                    continue
                return None
            if t.capitalised:
                continue
            if t.lower in STOP or t.lower in PRONOUNS:
                return None
            if t.lower in {"of", "for"}:
                if not n:
                    return None  # "for Acme" is no speaker; "spokesman for Acme" is
                continue
            if t.lower in DETERMINERS:
                continue
            if not role_word(t.lower) and not self._modifies_role(core, n):
                return None
        return Span(toks[0].start, toks[-1].end, self.text[toks[0].start:toks[-1].end])

    @staticmethod
    def _modifies_role(core: list[Tok], n: int) -> bool:
        """"election law expert Jane Doe": plain nouns modifying the role word that follows them."""
        t = core[n]
        if t.lower.endswith("ing"):
            return _ing_before_role(core, n)
        if not t.text.isalpha() or _past_tense(t.lower) or t.lower in SPEECH_FORMS:
            return False
        for later in core[n + 1:]:
            if later.capitalised:
                return False
            if role_word(later.lower):
                return True
            if not later.text.isalpha():
                return False
        return False

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
        cues = sorted(set(_cue_tokens(toks, labels=True) + [i for i, t in enumerate(toks) if PHRASAL.match(text, t.start)]
                          + [i for i, t in enumerate(toks) if t.lower in _SPEECH_NOUNS and self._noun_owner(toks, i)]))
        if 0 not in cues and (toks[0].lower in _SENTENCE_INITIAL_CUES or is_participle(toks[0].text)
                              and is_speech_cue(toks[0].text) and len(toks) > 1
                              and (toks[1].text in {",", ":"} or toks[1].lower == "that")):
            cues.insert(0, 0)  # "Said Jane Doe: “…”", "Adding, “…”", "Acknowledging that …"
        w = len(toks) - 1 - (not toks[-1].is_word)
        if w > 0 and toks[w].lower in _READS and text[toks[w].end:open_at].strip() in {",", ":", ""} and w not in cues:
            cues.append(w)  # "At the bottom it reads, “…”", "a hat reading, “…”"
        if colon and toks[0].lower != "by":  # "“A headline,” by Times' Jane Doe: “…”" is an excerpt
            named = np_before(text, len(stripped) - 1 + start, start)[0]
            if named is not None and named.text[:1].isupper() and _NAMED_BEFORE_COLON.search(text, start, named.start):
                return "direct", None, named, None, open_at  # "Pollsters agree - Jane Doe: “…”"
        asked = _ASKED_OPENING.match(text, start)
        shut = _CLOSING_MARK.search(text, open_at + 1) if asked is not None else None
        if asked is not None and "," not in text[asked.end():open_at] and not (shut and _title(text, open_at + 1, shut.start())):
            # "Asked whether Roe “has the integrity …,” 75 percent said yes": the question's words, no one named
            return "mixed", Span(asked.start(1), asked.end(1), asked.group(1)), None, None, asked.end()
        if not cues and m_acc is None:
            if colon and toks[0].lower != "by":
                mention, partner = clause_subject(text, start, open_at)
                if mention is not None:
                    return "direct", None, mention, partner, open_at
            return None
        if m_acc is not None and cues and _THAT_BEFORE_QUOTE.search(text, toks[cues[0]].end, m_acc.start()):
            m_acc = None  # "Roe said that according to its count, …": Roe speaks and cites a source
        if m_acc is not None and (not cues or toks[cues[-1]].start < m_acc.start()):
            mention = according_to_source(text, m_acc, open_at)
            if mention is None:
                return None
            gap = text[mention.end:open_at].strip()
            kind = "direct" if gap in {"", ",", ":"} else "mixed"
            return kind, Span(m_acc.start(), m_acc.end(), m_acc.group()), mention, None, _strip_content_start(text, mention.end, open_at)
        # a cue that is a noun ("a snappy retort") is tried only when no verb before the quote speaks
        fallback = unspoken = None
        nouns = {k for k in cues if _noun_cue(toks, k)}
        for i in sorted(reversed(cues), key=lambda k: k in nouns):
            t = toks[i]
            if is_label_cue(t.text) and i + 1 < len(toks) and toks[i + 1].lower in _PARTICLES:
                continue  # "called off the deal": not a label
            if t.lower == "called" and i and (toks[i - 1].lower == "so" or toks[i - 1].text == "-" and i > 1
                                              and toks[i - 2].lower == "so"):
                continue  # "the so called “Initiative”" (or "so- called"): a name, nobody's label
            if t.lower in _NAMING and i > 1 and toks[i - 1].text == "," and toks[i - 2].is_word \
                    and not toks[i - 2].capitalised and toks[i - 2].lower not in PRONOUNS \
                    and text[t.end:open_at].strip().lower() in {"", "the"} \
                    and not _WHAT.search(text, max(start, t.start - 120), t.start):
                # ("what Roe, the party's treasurer, called “…”" is Roe's label)
                return None  # "a regular series, called “Quick Question”": the name of a thing
            if t.lower in _NAMING and i and toks[i - 1].is_word and not toks[i - 1].capitalised \
                    and toks[i - 1].lower not in PRONOUNS | STOP and not adverb_like(toks[i - 1]) \
                    and text[t.end:open_at].strip().lower() in {"", "the"}:
                return None  # "a short film called “Tenemos Familias”": a title, nobody's words
            if t.lower in _NAMING and self._names_then_clause(toks, i):
                continue  # "a super PAC called Future 45 ran ads …": a name given, not a label on the quote
            cue = self._cue_span(t)
            owner = self._noun_owner(toks, i)
            mention, partner = (owner, None) if owner is not None else self._speaker_of(toks, i, start, open_at)
            if i in nouns and owner is None:
                # "Sanders delivered a snappy retort: “…”": the noun's subject, not its adjective
                subject = clause_subject(text, start, t.start)
                if subject[0] is not None:
                    mention, partner = subject
            if mention is None:
                if unspoken is None and i == cues[-1] and i not in nouns and is_speech_cue(t.text) \
                        and text[cue.end:open_at].strip() in {"", ",", ":"}:
                    unspoken = (cue, *self._thing_speaking(toks, i, start))  # "as if to say, “…”": a quote all the same
                continue
            gap = text[cue.end:open_at]
            words = word_count(text, cue.end, open_at)
            g = gap.strip()
            label = is_label_cue(t.text) and not is_speech_cue(t.text)
            if colon and g.lower().startswith("that ") and words >= 4:
                kind = "mixed"  # "He adds that members have two choices: “…”": the report runs into the quote
            elif g in {"", ":", ",", "that", ", that"} or colon or (comma and words <= 6 and not label) or \
                    comma and not label and self._adjunct_then_sentence(cue.end, open_at) or \
                    mention.start > cue.end and _RELATIVE_ASIDE.fullmatch(text, mention.end, open_at):
                kind = "direct"  # … or "Said Jane Doe, who grew up with her, “…”"
            else:
                kind = "mixed"
            content_start = _strip_content_start(text, cue.end, open_at, keep_that=kind == "mixed")
            if kind == "mixed":
                that = _THAT_AFTER_ADJUNCT.match(text, cue.end, open_at)
                lead = tokens(text, cue.end, that.start(1)) if that is not None else []
                if that is not None and lead and (lead[0].capitalised or lead[0].lower in _ADJUNCT_START
                                                  or cue.text.lower() in HEARER_CUES) \
                        and lead[-1].lower not in {"is", "was", "are", "were", "be", "been"}:
                    # ("said Thursday his biggest worry is that …": a "that" after "is" belongs to the content)
                    content_start = that.start(1)  # "told Fox News that …", "wrote in a court filing that …"
                elif cue.text.lower() in HEARER_CUES and (hearer := _HEARER_THEN_SUBJECT.match(text, content_start, open_at)):
                    content_start = hearer.end()  # "told the Gazette she was “…”": the hearer is no part of what was said
            if _PERCENT.match(mention.text):
                poll = _POLL.search(text, start, mention.start)
                if poll is not None:  # "In a CNN poll released Monday, 31% of Republicans said …": the poll
                    mention, partner = Span(poll.start(1), poll.end(1), poll.group(1)), None
            aside = _PARENTHETICAL_CUE.search(text, start, cue.start)
            if owner is not None:
                # "Roe’s claim that “…”", "her remark that “…”": the owner said it, unless a report contains it
                # ("Frazier said that Rubio's claim that … is “simply not true.”")
                outer = self._outer_speaker(toks, cues, i, start, owner.start, reporting_only=True)
                if outer is not None:
                    mention, partner = outer
            elif aside is not None:
                # "CNN, Cruz said, called the announcement “highly significant.”": the aside's speaker reports it
                named = np_before(text, aside.start(2), aside.start(1))[0]
                if named is not None:
                    mention, partner = named, None
            elif _OWNED.search(mention.text) or uncontracted(mention.text.lower()) in PRONOUNS:
                outer = self._outer_speaker(toks, cues, i, start, mention.start)
                if outer is not None:
                    mention, partner = outer  # "Christie said Trump's tweet saying …", "Trump said he'd asked …"
            what_label = i >= 2 and toks[i - 2].lower == "what" and toks[i - 1].lower in PRONOUNS and is_label_cue(t.text)
            modal = i >= 1 and toks[i - 1].lower in _MODALS and any(_reporting_verb(toks, k) for k in cues if k < i)
            if fallback is None and (_lone_word(mention) or _generic_who(text, mention, start) or what_label or modal) \
                    and i != cues[0]:
                # ("she appreciated his courage through what she calls a “war …”": the report holds the label)
                # "… deserves a vote, Clinton said …": a lone word like "deserves" names nobody; an earlier cue may
                # ("said that the platform should reiterate …": what should be said is the reporter's words)
                fallback = (kind, cue, mention, partner, content_start)
                continue
            return kind, cue, mention, partner, content_start
        self.unspoken = unspoken
        return fallback

    def _adjunct_then_sentence(self, after_cue: int, open_at: int) -> bool:
        """``said in an interview with the Gazette on Sunday, “We …”``: only where and when, then a whole sentence."""
        text = self.text
        toks = tokens(text, after_cue, open_at)
        first_word = next((t for t in toks if t.is_word), None)
        opening = text[open_at + 1:open_at + 3].lstrip()
        if first_word is None or first_word.lower not in _ADJUNCT_START or first_word.lower == "also" \
                or len(toks) > 24 or not opening[:1].isupper():
            return False
        # ("noted on Twitter the change from the slogan, “…”": an object, not an adjunct, comes before the quote)
        return not any(t.lower == "that" or is_speech_cue(t.text)
                       or t.lower in {"the", "a", "an"} and k and toks[k - 1].lower not in _PHRASE_OPENERS
                       and toks[k - 1].text != "," for k, t in enumerate(toks))

    def _thing_speaking(self, toks: list[Tok], i: int, start: int) -> tuple[Span | None, Span | None]:
        """The sign, message or person a bare cue belongs to when no subject speaks it.

        "a message that said, “…”", "carrying signs saying “…”" (a thing that
        can speak, right before the cue) and "quoted the president as saying".
        """
        text = self.text
        k = i - 1 if i and toks[i - 1].lower == "that" else i
        if k and toks[k - 1].is_word and (k < i or is_participle(toks[i].text)):
            found = np_before(text, toks[k].start, start)
            if found[0] is not None and _speaking_thing(found[0].text) and (k < i or not self._after_preposition(found[0], start)):
                return found
        m = _QUOTED_AS.search(text, start, toks[i].start)
        if m is not None:
            return Span(m.start(1), m.end(1), m.group(1)), None
        return None, None

    @staticmethod
    def _names_then_clause(toks: list[Tok], i: int) -> bool:
        """"a super PAC called Future 45 ran …": a name after "called", then the clause's own past-tense verb."""
        k = i + 1
        while k < len(toks) and (toks[k].capitalised or toks[k].text.isdigit()):
            k += 1
        return k > i + 1 and k < len(toks) and toks[k].is_word and _past_tense(toks[k].lower)

    def _noun_owner(self, toks: list[Tok], i: int) -> Span | None:
        """The owner of a speech noun with a "that" clause: "Roe’s claim that", "her remark that".

        A short adjunct may stand between the noun and "that" ("his comment Monday that",
        "her assertion during the debate that"), and adjectives between owner and
        noun ("Roe’s recent evidence-free assertion that").
        """
        if i < 1 or i + 1 >= len(toks) or toks[i].lower.endswith("ed"):
            return None
        that = next((j for j in range(i + 1, min(len(toks), i + 7)) if toks[j].lower == "that"), None)
        if that is None or that > i + 1 and not (toks[i + 1].capitalised or toks[i + 1].lower in _ADJUNCT_START) \
                or any(not t.is_word or t.lower in PRONOUNS for t in toks[i + 1:that]):
            return None
        k = i - 1
        while k > 0 and i - k <= 3 and toks[k].is_word and not toks[k].capitalised and toks[k].lower not in _POSSESSIVES \
                and toks[k].lower not in STOP | DETERMINERS and not toks[k].possessive:
            k -= 1  # "Roe’s recent evidence-free assertion"
        before = toks[k]
        if before.lower in _POSSESSIVES:
            return Span(before.start, before.end, before.text)
        if before.text.endswith(("\u2019s", "'s")) and before.capitalised:
            while k > 0 and toks[k - 1].capitalised and toks[k - 1].is_word:
                k -= 1  # "Donald Trump’s claim": the whole name
            return Span(toks[k].start, before.end, self.text[toks[k].start:before.end])
        return None

    def _outer_speaker(self, toks, cues, i, start, open_at, reporting_only: bool = False):
        """The speaker of an earlier reporting verb in the sentence, which owns a quote reported within it."""
        for k in cues:
            if k >= i:
                return None
            t = toks[k]
            if reporting_only and t.lower not in _REPORTING:
                continue
            if is_participle(t.text) or is_label_cue(t.text) and not is_speech_cue(t.text) or _after_determiner(toks, k) \
                    or _noun_cue(toks, k):
                continue
            if "," in self.text[t.end:open_at]:
                continue  # "When Trump announced his bid, he referred to …": a clause of its own
            mention, partner = self._speaker_of(toks, k, start, open_at)
            if mention is not None:
                return mention, partner
        return None

    def _speaker_of(self, toks: list[Tok], i: int, start: int, open_at: int) -> tuple[Span | None, Span | None]:
        """The speaker phrase for the cue ``toks[i]``: before it, after it ("said Corbyn:"), or the clause's subject."""
        text = self.text
        t = toks[i]
        if i and toks[i - 1].lower in {"was", "were", "been", "being", "is", "are"} and i + 1 < len(toks) and toks[i + 1].lower == "by":
            agent = np_after(text, toks[i + 1].end + 1, open_at)
            if agent is not None:
                return agent, None  # "Rubio was asked by moderator Gerard Baker whether …": the agent speaks
        if is_participle(t.text):
            return self._participle_subject(start, t)
        if i and toks[i - 1].lower == "having":
            return self._participle_subject(start, toks[i - 1])  # "…, having referred to him as a “reformer.”"
        if i >= 3 and toks[i - 1].lower == "to" and toks[i - 2].capitalised:
            k = i - 2  # "That prompted Rubio to call Trump “…”": Rubio calls
            while k > 1 and toks[k - 1].capitalised and toks[k - 1].is_word:
                k -= 1
            if toks[k - 1].lower in _MADE_TO_SPEAK:
                return Span(toks[k].start, toks[i - 2].end, text[toks[k].start:toks[i - 2].end]), None
        inverted = np_after(text, t.end + 1, open_at) if (i == 0 or toks[i - 1].text in {",", ":"}) else None
        if inverted is not None and i == 0 and _RELATIVE_ASIDE.fullmatch(text, inverted.end, open_at):
            return inverted, None  # "Said Jane Doe, who grew up with her, “…”"
        if inverted is not None and text[inverted.end:open_at].strip(" ,:\u2014") != "":
            inverted = None  # "…, said his boss was “kind”": the phrase after the cue opens the content
        if inverted is not None and (i == 0 or toks[i - 1].text == "," and inverted.text[:1].isupper()
                                     and text[inverted.end:open_at].strip() in {",", ":"}
                                     and t.lower not in HEARER_CUES and not is_label_cue(t.text)):
            return inverted, None  # ("Because of how the schedule was drawn, explained Roe, “…”": inverted too)
        mention, partner = np_before(text, t.start, start)
        if inverted is not None and mention is not None and self._after_preposition(mention, start):
            return inverted, None  # "In other words, explained the moderator: …"
        if mention is not None and i and toks[i - 1].text == "," and self._after_verb(mention, start):
            # "The candidate has mocked a reporter, referred to …": the phrase is the object of a verb before it
            subject = clause_subject(text, start, mention.start)
            if subject[0] is not None:
                return subject
        c = i - 1  # the joining word, past an adverb: "and later said"
        if c > 0 and (toks[c].lower.endswith("ly") or toks[c].lower in {"later", "again", "finally", "eventually", "then"}) \
                and toks[c - 1].lower in {"and", "but"}:
            c -= 1
        if mention is None and c >= 0 and toks[c].lower in {"and", "but", "then", "also"}:
            if c >= 1 and toks[c].lower != "also" and toks[c - 1].is_word and _past_tense(toks[c - 1].lower):
                subject, subject_partner = np_before(text, toks[c - 1].start, start)
                if subject is not None and (subject.text[:1].isupper() or subject.text.lower() in PRONOUNS):
                    return subject, subject_partner  # "I laughed and said, “…”": whoever laughed
            for k in range(c - 1, 0, -1):
                if toks[k].text in {",", ";", ":"}:
                    break
                if toks[k].is_word and not toks[k].capitalised and _past_tense(toks[k].lower) and (
                        toks[k - 1].capitalised or k >= 2 and toks[k - 1].lower.endswith("ly") and toks[k - 2].capitalised):
                    subject, subject_partner = np_before(text, toks[k].start, start)
                    if subject is not None:
                        return subject, subject_partner  # "when Roe knocked Doe on trade and called her “…”"
                        # (or "the League strongly denounced the rhetoric and said it would “…”")
            if toks[c].lower == "and":
                subject, subject_partner = clause_subject(text, start, t.start)
                if subject is not None and subject.text.lower() in {"he", "she", "they"}:
                    return subject, subject_partner  # "When I asked Roe …, she smiled and said, “…”": the main clause's
            return self._participle_subject(start, t)

        if mention is None and inverted is not None:
            return inverted, None
        if mention is not None and self._after_preposition(mention, start) or mention is None and i > 0 and toks[i - 1].text == ",":
            # "Trump in his announcement speech called …" / "Sam Solovey, a contestant on the show, said …"
            prep = self._token_before(mention.start, start, 12) if mention is not None else None
            if prep is not None and prep.lower in _PREPOSITIONS:
                before, before_partner = np_before(text, prep.start, start)
                if before is not None and (before.text[:1].isupper() or before.text.lower() in PRONOUNS) \
                        and not text[before.end:prep.start].strip():
                    return before, before_partner  # "… when Trump in his speech called …"
            subject, subject_partner = clause_subject(text, start, t.start)
            if subject is not None:
                return subject, subject_partner
        return mention, partner

    def _after_verb(self, mention: Span, floor: int) -> bool:
        """True when a lowercase phrase before a cue follows a past-tense verb: "mocked a reporter, referred …"."""
        if not mention.text[:1].islower() or mention.text.lower() in PRONOUNS:
            return False
        before = self._token_before(mention.start, floor, 16)
        return before is not None and before.is_word and not before.capitalised and _past_tense(before.lower)

    def _after_preposition(self, mention: Span, floor: int) -> bool:
        """True when the phrase before a cue is a preposition's object ("In other words,") or an adverb."""
        if mention.text.lower().endswith("ly") and " " not in mention.text:
            return True
        before = self._token_before(mention.start, floor, 12)
        return before is not None and before.lower in _PREPOSITIONS

    def _token_before(self, pos: int, floor: int, reach: int) -> Tok | None:
        """The last token in the ``reach`` characters before ``pos`` (never before ``floor``)."""
        before = tokens(self.text, max(floor, pos - reach), pos)
        return before[-1] if before else None

    def _opening_participle(self, cand: Candidate) -> bool:
        """True when the speaker found is the participle opening the sentence ("Citing …", not "Manning said")."""
        mention = cand.mention
        if not _OPENING_PARTICIPLE.fullmatch(mention.text) or mention.start != self.layout.sentence_at(mention.start)[0]:
            return False
        after = tokens(self.text, mention.end, mention.end + 40, limit=1)
        return bool(after) and after[0].is_word and not after[0].capitalised \
            and not _past_tense(after[0].lower) and not is_speech_cue(after[0].text)  # ("Manning said …")

    def _subject_before_verb(self, start: int, end: int) -> Span | None:
        """"the protesters chanted …", "Will urged …": the words before the first past-tense or speech verb."""
        toks = tokens(self.text, start, end, limit=8)
        for k in range(1, len(toks)):
            t = toks[k]
            if not t.is_word:
                return None
            if not t.capitalised and (_past_tense(t.lower) or is_speech_cue(t.text)):
                return Span(toks[0].start, toks[k - 1].end, self.text[toks[0].start:toks[k - 1].end])
        return None

    def _main_clause_subject(self, pos: int, determiners: bool = False) -> Span | None:
        """The subject after the quote that a sentence-opening participle clause leads into."""
        text = self.text
        _, s_end = self.layout.sentence_at(pos)
        for m in itertools.islice(_AFTER_OPENING_CLAUSE.finditer(text, pos, s_end), 3):
            subject = np_after(text, m.end(), s_end)
            if determiners:
                subject = self._subject_before_verb(m.end(), s_end) or subject
            if subject is None or not (subject.text[:1].isupper() or subject.text.lower() in PRONOUNS
                                       or determiners and subject.text.split()[0].lower() in DETERMINERS):
                continue
            verb = tokens(text, subject.end, s_end, limit=1)
            if verb and verb[0].is_word and not verb[0].capitalised:
                return subject
        return None

    def _participle_subject(self, start: int, t: Tok) -> tuple[Span | None, Span | None]:
        """"…, adding: “…”": the speaker is whoever spoke earlier in the sentence, or its subject."""
        text = self.text
        s_start, _ = self.layout.sentence_at(t.start)
        s_start = max(s_start, t.start - _SENTENCE_REACH)  # a "sentence" of pages with no full stop is no sentence
        toks = tokens(text, s_start, t.start)
        if toks and toks[-1].is_word and toks[-1].lower in WRITTEN_THINGS and t.lower in {"saying", "reading", "proclaiming"}:
            # "held up a sign saying “…”": the sign says it (but "carrying signs saying": the carriers do)
            found = np_before(text, t.start, s_start)
            if found[0] is not None and found[0].text.split()[0].lower() in DETERMINERS:
                return found
        if not toks:
            after = self._main_clause_subject(t.end)
            if after is not None:
                return after, None  # "Acknowledging that Roe “…,” though, Doe did suggest …": the main clause's subject
        mention, partner = np_before(text, t.start, s_start)
        if mention is not None and _WITH_BEFORE.search(text, s_start, (partner or mention).start) \
                and "," not in text[mention.end:t.start]:
            return mention, partner  # "…, with Jane Doe telling reporters …": the "with" phrase speaks
        if mention is not None and mention.text[:1].isupper() and not text[mention.end:t.start].strip() \
                and _ABSOLUTE_BEFORE.search(text, s_start, mention.start):
            return mention, partner  # "… optimism – Roe saying he was “very encouraged” and Doe calling it …"
        k = len(toks)
        while k and toks[k - 1].is_word and toks[k - 1].capitalised:
            k -= 1
        if 0 < k < len(toks) and _OF_BEFORE.search(text, s_start, toks[k].start):
            # "The ad cuts to footage of Jane Doe saying, “…”": she speaks
            return Span(toks[k].start, toks[-1].end, text[toks[k].start:toks[-1].end]), None
        for k in range(len(toks) - 1, -1, -1):
            w = toks[k]
            if _reporting_verb(toks, k):
                mention, partner = np_before(text, w.start, s_start)
                if mention is not None and mention.text.lower() not in {"who", "which"}:
                    return mention, partner  # ("an architect who said …, saying": the relative is an aside)
        for prev in reversed(self.found):
            if prev.cue is not None and s_start <= prev.cue.start < t.start:
                return prev.mention, prev.partner
        mention, partner = participle_subject(text, s_start, t.start)
        if mention is None:
            # "When he returned he began by saying, “…”": the nearest personal pronoun
            pronoun = next((x for x in reversed(toks) if x.lower in {"he", "she", "they", "i", "we"}), None)
            if pronoun is not None:
                return Span(pronoun.start, pronoun.end, pronoun.text), None
        return mention, partner
