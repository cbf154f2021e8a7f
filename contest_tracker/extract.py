"""The ``extract`` command's work: one file in, one JSON-ready dict out, never a crash.

It uses the same code as the crawl pipeline (db.articles, db.quotes,
db.events, db.embedded_tweets), so what it prints is what the database gets.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from contest_tracker.contest import Contest
from db.articles import ArticleExtractionError, extract_article
from db.embedded_tweets import extract_embedded_tweets, extract_text_tweets
from db.normalise import analyse_text


def extract_file(path: Path, contest: Contest, *, as_text: bool = False,
                 published: dt.date | None = None) -> dict:
    """Extract one file; unreadable files give {"path", "error"} instead of raising."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return {"path": str(path), "error": f"cannot read file: {exc.strerror or exc}"}
    title = None
    tweets: list[dict] = []
    try:
        if as_text:
            text = raw.decode("utf-8")
            day = published
            tweets = extract_text_tweets(text)
        else:
            article = extract_article(raw, None)
            text, title = article.text, article.title
            day = published or article.published_date
            tweets = extract_embedded_tweets(raw)
    except UnicodeDecodeError as exc:
        return {"path": str(path), "error": f"not UTF-8 text (byte {exc.start}); convert it or drop --text"}
    except ArticleExtractionError as exc:
        return {"path": str(path), "error": str(exc)}
    quotes, speakers, events = analyse_text(text, day, contest)
    for tweet in tweets:
        tweet.pop("links", None)
    return {
        "path": str(path), "title": title, "published": day.isoformat() if day else None, "text": text,
        "quotes": quotes, "speakers": speakers,
        "events": [{k: e.get(k) for k in ("date", "type", "place", "venue", "title", "sentence", "status",
                                           "confidence", "participants")} for e in events],
        "tweets": tweets,
    }
