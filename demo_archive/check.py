"""Verify the generated demo archive: every quotation is verbatim, every page is marked.

    python demo_archive/check.py [--facts PATH] [--seed PATH]

For each article page in site/ it reads the text blocks (paragraphs, headings,
captions, list items, table cells; not scripts or attributes), finds every
double-quoted span (curly or straight; a paragraph that opens a quotation and
does not close it runs to its end) and every single-quoted span in headlines,
and checks that each, after folding curly/straight quotes and whitespace and
dropping trailing commas and full stops, appears verbatim in the facts file or
the seed article. Embedded tweet texts are checked the same way. It also checks
the demo banner, the canonical link, the source links of each quote, the
placeholder convention and the manifest counts. Exit status 1 on any failure.

The facts and seed live in ../shared beside the repository; if they are absent
the check falls back to the registry in stories.py (and says so).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from quotecheck import headline_spans, normalise, normalise_span, quoted_spans  # noqa: E402

SITE = HERE / "site"
REPO = HERE.parent
BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "td", "th", "figcaption",
          "blockquote", "title", "section", "article", "header", "footer", "aside", "main",
          "figure", "tr", "table", "ul", "ol", "form", "nav", "body", "cite"}


class Blocks(HTMLParser):
    """Collect text blocks, headline text and tweet texts from one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.headlines: list[str] = []
        self.tweets: list[str] = []
        self.links: set[str] = set()
        self.canonical: list[str] = []
        self.banner = False
        self._buf: list[str] = []
        self._skip = 0
        self._in_h1 = False
        self._h1: list[str] = []
        self._in_tweet_p = False
        self._tweet_depth = 0
        self._tweet: list[str] = []

    def flush(self) -> None:
        text = "".join(self._buf).strip()
        if text:
            self.blocks.append(text)
        self._buf = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
            return
        if tag == "a" and d.get("href"):
            self.links.add(d["href"])
        if tag == "link" and d.get("rel") == "canonical":
            self.canonical.append(d.get("href", ""))
        if d.get("data-demo") == "true" or "demo" in (d.get("class") or ""):
            self.banner = True
        if tag == "blockquote" and "twitter-tweet" in (d.get("class") or ""):
            self._tweet_depth = 1
        if tag == "p" and self._tweet_depth:
            self._in_tweet_p = True
            self._tweet = []
        if tag == "h1" or (tag == "font" and False):
            self._in_h1 = True
            self._h1 = []
        if tag in BLOCKS or tag == "br":
            self.flush()

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
            return
        if tag == "p" and self._in_tweet_p:
            self._in_tweet_p = False
            self.tweets.append("".join(self._tweet))
        if tag == "blockquote":
            self._tweet_depth = 0
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.headlines.append("".join(self._h1))
        if tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if self._skip:
            return
        self._buf.append(data)
        if self._in_h1:
            self._h1.append(data)
        if self._in_tweet_p:
            self._tweet.append(data)


def load_reference(facts: Path, seed: Path) -> tuple[str, str]:
    if facts.exists() and seed.exists():
        text = facts.read_text(encoding="utf-8") + "\n" + seed.read_text(encoding="utf-8")
        return normalise(text), f"{facts} and {seed}"
    import stories
    text = " ".join(q[3] for q in stories.QUOTES.values()) + " " + stories.SEED_TEXT
    text += " " + " ".join(t["text"] for t in stories.TWEETS.values())
    return normalise(text), "stories.QUOTES (shared/ not found: registry fallback)"


def check(site: Path, reference: str) -> list[str]:
    problems: list[str] = []
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    titles = [normalise(a["title"]) for a in manifest["articles"]]
    n_quotes = 0
    for art in manifest["articles"]:
        path = site / art["path"].lstrip("/")
        raw = path.read_text(encoding="utf-8")
        size = len(raw.encode("utf-8"))
        if not 3000 <= size <= 20000:
            problems.append(f"{art['path']}: size {size} bytes outside 3-20 KB")
        if '<meta charset="utf-8">' not in raw:
            problems.append(f"{art['path']}: no <meta charset=\"utf-8\">")
        p = Blocks()
        p.feed(raw)
        p.flush()
        if p.canonical != [art["url"]]:
            problems.append(f"{art['path']}: canonical {p.canonical} != {art['url']}")
        if not p.banner or "Demo reconstruction" not in raw:
            problems.append(f"{art['path']}: no demo reconstruction banner")
        if re.search(r"https?://127\.0\.0\.1|localhost", raw):
            problems.append(f"{art['path']}: loopback address instead of the {{{{ARCHIVE}}}} placeholder")
        if re.search(r"twitter\.com/[^/\"]+/status", raw):
            problems.append(f"{art['path']}: tweet status URL (ids are unknown)")
        for block in p.blocks:
            # Headlines of other articles (related lists) are checked as headlines.
            if normalise(block) in titles:
                continue
            for span, _opened, _closed in quoted_spans(block):
                n_quotes += 1
                key = normalise_span(span)
                if key and key not in reference:
                    problems.append(f"{art['path']}: quote not verbatim: {span!r}")
        for headline in p.headlines + [art["title"]]:
            for span in headline_spans(headline):
                n_quotes += 1
                if normalise_span(span) not in reference:
                    problems.append(f"{art['path']}: headline quote not verbatim: {span!r}")
        for tweet in p.tweets:
            if normalise(tweet) not in reference:
                problems.append(f"{art['path']}: tweet text not verbatim: {tweet!r}")
        if len(p.tweets) != len(art["tweets"]):
            problems.append(f"{art['path']}: {len(p.tweets)} tweet embeds, manifest says {len(art['tweets'])}")
        for q in art["quotes"] + art["tweets"]:
            if q["source_url"] not in p.links:
                problems.append(f"{art['path']}: no link to source {q['source_url']}")
        for q in art["quotes"]:
            if normalise_span(q["text"]) not in reference and not q["multi_paragraph"]:
                problems.append(f"{art['path']}: manifest quote not verbatim: {q['text']!r}")
    counts = manifest["counts"]
    if counts["on_topic"] < 45:
        problems.append(f"only {counts['on_topic']} on-topic articles")
    if counts["off_topic"] < 6:
        problems.append(f"only {counts['off_topic']} off-topic articles")
    if counts["pages_with_tweets"] < 5:
        problems.append(f"only {counts['pages_with_tweets']} pages embed tweets")
    for rel in ["robots.txt", "sitemap-index.xml", "index.html", "feeds.opml",
                "tweets/tweets.twarc2.jsonl", "tweets/tweets.v1.jsonl",
                "tweets/account-archive/data/tweets.js", "tweets/account-archive/data/account.js"]:
        if not (site / rel).exists():
            problems.append(f"missing {rel}")
    for line in (site / "tweets/tweets.twarc2.jsonl").read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        if "id" in obj:
            problems.append("twarc2 line has an id")
        if not obj.get("demo_fictional") and normalise(obj["text"]) not in reference:
            problems.append(f"twarc2 tweet not verbatim: {obj['text']!r}")
    print(f"checked {len(manifest['articles'])} articles, {n_quotes} quoted spans against the reference")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=Path, default=REPO.parent / "shared" / "contest-facts" / "labour-2016.md")
    ap.add_argument("--seed", type=Path, default=REPO.parent / "shared" / "seed" / "article-2016-08-25-corbyn-snp.txt")
    ap.add_argument("--site", type=Path, default=SITE)
    args = ap.parse_args(argv)
    reference, what = load_reference(args.facts, args.seed)
    print(f"reference: {what}")
    problems = check(args.site, reference)
    for problem in problems:
        print("FAIL", problem)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
