"""The database schema: tables, full-text indexes and views, created only if missing.

Table and column names are the public interface (users query them in
Datasette), so add columns freely but never rename. ``ensure_schema`` is safe to
call on every run.
"""
from __future__ import annotations

import sqlite_utils

TABLES: dict[str, dict] = {
    "articles": dict(
        columns={
            "id": str, "url": str, "canonical_url": str, "outlet": str, "title": str,
            "byline": str, "published": str, "published_date": str, "text": str,
            "description": str, "language": str, "word_count": int, "relevance": float,
            "relevant": int, "source": str, "content_hash": str, "first_fetched": str,
            "last_fetched": str, "capture_count": int,
        },
        pk="id",
    ),
    "captures": dict(
        columns={
            "id": str, "article_id": str, "url": str, "source": str, "fetched_at": str,
            "captured_at": str, "content_hash": str, "raw_id": str, "run_id": int,
        },
        pk="id",
    ),
    "raw_responses": dict(
        columns={
            "id": str, "url": str, "status": int, "headers": str, "body": bytes,
            "body_size": int, "content_hash": str, "source": str, "meta": str,
            "fetched_at": str, "run_id": int,
        },
        pk="id",
    ),
    "speakers": dict(
        columns={
            "id": str, "name": str, "party": str, "role": str, "twitter": str,
            "kind": str, "in_config": int, "candidate": int,
        },
        pk="id",
    ),
    "speaker_aliases": dict(columns={"alias": str, "speaker_id": str}, pk=("alias", "speaker_id")),
    "quotes": dict(
        columns={
            "id": str, "text": str, "speaker_id": str, "kind": str, "first_seen": str,
            "first_url": str, "source_count": int, "normalized": str,
        },
        pk="id",
    ),
    "quote_sources": dict(
        columns={
            "id": str, "quote_id": str, "article_id": str, "tweet_id": str, "url": str,
            "context": str, "published": str, "quote_text": str, "start": int, "end": int,
            "cue": str, "speaker_mention": str,
        },
        pk="id",
    ),
    "events": dict(
        columns={
            "id": str, "date": str, "type": str, "place": str, "venue": str, "title": str,
            "description": str, "status": str, "confidence": float, "sentence": str,
            "participants": str, "source_count": int, "from_config": int, "source_url": str,
        },
        pk="id",
    ),
    "event_sources": dict(
        columns={
            "id": str, "event_id": str, "article_id": str, "tweet_id": str, "url": str,
            "sentence": str, "status": str, "published": str,
        },
        pk="id",
    ),
    "tweets": dict(
        columns={
            "id": str, "handle": str, "display_name": str, "speaker_id": str,
            "created_at": str, "text": str, "url": str, "retweet_of": str,
            "quoted_id": str, "available": int, "source": str,
        },
        pk="id",
    ),
    "tweet_sources": dict(
        columns={"id": str, "tweet_id": str, "article_id": str, "url": str, "source": str},
        pk="id",
    ),
    "crawl_runs": dict(
        columns={
            "id": int, "source": str, "kind": str, "contest": str, "started": str,
            "finished": str, "status": str, "requests": int, "items_new": int,
            "items_updated": int, "items_skipped": int, "errors": int,
        },
        pk="id",
    ),
    "crawl_errors": dict(
        columns={
            "id": int, "run_id": int, "source": str, "url": str, "stage": str,
            "reason": str, "created": str,
        },
        pk="id",
    ),
}

FOREIGN_KEYS = {
    "speaker_aliases": [("speaker_id", "speakers", "id")],
    "quotes": [("speaker_id", "speakers", "id")],
    "quote_sources": [("quote_id", "quotes", "id"), ("article_id", "articles", "id")],
    "event_sources": [("event_id", "events", "id"), ("article_id", "articles", "id")],
    "tweets": [("speaker_id", "speakers", "id")],
    "tweet_sources": [("tweet_id", "tweets", "id"), ("article_id", "articles", "id")],
    "captures": [("article_id", "articles", "id")],
    "crawl_errors": [("run_id", "crawl_runs", "id")],
}

INDEXES = {
    "articles": [["published_date"], ["outlet"], ["canonical_url"], ["content_hash"]],
    "captures": [["article_id"], ["url"], ["raw_id"]],  # raw_id: reruns skip pages already stored
    "raw_responses": [["url"], ["content_hash"]],
    # (speaker_id, normalized): Store.find_quote's prefix range; with speaker_id alone it scanned
    # every quote of the speaker, so each page got slower as the database grew (issue 7)
    "quotes": [["speaker_id"], ["first_seen"], ["normalized"], ["speaker_id", "normalized"]],
    "quote_sources": [["quote_id"], ["article_id"], ["tweet_id"], ["quote_id", "published"]],
    "events": [["date"], ["type"]],
    "event_sources": [["event_id"]],
    "tweets": [["speaker_id"], ["created_at"], ["handle"]],
    "tweet_sources": [["tweet_id"]],
    "speaker_aliases": [["speaker_id"]],
    "crawl_errors": [["run_id"]],
}

FTS = {
    "quotes": ["text"],
    "articles": ["title", "text"],
    "tweets": ["text", "handle"],
}

VIEWS = {
    # One row per thing that happened or was said, in date order.
    "timeline": """
select date(e.date) as date, 'event' as kind, e.id as item_id, e.type as event_type,
       null as speaker_id, null as speaker, e.title as text, e.place as place,
       null as outlet, coalesce(e.source_url, (select es.url from event_sources es
         where es.event_id = e.id order by es.published limit 1)) as url, e.source_count as sources
from events e
union all
select q.first_seen, case when q.kind = 'tweet' then 'tweet' else 'quote' end, q.id, null,
       q.speaker_id, s.name, q.text, null,
       (select a.outlet from quote_sources qs join articles a on a.id = qs.article_id
         where qs.quote_id = q.id order by qs.published limit 1),
       q.first_url, q.source_count
from quotes q left join speakers s on s.id = q.speaker_id
where q.kind != 'tweet'
union all
select date(t.created_at), 'tweet', t.id, null, t.speaker_id,
       coalesce(s.name, '@' || t.handle), t.text, null, null, t.url,
       (select count(*) from tweet_sources ts where ts.tweet_id = t.id)
from tweets t left join speakers s on s.id = t.speaker_id
where t.retweet_of is null and t.available = 1
order by 1, 2, 3
""",
    # One row per quote, ready for a spreadsheet: CSV export streams this view.
    "quotes_export": """
select q.id as quote_id, q.first_seen as date, s.name as speaker, s.role as speaker_role,
       q.kind, q.text as quote, q.source_count as sources,
       (select group_concat(url, ' ') from (select distinct qs.url from quote_sources qs
         where qs.quote_id = q.id order by qs.published)) as source_urls,
       q.first_url as first_source_url
from quotes q left join speakers s on s.id = q.speaker_id
order by q.first_seen, q.id
""",
}


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create whatever tables, indexes, FTS tables and views are missing; add new columns."""
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=OFF")
    for name, spec in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(
                spec["columns"], pk=spec["pk"], foreign_keys=FOREIGN_KEYS.get(name), if_not_exists=True
            )
        else:
            existing = set(table.columns_dict)
            for column, col_type in spec["columns"].items():
                if column not in existing:
                    table.add_column(column, col_type)
    for name, indexes in INDEXES.items():
        for columns in indexes:
            db[name].create_index(columns, if_not_exists=True)
    for name, columns in FTS.items():
        if not db[f"{name}_fts"].exists():
            db[name].enable_fts(columns, tokenize="porter", create_triggers=True)
    for name, sql in VIEWS.items():
        db.create_view(name, sql.strip(), replace=True)


def open_db(path) -> sqlite_utils.Database:
    """Open (creating if needed) a contest database with the schema in place."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout=30000")
    # WAL with synchronous=NORMAL: a commit no longer waits for fsync. A killed crawl loses nothing
    # (tests/test_kill_and_resume.py); a power cut may lose the last few pages, which the next run
    # fetches again. Per-page fsyncs were a third of the store's time (BENCHMARKS.md).
    db.execute("PRAGMA synchronous=NORMAL")
    ensure_schema(db)
    return db
