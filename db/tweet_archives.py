"""Read the tweet archives researchers actually hold: twarc2, API v1.1 and account archives.

Every reader yields ``(tweet, error)`` pairs, one per record, so that one
broken line is reported with its file and line number while the rest is kept.
A tweet is a dict with our column names (see ``normalise_tweet``).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import json
import re
from typing import Iterable, Iterator

FORMATS = ("auto", "twarc2", "v1", "account-archive")
_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.\w+\.part\d+\s*=\s*", re.S)


class TweetArchiveError(Exception):
    """A tweet archive, or one of its records, cannot be read."""


def tweet_key(handle: str | None, text: str) -> str:
    """The id of a tweet whose real id is unknown: a hash of its author and words, never a fake id."""
    words = re.sub(r"\s+", " ", text or "").strip().lower()
    digest = hashlib.sha1(f"{(handle or '').lower()}|{words}".encode()).hexdigest()[:16]
    return f"noid-{digest}"


def parse_created_at(value) -> str | None:
    """ISO 8601 UTC from "2016-08-25T17:00:00.000Z" or "Thu Aug 25 17:00:00 +0000 2016"."""
    if not value:
        return None
    value = str(value).strip()
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            stamp = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            try:
                stamp = dt.datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y")
            except ValueError:
                return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return stamp.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def status_url(handle: str | None, tweet_id: str | None) -> str | None:
    if handle and tweet_id and tweet_id.isdigit():
        return f"https://twitter.com/{handle}/status/{tweet_id}"
    return None


def normalise_tweet(*, id=None, handle=None, display_name=None, created_at=None, text="",
                    retweet_of=None, quoted_id=None, url=None, source_url=None, lang=None,
                    precision=None) -> dict:
    """Build our tweet dict. Ids stay strings: they exceed 2^53."""
    handle = (handle or "").lstrip("@") or None
    tweet_id = str(id) if id not in (None, "") else None
    return {
        "id": tweet_id or tweet_key(handle, text),
        "real_id": tweet_id,
        "handle": handle,
        "display_name": display_name,
        "created_at": parse_created_at(created_at),
        "created_at_precision": precision,
        "text": text or "",
        "url": url or status_url(handle, tweet_id) or source_url,
        "source_url": source_url,
        "retweet_of": retweet_of,
        "quoted_id": quoted_id,
        "lang": lang,
    }


# --- twarc2 (API v2) ------------------------------------------------------------

def _v2_tweet(obj: dict, users: dict[str, dict]) -> dict:
    author = obj.get("author") or users.get(str(obj.get("author_id")), {})
    refs = {r.get("type"): str(r.get("id")) for r in obj.get("referenced_tweets", []) or [] if r.get("id")}
    return normalise_tweet(
        id=obj.get("id"),
        handle=author.get("username"),
        display_name=author.get("name"),
        created_at=obj.get("created_at"),
        text=obj.get("text", ""),
        retweet_of=refs.get("retweeted"),
        quoted_id=refs.get("quoted"),
        source_url=obj.get("source_url"),
        lang=obj.get("lang"),
        precision=obj.get("created_at_precision"),
    )


def read_twarc2_record(record: dict) -> list[dict]:
    """A twarc2 line: a raw API page (data + includes.users) or one flattened tweet."""
    if "data" in record and isinstance(record["data"], list):
        users = {str(u.get("id")): u for u in (record.get("includes") or {}).get("users", [])}
        return [_v2_tweet(obj, users) for obj in record["data"]]
    if "text" in record:
        return [_v2_tweet(record, {})]
    raise TweetArchiveError("neither a twarc2 page (data) nor a tweet (text)")


# --- API v1.1 --------------------------------------------------------------------

def read_v1_record(obj: dict) -> list[dict]:
    if "full_text" not in obj and "text" not in obj:
        raise TweetArchiveError("no full_text or text: not an API v1.1 tweet")
    user = obj.get("user") or {}
    text = (obj.get("extended_tweet") or {}).get("full_text") or obj.get("full_text") or obj.get("text") or ""
    retweeted = obj.get("retweeted_status")
    retweet_of = None
    if retweeted:
        retweet_of = retweeted.get("id_str") or tweet_key(
            (retweeted.get("user") or {}).get("screen_name"),
            (retweeted.get("extended_tweet") or {}).get("full_text") or retweeted.get("full_text") or retweeted.get("text", ""),
        )
    tweets = [normalise_tweet(
        id=obj.get("id_str"),
        handle=user.get("screen_name"),
        display_name=user.get("name"),
        created_at=obj.get("created_at"),
        text=text,
        retweet_of=retweet_of,
        quoted_id=obj.get("quoted_status_id_str"),
        source_url=obj.get("source_url"),
        lang=obj.get("lang"),
    )]
    if retweeted:  # the original is a tweet of its own author
        tweets += read_v1_record(retweeted)
    return tweets


# --- account archive (tweets.js) --------------------------------------------------

def read_account_record(obj: dict, handle: str | None, display_name: str | None = None) -> list[dict]:
    tweet = obj.get("tweet", obj)
    if "full_text" not in tweet and "text" not in tweet:
        raise TweetArchiveError("no full_text: not an account-archive tweet")
    text = tweet.get("full_text") or tweet.get("text") or ""
    retweet_of = None
    if text.startswith("RT @"):
        original_handle, _, original_text = text[4:].partition(": ")
        retweet_of = tweet_key(original_handle, original_text)
    return [normalise_tweet(
        id=tweet.get("id_str") or tweet.get("id"),
        handle=handle,
        display_name=display_name,
        created_at=tweet.get("created_at"),
        text=text,
        retweet_of=retweet_of,
        source_url=tweet.get("source_url"),
        lang=tweet.get("lang"),
    )]


def parse_ytd(text: str) -> list:
    """The JSON array inside ``window.YTD.tweets.part0 = [...]``."""
    return json.loads(_YTD_PREFIX.sub("", text, count=1))


def account_from_js(text: str) -> tuple[str | None, str | None]:
    """Handle and display name from an archive's account.js."""
    for entry in parse_ytd(text):
        account = entry.get("account", entry)
        if account.get("username"):
            return account["username"], account.get("accountDisplayName")
    return None, None


# --- detection and the one entry point ----------------------------------------

def detect_format(name: str, head: str) -> str:
    """Guess a file's format from its name and first characters."""
    stripped = head.lstrip()
    if stripped.startswith("window.YTD") or name.endswith((".js",)):
        return "account-archive"
    first_line = stripped.split("\n", 1)[0]
    for marker, fmt in (('"full_text"', "v1"), ('"id_str"', "v1"), ('"screen_name"', "v1"),
                        ('"includes"', "twarc2"), ('"author"', "twarc2"), ('"author_id"', "twarc2"),
                        ('"username"', "twarc2")):
        if marker in first_line:
            return fmt
    if stripped.startswith("[") or '"user"' in first_line:
        return "v1"
    return "twarc2"


def read_archive(text: str, name: str, fmt: str = "auto", handle: str | None = None,
                 display_name: str | None = None) -> Iterator[tuple[dict | None, str | None]]:
    """Yield (tweet, None) for each tweet and (None, "name:line: reason") for each broken record."""
    if fmt not in FORMATS:
        raise TweetArchiveError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt == "auto":
        fmt = detect_format(name, text[:4096])
    if fmt == "account-archive":
        try:
            records = parse_ytd(text)
        except json.JSONDecodeError as exc:
            yield None, f"{name}:{exc.lineno}: broken account archive: {exc.msg}"
            return
        if not handle:
            yield None, f"{name}: an account archive holds no user; give --handle or put account.js beside it"
            return
        for index, record in enumerate(records, 1):
            try:
                for tweet in read_account_record(record, handle, display_name):
                    yield tweet, None
            except (TweetArchiveError, AttributeError) as exc:
                yield None, f"{name}: record {index}: {exc}"
        return
    if fmt == "v1" and text.lstrip().startswith("["):
        try:
            lines: Iterable = enumerate([json.dumps(o) for o in json.loads(text)], 1)
        except json.JSONDecodeError as exc:
            yield None, f"{name}:{exc.lineno}: broken JSON: {exc.msg}"
            return
    else:
        lines = enumerate(text.splitlines(), 1)
    reader = read_v1_record if fmt == "v1" else read_twarc2_record
    for number, line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise TweetArchiveError("a line must hold a JSON object")
            for tweet in reader(record):
                yield tweet, None
        except json.JSONDecodeError as exc:
            yield None, f"{name}:{number}: broken JSON line: {exc.msg}"
        except (TweetArchiveError, AttributeError, TypeError) as exc:
            yield None, f"{name}:{number}: {exc}"
