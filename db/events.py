"""Event mentions in article text and tweets, and which event each one belongs to.

``extract_events`` finds sentences that name an event (a hustings, a ruling, a
withdrawal...) together with a date it can resolve, and returns one mention per
(sentence, date). ``event_id`` decides which event a mention belongs to: a key
date from the contest configuration when date, type and place agree, otherwise
a stable id built from date, type and city, so that two articles announcing the
same unconfigured rally agree. ``merge_mentions`` groups mentions into events.

Precision matters more than recall, so the rules are strict:

- A sentence needs an event trigger. Words that are often something else need
  context: "launched" needs a campaign, bid or challenge; "ruled" needs a court
  or judge ("ruled out" never counts); "withdrew" needs a race or contest;
  "nominations" need MPs, CLPs, a ballot...; "the hustings period" is no
  hustings; words inside links don't count.
- A mention needs a date. A date that only dates the speaking ("said on
  Monday", "speaking on Monday") is ignored. A date goes with a trigger beside
  it (no other date in between), not one in a "before"/"ahead of" phrase that
  starts after it, and not one whose clause has a date of its own. With no
  date word at all, the published day is used (precision "approx", low
  confidence) only for a trigger right after "ahead of" ("ahead of a hustings
  in Glasgow": announced) and for a news lead in the text's first two
  sentences written as a headline or in the present perfect ("Angela Eagle
  withdraws", "the court has upheld": happened). With a contest, such a
  dateless mention is kept only if it lands on a configured key date, and
  dated mentions outside the contest's window are dropped.
- A date's place is the nearest place in the sentence, so "a rally in Glasgow
  tonight & tomorrow in Dundee" gives two mentions.
- Tense comes from the clause around the date, else the sentence. Without a
  past-tense verb a bare weekday looks forward ("ballot papers go out on
  Monday"); "on Thursday" in a past-tense sentence is the latest Thursday on or
  before the published day.

Relative dates are resolved by db.dates against the published day, or against
the date on an embedded tweet's attribution line ("— Name (@handle) August 25,
2016") for the sentence just above it, whose author joins the participants.

Types are those of the contest file: hustings, debate, rally, launch,
withdrawal, nomination, court-hearing, ruling, ballot, result, no-confidence,
meeting and sacking. Each mention also carries ``precision`` (see db.dates)
and ``date_text`` (the date words, empty when the published day was used).

Speed: a substring scan for trigger stems picks the paragraphs worth splitting
into sentences, and dates are only looked for in sentences with a trigger.
"""
from __future__ import annotations

import bisect
import itertools
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from contest_tracker.contest import Contest, KeyDate, slugify
from db import dates as dates_mod
from db.dates import DateMatch, UnresolvedDate, iter_date_matches, resolve_match, window

EVENT_TYPES = (
    "hustings", "debate", "rally", "launch", "withdrawal", "nomination", "court-hearing",
    "ruling", "ballot", "result", "no-confidence", "meeting", "sacking",
)

TYPE_LABELS = {
    "hustings": "Hustings", "debate": "Debate", "rally": "Rally", "launch": "Campaign launch",
    "withdrawal": "Withdrawal", "nomination": "Nominations", "court-hearing": "Court hearing",
    "ruling": "Court ruling", "ballot": "Ballot", "result": "Result", "no-confidence": "No-confidence vote",
    "meeting": "NEC meeting", "sacking": "Sacking",
}

# Types that may name the same event. result and ballot only on the same day
# (the count follows the close), which _compatible checks.
_TYPE_GROUPS = ({"hustings", "debate"}, {"ruling", "court-hearing"})
# Unconfigured events are keyed on the group, so that a "debate" and a "hustings"
# on one day in one city, or a hearing and a ruling, are one event.
_ID_TYPES = {"debate": "hustings", "court-hearing": "court", "ruling": "court"}

# --- Places -------------------------------------------------------------------
# Towns and cities that UK political news names as places things happen in,
# with the wider place each belongs to (London boroughs, Gateshead/Newcastle).
PLACES: dict[str, str | None] = {
    # England
    "London": None, "Westminster": "London", "Whitehall": "London", "Islington": "London",
    "Hackney": "London", "Camden": "London", "Southwark": "London", "Lambeth": "London",
    "Tottenham": "London", "Brixton": "London", "Croydon": "London", "Ealing": "London",
    "Dagenham": "London", "Stratford": "London", "Wembley": "London", "Birmingham": None,
    "Manchester": None, "Salford": "Manchester", "Liverpool": None, "Leeds": None, "Sheffield": None,
    "Orgreave": "Sheffield", "Bristol": None, "Newcastle": "Newcastle", "Gateshead": "Newcastle",
    "Sunderland": None, "Durham": None, "Middlesbrough": None, "Hull": None, "York": None,
    "Bradford": None, "Wakefield": None, "Huddersfield": None, "Doncaster": None, "Rotherham": None,
    "Barnsley": None, "Nottingham": None, "Leicester": None, "Derby": None, "Coventry": None,
    "Wolverhampton": None, "Stoke-on-Trent": None, "Oldham": None, "Wigan": None, "Preston": None,
    "Blackpool": None, "Brighton": None, "Southampton": None, "Portsmouth": None, "Plymouth": None,
    "Exeter": None, "Oxford": None, "Cambridge": None, "Norwich": None, "Ipswich": None,
    "Milton Keynes": None, "Luton": None, "Northampton": None, "Peterborough": None, "Lincoln": None,
    "Carlisle": None, "Warrington": None, "Chester": None, "Crewe": None, "Swindon": None,
    "Gloucester": None, "Bath": None, "Blackburn": None, "Burnley": None, "Grimsby": None,
    "Stockport": None, "Canterbury": None, "Wallasey": None, "Birkenhead": None, "Tolpuddle": None,
    "Harborough": None,
    # Wales
    "Cardiff": None, "Swansea": None, "Newport": None, "Pontypridd": None, "Wrexham": None,
    "Bangor": None, "Aberystwyth": None, "Merthyr Tydfil": None, "Llanelli": None, "Bridgend": None,
    # Scotland
    "Glasgow": None, "Edinburgh": None, "Dundee": None, "Aberdeen": None, "Inverness": None,
    "Stirling": None, "Paisley": None, "Kirkcaldy": None,
    # Northern Ireland
    "Belfast": None, "Derry": None,
}

# Venues, with the place each is in (None where the name is ambiguous). A
# contest's key dates add their own venue -> place pairs, which win.
VENUES: dict[str, str | None] = {
    "All Nations Centre": "Cardiff", "SECC": "Glasgow",
    "Scottish Exhibition and Conference Centre": "Glasgow",
    "Hilton Newcastle Gateshead": "Gateshead", "Queen Elizabeth Hall": None,  # Oldham, or the Southbank
    "ACC Liverpool": "Liverpool", "ACC": "Liverpool", "Arena and Convention Centre": "Liverpool",
    "Echo Arena": "Liverpool", "Royal Courts of Justice": "London", "High Court": "London",
    "Court of Appeal": "London", "Supreme Court": "London", "Labour HQ": "London",
    "Labour headquarters": "London", "Labour Party headquarters": "London", "Southside": "London",
    "Portcullis House": "Westminster", "House of Commons": "Westminster", "Parliament Square": "Westminster",
    "Sky's London headquarters": "London", "Broadcasting House": "London", "Conway Hall": "London",
    "Church House": "Westminster", "Coleg y Cymoedd": "Pontypridd", "Wales Millennium Centre": "Cardiff",
    "MediaCityUK": "Salford", "Manchester Central": "Manchester", "Brighton Centre": "Brighton",
    "Usher Hall": "Edinburgh", "Emirates Arena": "Glasgow",
}

# --- Triggers -----------------------------------------------------------------
_COURT = r"(?i:\bcourts?\b|\bjudge|\bjustice\b|\bappeal\b|\bjudicial\b|\bQC\b|\bLJJ?\b|\bclaimants?\b|\btribunal\b)"
_CONTEST_WORDS = r"(?i:\brace\b|\bcontest\b|\bleadership\b|\bchallenge\b|\bbid\b|\bcandidacy\b|\bcampaign\b|\belection\b)"
_NEC = r"(?:\bNEC\b|\b[Nn]ational [Ee]xecutive(?: [Cc]ommittee)?\b|\bLabour(?:['’]s)? executive\b|\bruling body\b)"

# (type, trigger, context the sentence must also contain or None)
_TRIGGER_SPECS: list[tuple[str, str, str | None]] = [
    ("hustings", r"\bhustings\b(?!\s+period)|\bhead-to-heads?\b", None),
    ("debate", r"\b(?:TV\s+|televised\s+|leadership\s+)?debates?\b|\bQuestion Time\b",
     r"(?i:televised|\bTV\b|\bBBC\b|\bSky\b|\bITV\b|Channel 4|leadership|hustings|candidates|Corbyn|Smith|Question Time)"),
    ("rally", r"(?<!to\s)\brall(?:y|ies)\b(?!\s+(?:behind|round|around|to\b|support))", None),
    ("launch",
     r"\b(?:re-?)?launch(?:ed|es|ing)?\s+(?:(?!legal\b|court\b)[\w'’-]+\s+){0,4}?(?:campaign|bid|challenge|candidacy)\b"
     r"|\b(?:campaign|leadership|bid)\s+launch(?:es)?\b"
     r"|\bannounc(?:ed|es|ing|e)\s+(?:(?:his|her|their|a|the|formal|official)\s+)*(?:leadership\s+)?(?:bid|candidacy|challenge)\b"
     r"|\b(?:campaign|bid|challenge|candidacy)\s+(?:was|is|will\s+be|has\s+been)\s+(?:formally\s+|officially\s+)?launched\b"
     r"|\b(?:enter(?:ed|s)?|join(?:ed|s)?)\s+the\s+(?:leadership\s+)?(?:race|contest)\b",
     None),
    ("withdrawal",
     r"\b(?:withdr(?:ew|aws?|awn|awing)|pull(?:ed|s|ing)?\s+out|dropp?(?:ed|s|ing)?\s+out|stood\s+(?:down|aside)"
     r"|st(?:ands?|anding|epped|eps?)\s+aside|quit(?:s|ting)?)\b",
     _CONTEST_WORDS),
    ("nomination", r"\bnominations?\b",
     r"(?i:\bMPs\b|\bMEPs\b|\bCLPs?\b|constituency|leadership|\bPLP\b|\bEPLP\b|supporting|candidates?|ballot|Labour|unions?)"),
    ("court-hearing",
     r"\b(?:court\s+)?hearing\b|\blegal\s+challenge\b|\b(?:lodged|filed|issued|mount(?:ed|s|ing)?|brought|bring(?:s|ing)?)\s+"
     r"(?:a\s+|his\s+|her\s+|their\s+|the\s+)?(?:legal\s+)?(?:claim|case|action)\b"
     r"|\b(?:heard|hears?|hearing)\s+(?:the\s+|an\s+|his\s+|her\s+|their\s+|[\w-]+['’]s\s+)?(?:case|appeal|claim|challenge)\b",
     _COURT + r"|\blegal\b"),
    ("ruling",
     r"\b(?:rul(?:ed|es|ing)(?!\s+out\b)|judge?ments?|dismiss(?:ed|es)|overturn(?:ed|s)?|revers(?:ed|es)|upheld|upholds?"
     r"|threw\s+out|thrown\s+out|rejected|rejects|decision)\b",
     _COURT),
    ("ballot",
     r"\bballot(?:ing)?(?:\s+papers?|s)?\s+(?:(?:will|is|are|was|were|has|have|had)\s+(?:be\s+|been\s+|now\s+)?)?"
     r"(?:close[sd]?|closing|open(?:s|ed)?|opening|start(?:s|ed)?\s+going\s+out|start(?:s|ed)?|go(?:es|ing)?\s+out|went\s+out"
     r"|sent(?:\s+out)?|due|end(?:s|ed)?)\b"
     r"|\b(?:voting|polls?)\s+(?:close[sd]?|open(?:s|ed)?|end(?:s|ed)?)\b",
     None),
    ("result",
     r"\bre-?elected\b|\bresults?\s+(?:\w+\s+){0,3}?(?:declared|announced|revealed|due)\b"
     r"|\b(?:won|wins|win|winning)\s+(?:the\s+)?(?:Labour\s+)?(?:leadership\s+)?(?:contest|election|race)\b"
     r"|\bdeclared\s+(?:the\s+)?(?:winner|leader)\b|\bresult\s+of\s+the\s+(?:leadership\s+)?(?:contest|election|ballot)\b"
     , None),
    ("result", r"(?<!poll\s)(?<!as\sa\s)\bresults?\b",
     r"(?i:declared|announced|special\s+conference|leadership\s+(?:contest|election|race))"),
    ("no-confidence", r"\bno[- ]confidence\b", None),
    ("meeting",
     _NEC + r"(?:\s+[\w'’-]+){0,2}?\s+(?:met|meets|meeting|vot(?:ed|es|e)|rul(?:ed|es|ing)(?!\s+out)|decid(?:ed|es)|decision|agreed)\b"
     r"|\b(?:meeting|decision)\s+of\s+(?:the\s+|Labour['’]s\s+)?" + _NEC +
     r"|\bPLP\s+meeting\b|\bParliamentary Labour Party\s+meeting\b",
     None),
    ("sacking", r"\bsack(?:ed|ing)\b", r"(?i:shadow|front\s?bench|cabinet)"),
]

# Where two triggers are equally near a date, the earlier type in this list wins.
_TYPE_PRIORITY = {t: i for i, t in enumerate(
    ["result", "withdrawal", "launch", "ruling", "court-hearing", "no-confidence", "meeting", "hustings",
     "debate", "rally", "ballot", "nomination", "sacking"])}

# Lower-case stems one of which a sentence must contain before a type's regex
# is tried: substring tests are far cheaper than scanning every sentence with
# every pattern, and most sentences contain none.
_STEMS: dict[str, tuple[str, ...]] = {
    "hustings": ("husting", "head-to-head"),
    "debate": ("debate", "question time"),
    "rally": ("rall",),
    "launch": ("launch", "announc", "enter", "join"),
    "withdrawal": ("withdr", "pull", "drop", "stood", "stand", "step", "quit"),
    "nomination": ("nominat",),
    "court-hearing": ("hear", "legal", "claim", "case", "action"),
    "ruling": ("rul", "judg", "dismiss", "overturn", "revers", "uph", "threw", "thrown", "reject", "decision"),
    "ballot": ("ballot", "voting", "poll"),
    "result": ("elected", "result", "won", "win", "declared"),
    "no-confidence": ("confidence",),
    "meeting": ("nec", "executive", "ruling body", "plp", "parliamentary labour"),
    "sacking": ("sack",),
}
_TRIGGERS = [
    (type_, _STEMS[type_], re.compile(pattern, re.I), re.compile(context) if context else None)
    for type_, pattern, context in _TRIGGER_SPECS
]
_STEM_TYPES: dict[str, set[str]] = {}
for _type, _stems in _STEMS.items():
    for _stem in _stems:
        _STEM_TYPES.setdefault(_stem, set()).add(_type)
_WEAK_TYPES = {"debate", "nomination", "meeting"}

# --- Tense ----------------------------------------------------------------------
_FUTURE = re.compile(
    r"\b(?:will|won['’]t|shall|would|is\s+due|are\s+due|due\s+to|(?:is|are)\s+set\s+to|set\s+to\s+(?:take|be)"
    r"|(?:is|are)\s+to\s+be|to\s+be\s+held|scheduled|planned|planning|ahead\s+of|upcoming|forthcoming"
    r"|expected\s+to|going\s+to|RSVP|will\s+take\s+place)\b|['’]ll\b"
)
_PAST = re.compile(
    r"\b(?:(?:has|have)\s+(?:not\s+|now\s+|just\s+|already\s+|also\s+|formally\s+)?(?:been|(?:be)?come|gone|done|made|said|told|run|put|set|[a-z]+(?:ed|en|wn|ne|on|st|et|ld|id|ht|ot|ung|um))"
    r"|was|were|had|did|took\s+place|held|won|lost|withdrew|met|went|came|gave|spoke|said|told"
    r"|began|beat|drew|threw|upheld|quit|heard"
    # -ed words, but not the adjectives news uses of future events
    r"|(?!(?:televised|elected|based|alleged|limited|detailed|proposed|called|united|scheduled|planned|expected)\b)"
    r"[a-z]{2,}ed)\b"
)
_WEAK_FUTURE = re.compile(r"(?:\b(?:is|are|am)|['’]re)\s+[a-z]+ing\b|\bnext\b|\blater\b")
_CLAUSE_BREAK = re.compile(r"[,;:–—&()]|\s-\s|\b(?:and|but|who|which|while|whereas|when)\b")

# "said on Monday": the date of the saying, not of the event.
_REPORTING = re.compile(
    r"(?i:\b(?:said|says|told(?:\s+[\w'’]+){1,4}?|speaking|spoke|wrote|writing|tweeted|added|insisted|claimed|argued"
    r"|warned)\s*,?\s*(?:in\s+a\s+statement\s+)?)$"
)
_BEFORE_PHRASE = re.compile(r"\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:[\w'’#-]+\s+){0,5}$")
_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:[\w'’#-]+\s+){0,4}$")
_HEADLINE_VERB = re.compile(
    r"\b(?:loses|wins|launches|announces|withdraws|quits|rules|dismisses|rejects|reverses|overturns|upholds|votes"
    r"|pulls\s+out|drops\s+out|sacks|backs|is\s+re-?elected)\b"
    r"|\b(?:has|have)\s+(?:(?:just|now|formally|officially|finally)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ew|on|ost|et|ld)\b"
)

# --- Sentences ------------------------------------------------------------------
_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…]+[”\"’')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9#@£])")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "sept", "prof", "rev", "gen", "col", "lt", "sgt", "co", "vs", "v"}
_TWEET_ATTRIBUTION = re.compile(
    r"^\s*[—–-]+\s*(?P<name>[^(\n]*?)\s*\(@(?P<handle>\w+)\)\s*(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"
)

# --- Places, compiled -------------------------------------------------------------
_PLACE_NAMES = sorted(PLACES, key=len, reverse=True)
_PLACE_RE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in _PLACE_NAMES) + r")\b")
_PLACE_BEFORE_BAD = re.compile(
    r"(?:\b(?:MPs?|MSPs?|AMs?|member|[Mm]ayor|University|Bishop|Archbishop|Lord|Baroness|Baron|[Ss]eat)\s+(?:for|of)\s+)$"
)
_PLACE_AFTER_BAD = re.compile(
    r"^(?:\s+(?:MPs?|MSPs?|AMs?|United|City\b|FC|Rangers|Celtic|Wanderers|Rovers|Central|North|South|East|West"
    r"|Walton|Wavertree|Riverside|Kinnock)\b|-born)"
)
_GENERIC_VENUE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?P<venue>(?:[A-Z][\w'’&.-]*\s+){1,4}(?:Centre|Center|Hall|Hotel|hotel|Arena|Theatre"
    r"|Stadium|Church|Club|College|Institute|Pavilion|Exchange))\b"
)


def _venue_regex(venues: dict[str, str | None]) -> re.Pattern:
    names = sorted(venues, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in names) + r")(?![\w-])")


_DEFAULT_VENUE_RE = _venue_regex(VENUES)


@dataclass
class _Index:
    """What extraction needs from a contest, compiled once per contest."""

    contest: Contest | None
    venues: dict[str, str | None]
    venue_re: re.Pattern
    people_re: re.Pattern | None
    people_by_name: dict[str, str]
    handles: dict[str, str]
    key_dates: list[tuple[KeyDate, str, frozenset[str]]]  # key date, id, its area


_INDEXES: dict[int, _Index] = {}


def _key_date_area(key_date: KeyDate, venues: dict[str, str | None]) -> frozenset[str]:
    parts = [p.strip() for p in (key_date.place or "").split(",") if p.strip()]
    if key_date.venue and venues.get(key_date.venue):
        parts.append(venues[key_date.venue] or "")
    area: set[str] = set()
    for part in parts:
        area |= _area(part)
    return frozenset(area)


def _index(contest: Contest | None) -> _Index:
    key = id(contest)
    cached = _INDEXES.get(key)
    if cached is not None and cached.contest is contest:
        return cached
    venues = dict(VENUES)
    people_by_name: dict[str, str] = {}
    handles: dict[str, str] = {}
    key_dates: list[tuple[KeyDate, str, frozenset[str]]] = []
    people_re = None
    if contest is not None:
        for kd in contest.key_dates:
            if kd.venue:
                venues[kd.venue] = _city(kd.place) or venues.get(kd.venue)
        for person in contest.people:
            for name in person.names():
                people_by_name.setdefault(name, person.id)
            if person.twitter:
                handles[person.twitter.lower()] = person.id
        if people_by_name:
            names = sorted(people_by_name, key=len, reverse=True)
            people_re = re.compile(r"(?<![\w@])(?:" + "|".join(re.escape(n) for n in names) + r")\b")
        key_dates = [(kd, key_date_id(kd), _key_date_area(kd, venues)) for kd in contest.key_dates]
    index = _Index(
        contest=contest,
        venues=venues,
        venue_re=_venue_regex(venues) if contest is not None else _DEFAULT_VENUE_RE,
        people_re=people_re,
        people_by_name=people_by_name,
        handles=handles,
        key_dates=key_dates,
    )
    if len(_INDEXES) > 32:
        _INDEXES.clear()
    _INDEXES[key] = index
    return index


# --- Helpers ----------------------------------------------------------------------
def _city(place: str | None) -> str | None:
    """The city in a configured place: "Westminster, London" -> "London"."""
    if not place:
        return None
    return place.split(",")[-1].strip() or None


def _area(place: str | None) -> set[str]:
    """A place and the wider places it belongs to, lower-cased."""
    if not place:
        return set()
    area = {place.lower()}
    parent = PLACES.get(place)
    if parent:
        area.add(parent.lower())
    return area


def _sentences(text: str):
    """(start, end) of each sentence, paragraph by paragraph, whitespace trimmed."""
    for para in _PARAGRAPH.finditer(text):
        yield from _paragraph_sentences(text, para.start(), para.end())


def _paragraph_sentences(text: str, p_start: int, p_end: int):
    chunk = text[p_start:p_end]
    start = p_start
    for m in _SENTENCE_END.finditer(chunk):
        if chunk[m.start()] == ".":
            word = _LAST_WORD.search(chunk, max(0, m.start() - 12), m.start())
            token = word.group(0) if word else ""
            if token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper()):
                continue
        yield from _trimmed(text, start, p_start + m.start() + len(m.group(0).rstrip()))
        start = p_start + m.end()
    yield from _trimmed(text, start, p_end)


def _sentences_with_hits(text: str, hit_starts: list[int]):
    """The sentences of the paragraphs that hold at least one of ``hit_starts``."""
    for para in _PARAGRAPH.finditer(text):
        i = bisect.bisect_left(hit_starts, para.start())
        if i < len(hit_starts) and hit_starts[i] < para.end():
            yield from _paragraph_sentences(text, para.start(), para.end())


def _trimmed(text: str, start: int, end: int):
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _tense(chunk: str) -> str:
    if _FUTURE.search(chunk):
        return "future"
    if _PAST.search(chunk):
        return "past"
    if _WEAK_FUTURE.search(chunk):
        return "future"
    return "unknown"


def _tense_at(sentence: str, breaks: list[int], pos: int, sentence_tense: list[str]) -> str:
    """The tense of the clause around ``pos``, or of the whole sentence if the clause has none."""
    i = bisect.bisect_right(breaks, pos)
    lo = breaks[i - 1] if i > 0 else 0
    hi = breaks[i] if i < len(breaks) else len(sentence)
    tense = _tense(sentence[lo:hi])
    if tense == "unknown":
        if not sentence_tense:  # computed once per sentence, on first need
            sentence_tense.append(_tense(sentence))
        tense = sentence_tense[0]
    return tense


def _triggers(sentence: str, types: set[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, type) of each event trigger; ``types`` limits which types are tried."""
    found = []
    low = sentence.lower() if types is None else ""
    for type_, stems, pattern, context in _TRIGGERS:
        if types is not None:
            if type_ not in types:
                continue
        elif not any(stem in low for stem in stems):
            continue
        for m in pattern.finditer(sentence):
            if context is not None and not context.search(sentence):
                break
            if _in_url(sentence, m.start(), m.end()):
                continue
            found.append((m.start(), m.end(), type_))
    if any(t == "ruling" for _, _, t in found):
        # "the court ruled on the NEC's decision": the NEC decision is the subject, not a meeting.
        found = [f for f in found if f[2] != "meeting" or "meet" in sentence[f[0]:f[1]]]
    return found


def _in_url(sentence: str, start: int, end: int) -> bool:
    """True inside a link or domain ("labour-leadership-hustings" in a URL is no hustings)."""
    token_start = max(sentence.rfind(" ", 0, start), sentence.rfind("(", 0, start)) + 1
    token_end = sentence.find(" ", end)
    token = sentence[token_start: token_end if token_end != -1 else len(sentence)]
    return "/" in token or "www." in token


def _places(sentence: str, index: _Index) -> list[tuple[int, int, str | None, str | None]]:
    """(start, end, city, venue) for each place or venue named in the sentence."""
    found: list[tuple[int, int, str | None, str | None]] = []
    taken: list[tuple[int, int]] = []
    for m in index.venue_re.finditer(sentence):
        venue = m.group(0)
        found.append((m.start(), m.end(), index.venues.get(venue), venue))
        taken.append((m.start(), m.end()))
    for m in _GENERIC_VENUE.finditer(sentence):
        s, e = m.span("venue")
        if any(s < te and ts < e for ts, te in taken):
            continue
        venue = m.group("venue")
        inner = _PLACE_RE.search(venue)
        found.append((s, e, inner.group(0) if inner else None, venue))
        taken.append((s, e))
    for m in _PLACE_RE.finditer(sentence):
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        if _PLACE_BEFORE_BAD.search(sentence, max(0, s - 30), s) or _PLACE_AFTER_BAD.match(sentence[e:e + 20]):
            continue
        if sentence[e:e + 3] in (" MP",) or re.match(r"\s+MPs?\b", sentence[e:e + 5]):
            continue
        found.append((s, e, m.group(0), None))
    found.sort()
    return found


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    if a[1] <= b[0]:
        return b[0] - a[1]
    if b[1] <= a[0]:
        return a[0] - b[1]
    return 0


def _assign_places(date_spans: list[tuple[int, int]], places: list) -> list[tuple[str | None, str | None]]:
    """Pair each date with a place: one place each by nearness when there are enough, else the nearest."""
    if not places:
        return [(None, None)] * len(date_spans)
    chosen: list = [None] * len(date_spans)
    if len(places) >= len(date_spans) > 1:
        pairs = sorted(
            (_distance(d, (p[0], p[1])), i, j) for i, d in enumerate(date_spans) for j, p in enumerate(places)
        )
        used_d: set[int] = set()
        used_p: set[int] = set()
        for _, i, j in pairs:
            if i not in used_d and j not in used_p:
                chosen[i] = places[j]
                used_d.add(i)
                used_p.add(j)
    for i, d in enumerate(date_spans):
        if chosen[i] is None:
            chosen[i] = min(places, key=lambda p: _distance(d, (p[0], p[1])))
    result = []
    for place in chosen:
        city, venue = place[2], place[3]
        # A venue without a city borrows a city named close by ("the Hilton hotel in Gateshead"), and vice versa.
        if city is None or venue is None:
            for other in places:
                if other is place or _distance((place[0], place[1]), (other[0], other[1])) > 40:
                    continue
                if city is None and other[2]:
                    city = other[2]
                if venue is None and other[3] and (other[2] in (None, city)):
                    venue = other[3]
        result.append((city, venue))
    return result


def _participants(sentence: str, index: _Index, author: str | None) -> list[str]:
    ids: list[str] = []
    if index.people_re is not None:
        for m in index.people_re.finditer(sentence):
            name = m.group(0)
            person_id = index.people_by_name.get(name) or index.handles.get(name.lstrip("@").lower())
            if person_id and person_id not in ids:
                ids.append(person_id)
    if author and author not in ids:
        ids.append(author)
    return ids


def _title(type_: str, city: str | None, venue: str | None, participants: list[str], contest: Contest | None) -> str:
    if type_ in ("launch", "withdrawal", "sacking") and participants and contest is not None:
        person = contest.person(participants[0])
        if person is not None:
            verb = {"launch": "launches a leadership bid", "withdrawal": "withdraws", "sacking": "is sacked"}[type_]
            return f"{person.name} {verb}"
    label = TYPE_LABELS.get(type_, type_.capitalize())
    where = city or venue
    return f"{label} in {where}" if where else label


def _status(lo: dt.date, hi: dt.date, reference: dt.date, tense: str) -> str:
    """Announced if the date is after the reference day, happened if before; on the day, the tense decides."""
    if hi < reference:
        return "happened"
    if lo > reference:
        return "announced"
    if tense == "past":
        return "happened"
    return "announced"


_BASE_CONFIDENCE = {"explicit": 0.9, "relative": 0.85, "weekday": 0.75, "month": 0.35}
_PRECISION_CONFIDENCE = {"week": 0.5, "weekend": 0.6, "month": 0.35}


def _confidence(match: DateMatch, type_: str, city: str | None, participants: list[str]) -> float:
    if match.precision in _PRECISION_CONFIDENCE:
        return _PRECISION_CONFIDENCE[match.precision]
    score = _BASE_CONFIDENCE.get(match.kind, 0.7)
    if city:
        score += 0.05
    if participants:
        score += 0.03
    if type_ in _WEAK_TYPES:
        score -= 0.15
    return round(min(score, 1.0), 2)


def _tweet_reference(text: str, end: int) -> tuple[dt.date | None, str | None]:
    """The date and handle on the attribution line right below an embedded tweet."""
    newline = text.find("\n", end)
    if newline == -1:
        return None, None
    line_end = text.find("\n", newline + 1)
    line = text[newline + 1: line_end if line_end != -1 else len(text)]
    m = _TWEET_ATTRIBUTION.match(line)
    if not m:
        return None, None
    try:
        day, _ = dates_mod.resolve_date(m.group("date"), dt.date(2000, 1, 1))
    except UnresolvedDate:
        day = None
    return day, m.group("handle")


# --- Public API ---------------------------------------------------------------------
def extract_events(text: str, published: dt.date | None, contest: Contest | None = None) -> list[dict]:
    """Find event mentions in an article's text or a tweet.

    Parameters:
        text: the article body or tweet text; paragraphs separated by newlines.
        published: the day it was published, against which "tonight" or "on
            Thursday" are resolved. If None, only dates with a year are used.
        contest: supplies people (for ``participants``), key-date venues, and
            the window outside which dated mentions are dropped.

    Returns one dict per (sentence, date): date, type, place, venue, title,
    sentence, start, end, status, confidence, participants, precision, date_text.
    """
    if not text:
        return []
    if isinstance(published, dt.datetime):
        published = published.date()
    # Find every trigger stem once, then look only at the sentences holding one.
    low = text.lower()
    hits = []
    for stem in _STEM_TYPES:
        at = low.find(stem)
        while at != -1:
            hits.append((at, stem))
            at = low.find(stem, at + 1)
    if not hits:
        return []
    hits.sort()
    hit_starts = [h[0] for h in hits]
    lead_end = max((end for _, end in itertools.islice(_sentences(text), 2)), default=0)
    index = _index(contest)
    mentions: list[dict] = []
    for s_start, s_end in _sentences_with_hits(text, hit_starts):
        lo_hit = bisect.bisect_left(hit_starts, s_start)
        hi_hit = bisect.bisect_left(hit_starts, s_end, lo_hit)
        if lo_hit == hi_hit:
            continue
        types: set[str] = set()
        for _, stem in hits[lo_hit:hi_hit]:
            types |= _STEM_TYPES[stem]
        sentence = text[s_start:s_end]
        triggers = _triggers(sentence, types)
        if not triggers:
            continue
        tweet_day, handle = _tweet_reference(text, s_end)
        reference = tweet_day or published
        author = index.handles.get(handle.lower()) if handle else None
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
        sentence_tense: list[str] = []
        matches: list[tuple[DateMatch, str]] = []
        for m in iter_date_matches(sentence):
            if _REPORTING.search(sentence, max(0, m.start() - 60), m.start()):
                continue
            if reference is None and not re.search(r"\d{4}", m.group(0)):
                continue
            tense = _tense_at(sentence, breaks, m.start(), sentence_tense)
            try:
                # With no past-tense verb a bare weekday looks forward: news writes
                # schedules in the present ("ballot papers go out on Monday").
                match = resolve_match(
                    m, reference or dt.date(2000, 1, 1), "future" if tense == "unknown" and m.group("wd") else tense)
            except UnresolvedDate:
                continue
            matches.append((match, tense))
        fallback = False
        if not matches and reference is not None:
            match_tense = _fallback(sentence, s_end <= lead_end, triggers, breaks, reference)
            if match_tense is None:
                continue
            matches = [match_tense]
            fallback = True
        places = _places(sentence, index)
        assigned = _assign_places([(d.start, d.end) for d, _ in matches], places)
        participants = _participants(sentence, index, author)
        # A date belongs to a trigger beside it, with no other date in between
        # ("12 Jul freeze; 14 Jul timetable; 18 Jul PLP hustings": only 18 Jul is a hustings).
        date_starts = [d.start for d, _ in matches]
        date_clauses = [bisect.bisect_right(breaks, d.start) for d, _ in matches]
        for i, ((match, tense), (city, venue)) in enumerate(zip(matches, assigned)):
            beside = [
                t for t in triggers
                if bisect.bisect_left(date_starts, t[0]) in (i, i + 1)
                and _date_fits_trigger(sentence, breaks, date_clauses, i, match, t, triggers)
            ]
            if not beside:
                continue
            trigger = min(
                beside, key=lambda t: (_distance((match.start, match.end), (t[0], t[1])), _TYPE_PRIORITY[t[2]])
            )
            if _distance((match.start, match.end), (trigger[0], trigger[1])) > 150:
                continue
            lo, hi = window(match.date, match.precision)
            if contest is not None and (hi < contest.start or lo > contest.end):
                continue
            type_ = trigger[2]
            mention = {
                "date": match.date.isoformat(),
                "type": type_,
                "place": city,
                "venue": venue,
                "title": _title(type_, city, venue, participants, contest),
                "sentence": sentence,
                "start": s_start,
                "end": s_end,
                "status": "happened" if fallback and tense == "past" else _status(
                    lo, hi, reference or match.date, tense),
                "confidence": 0.4 if fallback and tense == "future" else 0.35 if fallback else _confidence(
                    match, type_, city, participants),
                "participants": list(participants),
                "precision": match.precision,
                "date_text": match.text,
            }
            if fallback and contest is not None and _match_key_date(mention, index) is None:
                continue
            mentions.append(mention)
    return mentions


def _date_fits_trigger(sentence, breaks, date_clauses, i, match, trigger, triggers) -> bool:
    """Whether date ``i`` may date ``trigger``, beyond being beside it.

    - "faced each other last night ... before the ballot closes": a trigger in a
      "before"/"ahead of" phrase takes only a date inside or after that phrase.
    - "published its timetable today, with the result to be announced on 24
      September": when the trigger's clause has a date of its own, a date in
      another clause may not date it, unless that clause is a short ellipsis
      ("... rally in Glasgow & tomorrow in Dundee").
    """
    phrase = _BEFORE_PHRASE.search(sentence, max(0, trigger[0] - 60), trigger[0])
    if phrase is not None and match.start < phrase.start():
        return False
    trigger_clause = bisect.bisect_right(breaks, trigger[0])
    if date_clauses[i] == trigger_clause or trigger_clause not in date_clauses:
        return True
    lo = breaks[date_clauses[i] - 1] if date_clauses[i] > 0 else 0
    hi = breaks[date_clauses[i]] if date_clauses[i] < len(breaks) else len(sentence)
    return (hi - lo) - (match.end - match.start) < 25 and not any(lo <= t[0] < hi for t in triggers)


def _fallback(sentence, is_lead, triggers, breaks, reference) -> tuple[DateMatch, str] | None:
    """A dateless mention dated by the published day: "ahead of a hustings", or a news lead."""
    for start, end, _ in triggers:
        if _AHEAD_OF.search(sentence, max(0, start - 60), start):
            return DateMatch(start, end, "", reference, "approx", "fallback"), "future"
    if is_lead and _HEADLINE_VERB.search(sentence) and not _FUTURE.search(sentence):
        start, end, _ = triggers[0]
        return DateMatch(start, end, "", reference, "approx", "fallback"), "past"
    return None


def key_date_id(key_date: KeyDate) -> str:
    """A stable id for a configured key date: "2016-08-25-hustings-glasgow"."""
    parts = [key_date.date.isoformat(), key_date.type]
    city = _city(key_date.place)
    if city:
        parts.append(slugify(city))
    return "-".join(parts)


def _compatible(mention_type: str, key_type: str, same_day: bool) -> bool:
    if mention_type == key_type:
        return True
    if {mention_type, key_type} == {"result", "ballot"}:
        return same_day
    return any(mention_type in g and key_type in g for g in _TYPE_GROUPS)


def _match_key_date(mention: dict, index: _Index) -> KeyDate | None:
    if not index.key_dates:
        return None
    day = dt.date.fromisoformat(mention["date"])
    precision = mention.get("precision", "day")
    lo, hi = window(day, precision)
    area = _area(mention.get("place"))
    venue = mention.get("venue")
    candidates = []
    for kd, _, kd_area in index.key_dates:
        if not lo <= kd.date <= hi:
            continue
        if not _compatible(mention["type"], kd.type, kd.date == day and precision == "day"):
            continue
        if area and kd_area and not area & kd_area:
            continue
        place_agrees = bool(area & kd_area) or bool(venue and kd.venue and venue == kd.venue)
        candidates.append((kd.date != day, not place_agrees, kd.type != mention["type"], kd))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[:3])
    if len(candidates) > 1 and precision in ("week", "weekend", "month"):
        # A wide window holding several events: only a place (or exact type) can choose.
        best, runner_up = candidates[0], candidates[1]
        if best[1:3] == runner_up[1:3]:
            return None
    return candidates[0][3]


def _date_part(day: str, precision: str) -> str:
    if precision == "month":
        return day[:7]
    if precision == "week":
        year, week, _ = dt.date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    return day


def event_id(mention: dict, contest: Contest | None = None) -> str:
    """The event a mention belongs to: a configured key date's id, or one from date, type and city.

    Parameters:
        mention: a dict from ``extract_events``.
        contest: its key dates are tried first; None gives the date-type-city id.

    Unconfigured ids are ``YYYY-MM-DD-type-city`` ("2016-08-26-rally-dundee"),
    with ``YYYY-MM`` for month precision and ``YYYY-Www`` for week precision;
    debate and hustings share "hustings", hearing and ruling share "court".
    """
    index = _index(contest)
    key_date = _match_key_date(mention, index)
    if key_date is not None:
        return key_date_id(key_date)
    parts = [_date_part(mention["date"], mention.get("precision", "day")), _ID_TYPES.get(mention["type"], mention["type"])]
    if mention.get("place"):
        parts.append(slugify(mention["place"]))
    return "-".join(parts)


_PRECISION_RANK = {p: i for i, p in enumerate(dates_mod.PRECISIONS)}


def merge_mentions(mentions: list[dict], contest: Contest | None = None) -> list[dict]:
    """Group mentions into events, one per ``event_id``, in date order.

    Each event has id, date, type, place, venue, title, status ("happened" if
    any source says so), confidence (the highest), sentence (the most
    confident source's), participants, from_config, and sources (the mentions).
    A configured key date supplies date, type, place, venue and title.
    """
    index = _index(contest)
    groups: dict[str, list[dict]] = {}
    for mention in mentions:
        groups.setdefault(event_id(mention, contest), []).append(mention)
    by_id = {kd_id: kd for kd, kd_id, _ in index.key_dates}
    events = []
    for id_, sources in groups.items():
        best = max(sources, key=lambda m: (m["confidence"], -_PRECISION_RANK.get(m.get("precision", "day"), 0)))
        participants: list[str] = []
        for source in sources:
            participants += [p for p in source["participants"] if p not in participants]
        kd = by_id.get(id_)
        if kd is not None:
            participants += [p for p in kd.participants if p not in participants]
            date, type_, place, venue, title = kd.date.isoformat(), kd.type, kd.place, kd.venue, kd.title
        else:
            precise = min(sources, key=lambda m: _PRECISION_RANK.get(m.get("precision", "day"), 0))
            date = precise["date"]
            type_ = Counter(m["type"] for m in sources).most_common(1)[0][0]
            place = _most_common(m.get("place") for m in sources)
            venue = _most_common(m.get("venue") for m in sources)
            title = _title(type_, place, venue, participants, contest)
        events.append(
            {
                "id": id_,
                "date": date,
                "type": type_,
                "place": place,
                "venue": venue,
                "title": title,
                "status": "happened" if any(m["status"] == "happened" for m in sources) else "announced",
                "confidence": max(m["confidence"] for m in sources),
                "sentence": best["sentence"],
                "participants": participants,
                "from_config": kd is not None,
                "sources": sources,
            }
        )
    events.sort(key=lambda e: (e["date"], e["id"]))
    return events


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
