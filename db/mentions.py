"""Find the noun phrase that names a speaker beside a cue, without a parser.

"Mr Corbyn said", "said the Labour leader", "Smith, the challenger, said",
"a spokesman for Mr Corbyn said": the speaker is the noun phrase that ends
right before the cue or starts right after it. With no part-of-speech
tagger (no model may be downloaded), the phrase is grown word by word from
the cue outwards and stopped at punctuation, conjunctions, prepositions other
than "of"/"for" and auxiliaries, which is enough for the fixed shapes news
writing uses for attribution.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from db.cues import SPEECH_FORMS
from db.person_names import looks_like_person

_TOKEN = re.compile(r"[@#]?\w(?:[\w\u2019'&-]*\w)?(?:\.\w+)*(?:[\u2019']s?)?|[^\w\s]")

PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who"}
# Pronouns that stand as an object, never a speaker: "described himself as “…”", "told them that …".
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "himself", "herself", "themselves", "itself", "myself",
                             "ourselves", "yourself"})
DETERMINERS = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "one", "another", "some", "many", "several", "most", "other", "both", "each", "any", "all",
    "two", "three", "four", "five", "six", "seven", "eight", "ten", "few", "no", "every",
}
STOP = set("""
and but or nor that which when while whereas because after before as if although though so then
than to in on at with by from into during about over under not also is was were are be been being
has had have do does did will would could should can may might must meanwhile however yesterday
today tonight earlier later now where why how what whether there here once since until unless even
just only still already again too very said says say told tells added according against via like
among between without within upon per amid despite toward towards around through across behind
monday tuesday wednesday thursday friday saturday sunday last next this week month year ago
afterwards instead overall separately ultimately finally previously recently having being
him them me us whom whose himself herself themselves itself out up off down back away
""".split())
# Determiners that can stand for a whole noun phrase: "Another tweeted", "Many said".
_STANDALONE_DETERMINERS = {"one", "another", "some", "many", "several", "most", "others", "both", "few"}
TITLE_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr",
                       "prof", "rev", "sgt", "capt", "hon", "u.s", "u.k", "d.c"}
CONNECTORS = {"of", "for"}
# Stop words that are also surnames: Theresa May, Al From.
_SURNAME_STOPS = {"may", "from", "will"}  # "“…,” May said", "Will described Trump as …"
# Things that say something where they are: "a message on the website reads", "a post on his page said".
_MESSAGES = {"message", "messages", "post", "posts", "statement", "sign", "signs", "banner", "note", "notice", "ad",
             "video", "letter", "caption", "headline", "tweet", "entry"}
# Heads that keep a "from" phrase: "a statement from Roe’s office", "a source from the campaign", "officials from the city".
_FROM_HEADS = _MESSAGES | {"email", "e-mail", "memo", "source", "sources", "official", "officials", "aide", "aides",
                           "spokesman", "spokeswoman", "spokesperson", "representative", "representatives", "member",
                           "members", "delegate", "delegates", "lawmaker", "lawmakers", "voter", "voters", "resident",
                           "residents", "someone", "people", "leader", "leaders", "supporter", "supporters"}
# Things with words written on them, which say what they read: "a sign saying “…”", "a hat reading “…”".
WRITTEN_THINGS = frozenset("""
sign signs banner banners placard placards poster posters shirt shirts t-shirt t-shirts hat hats cap caps
button buttons sticker stickers mug mugs billboard billboards bottle bottles message messages note notes
headline headlines
""".split())
# Lowercase words that make up speakers' titles before a name.
ROLE_WORDS = set("""
former state sen rep gov spokesman spokeswoman spokesperson spokesmen press secretary adviser advisor aide
chief deputy senior campaign manager director chairman chairwoman chair president vice executive co-founder
founder leader minority majority whip strategist pollster professor analyst economist consultant governor
senator congressman congresswoman representative mayor attorney general lawyer counsel candidate nominee
hopeful frontrunner front-runner rival host anchor reporter correspondent columnist editor writer author
political communications national regional policy foreign domestic top then-candidate retired assistant
associate secretary treasurer officer commissioner judge justice ambassador envoy activist organizer
organiser delegate voter supporter member resident owner businessman businesswoman billionaire
mogul star actor actress singer comedian pastor rev bishop cardinal pope rabbi imam researcher scientist
fellow dean student teacher co-chair cochair staff staffer operative surrogate lobbyist donor treasurer
presidential vice-presidential gubernatorial congressional mayoral parliamentary shadow public expert scholar historian
""".split())
# Endings of words that name what someone is: "speechwriter", "chairwoman", "strategist", "resident".
_AGENT_ENDINGS = ("man", "woman", "person", "er", "or", "ist", "ent", "ant", "ive", "eon", "ian", "ee")


def role_word(word: str) -> bool:
    """A lowercase word that can sit in a speaker's phrase before a name: "former", "spokesman", "strategist"."""
    return word in ROLE_WORDS or word.endswith(_AGENT_ENDINGS)


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] in "@#"

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper() or self.text[0] == "@"

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("\u2019s", "'s", "\u2019", "'")) and len(self.text) > 2


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


_CONTRACTION = re.compile(r"[\u2019'](?:d|s|ll|re|ve|m)$", re.I)


def uncontracted(word: str) -> str:
    """The word without a contraction: "he’d" -> "he", "She's" -> "She"."""
    return _CONTRACTION.sub("", word)


def tokens(text: str, start: int, end: int, limit: int | None = None) -> list[Tok]:
    """The words and punctuation of ``text[start:end]``; only the first ``limit`` when a caller needs no more."""
    found = _TOKEN.finditer(text, start, end)
    return [Tok(m.start(), m.end(), m.group()) for m in (found if limit is None else islice(found, limit))]


def word_count(text: str, start: int, end: int, limit: int | None = None) -> int:
    """How many word tokens lie between ``start`` and ``end`` (what ``tokens`` would call words), without building them.

    With ``limit``, counting stops there: ``word_count(…, limit=k) >= k`` asks "at least k?" without
    walking a whole runaway paragraph.
    """
    words = (m for m in _TOKEN.finditer(text, start, end) if m.group()[0].isalnum() or m.group()[0] in "@#")
    return sum(1 for _ in (words if limit is None else islice(words, limit)))


def adverb_like(tok: Tok) -> bool:
    """Adverbs, auxiliaries ("won't", "hadn’t") and times that sit between a speaker and the cue."""
    w = tok.lower
    return tok.is_word and not tok.capitalised and (
        (w.endswith("ly") and len(w) > 4) or w.endswith(("n't", "n\u2019t")) or w in {
            "also", "later", "then", "yet", "has", "had", "have", "was", "is", "were", "would", "will", "once",
            "again", "just", "only", "now", "still", "further", "too", "even", "ever", "never", "not",
            "did", "does", "do", "could", "might", "may", "must", "should", "can", "already", "first",
            "previously", "reportedly", "repeatedly", "recently", "earlier", "often", "always", "has",
            "last", "had", "allegedly", "apparently", "simply", "quickly", "soon", "since", "long",
            "once", "afterwards", "subsequently", "however", "himself", "herself", "themselves", "itself",
            "week", "month", "year", "night", "morning", "afternoon", "evening", "today", "yesterday",
            "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "recently", "meanwhile", "too", "instead", "both", "all", "each"}
    ) and w not in PRONOUNS


def _initial(letter: Tok, dot: Tok) -> bool:
    """A middle initial and its full stop: the "E." of "David E. Kendall"."""
    return len(letter.text) == 1 and letter.text.isupper() and letter.end == dot.start


# Where something was said, which a name can follow with no comma: "In a CNN interview Trump said".
_OCCASIONS = {"interview", "speech", "statement", "debate", "rally", "appearance", "address", "remarks", "hearing",
              "meeting", "conference", "briefing", "town-hall", "op-ed", "letter", "email", "tweet", "post"}


def _span(text: str, toks: list[Tok]) -> Span:
    return Span(toks[0].start, toks[-1].end, text[toks[0].start:toks[-1].end])


def _grab_back(toks: list[Tok], i: int) -> tuple[list[Tok], int]:
    """Grow a noun phrase leftwards from ``toks[i]``; return it and the index before it."""
    got: list[Tok] = []
    j = i
    while j >= 0 and len(got) < 10:
        t = toks[j]
        w = t.lower
        if not t.is_word:
            if t.text == "." and j > 0 and got and (toks[j - 1].lower in TITLE_ABBREVIATIONS or _initial(toks[j - 1], t)):
                got.insert(0, t)
                j -= 1
                continue
            if t.text in "-\u2013" and got and j > 0 and toks[j - 1].is_word and toks[j - 1].end == t.start:
                got.insert(0, t)
                j -= 1
                continue
            break
        if w in PRONOUNS:
            if not got:
                return [t], j - 1
            break
        if w in DETERMINERS:
            if not got and w in _STANDALONE_DETERMINERS and (j == 0 or toks[j - 1].text in {";", "yet", "Yet", "and"}):
                return [t], j - 1  # "Another tweeted", "Some said": the word is the whole phrase (not "what some call")
            if got:
                got.insert(0, t)
                j -= 1
                # "a spokesperson for the party": the phrase goes on past "for the"
                if j >= 1 and (toks[j].lower in CONNECTORS | {"to"} or toks[j].lower in {"on", "in"}
                               and toks[j - 1].lower in _MESSAGES or toks[j].lower == "from"
                               and toks[j - 1].lower in _FROM_HEADS) and toks[j - 1].is_word \
                        and toks[j - 1].lower not in STOP and toks[j - 1].lower not in PRONOUNS:
                    got.insert(0, toks[j])
                    j -= 1
                    continue
            break
        if w in CONNECTORS:
            if got and j > 0 and toks[j - 1].is_word and toks[j - 1].lower not in STOP:
                got.insert(0, t)
                j -= 1
                continue
            break
        if got and not t.capitalised and w not in CONNECTORS and all(g.capitalised for g in got) \
                and (looks_like_person([g.text for g in got]) or w in _OCCASIONS):
            break  # "the vote Jeremy Corbyn", "In a CNN interview Trump said": a name starts the phrase
        if w == "from" and got and j > 0 and toks[j - 1].lower in _FROM_HEADS:
            got.insert(0, t)  # "a statement from Roe’s office said": the message and its sender
            j -= 1
            continue
        if w in STOP:
            # "Theresa May": a stop word inside a run of capitalised words is a name; so is a bare "May"
            # or "From" right before the cue after a quote ("“…,” May said").
            name_part = t.capitalised and j > 0 and toks[j - 1].capitalised and toks[j - 1].lower not in STOP \
                or not got and t.capitalised and w in _SURNAME_STOPS and (j == 0 or not toks[j - 1].is_word)
            if not name_part:
                break
        got.insert(0, t)
        j -= 1
    while got and (got[0].lower in CONNECTORS or got[0].text in "-\u2013."):
        got.pop(0)
    return got, j


_ASIDE_OPENERS = {"who", "which", "whose", "during", "in", "at", "on", "after", "before", "while", "when", "speaking"}


def _before_parenthesis(toks: list[Tok], i: int) -> int:
    """Step back over a short parenthesis ending at ``toks[i]``: "(D-MA)", "(R-OH)"."""
    if i >= 2 and toks[i].text == ")":
        k = i - 1
        while k >= 0 and toks[k].text != "(" and i - k < 8:
            k -= 1
        if k >= 1 and toks[k].text == "(":
            return k - 1
    return i


# Prepositions that make the phrase after them a place or a time, never a speaker's name.
_PLACE_PREPOSITIONS = {"in", "at", "on", "from", "to", "for", "with", "by", "during", "after", "before", "into",
                       "across", "near", "outside", "inside", "around", "through", "throughout", "since", "until"}
# Sentence adverbs set off by commas between a subject and its verb.
_CONNECTIVES = {"however", "meanwhile", "though", "too", "instead", "therefore", "nonetheless", "nevertheless", "moreover"}
# A member's party and state: "R-Texas", "D-Ore.", "I-Vt."
PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]*")
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TRAILING_WHEN = re.compile(
    r"\s+(?:(?:on|late|early)\s+" + _DAY + r"|(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|" + _DAY[3:-1] + r")"
    r"|yesterday|today|tonight|at\s+the\s+time|at\s+that\s+point|in\s+(?:19|20)\d\d"
    r"|(?:(?:less|more)\s+than\s+|about\s+|nearly\s+|just\s+)?(?:a|an|one|two|three|four|five|six|several|a\s+few)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago)(?:\s+(?:night|morning|afternoon|evening))?\s*$"
)


@lru_cache(maxsize=1024)  # the quote and speech finders ask about the same cues (Spans are immutable); ~30 articles kept
def np_before(text: str, cue_start: int, bound: int) -> tuple[Span | None, Span | None]:
    """The speaker phrase ending right before a cue, and any name set beside it by a comma.

    ``"Dave Anderson, his shadow Scottish Secretary, said"`` gives the mention
    "his shadow Scottish Secretary" (nearest the cue, which is what PolNeAR
    marks) and the partner "Dave Anderson" (what the speaker resolves to).
    """
    when = _TRAILING_WHEN.search(text, bound, cue_start)
    if when is not None and when.start() > bound:
        cue_start = when.start()  # "Jane Doe on Saturday criticized": step over the time
    toks = tokens(text, max(bound, cue_start - 1000), cue_start)  # a speaker phrase sits near its cue
    i = len(toks) - 1
    while i >= 0 and adverb_like(toks[i]):
        i -= 1
    i = _before_parenthesis(toks, i)  # "Sen. Elizabeth Warren (D-MA) said"
    closed_by_comma = labelled = False
    if i >= 0 and toks[i].text in {",", "\u2014"}:
        closed_by_comma = True
        i -= 1
        while i >= 0 and adverb_like(toks[i]):
            i -= 1
        if i >= 1 and toks[i].text == "," and toks[i + 1].lower in _CONNECTIVES:
            i -= 1  # "The two lawmakers, however, argue"
        labelled = _before_parenthesis(toks, i)  # "Gov. Jane Doe (R-OH), said"
        labelled, i = labelled != i, labelled
        if i >= 3 and toks[i].text == "." and PARTY_STATE.fullmatch(toks[i - 1].text):
            i -= 1  # "R-Ky."
        if i >= 2 and PARTY_STATE.fullmatch(toks[i].text) and toks[i - 1].text == ",":
            labelled, i = True, i - 2  # "Sen. Jane Doe, R-Texas, said"
    if i < 0:
        return None, None
    got, j = _grab_back(toks, i)
    if closed_by_comma and got and j >= 0 and toks[j].is_word and toks[j].lower not in DETERMINERS:
        # "Trump, in Kentucky, said": the words between the commas are an aside,
        # not a noun phrase, so the speaker is the phrase before the first comma.
        k = j
        while k >= 0 and toks[k].text not in {",", "\u2014"}:
            k -= 1
        if k >= 1:
            before, j2 = _grab_back(toks, k - 1)
            if before and before[-1].lower not in PRONOUNS - {"he", "she", "they", "we", "i"}:
                got, j = before, j2
    if closed_by_comma and not labelled:
        # "Pence, who is running this year, praised" / "Clinton, during a meeting in Columbus, Ohio, said":
        # an aside opened by a relative pronoun or a preposition; the speaker is the phrase before it
        for c in range(0, len(toks) - 1):
            opener = toks[c + 1]
            if toks[c].text != "," or c < 1 or not (opener.lower in _ASIDE_OPENERS or opener.is_word and not opener.capitalised
                                                    and opener.lower.endswith("ing")):
                continue
            end = _before_parenthesis(toks, c - 1)  # "Sen. Richard Durbin (D-Ill.), noting …, said"
            if end >= 0 and toks[end].capitalised:
                before, j2 = _grab_back(toks, end)
                while before and j2 >= 0 and toks[j2].is_word and (role_word(toks[j2].lower) or toks[j2].capitalised):
                    before, j2 = [toks[j2]] + before, j2 - 1  # "Texas delegate Bill Roe, wearing …, said"
                if before and before[0].capitalised and (j2 < 0 or not toks[j2].is_word or toks[j2].lower in STOP):
                    got, j = before, j2
            break
    if closed_by_comma and got and len(got) <= 2 and all(t.is_word and not t.capitalised for t in got) \
            and j >= 1 and toks[j].text == "," and toks[j - 1].capitalised:
        got, j = _grab_back(toks, j - 1)  # "Clinton, exasperated, responded": an adjective aside
    if closed_by_comma and got and all(t.text.isdigit() for t in got) and j >= 1 and toks[j].text == ",":
        got, j = _grab_back(toks, j - 1)  # "Sarandon, 69, told MSNBC": an age, the name is before it
    if closed_by_comma and got and not got[0].capitalised and got[0].lower.endswith("ing") and j >= 1 \
            and toks[j].text == ",":
        # "Smith, delivering Cross’ speech, asked": a participle aside, the speaker is before it
        before, j2 = _grab_back(toks, j - 1)
        if before and before[-1].capitalised:
            got, j = before, j2
    if got and j >= 1 and toks[j].lower in {"in", "at", "that", "who"} and toks[j - 1].is_word \
            and got[-1].lower not in PRONOUNS and toks[j - 1].lower not in PRONOUNS | STOP:
        # "the High Court in London", "Businesses in the capital", "firms that import raw materials"
        before, j2 = _grab_back(toks, j - 1)
        place = toks[j].lower in {"in", "at"} and (got[0].capitalised or got[0].lower == "the")
        # ("a clip that Judge Doe called": after a plain noun, the name after "that" is the clause's own subject)
        relative = toks[j].lower in {"that", "who"} and before and not before[-1].lower.endswith(("ing", "ed")) \
            and got[0].lower not in DETERMINERS \
            and not (toks[j].lower == "that" and got[0].capitalised and not before[-1].capitalised
                     and before[-1].lower not in SPEECH_FORMS)
        if before and (relative or place and (before[0].capitalised or before[0].lower in DETERMINERS)):
            got, j = before + [toks[j]] + got, j2
    if got and got[0].capitalised and j >= 1 and toks[j].lower == "and" and toks[j - 1].capitalised:
        before, j2 = _grab_back(toks, j - 1)
        if before and all(t.capitalised or not t.is_word for t in before):
            got, j = before + [toks[j]] + got, j2  # "Jane Doe and John Roe said": both of them
    if not got:
        return None, None
    partner = None
    if j >= 1 and toks[j].text == "," and got[-1].lower not in PRONOUNS - {"who"}:
        before, k = _grab_back(toks, _before_parenthesis(toks, j - 1))  # "Jane Doe (R-Ohio), a member, said"
        if before and any(t.capitalised for t in before) and (k < 0 or not toks[k].is_word or toks[k].lower in STOP) \
                and (k < 0 or toks[k].lower not in _PLACE_PREPOSITIONS):
            partner = _span(text, before)  # but "In Washington, the senator said": a place, nobody's name
            if not before[0].capitalised and k >= 1 and toks[k].text == ",":
                # "Jean Roe, the foreign minister of France, a member of the council, said": two appositives
                name, _ = _grab_back(toks, _before_parenthesis(toks, k - 1))
                if name and all(t.capitalised for t in name if t.is_word):
                    return partner, _span(text, name)
    return _span(text, got), partner


@lru_cache(maxsize=1024)
def np_after(text: str, pos: int, bound: int) -> Span | None:
    """The speaker phrase starting at ``pos``: "said *the Labour leader*", "said *Corbyn*"."""
    toks = tokens(text, pos, bound, limit=12)  # the phrase is at most a dozen words
    if not toks:
        return None
    first = toks[0]
    if first.lower in PRONOUNS - {"who", "it", "you"}:
        return _span(text, [first])
    name_start = first.capitalised and len(toks) > 1 and toks[1].is_word and toks[1].capitalised
    if not first.is_word or first.lower in CONNECTORS or (first.lower in STOP and first.lower not in DETERMINERS and not name_start):
        return None
    if not (first.capitalised or first.lower in DETERMINERS or first.text[0].isdigit()):
        # a bare lowercase phrase: "said officials", "said aides to Corbyn",
        # "said former secretary of state Hillary Clinton"
        named = False
        for t in toks[1:7]:
            if not t.is_word and t.text != ".":
                break
            if t.capitalised:
                named = True
                break
        if not named and not first.text.endswith("s") and first.lower not in {"police", "staff", "people"}:
            return None
    got = [first]
    for k in range(1, min(len(toks), 12)):
        t = toks[k]
        w = t.lower
        if not t.is_word:
            if t.text == "." and (got[-1].lower in TITLE_ABBREVIATIONS or _initial(got[-1], t)
                                  and k + 1 < len(toks) and toks[k + 1].capitalised):
                got.append(t)  # "said Sen. Jane Doe", "said David E. Kendall"
                continue
            break
        if (w in CONNECTORS or w == "from" and got[-1].lower in _FROM_HEADS or w == "to" and got[-1].lower == "close") \
                and k + 1 < len(toks) and toks[k + 1].is_word:
            got.append(t)  # "said a statement from Roe’s office", "said a source close to the campaign"
            continue
        if w in STOP and w not in DETERMINERS and not (t.capitalised and (got[-1].capitalised or got[-1].lower in DETERMINERS)):
            break  # ("a Wednesday editorial": a capitalised word after a determiner is inside the phrase)
        if w in DETERMINERS and got[-1].lower not in CONNECTORS | {"from", "to"}:
            break
        if w in PRONOUNS and w not in {"who", "it"}:
            break  # "told the Guardian he would win": the pronoun opens the content
        got.append(t)
    while got and (got[-1].lower in CONNECTORS or got[-1].text in {"from", "to"} or got[-1].lower in DETERMINERS
                   or got[-1].text == "."):
        if got[-1].text == "." and len(got) > 1 and got[-2].lower in TITLE_ABBREVIATIONS:
            break
        got.pop()
    n = 2 if first.lower == "the" else 1
    if not got and len(toks) >= n and toks[n - 1].lower in _STANDALONE_DETERMINERS | {"other"} \
            and (len(toks) == n or not toks[n].is_word):
        got = toks[:n]  # "“…,” said another.", "replied the other": the words are the whole phrase
    return _span(text, got) if got else None
