"""Read the tweet archives researchers actually hold: twarc2, API v1.1 and account archives.

Every reader yields ``(tweet, error)`` pairs, one per record, so that one
broken line is reported with its file and line number while the rest is kept.
A tweet is a dict with our column names (see ``normalise_tweet``).

The same readers parse what the ``x-api`` and ``oembed`` spiders fetch (an X
API v2 page is exactly a raw twarc2 line), so ``contest-tracker rebuild`` can
replay those responses from ``raw_responses`` too.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import json
import re
from typing import Iterable, Iterator

FORMATS = ("auto", "twarc2", "v1", "account-archive")  # what a user may name
READ_FORMATS = FORMATS + ("oembed",)  # what the spiders also store raw
_YTD_PREFIX = re.compile(r"^\s*window\.YTD\.(?P<name>\w+?)\.part\d+\s*=\s*", re.S)
_TWEET_YTD = {"tweet", "tweets", "deleted_tweets", "deleted_tweet"}
_URL = re.compile(r"https?://\S+|\bpic\.twitter\.com/\w+", re.I)
_HASHTAG = re.compile(r"(?<![\w&/])[#＃](\w+)")
_MENTION = re.compile(r"(?<![\w/])@(\w{1,15})\b")
_STATUS_ID = re.compile(r"(?:twitter|x)\.com/(?:#!/)?(?:\w{1,15}|i(?:/web)?)/status(?:es)?/(\d{5,25})", re.I)
_SMART = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_V1_MARKERS = ('"id_str"', '"full_text"', '"screen_name"', '"retweeted_status"', '"statuses"')
_V2_MARKERS = ('"author_id"', '"includes"', '"username"', '"__twarc"', '"edit_history_tweet_ids"',
               '"referenced_tweets"', '"data"')


class TweetArchiveError(Exception):
    """A tweet archive, or one of its records, cannot be read."""


# --- ids, keys and the one tweet shape ---------------------------------------------

def text_key(text: str | None) -> str:
    """A tweet's words as every source spells them: no links, entities decoded, case and spacing folded.

    An embed shows ``pic.twitter.com/x`` where an archive has ``https://t.co/x``,
    and API text escapes ``&``; neither should make two tweets of one.
    """
    words = html.unescape(text or "").translate(_SMART)
    stripped = _URL.sub(" ", words)
    if stripped.strip():
        words = stripped
    return re.sub(r"\s+", " ", words).strip().lower()


def tweet_key(handle: str | None, text: str) -> str:
    """The id of a tweet whose real id is unknown: a hash of its author and words, never a fake id."""
    digest = hashlib.sha1(f"{(handle or '').lstrip('@').lower()}|{text_key(text)}".encode()).hexdigest()[:16]
    return f"noid-{digest}"


def is_real_id(tweet_id: str | None) -> bool:
    return bool(tweet_id) and str(tweet_id).isdigit()


def status_id(url: str | None) -> str | None:
    """The tweet id in a twitter.com, x.com or mobile.twitter.com status link."""
    match = _STATUS_ID.search(url or "")
    return match.group(1) if match else None


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
    if handle and is_real_id(tweet_id):
        return f"https://twitter.com/{handle}/status/{tweet_id}"
    return None


def normalise_tweet(*, id=None, handle=None, display_name=None, created_at=None, text="",
                    retweet_of=None, quoted_id=None, url=None, source_url=None, lang=None,
                    precision=None, unavailable: str | None = None) -> dict:
    """Build our tweet dict. Ids stay strings: they exceed 2^53.

    ``unavailable`` is the reason a source gave for not showing the tweet
    (deleted, protected); the tweet is then stored with ``available = 0``.
    """
    handle = (handle or "").lstrip("@") or None
    tweet_id = str(id) if id not in (None, "") else None
    text = text or ""
    tweet = {
        "id": tweet_id or tweet_key(handle, text),
        "real_id": tweet_id,
        "handle": handle,
        "display_name": display_name,
        "created_at": parse_created_at(created_at),
        "created_at_precision": precision,
        "text": text,
        "url": url or status_url(handle, tweet_id) or source_url,
        "source_url": source_url,
        "retweet_of": str(retweet_of) if retweet_of else None,
        "quoted_id": str(quoted_id) if quoted_id else None,
        "lang": lang,
        "hashtags": _HASHTAG.findall(text),
        "mentions": _MENTION.findall(text),
        "links": _URL.findall(text),
    }
    if unavailable:
        tweet["unavailable"] = True
        tweet["unavailable_reason"] = unavailable
    return tweet


# --- twarc2 (API v2) ------------------------------------------------------------

def _v2_tweet(obj: dict, users: dict[str, dict]) -> dict:
    author = obj.get("author") or users.get(str(obj.get("author_id")), {})
    refs = {r.get("type"): str(r.get("id")) for r in obj.get("referenced_tweets", []) or []
            if isinstance(r, dict) and r.get("id")}
    text = ((obj.get("note_tweet") or {}).get("text")) or obj.get("text", "")
    return normalise_tweet(
        id=obj.get("id"),
        handle=author.get("username"),
        display_name=author.get("name"),
        created_at=obj.get("created_at"),
        text=html.unescape(text),  # the API escapes &, < and >
        retweet_of=refs.get("retweeted"),
        quoted_id=refs.get("quoted"),
        source_url=obj.get("source_url"),
        lang=obj.get("lang"),
        precision=obj.get("created_at_precision"),
    )


def _v2_unavailable(error: dict) -> dict | None:
    """A deleted or protected tweet named in a v2 page's ``errors``: kept, marked unavailable."""
    if error.get("resource_type") not in (None, "tweet") or error.get("parameter") not in (None, "ids", "id"):
        return None
    tweet_id = str(error.get("resource_id") or error.get("value") or "")
    if not is_real_id(tweet_id):
        return None
    reason = error.get("detail") or error.get("title") or "unavailable"
    return normalise_tweet(id=tweet_id, unavailable=f"{error.get('title') or 'Error'}: {reason}")


def read_twarc2_record(record: dict) -> list[dict]:
    """A twarc2 line: a raw API page (data, includes, errors) or one flattened tweet.

    Tweets named in ``errors`` (deleted, suspended, protected) come back marked
    unavailable rather than dropped.
    """
    if "data" in record or "errors" in record:
        includes = record.get("includes") or {}
        users = {str(u.get("id")): u for u in includes.get("users", []) or [] if isinstance(u, dict)}
        data = record.get("data") or []
        if isinstance(data, dict):  # /2/tweets/:id answers with one object
            data = [data]
        tweets = [_v2_tweet(obj, users) for obj in data + list(includes.get("tweets", []) or [])]
        for error in record.get("errors", []) or []:
            unavailable = _v2_unavailable(error) if isinstance(error, dict) else None
            if unavailable:
                tweets.append(unavailable)
        if not tweets and "data" not in record:
            raise TweetArchiveError("an API error page with no tweets: "
                                    + "; ".join(str(e.get("detail") or e.get("title")) for e in record["errors"]
                                                if isinstance(e, dict)))
        return tweets
    if "text" in record:
        return [_v2_tweet(record, {})]
    raise TweetArchiveError("neither a twarc2 page (data) nor a tweet (text)")


# --- API v1.1 --------------------------------------------------------------------

def _v1_text(obj: dict) -> str:
    return html.unescape((obj.get("extended_tweet") or {}).get("full_text") or obj.get("full_text")
                         or obj.get("text") or "")


def read_v1_record(obj: dict) -> list[dict]:
    """One API v1.1 tweet, plus the tweets it retweets or quotes (each by its own author)."""
    if "statuses" in obj and isinstance(obj["statuses"], list):  # a saved search response
        return [t for status in obj["statuses"] for t in read_v1_record(status)]
    if "delete" in obj:  # a streaming deletion notice: the tweet is gone, say so
        status = (obj["delete"] or {}).get("status") or {}
        tweet_id = status.get("id_str") or status.get("id")
        return [normalise_tweet(id=tweet_id, unavailable="deleted (stream deletion notice)")] if tweet_id else []
    if "full_text" not in obj and "text" not in obj:
        raise TweetArchiveError("no full_text or text: not an API v1.1 tweet")
    user = obj.get("user") or {}
    retweeted = obj.get("retweeted_status")
    quoted = obj.get("quoted_status")
    retweet_of = None
    if retweeted:
        retweet_of = retweeted.get("id_str") or tweet_key((retweeted.get("user") or {}).get("screen_name"),
                                                          _v1_text(retweeted))
    tweets = [normalise_tweet(
        id=obj.get("id_str") or obj.get("id"),
        handle=user.get("screen_name"),
        display_name=user.get("name"),
        created_at=obj.get("created_at"),
        text=_v1_text(obj),
        retweet_of=retweet_of,
        quoted_id=obj.get("quoted_status_id_str") or (quoted or {}).get("id_str"),
        source_url=obj.get("source_url"),
        lang=obj.get("lang"),
    )]
    for original in (retweeted, quoted):
        if isinstance(original, dict):  # the original is a tweet of its own author
            tweets += read_v1_record(original)
    return tweets


# --- account archive (tweets.js) --------------------------------------------------

def read_account_record(obj: dict, handle: str | None, display_name: str | None = None) -> list[dict]:
    """One entry of an account archive's tweets.js; the archive's owner wrote it."""
    tweet = obj.get("tweet", obj)
    if not isinstance(tweet, dict) or ("full_text" not in tweet and "text" not in tweet):
        raise TweetArchiveError("no full_text: not an account-archive tweet")
    text = html.unescape(tweet.get("full_text") or tweet.get("text") or "")
    retweet_of = None
    if text.startswith("RT @"):
        original_handle, _, original_text = text[4:].partition(": ")
        retweet_of = tweet_key(original_handle, original_text)
    quoted_id = None
    if not retweet_of:  # a quote tweet ends with the quoted tweet's status link
        for url in (tweet.get("entities") or {}).get("urls", []) or []:
            quoted_id = status_id((url or {}).get("expanded_url")) or quoted_id
    deleted = tweet.get("deleted_at")
    return [normalise_tweet(
        id=tweet.get("id_str") or tweet.get("id"),
        handle=handle,
        display_name=display_name,
        created_at=tweet.get("created_at"),
        text=text,
        retweet_of=retweet_of,
        quoted_id=quoted_id,
        source_url=tweet.get("source_url"),
        lang=tweet.get("lang"),
        unavailable=f"deleted by its author on {deleted}" if deleted else None,
    )]


def ytd_name(text: str) -> str | None:
    """The data set an account-archive file holds: "tweets" for ``window.YTD.tweets.part1 = [...]``."""
    match = _YTD_PREFIX.match(text)
    return match.group("name") if match else None


def parse_ytd(text: str) -> list:
    """The JSON array inside ``window.YTD.tweets.part0 = [...]``."""
    return json.loads(_YTD_PREFIX.sub("", text, count=1))


def account_from_js(text: str) -> tuple[str | None, str | None]:
    """Handle and display name from an archive's account.js."""
    try:
        entries = parse_ytd(text)
    except json.JSONDecodeError:
        return None, None
    for entry in entries if isinstance(entries, list) else [entries]:
        account = entry.get("account", entry) if isinstance(entry, dict) else {}
        if account.get("username"):
            return account["username"], account.get("accountDisplayName")
    return None, None


# --- JSON that survives a broken record ----------------------------------------------

def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def iter_json_array(text: str, start: int = 0) -> Iterator[tuple[int, object | None, str | None]]:
    """Yield ``(line, value, error)`` for each element of the JSON array at ``start``.

    One broken element is reported with its line and skipped: reading resumes at
    the next line indented like the array's elements that opens an object.
    """
    decoder = json.JSONDecoder()
    pos = text.index("[", start) + 1
    indent = None
    length = len(text)
    while True:
        while pos < length and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= length:
            yield _line_of(text, pos), None, "the array is cut short (no closing ])"
            return
        if text[pos] == "]":
            return
        if indent is None:
            line_start = text.rfind("\n", 0, pos) + 1
            indent = text[line_start:pos] if not text[line_start:pos].strip() else ""
        line = _line_of(text, pos)
        try:
            value, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield _line_of(text, exc.pos), None, exc.msg
            resume = re.compile(r"\n" + re.escape(indent) + r"[\{\[]").search(text, max(exc.pos, pos + 1))
            if not resume:
                return
            pos = resume.start() + 1
            continue
        yield line, value, None
        pos = end


def _json_records(text: str, name: str) -> Iterator[tuple[int, object | None, str | None]]:
    """Records of a JSON or JSONL file: a whole-file array or object, else one value per line."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    if stripped.startswith("["):
        yield from iter_json_array(text, offset)
        return
    if stripped.startswith("{") and "\n" in stripped.strip():
        try:  # a pretty-printed single object (one saved API page)
            yield _line_of(text, offset), json.loads(text), None
            return
        except json.JSONDecodeError:
            pass  # JSON lines: one object per line
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line), None
        except json.JSONDecodeError as exc:
            yield number, None, f"broken JSON line: {exc.msg}"


# --- detection and the one entry point ----------------------------------------

def detect_format(name: str, head: str) -> str:
    """Guess a file's format from its name and first characters (a broken first line is no bar)."""
    stripped = head.lstrip()
    if stripped.startswith("window.YTD") or name.endswith(".js"):
        return "account-archive"
    if any(marker in stripped for marker in _V1_MARKERS):
        return "v1"
    if any(marker in stripped for marker in _V2_MARKERS):
        return "twarc2"
    if stripped.startswith("[") or '"user"' in stripped:
        return "v1"
    return "twarc2"


def _reader_for(record: dict, fmt: str):
    """The reader for one record; a v1 tweet inside a twarc2 file (or the reverse) is still read."""
    if fmt == "twarc2" and "id_str" in record and "data" not in record:
        return read_v1_record
    if fmt == "v1" and ("data" in record or "author_id" in record or "author" in record) and "id_str" not in record:
        return read_twarc2_record
    return read_v1_record if fmt == "v1" else read_twarc2_record


def read_archive(text: str, name: str, fmt: str = "auto", handle: str | None = None,
                 display_name: str | None = None) -> Iterator[tuple[dict | None, str | None]]:
    """Yield (tweet, None) for each tweet and (None, "name:line: reason") for each broken record.

    Parameters: ``text`` the file's contents; ``name`` its path or URL, used in
    messages; ``fmt`` one of ``READ_FORMATS``; ``handle`` and ``display_name``
    the owner of an account archive, whose tweets do not name their author.
    """
    if fmt not in READ_FORMATS:
        raise TweetArchiveError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fmt == "auto":
        fmt = detect_format(name, text[:4096])
    if fmt == "oembed":
        from db.embedded_tweets import tweet_from_oembed  # embedded_tweets imports this module

        try:
            yield tweet_from_oembed(json.loads(text)), None
        except (json.JSONDecodeError, TweetArchiveError, AttributeError) as exc:
            yield None, f"{name}: not an oEmbed answer: {exc}"
        return
    if fmt == "account-archive":
        yield from _read_account_archive(text, name, handle, display_name)
        return
    for number, record, error in _json_records(text, name):
        if error:
            yield None, f"{name}:{number}: {error}"
            continue
        records = record if isinstance(record, list) else [record]
        if not all(isinstance(item, dict) for item in records):
            yield None, f"{name}:{number}: a record must be a JSON object"
            continue
        for item in records:
            try:
                if "limit" in item and len(item) == 1:
                    continue  # a streaming rate-limit notice, not a tweet
                for tweet in _reader_for(item, fmt)(item):
                    yield tweet, None
            except (TweetArchiveError, AttributeError, TypeError) as exc:
                yield None, f"{name}:{number}: {exc}"


def _read_account_archive(text: str, name: str, handle: str | None,
                          display_name: str | None) -> Iterator[tuple[dict | None, str | None]]:
    data_set = ytd_name(text)
    if data_set is None:
        if not text.lstrip().startswith("["):
            yield None, f"{name}:1: not an account archive file (no window.YTD.tweets.partN = [...])"
            return
    elif data_set not in _TWEET_YTD:
        yield None, f"{name}:1: holds window.YTD.{data_set}, not tweets; give tweets.js (or tweet.js)"
        return
    if not handle:
        yield None, f"{name}: an account archive holds no user; give --handle or put account.js beside it"
        return
    start = _YTD_PREFIX.match(text).end() if data_set else 0
    for line, record, error in iter_json_array(text, start):
        if error:
            yield None, f"{name}:{line}: broken account archive record: {error}"
            continue
        try:
            if not isinstance(record, dict):
                raise TweetArchiveError("a record must be a JSON object")
            for tweet in read_account_record(record, handle, display_name):
                yield tweet, None
        except (TweetArchiveError, AttributeError, TypeError) as exc:
            yield None, f"{name}:{line}: {exc}"
