"""Contest databases for the /timeline tests, built row by row with the real schema.

Real people only say what the sources say: every quote and tweet of a real
person below is verbatim from ../shared/contest-facts/labour-2016.md, with its
source. Filler items (for the paging and speed tests) and the XSS payloads
belong to fictional speakers.
"""
from __future__ import annotations

import datetime as dt
import json
import hashlib
import random
from pathlib import Path

from db.schema import open_db

PAYLOAD_SCRIPT = "<script>window.__xss=1</script>"
PAYLOAD_IMG = '<img src=x onerror="window.__xss=1">'
PAYLOAD_TEXT = f"Payload {PAYLOAD_SCRIPT} and {PAYLOAD_IMG} end"
PAYLOAD_URL = "javascript:window.__xss=1"

SPEAKERS = [
    ("jeremy-corbyn", "Jeremy Corbyn", "Leader of the Labour Party", "jeremycorbyn", 1),
    ("owen-smith", "Owen Smith", "MP for Pontypridd", "OwenSmith_MP", 1),
    ("angela-eagle", "Angela Eagle", "MP for Wallasey", "angelaeagle", 0),
    ("tom-watson", "Tom Watson", "Deputy Leader of the Labour Party", None, 0),
    ("iain-mcnicol", "Iain McNicol", "General Secretary of the Labour Party", None, 0),
    ("paddy-lillis", "Paddy Lillis", "Chair of the National Executive Committee", None, 0),
    ("test-payload", "Test Payload", "Fictional speaker for escaping tests", "testpayload", 0),
]

# (id, url, outlet, published)
ARTICLES = [
    ("a-newstalk", "https://newstalk.com/reader/47.301/76081/0/", "Newstalk", "2016-06-28"),
    ("a-itv", "https://itv.com/news/2016-07-11/angela-eagle-formally-announces-leadership-bid-against-corbyn",
     "ITV News", "2016-07-11"),
    ("a-guardian-nec", "https://theguardian.com/politics/2016/jul/12/jeremy-corbyn-must-be-on-labour-leadership-ballot-paper-party-rules-nec",
     "The Guardian", "2016-07-12"),
    ("a-sky", "https://news.sky.com/story/owen-smith-to-fight-for-labour-leadership-10500012", "Sky News", "2016-07-13"),
    ("a-guardian-foster", "https://theguardian.com/politics/2016/jul/14/labour-donor-to-mount-legal-challenge-over-leadership-ballot",
     "The Guardian", "2016-07-14"),
    ("a-standard-smith", "https://iframe.standard.co.uk/news/politics/owen-smith-set-to-enter-labour-leadership-contest-in-bid-to-oust-jeremy-corbyn-a3294476.html",
     "Evening Standard", "2016-07-10"),
    ("a-rte", "https://rte.ie/news/world/2016/0728/805468-jeremy-corbyn/", "RTE", "2016-07-28"),
    ("a-ibtimes", "https://ibtimes.co.uk/court-appeal-backs-labour-over-blocking-130000-new-members-voting-leadership-contest-1575776",
     "IBTimes", "2016-08-12"),
    ("a-cityam", "https://cityam.com/?p=297795", "City AM", "2016-07-19"),
    ("a-payload", "https://example.org/payload", "Payload Weekly", "2016-08-25"),
]

# (speaker, date, kind, text, article id): verbatim, from the facts file.
QUOTES = [
    ("jeremy-corbyn", "2016-06-28", "direct", "Today's vote by MPs has no constitutional legitimacy.", "a-newstalk"),
    ("angela-eagle", "2016-07-11", "direct",
     "I'm not a Blairite, I'm not a Brownite and I'm not a Corbynista. I am my own woman.", "a-itv"),
    ("owen-smith", "2016-07-10", "direct", "I am not prepared to stand by and see our party split", "a-standard-smith"),
    ("jeremy-corbyn", "2016-07-12", "direct",
     "I'm on the ballot paper! We will be campaigning on all the things that matter.", "a-guardian-nec"),
    ("jeremy-corbyn", "2016-07-13", "direct",
     "I'm sure Labour MPs will understand that the party has to come together in order to present to the "
     "British people the options of a different and better way of doing things.", "a-sky"),
    ("tom-watson", "2016-07-14", "direct",
     "This legal challenge is very unhelpful and destabilising to the Labour party.", "a-guardian-foster"),
    ("iain-mcnicol", "2016-07-28", "direct",
     "We are delighted that the court has upheld the authority and decision of the national executive "
     "committee of the Labour Party.", "a-rte"),
    ("paddy-lillis", "2016-08-12", "direct", "The Labour Party welcomes the decision of the Appeal Court.", "a-ibtimes"),
]

# (id, date, type, place, venue, title, status, participants, source url): facts-file events.
EVENTS = [
    ("2016-06-28-no-confidence-london", "2016-06-28", "no-confidence", "Westminster, London", None,
     "Labour MPs pass a motion of no confidence in Jeremy Corbyn, 172 to 40", "happened", [],
     "https://the-independent.com/news/uk/politics/jeremy-corbyn-loses-no-confidence-vote-among-labour-mps-by-176-to-40-a7107826.html"),
    ("2016-07-11-launch-london", "2016-07-11", "launch", "Westminster, London", None,
     "Angela Eagle launches her leadership challenge", "happened", ["angela-eagle"],
     "https://itv.com/news/2016-07-11/angela-eagle-formally-announces-leadership-bid-against-corbyn"),
    ("2016-07-12-meeting-london", "2016-07-12", "meeting", "Labour HQ, London", None,
     "NEC votes 18 to 14 to put Jeremy Corbyn on the ballot", "happened", [],
     "https://theguardian.com/politics/2016/jul/12/jeremy-corbyn-must-be-on-labour-leadership-ballot-paper-party-rules-nec"),
    ("2016-07-19-withdrawal-london", "2016-07-19", "withdrawal", "Westminster, London", None,
     "Angela Eagle withdraws and backs Owen Smith", "happened", ["angela-eagle", "owen-smith"],
     "https://standard.co.uk/news/politics/angela-eagle-withdraws-from-labour-leadership-race-a3299596.html"),
    ("2016-08-04-hustings-cardiff", "2016-08-04", "hustings", "Cardiff", "All Nations Centre",
     "First hustings, Cardiff", "happened", ["jeremy-corbyn", "owen-smith"],
     "https://feeds.bbci.co.uk/news/uk-wales-politics-36966417"),
    ("2016-08-11-hustings-gateshead", "2016-08-11", "hustings", "Gateshead", "Hilton Newcastle Gateshead",
     "Second hustings, Gateshead", "happened", ["jeremy-corbyn", "owen-smith"], None),
    ("2016-08-17-debate-nottingham", "2016-08-17", "debate", "Nottingham", None,
     "BBC Victoria Derbyshire debate, Nottingham", "happened", ["jeremy-corbyn", "owen-smith"],
     "https://feeds.bbci.co.uk/news/live/37104865?page=4"),
    ("2016-08-25-hustings-glasgow", "2016-08-25", "hustings", "Glasgow", "SECC", "Hustings in Glasgow",
     "happened", ["jeremy-corbyn", "owen-smith"], None),
    ("2016-09-08-debate-oldham", "2016-09-08", "debate", "Oldham", "Queen Elizabeth Hall",
     "BBC One Question Time debate, Oldham", "announced", ["jeremy-corbyn", "owen-smith"], None),
    ("2016-09-24-result-liverpool", "2016-09-24", "result", "Liverpool", "ACC Liverpool",
     "Jeremy Corbyn re-elected leader: 313,209 votes (61.8%) to Owen Smith's 193,229 (38.2%)", "announced",
     ["jeremy-corbyn", "owen-smith"],
     "https://labourlist.org/2016/09/jeremy-corbyn-earns-refreshed-mandate-as-he-is-re-elected-labour-leader/"),
]

# An event known only from the news: its source is in event_sources, not on the event.
EVENT_SOURCES = [
    ("es-glasgow", "2016-08-25-hustings-glasgow", "a-payload", "https://labourlist.org/", "2016-08-24"),
]

TWEETS = [
    ("755424170522320896", "angelaeagle", "Angela Eagle", "angela-eagle", "2016-07-19T18:00:00",
     ".@OwenSmith_MP will make a great Leader for Labour and a great PM. He has the values, vision & "
     "policies we need to take on the Tories", "https://cityam.com/?p=297795", "a-cityam"),
]

CONTEST_START = dt.date(2016, 6, 25)
CONTEST_DAYS = 92  # 25 June to 24 September


def item_id(*parts) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def build_contest_db(path: Path, filler: int = 0, payload: bool = True, seed: int = 2016) -> Path:
    """A contest database with the real items above, XSS payloads, and ``filler`` fictional items."""
    path = Path(path)
    db = open_db(path)
    with db.conn:
        db["speakers"].insert_all(
            [dict(id=i, name=n, party="Labour", role=r, twitter=t, kind="person", in_config=1, candidate=c)
             for i, n, r, t, c in SPEAKERS], pk="id", replace=True)
        db["articles"].insert_all(
            [dict(id=i, url=u, canonical_url=u, outlet=o, title=f"{o} report", published=p, published_date=p,
                  relevant=1) for i, u, o, p in ARTICLES], pk="id", replace=True)
        quotes, sources = [], []
        for speaker, date, kind, text, article in QUOTES:
            qid = item_id(speaker, text)
            url = next(a[1] for a in ARTICLES if a[0] == article)
            quotes.append(dict(id=qid, text=text, speaker_id=speaker, kind=kind, first_seen=date, first_url=url,
                               source_count=1, normalized=text.lower()))
            sources.append(dict(id=item_id(qid, article), quote_id=qid, article_id=article, url=url,
                                published=date, quote_text=text))
        db["events"].insert_all(
            [dict(id=i, date=d, type=t, place=p, venue=v, title=ti, status=s, confidence=1.0,
                  participants=json.dumps(parts), source_count=1, from_config=1, source_url=u)
             for i, d, t, p, v, ti, s, parts, u in EVENTS], pk="id", replace=True)
        db["event_sources"].insert_all(
            [dict(id=i, event_id=e, article_id=a, url=u, published=p, status="announced")
             for i, e, a, u, p in EVENT_SOURCES], pk="id", replace=True)
        tweets = [dict(id=i, handle=h, display_name=n, speaker_id=s, created_at=c, text=t, url=u, available=1,
                       source="embed") for i, h, n, s, c, t, u, _ in TWEETS]
        tweet_sources = [dict(id=item_id(i, a), tweet_id=i, article_id=a, url=u, source="embed")
                         for i, h, n, s, c, t, u, a in TWEETS]
        if payload:
            qid = item_id("test-payload", PAYLOAD_TEXT)
            quotes.append(dict(id=qid, text=PAYLOAD_TEXT, speaker_id="test-payload", kind="direct",
                               first_seen="2016-08-25", first_url=PAYLOAD_URL, source_count=1,
                               normalized="payload"))
            sources.append(dict(id=item_id(qid, "a-payload"), quote_id=qid, article_id="a-payload",
                                url=PAYLOAD_URL, published="2016-08-25", quote_text=PAYLOAD_TEXT))
            tweets.append(dict(id="900000000000000001", handle="testpayload", display_name="Test Payload",
                               speaker_id="test-payload", created_at="2016-08-25T12:00:00",
                               text="Tweet " + PAYLOAD_IMG + PAYLOAD_SCRIPT, url=PAYLOAD_URL, available=1,
                               source="embed"))
            db["events"].insert(dict(id="2016-08-25-payload", date="2016-08-25", type="meeting",
                                     place="Test <b>Place</b>", venue=PAYLOAD_IMG,
                                     title="Event " + PAYLOAD_SCRIPT, status="announced", confidence=0.5,
                                     participants='["test-payload"]', source_count=1, from_config=0,
                                     source_url=PAYLOAD_URL), pk="id", replace=True)
        if filler:
            add_filler(db, filler, quotes, tweets, seed)
        db["quotes"].insert_all(quotes, pk="id", replace=True)
        db["quote_sources"].insert_all(sources, pk="id", replace=True)
        db["tweets"].insert_all(tweets, pk="id", replace=True)
        db["tweet_sources"].insert_all(tweet_sources, pk="id", replace=True)
    db.conn.close()
    return path


def add_filler(db, count: int, quotes: list, tweets: list, seed: int) -> None:
    """``count`` fictional items over the contest's days: quotes, tweets and meetings."""
    rng = random.Random(seed)
    fillers = [(f"filler-{c}", f"Filler Speaker {c.upper()}") for c in "abcd"]
    db["speakers"].insert_all(
        [dict(id=i, name=n, party="Fictional", role="Filler for tests", kind="person", in_config=0, candidate=0)
         for i, n in fillers], pk="id", replace=True)
    events = []
    for n in range(count):
        day = (CONTEST_START + dt.timedelta(days=rng.randrange(CONTEST_DAYS))).isoformat()
        speaker = fillers[n % len(fillers)][0]
        roll = n % 10
        if roll < 7:
            quotes.append(dict(id=item_id("filler-quote", n), text=f"Filler statement {n} about the ballot timetable.",
                               speaker_id=speaker, kind="direct", first_seen=day,
                               first_url=f"https://example.org/filler/{n}", source_count=1, normalized=str(n)))
        elif roll < 9:
            tweets.append(dict(id=str(800000000000000000 + n), handle=speaker.replace("-", ""),
                               display_name=speaker, speaker_id=speaker, created_at=day + "T09:00:00",
                               text=f"Filler tweet {n} about a rally.", url=f"https://example.org/tweet/{n}",
                               available=1, source="archive"))
        else:
            events.append(dict(id=f"{day}-filler-{n}", date=day, type="meeting", place="Nowhere",
                               title=f"Filler meeting {n}", status="happened", confidence=0.5,
                               participants="[]", source_count=1, from_config=0,
                               source_url=f"https://example.org/event/{n}"))
    db["events"].insert_all(events, pk="id", replace=True)
