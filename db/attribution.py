"""Resolve a speaker phrase ("he", "the Labour leader", "Mr Foster") to one speaker.

The quote finder gives the words that name a speaker; the store wants one
row per speaker. This module decides who those words are, in this order:

* the contest config: every ``person.names()``, any title with the surname
  ("Dame Eagle", "Mr Corbyn"), and the descriptors whose role the person held
  on the day (``contest.descriptor_holders(published)``: "the challenger" is
  Angela Eagle on 12 July and Owen Smith on 12 August);
* people named in the article: a full name makes a speaker, and a later bare
  surname or title plus surname ("Mr Foster", "Foster") links back to it;
* "he" and "she": the subject of the current or an earlier sentence whose
  gender fits, which is not always the nearest name (``Corbyn refused to back
  Dugdale, who backs Mr Smith. He said …`` is Corbyn);
* organisations ("Labour said", "the party", "Labour HQ") and unnamed sources
  ("a spokesman for Mr Corbyn") stay apart from the people they speak for.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from contest_tracker.contest import Contest, Person, slugify
from db.dates import _MONTH, _WEEKDAY
from db.mentions import DETERMINERS, STOP, Span, role_word, uncontracted
from db.person_names import FEMALE, MALE, TITLES

# Writings as sources: they come "from" someone ("a statement from Roe’s office") rather than speak for them.
_WRITINGS = ("statement", "release", "letter", "report", "memo")
# Things a person sends: a statement, a memo, an email, a tweet
_SENT_WORDS = _WRITINGS + ("e-?mail", "post", "tweet", "message")
# A writing and its sender, who is the speaker: "a statement from Roe’s office", "an email from Jane Doe".
_SENT_FROM = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:" + "|".join(_SENT_WORDS + ("note",))
                        + r")s?\s+from\s+(.+)", re.I)
# Words owned by their speaker: "Roe’s response", "Jane Doe’s latest statement"
_OWNED_WORDS = re.compile(r"((?:[A-Z][\w.\u2019'-]*\s+){0,3}[A-Z][\w.-]*)[\u2019']s?\s+(?:[\w-]+\s+)?(?:"
                          + "|".join(_SENT_WORDS + ("response", "reply", "answer", "retort", "comments?", "remarks",
                                                    "words", "speech", "op-ed", "verdict", "warning", "plea", "advice",
                                                    "view"))
                          + r")$")
UNNAMED_HEADS = re.compile(
    r"\b(spokes(?:man|woman|person|people|men|women)|aides?|sources?|officials?|advisers?|advisors?|"
    r"insiders?|allies|ally|friends?|figures?|members?|supporters?|critics?|staffers?|strategists?|"
    r"representatives?|observers?|analysts?|experts?|campaigners?|activists?|MPs|someone|people|person|"
    + "|".join(_WRITINGS) + r")\b",
    re.I,
)
# "a Labour MP", "one senior Tory MP", "a Labour peer": someone unnamed, not a person called "MP".
_UNNAMED_MEMBER = re.compile(r"(?:a|an|one|another|the)\s+(?:[\w\u2019'-]+\s+){0,4}?(MP|MEP|MSP|peer|councillor)", re.I)
_PLURAL_AGENTS = ("ers", "ors", "ists", "ians")
_PLURAL_VERB = re.compile(r"\s+(?:are|were|have|say|expect|warn|believe|think|agree|predict|fear|hope|argue|claim|"
                          r"note|worry|want|see|suggest|estimate|forecast|reckon|do|don\u2019t|don't)\b")
# A name right after a role word: "spokesman Rick Tyler", "aide J. K. Smith".
_NAME_AFTER_HEAD = re.compile(r"\s+((?:[A-Z][\w\u2019'-]*\.?\s+){1,3}[A-Z][\w\u2019'-]*)")
ORG_WORDS = re.compile(
    r"\b(party|campaign|committee|government|department|ministry|office|council|union|court|company|"
    r"group|association|agency|commission|administration|senate|congress|parliament|HQ|headquarters|"
    r"team|newspaper|network|institute|foundation|bank|board|federation|coalition|organi[sz]ation|poll|survey|"
    r"movement|trust|charity|police|NEC|PLP|BBC|CNN|ITV|Sky|Times|Post|Journal|News|Guardian|"
    r"Telegraph|Independent|Mail|Tories|Conservatives|Democrats|Republicans|RNC|DNC|GOP|SNP|Unite|"
    r"Momentum|White House|Kremlin|Pentagon|FBI|Reuters|AP|AFP|PA|university|school|club|"
    r"corporation|inc|ltd|plc)\b",
    re.I,
)
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_NOT_FORENAMES = {"but", "and", "as", "when", "while", "then", "after", "before", "if", "said", "says", "told",
                  "labour", "tory", "conservative", "republican", "democrat", "democratic", "senator", "minister",
                  "secretary", "chancellor", "leader", "mp", "mps", "former", "shadow", "speaker", "justice"}
_POSSESSIVE = re.compile(r"[\u2019']s?$")
_PLACE_SUFFIX = re.compile(r"\s+(?:in|at)\s+[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)*$")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
# A role's place or body right before the last capitalised words: "MP for", "governor of", "mayor of the"
_PLACE_AFTER_ROLE = re.compile(r"\b(?:for|of|from|in|at)\s+(?:the\s+)?$")
_NAMED_PLACE = re.compile(r"\b[A-Z][\w\u2019'-]+\s+of\s+(?:the\s+)?[A-Z]")
_NAME_RUN = re.compile(r"(?<![\w-])(?:[A-Z][\w\u2019'-]*(?:\.[A-Z])*\.?\s+)*[A-Z][\w\u2019'-]*")
_INITIAL = re.compile(r"[A-Z]\.")
# Capitalised words that open a person's description, not their name.
_NAME_PREFIXES = {"labour", "tory", "republican", "democratic", "democrat", "shadow", "former", "u.s", "us", "uk",
                  "british", "american", "scottish", "district", "circuit", "federal", "state", "chief", "general",
                  "attorney", "deputy", "assistant", "vice", "rival", "fellow", "challenger", "incumbent"}
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-\u2019'][A-Z]?[a-z]+)?(?:\s+[A-Z]\.)?\s+(?:Mc|Mac|O\u2019|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
# A third name word ("Hillary Rodham *Clinton* said"): capitalised, then no further capitalised word.
_THIRD_NAME = re.compile(r"\s(?:Mc|Mac|O\u2019|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?=[\u2019']s\b|[,.;:!?)]|\s+[a-z]|\s*$)"
                         r"(?<!Administration)(?<!Foundation)(?<!Campaign)(?<!Center)(?<!Institute)(?<!University)"
                         r"(?<!Committee)(?<!Company)(?<!Group)(?<!School)(?<!Street)(?<!House)")
_FULL_NAME_THREE = re.compile(r"\S+\s+\S+\s+\S+?(?=[\u2019']s\b|[,.;:!?)]|\s|$)")
# Capitalised words that open places and titles, and name particles, never a first name: "South Carolina", "Le Pen"
# ("Al" and "De" stay: Al Gore, De Blasio).
_NOT_UNLISTED_FORENAMES = {"yet", "calls", "state", "north", "south", "east", "west", "new", "national", "le", "la",
                           "del", "van", "von", "abu", "bin", "ibn", "da", "di", "du", "st", "wilayat"}
_FORENAMES = frozenset(MALE | FEMALE)
_DAY_OR_MONTH = re.compile(_WEEKDAY + "|" + _MONTH)
_NO_FORENAME = frozenset(TITLES.keys() | DETERMINERS | _NOT_FORENAMES | STOP | _NOT_UNLISTED_FORENAMES)
# "Emanuel said": the verbs that show a surname speaking on its own.
_ALONE_CUE_AFTER = re.compile(r" (?:said|says|told|added|wrote|argued|insisted|noted|explained)(?![\w-])")
_WORD_CHAR = re.compile(r"[\w-]")
# Where a speaker's name stands: before ", …" or "said", or after "said" / "according to".
_SPEAKER_AFTER = re.compile(r"[,.;)]|[\u2019']s\b|\s+(?:said|says|told|added|wrote)\b")
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|told|according to)\s+$")
# A person's name that names a place or body: "George Washington University", "Clinton Foundation".
_INSTITUTION_AFTER = re.compile(r"\s+(?:University|College|School|Institute|Foundation|Center|Centre|Bridge|Memorial|"
                                r"Hospital|Library|Museum|Airport|Stadium|Park|Avenue|Street|Boulevard|Parkway|Hall|"
                                r"High|Academy|Award|Prize|Fellowship|Fund|Trust|Society)\b")
_WORD_TOKEN = re.compile(r"[\w-]+")
_PARTY_AFTER = re.compile(r"\s*\([^()]{1,24}\)")
_ASIDE_THEN_CUE = re.compile(r",\s+(?:who|a|an|the|whose)\b[^.;:\u201c\"]{0,250}?,\s+(?:said|says|told|tells|added|wrote|argued|"
                             r"insisted|noted|explained|recalled)\b")
# Letters after a British name: "Angela Eagle MP", "Lord Falconer QC".
_POST_NOMINALS = {"MP", "MPs", "MEP", "MSP", "AM", "MLA", "QC", "KC", "PC", "OBE", "MBE", "CBE", "KBE", "DBE"}
_TITLED_NAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Dame|Sir)\.?\s+([A-Z][\w\u2019'-]+)")
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Dame|Sir|Sen|Rep|Gov|President|Archbishop|Bishop|Cardinal|Rabbi|Imam|Pastor|Rev|Reverend|Gen|Col|Maj|Capt|Sgt|Adm|Judge|Mayor|Prof)\.?\s+$")
_WORD_BEFORE = re.compile(r"\b(\w+)\.?\s+$")
_NEXT_WORD = re.compile(r"\s*(?:,[^,.;:\u201c\"]{1,80},\s*)?([a-z]\w*)")
_PRONOUN = re.compile(r"\b([Hh]e|[Ss]he)\b")


@dataclass
class Entity:
    """A speaker within one article: a person, an organisation or an unnamed source."""

    id: str
    name: str
    kind: str
    gender: str | None = None
    in_config: bool = False
    party: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)

    def seen(self, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias.lower() not in {"he", "she"} and alias not in self.aliases and alias != self.name:
            self.aliases.append(alias)

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": list(self.aliases),
                "in_config": self.in_config, "party": self.party, "role": self.role}


@dataclass
class Mention:
    start: int
    end: int
    entity: Entity
    subject: bool = False


def _parts(text: str, sep: str) -> list[tuple[str, int]]:
    """``text`` split on ``sep``, each piece with its offset."""
    out, pos = [], 0
    for part in text.split(sep):
        out.append((part, pos))
        pos += len(part) + len(sep)
    return out


def _occurrences(text: str, word: str):
    """Every index where ``word`` occurs in ``text``."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


def _strip_determiners(words: list[str]) -> list[str]:
    while words and (words[0].lower() in DETERMINERS):
        words = words[1:]
    return words


_PATTERNS: dict = {}


# "Forename [I.] Surname" at every position (a lookahead, so "Jane Ann Quill" yields "Ann Quill" too).
_FORENAME_SURNAME = re.compile(r"(?=\b([A-Z][a-z][\w\u2019'-]*)(\s+[A-Z]\.)?\s+([A-Z][\w\u2019'-]*))")
_WORD_JOIN = re.compile(r"[-\u2019'](?=\w)")


def _config_patterns(contest: Contest | None, published: dt.date | None):
    """One regex for every configured name and one for every descriptor, built once per contest and day."""
    if contest is None:
        return {}, None, None
    key = (id(contest), published)
    if key not in _PATTERNS:
        names: dict[str, Person] = {}
        for person in contest.people:
            variants = list(person.names())
            variants += [f"{t.capitalize()} {person.surname}" for t in ("mr", "mrs", "ms", "miss", "dr", "lord", "lady", "dame", "sir")]
            for name in variants:
                names.setdefault(name, person)
        name_re = re.compile(r"(?<![\w@])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])") if names else None
        holders = contest.descriptor_holders(published)
        descriptor_re = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(holders, key=len, reverse=True))) + r")(?!\w)", re.I) if holders else None
        if len(_PATTERNS) > 256:
            _PATTERNS.clear()
        _PATTERNS[key] = (names, name_re, descriptor_re)
    return _PATTERNS[key]


class SpeakerResolver:
    """One article's speakers: resolves phrases and remembers who was mentioned where."""

    def __init__(self, text: str, contest: Contest | None, published: dt.date | None, layout, runs):
        self.text = text
        self.contest = contest
        self.published = published
        self.layout = layout
        self.quoted = sorted((p.open, (p.close if p.close is not None else p.end) + 1) for r in runs for p in r)
        self.people = list(contest.people) if contest else []
        self.holders = contest.descriptor_holders(published) if contest else {}
        self.entities: dict[str, Entity] = {}
        self.used: list[str] = []
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self._named_at: dict[str, list[int]] = {}  # where each person's full name appears
        self._first_full: dict[str, tuple[int, int]] | None = None
        self._lowercase: dict[str, bool] = {}
        self._speaking: dict[str, bool] = {}
        self._lower_words: set[str] | None = None
        self._scan()

    # --- entities -------------------------------------------------------------
    def _config_entity(self, person: Person) -> Entity:
        if person.id not in self.entities:
            self.entities[person.id] = Entity(
                person.id, person.name, "person", person.gender, True, person.party,
                person.role_on(self.published),
            )
        return self.entities[person.id]

    def _person_entity(self, full_name: str, gender: str | None = None) -> Entity:
        for person in self.people:
            if person.name == full_name:
                return self._config_entity(person)
        ident = slugify(full_name)
        if ident not in self.entities and (same := self._same_person(full_name)) is not None:
            return same  # "Hillary Rodham Clinton" … "Hillary Clinton": one person
        if ident not in self.entities:
            first = full_name.split()[0].lower()
            guess = gender or ("m" if first in MALE else "f" if first in FEMALE else None)
            self.entities[ident] = Entity(ident, full_name, "person", guess)
        entity = self.entities[ident]
        if entity.gender is None and gender:
            entity.gender = gender
        return entity

    def _same_person(self, full_name: str) -> Entity | None:
        """A person already met under the same first and last name, one of the two with a middle name."""
        words = full_name.split()
        if "." in full_name:
            return None  # "George W. Bush" and "George H.W. Bush" are two people
        for entity in self.entities.values():
            parts = entity.name.split()
            if entity.kind == "person" and "." not in entity.name and len(parts) != len(words) and min(len(parts), len(words)) >= 2 \
                    and parts[0] == words[0] and parts[-1] == words[-1]:
                return entity
        return None

    def _other_entity(self, ident: str, name: str, kind: str, party: str | None = None) -> Entity:
        if ident not in self.entities:
            self.entities[ident] = Entity(ident, name, kind, None, False, party)
        return self.entities[ident]

    def _namesake(self, entities: list[Entity], pos: int) -> Entity:
        """Which of several people sharing a surname a bare "Clinton" at ``pos`` means.

        The one named in full most recently, if that was in this paragraph or
        the one before; otherwise the one named in full most often so far (the
        article's subject, not a passing "former President Bill Clinton").
        """
        if len(entities) == 1:
            return entities[0]
        here = self.layout.paragraph_index(pos)
        before = [(max((p for p in self._named_at.get(e.id, []) if p < pos), default=-1), e) for e in entities]
        latest, nearest = max(before, key=lambda b: b[0])
        if latest >= 0 and here - self.layout.paragraph_index(latest) <= 1:
            return nearest
        counts = [(sum(p < pos for p in self._named_at.get(e.id, [])), -min(self._named_at.get(e.id, [len(self.text)])), e)
                  for e in entities]
        return max(counts, key=lambda c: (c[0], c[1]))[2]

    def speakers(self) -> list[dict]:
        """Every entity that speaks at least one quote, in order of first quote."""
        return [self.entities[i].as_dict() for i in self.used]

    # --- scanning the article ---------------------------------------------------
    def _in_quote(self, pos: int) -> bool:
        k = bisect_left(self.quoted, (pos + 1,)) - 1
        return k >= 0 and self.quoted[k][0] <= pos < self.quoted[k][1]

    def _scan(self) -> None:
        """Find every mention of a person outside quotes, in text order, resolving pronouns as we go."""
        text = self.text
        found: list[tuple[int, int, Entity | None]] = []
        names, name_re, descriptor_re = _config_patterns(self.contest, self.published)
        if name_re is not None:
            for m in name_re.finditer(text):
                found.append((m.start(), m.end(), self._config_entity(names[m.group()])))
        if descriptor_re is not None:
            for m in descriptor_re.finditer(text):
                found.append((m.start(), m.end(), self._config_entity(self.holders[m.group().lower()])))
        for m in self._full_names():
            found.append((m.start(), m.end(), self._person_entity(m.group(), self._title_gender(m.start()))))
        for m in _TITLED_NAME.finditer(text):
            found.append((m.start(), m.end(), None))  # resolved below by surname
        # Longest first, then drop overlaps.
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        kept: list[tuple[int, int, Entity | None]] = []
        last_end = -1
        for start, end, entity in found:
            if start >= last_end and not self._in_quote(start):
                kept.append((start, end, entity))
                last_end = end
        # surnames of article people, after their full name
        for s, e, entity in kept:
            if entity is not None and len(entity.name.split()) > 1:
                self._named_at.setdefault(entity.id, []).append(s)
        persons: dict[str, list[Entity]] = {}
        for e in self.entities.values():
            if e.kind == "person" and len(e.name.split()) > 1:
                persons.setdefault(e.name.split()[-1], []).append(e)
        extra = []
        if persons:
            surname_re = re.compile(r"(?<![\w@])(?:" + "|".join(map(re.escape, persons)) + r")(?![\w-])")
            covered = bytearray(len(text) + 1)
            for s, e, _ in kept:
                covered[s:e] = b"\x01" * (e - s)
            for m in surname_re.finditer(text):
                if not covered[m.start()] and not self._in_quote(m.start()):
                    extra.append((m.start(), m.end(), self._namesake(persons[m.group()], m.start())))
        for m in _PRONOUN.finditer(text):
            if not self._in_quote(m.start()):
                extra.append((m.start(), m.end(), None))
        merged = sorted(kept + extra, key=lambda f: f[0])
        for start, end, entity in merged:
            if entity is None:
                word = text[start:end]
                if word.lower() in _PRONOUN_GENDER:
                    entity = self._antecedent(start, _PRONOUN_GENDER[word.lower()])
                else:
                    entity = self._resolve_name(word, start)
                if entity is None:
                    continue
            entity.seen(text[start:end])
            self.mentions.append(Mention(start, end, entity, self._looks_subject(start, end)))
            self._starts.append(start)

    def _full_names(self):
        """Forename-surname pairs: a known first name, or a title before it.

        A pair that fails is tried again from its second word, so in "So Labor
        Secretary Thomas Perez" the pairs "So Labor" and "Secretary Thomas"
        give way to "Thomas Perez".
        """
        pos = 0
        while (m := _FULL_NAME.search(self.text, pos)) is not None:
            first, last = m.group().split()[0], m.group().split()[-1]
            if _INSTITUTION_AFTER.match(self.text, m.end()):
                pos = m.end()  # "a George Washington University grad": a place named for a person
                continue
            if first.lower() in _FORENAMES or self._titled(m.start()) and not self._headline(m.start()) \
                    or self._speaks_alone(last) and self._unlisted_forename(first, m.start()) \
                    and not ORG_WORDS.search(m.group()) and self._in_speaker_place(m.group()):
                # ("Rahm Emanuel, the mayor, … Emanuel said": a first name we do not list, in a speaker's place)
                third = _THIRD_NAME.match(self.text, m.end())
                if third is not None and first.lower() in _FORENAMES and "." not in m.group():
                    m = _FULL_NAME_THREE.match(self.text, m.start(), third.end())  # "Hillary Rodham Clinton"
                yield m
                pos = m.end()
            else:
                pos = m.start() + len(first)

    def _speaks_alone(self, surname: str) -> bool:
        """"Emanuel said": the surname is the subject of a speech verb on its own."""
        if surname not in self._speaking:
            self._speaking[surname] = any(
                _ALONE_CUE_AFTER.match(self.text, i + len(surname)) and (i == 0 or not _WORD_CHAR.match(self.text, i - 1))
                and self.text[max(0, i - 4):i].lower() != "the " for i in _occurrences(self.text, surname))
        return self._speaking[surname]

    def _in_speaker_place(self, name: str) -> bool:
        """"Jane Doe, …", "Jane Doe said", "said Jane Doe": the name stands where a speaker stands."""
        for i in _occurrences(self.text, name):
            end = i + len(name)
            if _SPEAKER_AFTER.match(self.text, end) or _SPEAKER_BEFORE.search(self.text, max(0, i - 20), i):
                return True
        return False

    def _unlisted_forename(self, word: str, pos: int) -> bool:
        """A capitalised word that can open a name: no common word ("Although Rubio", "For Trump") and
        not the tail of a longer capitalised run ("New Hampshire Republican")."""
        low = word.lower()
        if low in _NO_FORENAME or self._written_lowercase(word):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, pos - 40), pos)
        return before is None or not before.group(1)[:1].isupper() or self.text[before.end(1):pos].strip() in {".", ","}

    def _headline(self, pos: int) -> bool:
        """The article's first line in title case ("Pastor Wants Girl Scouts Banned"): its capitals name no one."""
        start = self.text.rfind("\n", 0, pos) + 1
        if self.text[:start].strip():
            return False
        end = self.text.find("\n", pos)
        words = re.findall(r"[A-Za-z][\w\u2019'-]*", self.text[start:end if end >= 0 else len(self.text)])
        return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)

    def _titled(self, pos: int) -> bool:
        return bool(_TITLE_BEFORE.search(self.text[max(0, pos - 12):pos]))

    def _title_gender(self, pos: int) -> str | None:
        m = _WORD_BEFORE.search(self.text[max(0, pos - 12):pos])
        return TITLES.get(m.group(1).lower()) if m else None

    def _looks_subject(self, start: int, end: int) -> bool:
        """A mention followed by a lowercase verb-like word, not after a preposition, is a clause subject."""
        text = self.text
        before = text[max(0, start - 12):start].lower().split()
        if before and before[-1] in {"with", "to", "for", "by", "from", "of", "against", "at", "on", "about", "than", "like", "backing", "supported", "support", "backs", "over", "beat", "defeat"}:
            return False
        if text[end:end + 2] in ("\u2019s", "'s"):
            return False
        after = text[end:end + 120]
        party = _PARTY_AFTER.match(after)
        if party:
            after = after[party.end():]  # "Sen. Ron Johnson (R-Wis.) is …"
        m = _NEXT_WORD.match(after)
        if _ASIDE_THEN_CUE.match(text, end, end + 300):
            return True  # "Michael Roe, who lives outside the capital, Sacramento, said …": the subject all the same
        return bool(m) and m.group(1) not in {"of", "and", "or", "who", "which", "in", "at", "to", "for", "from", "with"}

    def _antecedent(self, pos: int, gender: str) -> Entity | None:
        """The person a "he"/"she" at ``pos`` refers to.

        Sentence by sentence backwards: the subject of the current sentence
        (the latest before the pronoun) or of an earlier one (its first, the
        main clause's) whose gender fits; failing that, the latest fitting
        mention of any kind.
        """
        idx = bisect_left(self._starts, pos) - 1
        window_start = self.layout.sentence_at(pos)[0]
        fallback = None
        for looked in range(7):
            group = []
            while idx >= 0 and self.mentions[idx].start >= window_start:
                m = self.mentions[idx]
                if m.start < pos and m.entity.kind == "person" and m.entity.gender in (gender, None):
                    group.append(m)
                idx -= 1
            group.reverse()
            subjects = [m for m in group if m.subject]
            if subjects:
                return (subjects[0] if looked else subjects[-1]).entity
            if group and fallback is None:
                fallback = group[-1].entity
            if window_start == 0 or idx < 0:
                break
            window_start = self.layout.sentence_at(window_start - 1)[0]
        return fallback

    # --- resolving a phrase -------------------------------------------------------
    def resolve(self, cand) -> dict | None:
        """The speaker dict for a candidate quote, or None when its phrase names nobody we can tell."""
        entity = None
        if cand.continued_from is not None:
            entity = self._entity_for(cand.continued_from)
        else:
            entity = self._entity_for(cand)
        if entity is None:
            return None
        if entity.id not in self.used:
            self.used.append(entity.id)
        return entity.as_dict()

    def _entity_for(self, cand) -> Entity | None:
        """The mention's entity, unless it is a bare description and the name beside it is a person.

        "Dave Anderson, his shadow Scottish Secretary, said": either resolves.
        "Speaking at Westminster, Ms Eagle said": the mention is a name, so
        "Westminster" before the comma is never looked at.
        """
        entity = self._resolve_span(cand.mention) if cand.mention is not None else None
        described = cand.mention is not None and cand.mention.text[:1].islower()
        if entity is not None and entity.kind == "person" and not (described and cand.partner is not None):
            return entity
        if cand.partner is not None and not _OWNED_WORDS.match(cand.partner.text):
            # (words someone owns, "about Carson’s comments, the campaign manager said", are no one beside her)
            partner = self._resolve_span(cand.partner)
            if partner is not None and partner.kind == "person":
                if cand.mention is not None and cand.mention.text.lower() not in {"who", "which"}:
                    partner.seen(cand.mention.text)
                return partner
        return entity

    def _mentions_from(self, start: int, before: int):
        """The scanned mentions starting in ``start:before``, in text order (a lookup, not a scan of them all)."""
        k = bisect_left(self._starts, start)
        while k < len(self._starts) and self._starts[k] < before:
            yield self.mentions[k]
            k += 1

    def _resolve_span(self, span: Span) -> Entity | None:
        words = span.text.split()
        low = span.text.lower()
        if " " not in low:
            low = uncontracted(low)  # "he’s said": he
        if low in _PRONOUN_GENDER:
            for m in self._mentions_from(span.start, span.start + 1):
                return m.entity
            return self._antecedent(span.start, _PRONOUN_GENDER[low])
        if low in {"they", "we", "it", "i", "you", "who"}:
            return None
        if " and " in span.text and span.text[:1].isupper():
            # "Jane Doe and John Roe said": both of them, a group of their own
            names = [self._resolve_span(Span(span.start + n, span.start + n + len(part), part))
                     for part, n in _parts(span.text, " and ")]
            if len(names) > 1 and all(e is not None and e.kind == "person" for e in names):
                label = " and ".join(e.name for e in names)
                group = self._other_entity("group-" + slugify(label), label, "unnamed")
                group.seen(span.text)
                return group
        sender = _SENT_FROM.match(span.text) or _OWNED_WORDS.match(span.text)
        if sender is not None:  # "a statement from Roe’s office", "an email from Jane Doe", "Roe’s reply": the sender
            entity = self._resolve_span(Span(span.start + sender.start(1), span.start + sender.end(1), sender.group(1)))
            if entity is not None:
                return entity
        # a mention the scan already resolved, ending where this phrase ends
        for m in self._mentions_from(span.start, span.end):
            if m.end == span.end:
                if m.entity.kind == "person" and not UNNAMED_HEADS.search(span.text[: m.start - span.start]):
                    m.entity.seen(span.text)
                    return m.entity
        # the phrase was cut short ("The former shadow work" of "... work and pensions secretary")
        for m in self._mentions_from(span.start, span.start + 1):
            if m.end > span.end and m.entity.kind == "person":
                m.entity.seen(self.text[m.start:m.end])
                return m.entity
        if " and " in span.text and low.startswith(("the ", "a ")):
            head = span.text.split(" and ")[0]  # "the party leader and former candidate": one person
            entity = self._resolve_span(Span(span.start, span.start + len(head), head))
            if entity is not None and entity.kind == "person":
                entity.seen(span.text)
                return entity
        holder = self.holders.get("the " + low)
        if holder is not None:  # a headline drops the article: "Challenger says …"
            entity = self._config_entity(holder)
            entity.seen(span.text)
            return entity
        unnamed = UNNAMED_HEADS.search(span.text) or _UNNAMED_MEMBER.fullmatch(span.text)
        if unnamed:
            named = _NAME_AFTER_HEAD.fullmatch(span.text, unnamed.end())
            if named is not None:  # "Cruz spokesman Rick Tyler": the person the role word introduces
                person = self._resolve_name(named.group(1), span.start + named.start(1))
                if person is not None and person.kind == "person":
                    person.seen(span.text)
                    return person
            return self._unnamed(span, unnamed)
        org = self._organisation(span.text)
        if org is not None:
            org.seen(span.text)
            return org
        person = self._resolve_name(span.text, span.start)
        if person is not None:
            person.seen(span.text)
            return person
        rest = _strip_determiners(words)
        if not rest:
            return None
        label = " ".join(rest)
        entity = self._other_entity("unnamed-" + slugify(label), label[:1].upper() + label[1:], "unnamed")
        entity.seen(span.text)
        return entity

    def _resolve_name(self, phrase: str, pos: int) -> Entity | None:
        """A person from a capitalised phrase: config names first, then the article's full names."""
        place = _NAMED_PLACE.search(phrase)
        if place:
            head = phrase[:place.start()] + phrase[place.start():].split(" of ", 1)[0]
            words = head.split()
            if len(words) >= 2 and (words[0].rstrip(".").lower() in TITLES or words[0].lower() in _FORENAMES
                                    or words[-2].lower() in _FORENAMES):
                return self._resolve_name(head, pos)  # "Rep. Tom Cole of Oklahoma": the person, from his state
            # "the Port of Liverpool", "the University of Chicago": an institution, not a person
            return self._named_organisation(phrase.strip())
        runs = [r for r in _NAME_RUN.findall(phrase) if r.strip().lower() not in DETERMINERS
                and not _DAY_OR_MONTH.fullmatch(r.strip())]  # "a Wednesday editorial" names no one
        if not runs or len(runs) == 1 and phrase.startswith(runs[0]) and _LOWER_AFTER.match(phrase, len(runs[0])):
            return None  # "Businesses in the capital": a capital letter that only opens the sentence
        name = runs[-1].strip()
        if _PLACE_AFTER_ROLE.search(phrase, 0, phrase.rfind(name)) and not any(
                r.strip().split()[0].lower() in _FORENAMES for r in runs[:-1]):
            return None  # "the MP for Pontypridd", "the former governor of Vermont": a place, and no name
        words = [w if _INITIAL.fullmatch(w) else w.rstrip(".") for w in name.split()]
        gender = None
        while words and (words[0].lower() in TITLES or words[0][:1].isupper() and words[0].lower() in _NAME_PREFIXES):
            gender = gender or TITLES.get(words[0].lower())
            words = words[1:]  # "U.S. District Judge Carlton W. Reeves" is Carlton W. Reeves
        words = [_POSSESSIVE.sub("", w) for w in words]
        while len(words) > 1 and words[-1] in _POST_NOMINALS:
            words = words[:-1]  # "Angela Eagle MP" is Angela Eagle
        if not words:
            return None
        name = " ".join(words)
        for person in self.people:
            if name == person.name or name in person.aliases or name == person.surname:
                return self._config_entity(person)
        if len(words) == 1:
            # a surname (or first name) given in full earlier in the article
            namesakes = [entity for entity in self.entities.values() if entity.kind == "person"
                         and (parts := entity.name.split())[1:] and words[0] in (parts[-1], parts[0])]
            if namesakes:  # ("Mr. Trump" is not Ivanka Trump: a title's gender picks among them)
                fits = [e for e in namesakes if e.gender == gender] or [e for e in namesakes if e.gender is None]
                return self._namesake(fits if gender is not None and fits else namesakes, pos)
            if ORG_WORDS.search(name) or (self.contest and self.contest.party == name):
                return None
            full = self._full_name_before(words[0], pos)
            if full is not None:
                return self._person_entity(full, gender)
            if gender is None and self._written_lowercase(name):
                return None  # "Well, …", "Rather …": the article writes it in lowercase too, so it is a word, not a name
            if gender is None and name.endswith(_PLURAL_AGENTS) and role_word(name.lower()[:-1]) \
                    and _PLURAL_VERB.match(self.text, max(pos, 0) + len(phrase)):
                return None  # "Forecasters expect …": a plural role with a plural verb is a group, not a person
        return self._person_entity(name, gender)

    def _full_name_before(self, surname: str, pos: int) -> str | None:
        """"Alex Quill spoke … Mr Quill said": the first "Forename Surname" earlier in the article."""
        if self._first_full is None:  # one pass for every surname: a page can name hundreds of people
            self._first_full = {}
            for m in _FORENAME_SURNAME.finditer(self.text):
                if m.group(1).lower() not in _NO_FORENAME:
                    token = m.group(3)  # "Quill-Smith’s" stands for "Quill", "Quill-Smith" and itself
                    for end in [j.start() for j in _WORD_JOIN.finditer(token)] + [len(token)]:
                        self._first_full.setdefault(token[:end], (m.start(1), m.start(3) + end))
        found = self._first_full.get(surname)
        return " ".join(self.text[found[0]:found[1]].split()) if found is not None and found[1] <= max(pos, 0) else None

    def _written_lowercase(self, name: str) -> bool:
        """"Well", "Rather": the article also writes the word in lowercase, so it is a word, not a name."""
        low = name.lower()
        if len(self._lowercase) > 20 and _WORD_TOKEN.fullmatch(low):
            if self._lower_words is None:  # a page of many names: every lowercase word, found once
                self._lower_words = {w for w in _WORD_TOKEN.findall(self.text) if w[:1].islower()}
            return low in self._lower_words
        if name not in self._lowercase:
            self._lowercase[name] = re.search(r"(?<![\w-])" + re.escape(low) + r"(?![\w-])", self.text) is not None
        return self._lowercase[name]

    def _organisation(self, phrase: str) -> Entity | None:
        words = _strip_determiners(phrase.split())
        if not words:
            return None
        name = " ".join(words)
        party = self.contest.party if self.contest else None
        low = name.lower()
        if party and (low in {"party", "the party", f"{party.lower()} party", f"{party.lower()} hq", party.lower(),
                              f"{party.lower()} headquarters", "party hq"}):
            return self._other_entity("org-" + slugify(party), party, "organisation", party)
        if ORG_WORDS.search(name) and not _PRONOUN_GENDER.get(low):
            if self._resolve_name_only_person(name):
                return None
            return self._named_organisation(_PLACE_SUFFIX.sub("", name))  # "the High Court in London" is the High Court
        return None

    def _named_organisation(self, name: str) -> Entity:
        """The organisation a phrase names, without its "the": "the Port of Liverpool" -> Port of Liverpool."""
        clean = re.sub(r"^(?:the)\s+", "", name, flags=re.I)
        return self._other_entity("org-" + slugify(clean), clean[:1].upper() + clean[1:], "organisation")

    def _resolve_name_only_person(self, name: str) -> bool:
        return any(p.name in name or p.surname == name for p in self.people)

    def _unnamed(self, span: Span, head: re.Match) -> Entity:
        """"a spokesman for Mr Corbyn" -> unnamed-spokesman-for-jeremy-corbyn; "a Labour source" -> unnamed-labour-source."""
        text = span.text
        role = head.group(1) if head.group(1).isupper() else head.group(1).lower()  # "MP" stays "MP"
        after = text[head.end(1):]
        before = text[:head.start(1)]
        target = None
        link = "for"
        m = re.match(r"\s+(for|to|of|close to|from|with)\s+(.+)", after)
        if m:
            target = self._name_for_target(m.group(2))
            if m.group(1) == "from" and role in _WRITINGS:
                link = "from"  # "a statement from Roe’s office"; but "a source from the campaign" speaks for it
        elif re.search(r"[\u2019']s?\s*$", before):
            target = self._name_for_target(re.sub(r"[\u2019']s?\s*$", "", before))
            before = ""
        modifiers = [w for w in _strip_determiners(before.split()) if w[:1].isupper()]
        label = " ".join(modifiers + [role]) + (f" {link} {target}" if target else "")
        # (the id drops possessives, so "Roe’s campaign" keeps the id it had before names kept them)
        slug = slugify(re.sub(r"[\u2019']s\b", "", label))
        entity = self._other_entity("unnamed-" + slug, label[:1].upper() + label[1:], "unnamed")
        entity.seen(text)
        return entity

    def _name_for_target(self, phrase: str) -> str:
        """Who an unnamed source speaks for, with configured names made canonical."""
        phrase = phrase.strip()
        low = phrase.lower()
        holder = self.holders.get(low) or self.holders.get("the " + low)
        if holder is not None:
            return holder.name  # "a spokesman for the Labour leader" speaks for whoever led on the day
        for person in self.people:
            for name in sorted(person.names(), key=len, reverse=True):
                if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", phrase):
                    rest = phrase.replace(name, person.name, 1)
                    rest = re.sub(r"^(?:the|a|an)\s+", "", rest, flags=re.I)
                    rest = re.sub(r"^(Mr|Mrs|Ms|Dr|Lord|Sir|Dame)\.?\s+", "", rest)
                    return re.sub(r"[\u2019']s$", "", rest)  # "Mr Roe’s" is Roe, "Roe’s office" his office
        entity = self._organisation(phrase)
        if entity is not None:
            return entity.name
        return " ".join(_strip_determiners(phrase.split()))
