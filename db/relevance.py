"""Is an article about the contest? Its people and keywords, inside its window.

A deliberately simple, explainable filter: a journalist can read the reason
stored beside each article and see why it was kept or skipped.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from contest_tracker.contest import Contest


@dataclass
class Relevance:
    relevant: bool
    score: float
    reason: str


@lru_cache(maxsize=8)
def _patterns(contest: Contest) -> list[tuple[str, re.Pattern]]:
    terms: list[tuple[str, re.Pattern]] = []
    for person in contest.people:
        names = [person.name] + ([f"@{person.twitter}"] if person.twitter else [])
        names += [f"{t} {person.surname}" for t in person.titles]
        if person.candidate:
            names.append(person.surname)  # "Corbyn" alone is enough for a candidate
        terms.append((person.name, re.compile("|".join(rf"\b{re.escape(n)}\b" if n[0].isalnum() else re.escape(n) for n in names), re.I)))
    for keyword in contest.keywords:
        terms.append((keyword, re.compile(rf"\b{re.escape(keyword)}\b", re.I)))
    return terms


def assess(text: str, title: str | None, published: dt.date | None, contest: Contest) -> Relevance:
    """Score an article: distinct people and keywords it mentions, title hits counting double."""
    if published is not None and not contest.in_window(published):
        return Relevance(False, 0.0, f"published {published.isoformat()}, outside {contest.start}..{contest.end}")
    haystack = f"{title or ''}\n{text or ''}"
    hits = [name for name, pattern in _patterns(contest) if pattern.search(haystack)]
    title_hits = [name for name, pattern in _patterns(contest) if title and pattern.search(title)]
    score = len(hits) + len(title_hits)
    people = [p.name for p in contest.people if p.name in hits]
    if score >= contest.min_relevance and (people or len(hits) >= contest.min_relevance + 1):
        when = "no date found" if published is None else published.isoformat()
        return Relevance(True, float(score), f"mentions {', '.join(hits[:6])}; {when}")
    return Relevance(False, float(score), "mentions " + (", ".join(hits) if hits else "none of the contest's people or keywords"))


def tweet_relevant(tweet: dict, contest: Contest, *, embedded: bool = False) -> bool:
    """A tweet counts if it falls in the window and comes from, or mentions, the contest.

    A tweet embedded in a relevant article counts whatever its words; one with
    no date counts only when embedded (the article vouches for it).
    """
    created = tweet.get("created_at")
    if created:
        if not contest.in_window(dt.date.fromisoformat(created[:10])):
            return False
    elif not embedded:
        return False
    if embedded or contest.person_by_handle(tweet.get("handle")):
        return True
    text = tweet.get("text") or ""
    return any(pattern.search(text) for _, pattern in _patterns(contest))
