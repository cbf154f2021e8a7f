"""The words that introduce speech: "said", "told", "warned", "according to".

A cue is what makes a quoted stretch a quote rather than a scare quote or a
title, and what makes a plain clause reported speech. The list is long on
purpose: news writers avoid repeating "said" ("joked", "admonished",
"insisted"), and every missing verb is a quote lost.

Verbs are listed once by their base form; ``_forms`` makes the inflections.
``SPEECH`` verbs introduce direct quotes and reported speech; ``THOUGHT``
verbs ("believes", "thinks") only reported speech, since nobody "thinks"
a direct quote.
"""
from __future__ import annotations

import re

SPEECH = """
say tell add write joke admonish insist declare continue warn note claim tweet confirm argue
state explain urge concede admit reply respond announce suggest ask assert acknowledge allege
answer boast caution comment complain contend counter deny emphasise emphasize estimate
indicate maintain mention observe predict promise pledge vow recall remark report reiterate
retort reveal stress quip shout scream exclaim testify charge demand post recount lament muse
snap interject blast slam accuse criticise criticize praise disclose proclaim affirm agree
disagree concur speculate conclude complain grumble mock chide scoff sneer lash fume thunder
chant cry yell whisper mutter plead pray recommend advise inform assure tease taunt brag
crow gush rage rail protest object question wonder challenge dismiss reject call describe
predict forecast guarantee swear threaten opine posit propose insinuate imply hint signal
quote cite paraphrase reason surmise theorise theorize summarise summarize underline
highlight pronounce rule find conclude acknowledge recognise recognize hail welcome
bark demur beam react exhort gripe groan sigh marvel rant vent snipe grouse elaborate clarify confess
sing retaliate confide sniff rave huff deadpan holler murmur stammer inquire enquire scold berate rebut
""".split()

THOUGHT = """
believe think feel hope fear expect worry know doubt reckon suspect figure guess imagine
assume understand consider want wish
""".split()

IRREGULAR = {
    "say": ["say", "says", "said", "saying"],
    "tell": ["tell", "tells", "told", "telling"],
    "write": ["write", "writes", "wrote", "writing", "written"],
    "think": ["think", "thinks", "thought", "thinking"],
    "feel": ["feel", "feels", "felt", "feeling"],
    "know": ["know", "knows", "knew", "knowing", "known"],
    "swear": ["swear", "swears", "swore", "sworn", "swearing"],
    "find": ["find", "finds", "found", "finding"],
    "understand": ["understand", "understands", "understood", "understanding"],
    "forecast": ["forecast", "forecasts", "forecasting"],
    "cry": ["cry", "cries", "cried", "crying"],
    "reply": ["reply", "replies", "replied", "replying"],
    "deny": ["deny", "denies", "denied", "denying"],
    "testify": ["testify", "testifies", "testified", "testifying"],
    "speak": ["speak", "speaks", "spoke", "speaking"],
    "sing": ["sing", "sings", "sang", "singing"],
    "cast": ["cast", "casts", "casting"],
    # American and British spellings both
    "label": ["label", "labels", "labeled", "labelled", "labeling", "labelling"],
    "marvel": ["marvel", "marvels", "marveled", "marvelled", "marveling", "marvelling"],
    "signal": ["signal", "signals", "signaled", "signalled", "signaling", "signalling"],
}

# Consonant doubling that a rule would get wrong either way: list it.
DOUBLED = {"admit", "quip", "snap", "commit", "rebut", "chat", "plan", "stop", "regret", "prefer", "refer", "demur",
           "slam", "brag", "dub", "concur", "deadpan"}

# Cue words that need their next word to be a cue: "pointed out", "hit back"; "went on" only before
# a quote, a colon or "to …" ("the Senate goes on recess" reports nothing).
PHRASAL = re.compile(
    r"\b(?:point(?:s|ed|ing)? out|hit(?:s|ting)? back|fire[sd]? back|firing back|shot back|"
    r"(?:went|goes) on(?: to say|(?=\s*(?:[.,:;\u2014\u201c\"]|$)|\s+to\s))|spell(?:s|ed)? out|weigh(?:s|ed)? in|"
    r"chime[sd]? in|cut(?:s|ting)? in(?=\s*[.,:])|made (?:it )?clear|makes (?:it )?clear|made the case|ma(?:de|kes?) the point|sa(?:id|ys|y) in a statement|"
    r"put(?:s)? it|set(?:s)? out|lay(?:s)? out|laid out|summed up|sums up|wrote on (?:Twitter|Facebook))\b",
    re.I,
)
ACCORDING_TO = re.compile(r"\b(?:according to|in the words of|to quote)\b", re.I)  # "To quote Roe, “…”"


def _forms(verb: str) -> list[str]:
    if verb in IRREGULAR:
        return IRREGULAR[verb]
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb in DOUBLED:
        return [verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    if verb.endswith(("sh", "ch", "s", "x", "z")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


def _table(verbs: list[str]) -> dict[str, str]:
    table = {}
    for verb in verbs:
        for form in _forms(verb):
            table.setdefault(form, verb)
    return table


SPEECH_FORMS = _table(SPEECH)
THOUGHT_FORMS = _table(THOUGHT)

# Forms that are too often something else to count on their own.
AMBIGUOUS = {"state", "states", "post", "posts", "charge", "charges", "question", "questions",
             "call", "calls", "calling", "note", "notes", "rule", "rules", "find", "finds", "finding",
             "report", "reports", "reporting", "counter", "object", "objects", "continue", "continues",
             "signal", "signals", "signalled", "signalling", "quote", "quotes", "challenge", "challenges", "welcome", "hail",
             "cry", "comment", "comments", "answer", "answers", "plead", "estimate", "estimates",
             "promise", "promises", "pledge", "pledges", "vow", "vows", "reply", "guess", "figure",
             "figures", "fear", "fears", "hope", "hopes", "doubt", "doubts", "wish", "highlight",
             "mock", "blast", "slam", "rage", "protest", "protests", "mention", "understanding",
             "thought", "feeling", "known", "demand", "demands", "found", "concern",
             "want", "wants", "wanted", "wanting", "know", "knows", "knew", "knowing",
             "consider", "considers", "considered", "considering", "imagine", "assume",
             "understand", "understood", "find", "ruled", "ruling", "called", "describe",
             "described", "describes", "describing", "question", "questioned", "welcomed",
             "welcomes", "welcoming", "hailed", "hails", "hailing", "challenged", "challenging",
             "rejected", "rejects", "rejecting", "dismissed", "dismisses", "dismissing",
             "praised", "praises", "praising", "criticised", "criticized", "criticises",
             "criticizes", "criticising", "criticizing", "accused", "accuses", "accusing",
             "slammed", "blasted", "mocked", "lashed", "quoted", "cited", "citing",
             "recognised", "recognized", "highlighted", "underlined", "proposed", "recommended",
             "threatened", "threatens", "threatening", "promised", "pledged", "vowed", "reported"}
# Of the above, these still introduce a direct quote right away ("he demanded: “…”").
DIRECT_OK = {"demand", "demands", "demanded", "reply", "replied", "quipped", "vowed", "pledged",
             "promised", "warned", "continued", "continues", "reported", "cried", "fumed", "raged",
             "protested", "mocked", "slammed", "blasted", "noted", "stated", "posted", "commented",
             "answered", "challenged", "questioned", "wondered", "lashed", "hit", "thundered",
             "joked", "declared", "tweeted", "wrote", "added", "said", "told", "asked", "insisted",
             "threatened", "welcomed", "hailed", "dismissed", "rejected", "praised", "described",
             "called", "criticised", "criticized", "accused"}

# Verbs that put a quoted label on something: "called the plan “a disgrace”".
# They make mixed quotes only; the content is their object with its label.
LABEL = """
call dub describe label brand refer accuse blame credit praise decry promise vow cite thank
portray tout hail slam blast mock deride pledge bemoan lament characterise characterize herald liken applaud deem cast
denounce condemn ridicule lambaste castigate
""".split()
LABEL_FORMS = _table(LABEL)

PARTICIPLES = {form for form in (*SPEECH_FORMS, *LABEL_FORMS) if form.endswith("ing")}


# Cues whose first object is the hearer, not the content: "told the Gazette that …".
HEARER_CUES = frozenset({"told", "tell", "tells", "telling", "warned", "warns", "assured", "assures",
                         "informed", "informs", "reminded", "reminds"})

# "“…,” the sign read": verbs that introduce a quote only when it comes right before them.
POST_QUOTE_CUES = {"read", "reads", "remembered", "remembers", "recalled", "riffed", "reminisced", "wondered", "mused",
                   "repeated", "repeats", "notes"}


def is_post_quote_cue(word: str) -> bool:
    """True for any speech cue, and for "read(s)" or "remembered", cues only right after a quote."""
    return is_speech_cue(word) or word.lower() in POST_QUOTE_CUES


def is_speech_cue(word: str) -> bool:
    """True when ``word`` (any case) is a speech verb form that can introduce a quote."""
    w = word.lower()
    return w in SPEECH_FORMS and (w not in AMBIGUOUS or w in DIRECT_OK)


def is_report_cue(word: str) -> bool:
    """True when ``word`` can introduce reported speech: speech and belief verbs."""
    w = word.lower()
    return (w in SPEECH_FORMS or w in THOUGHT_FORMS) and w not in AMBIGUOUS


def is_label_cue(word: str) -> bool:
    """"called", "dubbed", "accuses": a verb that puts a quoted phrase on its object."""
    return word.lower() in LABEL_FORMS


def is_participle(word: str) -> bool:
    """"saying", "adding": a cue whose speaker is the subject of the main clause."""
    return word.lower() in PARTICIPLES


def _alternation(forms) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b")


# One pass over a sentence finds its candidate cues; tokenising every sentence is too slow.
REPORT_CUE_RE = _alternation(f for f in {**SPEECH_FORMS, **THOUGHT_FORMS} if f not in AMBIGUOUS)
REPORT_CUES = frozenset(f for f in {**SPEECH_FORMS, **THOUGHT_FORMS} if f not in AMBIGUOUS)
# "notes", "thought", "figures" are often nouns; followed by "that" they introduce reported speech.
CUES_BEFORE_THAT = frozenset(f for f in {**SPEECH_FORMS, **THOUGHT_FORMS} if f in AMBIGUOUS)


# Verbs of stance and intent whose object is what PolNeAR calls attributed content:
# "declined [to comment]", "called for [a special prosecutor]", "urged [voters to stay home]",
# "endorsed [the deal]". Each maps to the preposition it takes before its content, if any.
ATTITUDE = {
    "wants": "", "wanted": "", "hopes": "", "hoped": "", "hoping": "",
    "expects": "", "plans": "+to", "planned": "+to", "seeks": "", "sought": "", "seeking": "",
    "decline": "+to", "declines": "+to", "declined": "+to", "refuse": "+to", "refuses": "+to", "refused": "+to",
    "vow": "+to", "vows": "+to|that", "vowed": "+to|that", "pledge": "+to", "pledges": "+to|that", "pledged": "+to|that",
    "promise": "+to", "promises": "+to|that", "promised": "+to|that", "urges": "", "urged": "", "urging": "",
    "endorses": "", "endorsed": "", "opposes": "", "opposed": "",
    "proposes": "", "proposed": "", "defends": "", "defended": "",
    "criticized": "", "criticised": "", "criticizes": "", "criticises": "", "criticizing": "", "criticising": "",
    "attacked": "", "praised": "", "praises": "", "blamed": "", "blames": "", "accused": "", "accuses": "",
    "rejected": "", "rejects": "", "dismissed": "", "dismisses": "", "denounced": "", "denounces": "",
    "condemned": "", "condemns": "", "questioned": "", "welcomed": "", "welcomes": "",
    "cited": "", "cites": "", "citing": "", "touted": "", "touts": "", "expressed": "", "voiced": "",
    "demanded": "", "demands": "", "threatened": "+to", "threatens": "+to", "agreed": "+to", "decided": "+to",
    "mentioned": "", "discussed": "", "highlighted": "", "emphasized": "", "emphasised": "",
    "shows": "", "showed": "", "found": "", "finds": "", "indicated": "", "indicates": "",
    "call": "for", "calls": "for", "called": "for", "calling": "for", "push": "for", "pushed": "for",
    "pushing": "for", "pushes": "for", "talked": "about", "talks": "about", "talking": "about",
    "spoke": "about|of", "speaks": "about|of", "referring": "to", "referred": "to", "refers": "to",
    "pointed": "to", "pointing": "to", "points": "to", "warned": "of|about|against", "warns": "of|about|against",
    "railed": "against", "rails": "against", "complained": "about", "complains": "about",
    "apologized": "for", "apologised": "for", "asked": "about|for",
}
