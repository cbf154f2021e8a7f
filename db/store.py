"""Write normalised pages and tweets to SQLite, one transaction per unit of work.

Every row is keyed on a natural or content-hash id and upserted, so a rerun,
a crash followed by a rerun, or the same article found by two sources never
duplicates anything. Speakers from the contest file are seeded first so that
the rest can link to them.
"""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import re
import zlib
from urllib.parse import urlsplit, urlunsplit, parse_qsl, urlencode

import sqlite_utils

from contest_tracker.contest import Contest, slugify
from db.events import event_id, key_date_id
from db.normalise import NormalisedPage
from db.quotes import normalize_quote
from db.relevance import tweet_relevant
from db.schema import open_db

VAGUE_PRECISIONS = {"week", "month"}
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|CMP$|ito$)", re.I)
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def utcnow() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def short_hash(*parts: str, length: int = 16) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:length]


def normalize_url(url: str) -> str:
    """One spelling per page: lower-case host, no fragment, no tracking parameters.

    Loopback ports are dropped too: the demo archive is served on whatever port
    is free, and an article's identity must not change with it.
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not (host in _LOOPBACK or (parts.scheme, port) in (("http", 80), ("https", 443))):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


def article_key(url: str) -> str:
    """An article's id: http and https, and www. or not, are the same article."""
    parts = urlsplit(normalize_url(url))
    host = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
    return short_hash(urlunsplit(("", host, parts.path, parts.query, "")))


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


class Store:
    """The database of one contest, with the operations the pipelines need."""

    def __init__(self, db: sqlite_utils.Database, contest: Contest):
        self.db = db
        self.contest = contest
        self._seeded = False

    @classmethod
    def open(cls, path, contest: Contest) -> "Store":
        store = cls(open_db(path), contest)
        store.seed_contest()
        return store

    # --- contest configuration --------------------------------------------------

    def seed_contest(self) -> None:
        """Speakers, aliases and key-date events from the contest file (idempotent)."""
        if self._seeded:
            return
        with self.db.atomic():
            for person in self.contest.people:
                self.db["speakers"].upsert({
                    "id": person.id, "name": person.name, "party": person.party,
                    "role": person.role_on(self.contest.end) or (person.roles[0].title if person.roles else None),
                    "twitter": person.twitter, "kind": "person", "in_config": 1,
                    "candidate": int(person.candidate),
                }, pk="id")
                aliases = set(person.names())
                for role in person.roles:
                    aliases.update(role.descriptors)
                self.db["speaker_aliases"].insert_all(
                    ({"alias": alias, "speaker_id": person.id} for alias in sorted(aliases)),
                    pk=("alias", "speaker_id"), ignore=True,
                )
            for key_date in self.contest.key_dates:
                eid = key_date_id(key_date)
                existing = self.db.execute("select source_count from events where id = ?", [eid]).fetchone()
                self.db["events"].upsert({
                    "id": eid, "date": key_date.date.isoformat(), "type": key_date.type,
                    "place": key_date.place, "venue": key_date.venue, "title": key_date.title,
                    "description": key_date.description, "status": "happened", "confidence": 1.0,
                    "participants": json.dumps(list(key_date.participants)),
                    "source_count": existing[0] if existing else 0, "from_config": 1,
                    "source_url": key_date.source,
                }, pk="id")
        self._seeded = True

    # --- crawl runs and errors ----------------------------------------------------

    def start_run(self, source: str, kind: str) -> int:
        with self.db.atomic():
            return self.db["crawl_runs"].insert({
                "source": source, "kind": kind, "contest": self.contest.slug, "started": utcnow(),
                "status": "running", "requests": 0, "items_new": 0, "items_updated": 0,
                "items_skipped": 0, "errors": 0,
            }).last_pk

    def finish_run(self, run_id: int, status: str, **counts: int) -> None:
        with self.db.atomic():
            self.db["crawl_runs"].update(run_id, {"finished": utcnow(), "status": status, **counts})

    def record_error(self, run_id: int | None, source: str | None, url: str | None, stage: str, reason: str) -> None:
        with self.db.atomic():
            self.db["crawl_errors"].insert({
                "run_id": run_id, "source": source, "url": url, "stage": stage,
                "reason": reason[:2000], "created": utcnow(),
            })

    # --- raw responses ---------------------------------------------------------------

    def save_raw(self, *, url: str, body: bytes, status: int = 200, headers: dict | None = None,
                 source: str | None = None, meta: dict | None = None, fetched_at: str | None = None,
                 run_id: int | None = None) -> tuple[str, bool]:
        """Keep a response exactly as fetched (zlib-compressed); same URL and bytes, same row."""
        content_hash = hashlib.sha1(body).hexdigest()
        raw_id = short_hash(normalize_url(url), content_hash, length=20)
        if self.db.execute("select 1 from raw_responses where id = ?", [raw_id]).fetchone():
            return raw_id, False
        with self.db.atomic():
            self.db["raw_responses"].insert({
                "id": raw_id, "url": url, "status": status, "headers": json.dumps(headers or {}),
                "body": zlib.compress(body, 6), "body_size": len(body), "content_hash": content_hash,
                "source": source, "meta": json.dumps(meta or {}, default=str),
                "fetched_at": fetched_at or utcnow(), "run_id": run_id,
            }, pk="id", ignore=True)
        return raw_id, True

    def iter_raw(self):
        """Every stored response, oldest first, decompressed: what ``rebuild`` replays."""
        for row in self.db.query("select * from raw_responses order by fetched_at, rowid"):
            row["body"] = zlib.decompress(row["body"])
            row["meta"] = json.loads(row["meta"] or "{}")
            yield row

    # --- articles ----------------------------------------------------------------------

    def save_page(self, page: NormalisedPage, *, source: str | None = None, run_id: int | None = None,
                  raw_id: str | None = None, fetched_at: str | None = None,
                  captured_at: str | None = None) -> str:
        """Store an article and all it carries. Returns "new", "updated", "unchanged" or "skipped"."""
        if not page.relevant:
            return "skipped"
        article = page.article
        canonical = article.canonical_url or page.url
        article_id = article_key(canonical)
        fetched_at = fetched_at or utcnow()
        with self.db.atomic():
            self._save_capture(article_id, page.url, source, fetched_at, captured_at, page.content_hash, raw_id, run_id)
            existing = self.db.execute(
                "select content_hash, first_fetched from articles where id = ?", [article_id]).fetchone()
            if existing and existing[0] == page.content_hash:
                self.db.execute("update articles set last_fetched = ?, capture_count = "
                                "(select count(*) from captures where article_id = ?) where id = ?",
                                [fetched_at, article_id, article_id])
                return "unchanged"
            self.db["articles"].upsert({
                "id": article_id, "url": page.url, "canonical_url": canonical,
                "outlet": article.outlet or urlsplit(page.url).hostname, "title": article.title,
                "byline": article.byline, "published": article.published,
                "published_date": article.published_date.isoformat() if article.published_date else None,
                "text": article.text, "description": article.description, "language": article.language,
                "word_count": len(article.text.split()), "relevance": page.relevance, "relevant": 1,
                "source": source, "content_hash": page.content_hash,
                "first_fetched": existing[1] if existing else fetched_at, "last_fetched": fetched_at,
                "capture_count": self.db.execute(
                    "select count(*) from captures where article_id = ?", [article_id]).fetchone()[0],
            }, pk="id")
            if existing:
                self._forget_article_links(article_id)
            published = article.published_date.isoformat() if article.published_date else None
            self._save_speakers(page.speakers)
            for quote in page.quotes:
                self._save_quote(quote, published, canonical, article_id=article_id, text=article.text)
            for mention in page.events:
                self._save_event(mention, article_id, canonical, published)
            for tweet in page.tweets:
                self.save_tweet(tweet, source=source, article_id=article_id, url=canonical, transaction=False)
        return "updated" if existing else "new"

    def _save_capture(self, article_id, url, source, fetched_at, captured_at, content_hash, raw_id, run_id):
        capture_id = short_hash(article_id, normalize_url(url), captured_at or "", content_hash)
        self.db["captures"].insert({
            "id": capture_id, "article_id": article_id, "url": url, "source": source,
            "fetched_at": fetched_at, "captured_at": captured_at, "content_hash": content_hash,
            "raw_id": raw_id, "run_id": run_id,
        }, pk="id", ignore=True)

    def _forget_article_links(self, article_id: str) -> None:
        """An article changed: drop what its old text said, then recount what is left."""
        quote_ids = [r[0] for r in self.db.execute(
            "select distinct quote_id from quote_sources where article_id = ?", [article_id])]
        event_ids = [r[0] for r in self.db.execute(
            "select distinct event_id from event_sources where article_id = ?", [article_id])]
        self.db.execute("delete from quote_sources where article_id = ?", [article_id])
        self.db.execute("delete from event_sources where article_id = ?", [article_id])
        self.db.execute("delete from tweet_sources where article_id = ?", [article_id])
        for quote_id in quote_ids:
            self._recount_quote(quote_id)
        for eid in event_ids:
            self._recount_event(eid)

    # --- speakers and quotes -------------------------------------------------------------

    def _save_speakers(self, speakers: list[dict]) -> None:
        for speaker in speakers:
            if not speaker.get("id"):
                continue
            if not speaker.get("in_config"):
                self.db["speakers"].insert({
                    "id": speaker["id"], "name": speaker.get("name"), "party": speaker.get("party"),
                    "role": speaker.get("role"), "twitter": speaker.get("twitter"),
                    "kind": speaker.get("kind", "person"), "in_config": 0, "candidate": 0,
                }, pk="id", ignore=True)
            self.db["speaker_aliases"].insert_all(
                ({"alias": alias, "speaker_id": speaker["id"]} for alias in speaker.get("aliases", []) if alias),
                pk=("alias", "speaker_id"), ignore=True,
            )

    def find_quote(self, speaker_id: str | None, normalized: str) -> str | None:
        """An existing quote that is the same words, give or take an outlet's small edits or a cut."""
        exact = self.db.execute(
            "select id from quotes where normalized = ? and speaker_id is ?", [normalized, speaker_id]).fetchone()
        if exact:
            return exact[0]
        prefix = normalized[:24]
        if len(prefix) < 24:
            return None
        rows = self.db.execute(
            "select id, normalized from quotes where speaker_id is ? and normalized >= ? and normalized < ? limit 50",
            [speaker_id, prefix, prefix + "\uffff"]).fetchall()
        for quote_id, other in rows:
            shorter, longer = sorted((normalized, other), key=len)
            if longer.startswith(shorter) and len(shorter) >= 40:
                return quote_id  # one outlet truncated it
            matcher = difflib.SequenceMatcher(None, normalized, other, autojunk=False)
            # the quick ratios are upper bounds of ratio(): cheap rejections first (issue 7)
            if matcher.real_quick_ratio() >= 0.92 and matcher.quick_ratio() >= 0.92 and matcher.ratio() >= 0.92:
                return quote_id
        return None

    def _save_quote(self, quote: dict, published: str | None, url: str, *, article_id: str | None = None,
                    tweet_id: str | None = None, text: str | None = None) -> str:
        speaker_id = quote.get("speaker_id")
        normalized = normalize_quote(quote["text"])
        quote_id = self.find_quote(speaker_id, normalized)
        if quote_id is not None:
            self._keep_fullest_text(quote_id, quote["text"], normalized)
        else:
            quote_id = short_hash(speaker_id or "", normalized)
            self.db["quotes"].insert({
                "id": quote_id, "text": quote["text"], "speaker_id": speaker_id, "kind": quote.get("kind", "direct"),
                "first_seen": published, "first_url": url, "source_count": 0, "normalized": normalized,
            }, pk="id", ignore=True)
        context = None
        if text is not None and quote.get("start") is not None:
            context = text[max(0, quote["start"] - 200): quote["end"] + 80]
        mention = quote.get("speaker_mention") or {}
        cue = quote.get("cue") or {}
        source_id = short_hash(quote_id, article_id or "", tweet_id or "", str(quote.get("start")))
        is_new = self.db.execute("select 1 from quote_sources where id = ?", [source_id]).fetchone() is None
        self.db["quote_sources"].upsert({
            "id": source_id,
            "quote_id": quote_id, "article_id": article_id, "tweet_id": tweet_id, "url": url,
            "context": context, "published": published, "quote_text": quote["text"],
            "start": quote.get("start"), "end": quote.get("end"), "cue": cue.get("text"),
            "speaker_mention": mention.get("text"),
        }, pk="id")
        if is_new:
            self._count_new_source(quote_id, published, url)
        else:
            self._recount_quote(quote_id)  # a source seen again may carry a new date
        return quote_id

    def _count_new_source(self, quote_id: str, published: str | None, url: str) -> None:
        """One more source: add one, and keep the earliest appearance (constant time, however many)."""
        self.db.execute(
            "update quotes set source_count = source_count + 1,"
            " first_url = case when :p is not null and (first_seen is null or :p < first_seen)"
            "   then :url else first_url end,"
            " first_seen = case when :p is not null and (first_seen is null or :p < first_seen)"
            "   then :p else first_seen end"
            " where id = :id", {"p": published, "url": url, "id": quote_id})

    def _keep_fullest_text(self, quote_id: str, text: str, normalized: str) -> None:
        """Merged versions of a quote: show the fullest one (an outlet may have cut it short)."""
        current = self.db.execute("select normalized from quotes where id = ?", [quote_id]).fetchone()[0]
        if len(normalized) > len(current) and "…" not in text and "..." not in text:
            self.db.execute("update quotes set text = ?, normalized = ? where id = ?", [text, normalized, quote_id])

    def _recount_quote(self, quote_id: str) -> None:
        row = self.db.execute(
            "select count(*), min(published) from quote_sources where quote_id = ?", [quote_id]).fetchone()
        if row[0] == 0:
            self.db.execute("delete from quotes where id = ?", [quote_id])
            return
        first_url = self.db.execute(
            "select url from quote_sources where quote_id = ? order by published is null, published limit 1",
            [quote_id]).fetchone()[0]
        self.db.execute("update quotes set source_count = ?, first_seen = ?, first_url = ? where id = ?",
                        [row[0], row[1], first_url, quote_id])

    # --- events -----------------------------------------------------------------------------

    def _save_event(self, mention: dict, article_id: str | None, url: str, published: str | None,
                    tweet_id: str | None = None) -> str | None:
        eid = event_id(mention, self.contest)
        if not self.db.execute("select 1 from events where id = ?", [eid]).fetchone():
            if mention.get("precision") in VAGUE_PRECISIONS:
                return None  # "next month" may confirm a known event, but cannot place a new one on a day
            self.db["events"].insert({
                "id": eid, "date": mention["date"], "type": mention["type"], "place": mention.get("place"),
                "venue": mention.get("venue"), "title": mention.get("title"), "description": None,
                "status": mention.get("status"), "confidence": mention.get("confidence"),
                "sentence": mention.get("sentence"),
                "participants": json.dumps(mention.get("participants", [])), "source_count": 0,
                "from_config": 0, "source_url": None,
            }, pk="id")
        self.db["event_sources"].upsert({
            "id": short_hash(eid, article_id or "", tweet_id or "", mention.get("sentence") or ""),
            "event_id": eid, "article_id": article_id, "tweet_id": tweet_id, "url": url,
            "sentence": mention.get("sentence"), "status": mention.get("status"), "published": published,
        }, pk="id")
        self._recount_event(eid, mention)
        return eid

    def _recount_event(self, eid: str, mention: dict | None = None) -> None:
        count, happened = self.db.execute(
            "select count(*), sum(status = 'happened') from event_sources where event_id = ?", [eid]).fetchone()
        updates = {"source_count": count}
        current = self.db["events"].get(eid)
        if not current["from_config"]:
            updates["status"] = "happened" if happened else "announced"
            if mention and (mention.get("confidence") or 0) > (current["confidence"] or 0):
                updates.update(confidence=mention["confidence"], sentence=mention.get("sentence"))
        elif mention and not current["sentence"]:
            updates["sentence"] = mention.get("sentence")
        self.db["events"].update(eid, updates)

    # --- tweets ----------------------------------------------------------------------------

    def speaker_for_handle(self, handle: str | None) -> str | None:
        """The speaker who writes as ``@handle``: a contest person first, then any stored speaker."""
        if not handle:
            return None
        handle = handle.lstrip("@")
        person = self.contest.person_by_handle(handle)
        if person:
            return person.id
        row = self.db.execute("select id from speakers where lower(twitter) = lower(?)", [handle]).fetchone()
        return row[0] if row else None

    def save_tweet(self, tweet: dict, *, source: str | None = None, article_id: str | None = None,
                   url: str | None = None, transaction: bool = True) -> str:
        """Store a tweet once, however many archives, APIs or articles carry it.

        Parameters: ``tweet`` a dict from ``db.tweet_archives.normalise_tweet``;
        ``source`` the [[sources]] name or import file; ``article_id`` and ``url``
        the embedding article, if any. A tweet already stored (say, embedded in a
        relevant article) is always updated, so an API can fill in its text or
        mark it unavailable. Returns "new", "updated", "unchanged" or "skipped".
        """
        if transaction:
            with self.db.atomic():
                return self._save_tweet(tweet, source, article_id, url)
        return self._save_tweet(tweet, source, article_id, url)

    def _save_tweet(self, tweet, source, article_id, url) -> str:
        from db.tweet_archives import is_real_id, status_url

        tweet_id, moved = self._same_tweet_id(tweet)
        current = self._tweet_row(tweet_id)
        if current is None and not tweet_relevant(tweet, self.contest, embedded=article_id is not None):
            return "skipped"
        handle = tweet.get("handle") or (current or {}).get("handle")
        row = {
            "id": tweet_id, "handle": tweet.get("handle"), "display_name": tweet.get("display_name"),
            "speaker_id": self._twitter_speaker(handle, tweet.get("display_name")) if handle else None,
            "created_at": tweet.get("created_at"),
            "text": tweet.get("text"), "url": tweet.get("url"), "retweet_of": tweet.get("retweet_of"),
            "quoted_id": tweet.get("quoted_id"), "available": 0 if tweet.get("unavailable") else 1,
            "source": source,
        }
        if is_real_id(tweet_id) and "/status/" not in (row["url"] or ""):
            row["url"] = status_url(handle, tweet_id) or row["url"]
        status = "new"
        if current is not None:
            merged = {k: (current.get(k) if current.get(k) not in (None, "") else v) for k, v in row.items()}
            if tweet.get("created_at_precision") != "day" and tweet.get("created_at"):
                merged["created_at"] = tweet["created_at"]  # an exact time beats a day-only one
            if "/status/" in (row["url"] or "") and "/status/" not in (merged["url"] or ""):
                merged["url"] = row["url"]  # a status link beats the embedding article's address
            if tweet.get("unavailable"):
                merged["available"] = 0  # the reason is in crawl_errors
            same = all(merged[k] == current.get(k) for k in merged)
            status = "unchanged" if same and not moved else "updated"
            row = merged
        self.db["tweets"].upsert(row, pk="id")
        self._link_tweet_source(tweet_id, article_id, url or tweet.get("source_url") or tweet.get("url"), source)
        if not row["retweet_of"] and row["text"] and row["available"]:
            self._save_tweet_quote(row, row["speaker_id"])
        return status

    def _save_tweet_quote(self, row: dict, speaker_id: str | None) -> None:
        """A tweet is a quote of its author (never of whoever retweeted it)."""
        if speaker_id is None and row.get("handle"):
            speaker_id = self._twitter_speaker(row["handle"], row.get("display_name"))
            self.db.execute("update tweets set speaker_id = ? where id = ?", [speaker_id, row["id"]])
        self._save_quote({"text": row["text"], "speaker_id": speaker_id, "kind": "tweet"},
                         _day(row.get("created_at")), row.get("url") or "", tweet_id=row["id"])

    def _twitter_speaker(self, handle: str, display_name: str | None) -> str:
        """The speaker for a handle the contest file does not know: ``twitter-<handle>``, created once."""
        speaker_id = self.speaker_for_handle(handle)
        if speaker_id:
            return speaker_id
        handle = handle.lstrip("@")
        speaker_id = "twitter-" + slugify(handle)
        self.db["speakers"].insert({
            "id": speaker_id, "name": display_name or "@" + handle, "twitter": handle,
            "kind": "person", "in_config": 0, "candidate": 0,
        }, pk="id", ignore=True)
        self.db["speaker_aliases"].insert({"alias": "@" + handle, "speaker_id": speaker_id},
                                          pk=("alias", "speaker_id"), ignore=True)
        return speaker_id

    def _tweet_row(self, tweet_id: str) -> dict | None:
        cursor = self.db.execute("select * from tweets where id = ?", [tweet_id])
        found = cursor.fetchone()
        return dict(zip([c[0] for c in cursor.description], found)) if found else None

    def _link_tweet_source(self, tweet_id: str, article_id: str | None, url: str | None, source: str | None) -> None:
        """One link per embedding article (whichever source found it), or per archive or API."""
        self.db["tweet_sources"].insert({
            "id": short_hash(tweet_id, article_id or "", "" if article_id else (source or "")),
            "tweet_id": tweet_id, "article_id": article_id, "url": url, "source": source,
        }, pk="id", ignore=True)

    def _same_tweet_id(self, tweet: dict) -> tuple[str, bool]:
        """The stored id of this tweet, and whether an id-less copy was just moved onto its real id.

        An archive without ids keys a tweet on a hash of its author and words
        (``noid-…``); the same tweet embedded with its status link has its real
        id. Whichever arrives second finds the first, so there is one row.
        """
        from db.tweet_archives import is_real_id, tweet_key

        tweet_id, handle, text = tweet["id"], tweet.get("handle"), tweet.get("text")
        if not handle or not text:
            return tweet_id, False
        if is_real_id(tweet_id):
            noid = tweet_key(handle, text)
            if self.db.execute("select 1 from tweets where id = ?", [noid]).fetchone():
                self._move_tweet(noid, tweet_id)
                return tweet_id, True
            return tweet_id, False
        if self.db.execute("select 1 from tweets where id = ?", [tweet_id]).fetchone():
            return tweet_id, False
        for other_id, other_handle, other_text in self.db.execute(
                "select id, handle, text from tweets where lower(handle) = lower(?) and id not like 'noid-%'",
                [handle]).fetchall():
            if other_text and tweet_key(other_handle, other_text) == tweet_id:
                return other_id, False
        return tweet_id, False

    def _move_tweet(self, old_id: str, new_id: str) -> None:
        """Fold the id-less row ``old_id`` into ``new_id``: fields, sources, events and references."""
        old = self._tweet_row(old_id)
        new = self._tweet_row(new_id)
        if new is None:
            self.db["tweets"].insert({**old, "id": new_id}, pk="id")
        else:
            fill = {k: v for k, v in old.items() if k != "id" and new.get(k) in (None, "") and v not in (None, "")}
            if fill:
                self.db["tweets"].update(new_id, fill)
        for link in self.db.query("select * from tweet_sources where tweet_id = ?", [old_id]):
            self._link_tweet_source(new_id, link["article_id"], link["url"], link["source"])
        self.db.execute("delete from tweet_sources where tweet_id = ?", [old_id])
        # its quote is saved again under the real id by the caller; drop the old link and recount
        quote_ids = [r[0] for r in self.db.execute(
            "select distinct quote_id from quote_sources where tweet_id = ?", [old_id])]
        self.db.execute("delete from quote_sources where tweet_id = ?", [old_id])
        for quote_id in quote_ids:
            self._recount_quote(quote_id)
        self.db.execute("update event_sources set tweet_id = ? where tweet_id = ?", [new_id, old_id])
        self.db.execute("update tweets set retweet_of = ? where retweet_of = ?", [new_id, old_id])
        self.db.execute("update tweets set quoted_id = ? where quoted_id = ?", [new_id, old_id])
        self.db.execute("delete from tweets where id = ?", [old_id])

    # --- summaries -----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = ["articles", "speakers", "quotes", "quote_sources", "events", "tweets", "crawl_errors"]
        return {t: self.db[t].count for t in tables}
