"""Build the offline demo archive into demo_archive/site/ from stories.py.

    python demo_archive/build.py

Deterministic: the output depends only on stories.py and this file (no clock,
no randomness), so a rerun gives byte-identical files. Absolute URLs use the
placeholder {{ARCHIVE}}, which the loopback server replaces with its base URL.
Stdlib only.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import stories  # noqa: E402
from quotecheck import headline_spans, normalise_span, quoted_spans  # noqa: E402

SITE = HERE / "site"
ARCHIVE = "{{ARCHIVE}}"
BST = timezone(timedelta(hours=1))  # every article falls in British Summer Time
FEED_SIZE = 10  # feeds list only the latest articles; sitemaps list them all
STRAIGHT_QUOTES = {"cc", "vg"}
ID_PATHS = {"vg"}  # /news/<id>-<slug>.html, no date in the URL


def e(text: str) -> str:
    return escape(text, quote=False)


def a(text: str) -> str:
    return escape(text, quote=True)


def stable_int(key: str, mod: int) -> int:
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % mod


# --- Articles: paths, dates, quotes ---------------------------------------------

def prepare() -> list[dict]:
    arts = []
    for art in stories.ARTICLES:
        art = dict(art)
        o = stories.OUTLETS[art["outlet"]]
        art["o"] = o
        dt = datetime.strptime(art["when"], "%Y-%m-%d %H:%M").replace(tzinfo=BST)
        art["dt"] = dt
        art["iso"] = dt.isoformat()
        art["author_name"] = stories.AUTHORS[art["outlet"]][art["author"]]
        arts.append(art)
    arts.sort(key=lambda x: (x["dt"], x["outlet"], x["slug"]))
    counters: dict[str, int] = {}
    for art in arts:
        slug = art["o"]["slug"]
        if art["outlet"] in ID_PATHS:
            counters[slug] = counters.get(slug, 0) + 1
            art["news_id"] = 48200 + counters[slug] * 37
            art["path"] = f"/{slug}/news/{art['news_id']}-{art['slug']}.html"
        else:
            art["path"] = f"/{slug}/{art['dt']:%Y/%m/%d}/{art['slug']}.html"
        art["url"] = ARCHIVE + art["path"]
        art["items"] = body_items(art)
        art["quotes"], art["tweets"] = find_quotes_and_tweets(art)
        sources = []
        for q in art["quotes"]:
            if q["source_url"] not in sources:
                sources.append(q["source_url"])
        for t in art["tweets"]:
            if t["source_url"] not in sources:
                sources.append(t["source_url"])
        art["sources"] = sources
    return arts


def body_items(art: dict) -> list:
    """The body as a list of items, with the outlet's quotation marks applied."""
    if art["body"] == "SEED":
        items = []
        lines = stories.SEED_TEXT.split("\n")
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("Tonight we're holding") and i + 1 < len(lines) and lines[i + 1].startswith("— Jeremy Corbyn"):
                items.append(("tweet", "corbyn", "plain"))
                i += 2
                continue
            items.append(line)
            i += 1
        return items
    items = []
    for item in art["body"]:
        if isinstance(item, str) and art["outlet"] in STRAIGHT_QUOTES:
            item = item.replace("“", '"').replace("”", '"')
        items.append(item)
    return items


def lookup_quote(span: str) -> tuple[str, tuple]:
    key = normalise_span(span)
    for qid, entry in stories.QUOTES.items():
        if key and key in normalise_span(entry[3]):
            return qid, entry
    raise SystemExit(f"quoted span not in the registry of real quotes: {span!r}")


def source_url(name: str) -> str:
    return stories.SRC[name]


def find_quotes_and_tweets(art: dict) -> tuple[list, list]:
    quotes: list[dict] = []
    tweets: list[dict] = []
    open_quote = None
    for span in headline_spans(art["title"]):
        qid, entry = lookup_quote(span)
        quotes.append(quote_record(qid, entry, [span], where="headline"))
    for item in art["items"]:
        if isinstance(item, tuple):
            if item[0] == "tweet":
                t = stories.TWEETS[item[1]]
                tweets.append({"handle": t["handle"], "name": t["name"], "text": t["text"],
                               "date": t["date"], "source_url": source_url(t["source"]),
                               "style": item[2]})
            continue
        for k, (span, opened, closed) in enumerate(quoted_spans(item)):
            if open_quote is not None and k == 0:
                open_quote["paragraphs"].append(span)
                open_quote["multi_paragraph"] = True
            else:
                qid, entry = lookup_quote(span)
                open_quote = quote_record(qid, entry, [span])
                quotes.append(open_quote)
            if closed:
                open_quote = None
        # A paragraph without an open quote ends any running quote.
    for q in quotes:
        q["text"] = " ".join(p.strip() for p in q.pop("paragraphs")).rstrip(" ,")
    return quotes, tweets


def quote_record(qid: str, entry: tuple, paragraphs: list, where: str = "body") -> dict:
    speaker, speaker_id, src, _full = entry
    return {"quote_id": qid, "speaker": speaker, "speaker_id": speaker_id,
            "source_url": source_url(src), "paragraphs": list(paragraphs),
            "multi_paragraph": False, "where": where}


# --- Shared furniture -------------------------------------------------------------

COMMENT_NAMES = ["RedRoseRita", "TynesideTom", "GlasgowGrumbler", "ValleyVoter", "ScouseSceptic",
                 "Pensioner_from_Penarth", "QuaysideQuill", "NotAMember", "ArmchairPundit", "WirralWatcher",
                 "floating_voter_84", "Cllr_nobody"]
COMMENTS_ON = [
    "Whatever happens this summer the party needs to start talking about the things people actually care about.",
    "I have been a member for thirty years and I have never seen anything like this contest.",
    "Both candidates should spend more time outside London, it makes a difference.",
    "The freeze date row has left a bad taste, whichever side you are on.",
    "Went to the hustings near me and it was packed. Plenty of first-timers too.",
    "The real question is who can win a general election, and nobody is answering it.",
    "Good summary, thanks. Easier to follow than the rolling coverage on the telly.",
    "My ballot has not arrived yet, is anyone else still waiting?",
    "Not a Labour voter but I hope they sort themselves out, we need a proper opposition.",
    "All this infighting is a gift to the Tories.",
]
COMMENTS_OFF = [
    "Nice to read some normal news for a change.",
    "About time too.",
    "Will believe it when I see it.",
    "Great photo in the paper edition this morning.",
]


def comments_for(art: dict) -> list[tuple[str, str, str]]:
    pool = COMMENTS_ON if art["on_topic"] else COMMENTS_OFF
    n = 2 + stable_int(art["path"] + "n", 3)
    out = []
    for k in range(n):
        name = COMMENT_NAMES[stable_int(art["path"] + f"name{k}", len(COMMENT_NAMES))]
        text = pool[(stable_int(art["path"], len(pool)) + k * 3) % len(pool)]
        when = art["dt"] + timedelta(minutes=47 + 83 * k + stable_int(art["path"] + str(k), 300))
        out.append((name, text, f"{when:%d %b %Y %H:%M}"))
    return out


def related_for(art: dict, arts: list[dict]) -> list[dict]:
    same = [x for x in arts if x["outlet"] == art["outlet"] and x is not art]
    same.sort(key=lambda x: (abs((x["dt"] - art["dt"]).total_seconds()), x["path"]))
    return sorted(same[:4], key=lambda x: x["dt"], reverse=True)


def banner(art: dict, cls: str) -> str:
    links = ", ".join(f'<a href="{a(u)}">{e(u)}</a>' for u in art["sources"])
    if art["sources"]:
        what = f"quotes and embedded tweets are verbatim from their original sources: {links}"
    else:
        what = "this page contains no quotations"
    return (f'<div class="{cls}" role="note" data-demo="true"><strong>Demo reconstruction for contest-tracker.</strong> '
            f'The outlet, byline, comments and prose are fictional; {what}.</div>')


def tweet_html(key: str, style: str) -> str:
    t = stories.TWEETS[key]
    parts = []
    for word in t["text"].split(" "):
        if word.startswith("https://t.co/"):
            parts.append(f'<a href="{a(word)}">{e(word)}</a>')
        elif word.startswith("#") and len(word) > 1:
            parts.append(f'<a href="https://twitter.com/hashtag/{a(word[1:])}?src=hash">{e(word)}</a>')
        elif word.startswith(".@") or word.startswith("@"):
            handle = word.lstrip(".@")
            prefix = word[: len(word) - len(handle)]
            parts.append(f'{e(prefix[:-1])}<a href="https://twitter.com/{a(handle)}">@{e(handle)}</a>')
        else:
            parts.append(e(word))
    d = datetime.strptime(t["date"], "%Y-%m-%d")
    date_text = f"{d:%B} {d.day}, {d.year}"
    block = (f'<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">{" ".join(parts)}</p>'
             f'&mdash; {e(t["name"])} (@{e(t["handle"])}) <a href="{a(source_url(t["source"]))}">{date_text}</a></blockquote>\n'
             f'<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')
    if style == "guardian":
        return f'<figure class="element element-tweet" data-tweet-handle="{a(t["handle"])}">\n{block}\n</figure>'
    return block


def img_src(art: dict, k: int) -> str:
    return f"/static/img/demo-photo-{1 + stable_int(art['path'] + str(k), 4)}.svg"


def render_items(art: dict, p_cls: str = "", fig_cls: str = "inline-figure") -> str:
    out = []
    pc = f' class="{p_cls}"' if p_cls else ""
    for k, item in enumerate(art["items"]):
        if isinstance(item, str):
            out.append(f"<p{pc}>{e(item)}</p>")
        elif item[0] == "h2":
            out.append(f"<h2>{e(item[1])}</h2>")
        elif item[0] == "fig":
            out.append(f'<figure class="{fig_cls}"><img src="{img_src(art, k)}" alt="{a(item[1])}" width="640" height="360">'
                       f"<figcaption>{e(item[1])}</figcaption></figure>")
        elif item[0] == "tweet":
            out.append(tweet_html(item[1], item[2]))
        elif item[0] == "table":
            rows = item[1]
            head = "".join(f"<th>{e(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<table class="data-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')
    return "\n".join(out)


def lead_figure(art: dict, cls: str) -> str:
    if not art["img"]:
        return ""
    return (f'<figure class="{cls}"><img src="{img_src(art, 99)}" alt="{a(art["img"])}" width="960" height="540">'
            f"<figcaption>{e(art['img'])}</figcaption></figure>")


def long_date(dt: datetime) -> str:
    return f"{dt:%A} {dt.day} {dt:%B %Y}"


def cookie(cls: str, text: str) -> str:
    return (f'<div class="{cls}" id="cookie-consent"><p>{text} <a href="/cookies.html">Find out more</a>.</p>'
            f'<button type="button">Accept</button> <button type="button">Manage settings</button></div>')


# --- Outlet layouts ---------------------------------------------------------------

def page_wc(art: dict, arts: list[dict]) -> str:
    """The Westminster Courier: <article> with div.article-body, JSON-LD NewsArticle."""
    o = art["o"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art["title"],
          "description": art["dek"], "datePublished": art["iso"], "dateModified": art["iso"],
          "author": {"@type": "Person", "name": art["author_name"]},
          "publisher": {"@type": "Organization", "name": o["name"],
                        "logo": {"@type": "ImageObject", "url": f"{ARCHIVE}/static/img/westminster-courier-logo.svg"}},
          "mainEntityOfPage": art["url"], "articleSection": art["section"],
          "isAccessibleForFree": True}
    if art["img"]:
        ld["image"] = [f"{ARCHIVE}{img_src(art, 99)}"]
    related = "\n".join(f'<li><a href="{x["path"]}">{e(x["title"])}</a></li>' for x in related_for(art, arts))
    comments = "\n".join(
        f'<li class="comment"><span class="comment-author">{e(n)}</span> <span class="comment-time">{w}</span><p>{e(t)}</p></li>'
        for n, t, w in comments_for(art))
    tags = " ".join(f'<a class="tag" href="/westminster-courier/">{e(t)}</a>' for t in art["tags"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(art['title'])} | {e(o['name'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{a(art['dek'])}">
<link rel="canonical" href="{art['url']}">
<link rel="alternate" type="application/rss+xml" title="{a(o['name'])}" href="{ARCHIVE}/westminster-courier/feed.xml">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=1)}
</script>
<style>
body{{font-family:Georgia,serif;margin:0;color:#1a1a1a}} .masthead{{background:#0b2545;color:#fff;padding:12px 24px}}
.masthead a{{color:#fff}} .primary-nav ul{{list-style:none;display:flex;gap:16px;margin:0;padding:8px 24px;background:#13315c}}
.primary-nav a{{color:#eef4ed;text-decoration:none}} .demo-notice{{background:#fff3cd;border:1px solid #e0c36b;padding:8px 24px;font-family:sans-serif;font-size:14px}}
.layout{{display:flex;gap:32px;padding:24px}} article.story{{flex:3;max-width:720px}} aside.sidebar{{flex:1}}
.article-body p{{line-height:1.6}} .standfirst{{font-size:1.2em;color:#444}} .byline{{font-family:sans-serif;font-size:13px}}
.cookie-bar{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:10px}} figure img{{max-width:100%;height:auto}}
</style>
</head>
<body class="article-page section-{a(art['section'].lower())}">
{cookie('cookie-bar', 'We use cookies to improve your experience of The Westminster Courier.')}
<header class="masthead">
<a class="logo" href="/westminster-courier/">{e(o['name'])}</a> <span class="strapline">{e(o['tagline'])}</span>
</header>
<nav class="primary-nav" aria-label="Sections"><ul>
<li><a href="/westminster-courier/">Home</a></li><li><a href="/westminster-courier/">Politics</a></li>
<li><a href="/westminster-courier/">Business</a></li><li><a href="/westminster-courier/">Opinion</a></li>
<li><a href="/westminster-courier/">Sketch</a></li><li><a href="/westminster-courier/feed.xml">RSS</a></li></ul></nav>
{banner(art, 'demo-notice')}
<div class="layout">
<article class="story" id="article-{stable_int(art['path'], 10**6)}">
<header class="story-header">
<p class="kicker">{e(art['section'])}</p>
<h1 class="headline">{e(art['title'])}</h1>
<p class="standfirst">{e(art['dek'])}</p>
<p class="byline">By <a rel="author" href="/westminster-courier/">{e(art['author_name'])}</a>, Political Staff
<span class="pubdate">{art['dt']:%H:%M} BST, {art['dt'].day} {art['dt']:%B %Y}</span></p>
</header>
{lead_figure(art, 'lead-image')}
<div class="article-body">
{render_items(art)}
</div>
<footer class="story-tags">{tags}</footer>
</article>
<aside class="sidebar">
<section class="related-articles"><h3>Related articles</h3><ul>
{related}
</ul></section>
<section class="newsletter-signup"><h3>The Courier Briefing</h3><p>Westminster in five minutes, every weekday morning.</p>
<form action="/westminster-courier/" method="get"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form></section>
</aside>
</div>
<section class="comments" id="comments"><h3>Comments</h3><p class="comment-policy">Comments are moderated. Be civil.</p><ol class="comment-list">
{comments}
</ol></section>
<footer class="site-footer"><ul><li><a href="/westminster-courier/">About us</a></li><li><a href="/westminster-courier/">Contact</a></li>
<li><a href="/cookies.html">Cookies</a></li><li><a href="/westminster-courier/news-sitemap.xml">Sitemap</a></li></ul>
<p>&copy; 2016 The Westminster Courier (a fictional outlet in the contest-tracker demo archive).</p></footer>
</body>
</html>
"""


def page_nl(art: dict, arts: list[dict]) -> str:
    """Northern Ledger: nested divs with div#story-body, JSON-LD @graph."""
    o = art["o"]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": art["url"], "url": art["url"], "name": art["title"],
         "isPartOf": {"@type": "WebSite", "name": o["name"], "url": f"{ARCHIVE}/northern-ledger/"}},
        {"@type": "NewsArticle", "@id": art["url"] + "#article", "mainEntityOfPage": {"@id": art["url"]},
         "headline": art["title"], "datePublished": art["iso"], "dateModified": art["iso"],
         "author": [{"@type": "Person", "name": art["author_name"]}],
         "publisher": {"@type": "NewsMediaOrganization", "name": o["name"], "url": f"{ARCHIVE}/northern-ledger/"},
         "inLanguage": "en-GB", "keywords": art["tags"]}]}
    related = "\n".join(
        f'<div class="rel-item"><a class="rel-link" href="{ARCHIVE}{x["path"]}">{e(x["title"])}</a><span class="rel-date">{x["dt"].day} {x["dt"]:%b}</span></div>'
        for x in related_for(art, arts))
    comments = "\n".join(
        f'<div class="c-item"><div class="c-head"><b>{e(n)}</b> &middot; {w}</div><div class="c-body">{e(t)}</div></div>'
        for n, t, w in comments_for(art))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(art['title'])} - {e(o['name'])}</title>
<link rel="canonical" href="{art['url']}">
<link rel="alternate" type="application/atom+xml" href="{ARCHIVE}/northern-ledger/feed.xml" title="Northern Ledger">
<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>
<style>
#page{{max-width:1100px;margin:0 auto;font-family:Helvetica,Arial,sans-serif}} #top-bar{{border-bottom:4px solid #c8102e}}
#top-bar .brand{{font-size:32px;font-weight:bold}} #nav-strip span{{margin-right:12px}} .demo-strip{{background:#e8f1fb;padding:6px 10px;font-size:13px}}
#content-wrap{{display:grid;grid-template-columns:3fr 1fr;gap:24px}} #story-body p{{font-size:17px;line-height:1.55}}
.element-tweet{{margin:16px 0}} .gdpr{{background:#fafafa;border-top:1px solid #ccc;padding:8px}} .inline-figure img{{width:100%}}
</style>
</head>
<body>
<div id="page">
{cookie('gdpr', 'Northern Ledger and our partners use cookies.')}
<div id="top-bar"><div class="brand"><a href="/northern-ledger/">Northern Ledger</a></div><div class="tagline">{e(o['tagline'])}</div></div>
<div id="nav-strip"><span><a href="/northern-ledger/">News</a></span><span><a href="/northern-ledger/">Politics</a></span>
<span><a href="/northern-ledger/">Sport</a></span><span><a href="/northern-ledger/">Weather</a></span><span><a href="/northern-ledger/">What's On</a></span></div>
{banner(art, 'demo-strip')}
<div id="content-wrap">
<div id="main-col">
<div class="story-head"><div class="section-label">{e(art['section'])}</div>
<h1 id="story-title">{e(art['title'])}</h1>
<div class="story-summary">{e(art['dek'])}</div>
<div class="story-meta"><div class="author-block">{e(art['author_name'])}</div><div class="date-block">{art['dt'].day} {art['dt']:%B %Y}, {art['dt']:%H:%M}</div></div>
</div>
<div class="story-media">{lead_figure(art, 'story-hero')}</div>
<div id="story-body">
<div class="story-body-inner">
{render_items(art, fig_cls='inline-figure')}
</div>
</div>
<div class="story-share"><div class="share-label">Share this story</div><div class="share-buttons"><a href="/northern-ledger/">Facebook</a> <a href="/northern-ledger/">Twitter</a> <a href="/northern-ledger/">Email</a></div></div>
<div id="comments-area"><div class="c-title">Have your say ({len(comments_for(art))} comments)</div>
{comments}
</div>
</div>
<div id="right-col">
<div class="module related-module"><div class="module-title">More on this story</div>
{related}
</div>
<div class="module newsletter-module"><div class="module-title">Ledger Daily</div><div>The North East's news in your inbox by 7am.</div>
<form action="/northern-ledger/"><input type="email" name="e" aria-label="Email"><input type="submit" value="Subscribe"></form></div>
</div>
</div>
<div id="footer"><div class="footer-links"><a href="/northern-ledger/">Contact the newsroom</a> | <a href="/northern-ledger/">Complaints</a> | <a href="/cookies.html">Cookie policy</a> | <a href="/northern-ledger/feed.xml">Atom feed</a></div>
<div class="footer-legal">Northern Ledger is a fictional newspaper made for the contest-tracker demo archive.</div></div>
</div>
</body>
</html>
"""


def page_cc(art: dict, arts: list[dict]) -> str:
    """Clydeside Chronicle: main > section.story, OpenGraph meta only."""
    o = art["o"]
    og = [("og:type", "article"), ("og:title", art["title"]), ("og:url", art["url"]),
          ("og:site_name", o["name"]), ("og:description", art["dek"]), ("og:locale", "en_GB"),
          ("article:published_time", art["iso"]), ("article:section", art["section"]),
          ("article:author", art["author_name"])]
    if art["img"]:
        og.append(("og:image", f"{ARCHIVE}{img_src(art, 99)}"))
    metas = "\n".join(f'<meta property="{p}" content="{a(v)}">' for p, v in og)
    related = "\n".join(f'<li class="more__item"><a href="{x["path"]}">{e(x["title"])}</a></li>' for x in related_for(art, arts))
    comments = "\n".join(
        f'<article class="comment-card"><header>{e(n)} <small>{w}</small></header><p>{e(t)}</p></article>'
        for n, t, w in comments_for(art))
    return f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(art['title'])} | Clydeside Chronicle</title>
<link rel="canonical" href="{art['url']}">
{metas}
<meta name="twitter:card" content="summary_large_image">
<style>
.cc-header{{background:#004b87;color:#fff;padding:10px 20px}} .cc-header a{{color:#fff}} .cc-menu a{{margin-right:10px}}
.reconstruction-note{{border-left:4px solid #f39c12;background:#fdf6e3;padding:6px 12px;font-size:13px}}
main{{max-width:760px;margin:0 auto}} .story__content p{{line-height:1.6;font-size:18px}} .cookie-overlay{{background:#333;color:#fff;padding:8px}}
.story__standfirst{{font-weight:bold}} figure img{{max-width:100%}}
</style>
</head>
<body>
{cookie('cookie-overlay', 'This website uses cookies. By continuing you agree to our use of cookies.')}
<header class="cc-header"><a class="cc-logo" href="/clydeside-chronicle/">Clydeside Chronicle</a>
<nav class="cc-menu"><a href="/clydeside-chronicle/">News</a><a href="/clydeside-chronicle/">Politics</a><a href="/clydeside-chronicle/">Glasgow</a><a href="/clydeside-chronicle/">Sport</a><a href="/clydeside-chronicle/">Travel</a></nav>
</header>
{banner(art, 'reconstruction-note')}
<main>
<section class="story">
<div class="story__kicker">{e(art['section'])}</div>
<h1 class="story__title">{e(art['title'])}</h1>
<p class="story__standfirst">{e(art['dek'])}</p>
<div class="story__byline">{e(art['author_name'])}, Political Correspondent</div>
{lead_figure(art, 'story__image')}
<div class="story__content">
{render_items(art, p_cls='story__para', fig_cls='story__inline-image')}
</div>
</section>
<section class="newsletter-box"><h2>Get the Chronicle's politics bulletin</h2><p>Holyrood and Westminster, every Friday.</p><a class="button" href="/clydeside-chronicle/">Sign me up</a></section>
<section class="more"><h2>Read more</h2><ul class="more__list">
{related}
</ul></section>
<section class="comment-thread"><h2>Comments</h2>
{comments}
</section>
</main>
<footer class="cc-footer"><p><a href="/clydeside-chronicle/">Terms</a> &middot; <a href="/cookies.html">Cookies</a> &middot; <a href="/clydeside-chronicle/feed.xml">RSS</a></p>
<p>Clydeside Chronicle is a fictional title in the contest-tracker demo archive.</p></footer>
</body>
</html>
"""


def page_vg(art: dict, arts: list[dict]) -> str:
    """Valleys Gazette: legacy table layout, no machine-readable date anywhere."""
    related = "<br>\n".join(f'&raquo; <a href="{x["path"]}">{e(x["title"])}</a>' for x in related_for(art, arts))
    comments = "\n".join(
        f'<tr><td class="cmt"><font size="2"><b>{e(n)}</b> wrote:</font><br>{e(t)}</td></tr>'
        for n, t, w in comments_for(art))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="utf-8">
<title>Valleys Gazette - {e(art['title'])}</title>
<link rel="canonical" href="{art['url']}">
<style type="text/css">
body{{background:#f4f1e8;font-family:Verdana,sans-serif;font-size:13px}} td.storytext{{font-family:Times New Roman,serif;font-size:16px}}
.navcell a{{display:block;padding:3px}} .demowarn{{background:#ffffcc;border:1px dashed #999;padding:4px}}
#cookiemsg{{background:#ddd;padding:4px}}
</style>
</head>
<body>
{cookie('cookiemsg', 'The Gazette uses cookies.').replace('class="cookiemsg" id="cookie-consent"', 'id="cookiemsg"')}
<table width="900" border="0" cellpadding="4" cellspacing="0" align="center">
<tr><td colspan="2" bgcolor="#7a1712"><font color="#ffffff" size="6"><b>VALLEYS GAZETTE</b></font><br><font color="#ffffff">{e(art['o']['tagline'])}</font></td></tr>
<tr><td colspan="2"><div class="demowarn">{banner(art, 'demo-banner')}</div></td></tr>
<tr>
<td width="160" valign="top" class="navcell">
<a href="/valleys-gazette/">Home</a><a href="/valleys-gazette/">News</a><a href="/valleys-gazette/">Politics</a><a href="/valleys-gazette/">Sport</a><a href="/valleys-gazette/">Announcements</a><a href="/valleys-gazette/feed.xml">RSS feed</a>
<hr><b>Newsletter</b><br>Get the Gazette by email every Friday.<form action="/valleys-gazette/"><input type="text" name="email" size="14"><input type="submit" value="Go"></form>
</td>
<td valign="top">
<table width="100%" cellpadding="2">
<tr><td class="headline"><font size="5"><b>{e(art['title'])}</b></font></td></tr>
<tr><td class="dateline"><i>By {e(art['author_name'])}. Published {long_date(art['dt'])}</i></td></tr>
<tr><td class="storytext">
<b>{e(art['dek'])}</b>
{lead_figure(art, 'photo')}
{render_items(art, fig_cls='photo')}
</td></tr>
</table>
<table width="100%" cellpadding="2" class="related"><tr><td><b>Related stories</b><br>
{related}
</td></tr></table>
<table width="100%" cellpadding="4" class="comments"><tr><th align="left">Readers' comments</th></tr>
{comments}
</table>
</td>
</tr>
<tr><td colspan="2" align="center" class="footer"><font size="1"><a href="/valleys-gazette/">Contact</a> | <a href="/cookies.html">Cookies</a> | The Valleys Gazette is a fictional newspaper in the contest-tracker demo archive.</font></td></tr>
</table>
</body>
</html>
"""


def page_mep(art: dict, arts: list[dict]) -> str:
    """Mersey Evening Post: div.post-wrapper > div.entry-content, schema.org microdata."""
    o = art["o"]
    related = "\n".join(
        f'<div class="related-post"><a href="{x["path"]}"><span class="related-title">{e(x["title"])}</span></a></div>'
        for x in related_for(art, arts))
    comments = "\n".join(
        f'<li class="comment-item"><div class="comment-meta"><cite class="fn">{e(n)}</cite> <span class="says">says:</span> <span class="comment-date">{w}</span></div><div class="comment-text"><p>{e(t)}</p></div></li>'
        for n, t, w in comments_for(art))
    return f"""<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<title>{e(art['title'])} &ndash; Mersey Evening Post</title>
<link rel="canonical" href="{art['url']}">
<link rel="alternate" type="application/atom+xml" title="Mersey Evening Post" href="{ARCHIVE}/mersey-evening-post/feed.xml">
<style>
.site-header{{background:#d21034;color:#fff;padding:14px}} .site-header a{{color:#fff}} .menu-main li{{display:inline;margin-right:12px}}
.demo-reconstruction{{background:#eef;border:1px solid #99c;padding:6px;font-size:13px}} .post-wrapper{{max-width:800px;margin:auto}}
.entry-content p{{line-height:1.65}} .wp-caption-text{{font-size:13px;color:#555}} #cookie-notice{{background:#111;color:#fff;padding:8px}}
</style>
</head>
<body class="post-template-default single single-post">
{cookie('cookie-notice-container', 'We use cookies on the Mersey Evening Post website.').replace('id="cookie-consent"', 'id="cookie-notice"')}
<header class="site-header"><div class="site-branding"><p class="site-title"><a href="/mersey-evening-post/" rel="home">Mersey Evening Post</a></p><p class="site-description">{e(o['tagline'])}</p></div>
<nav class="main-navigation"><ul class="menu-main"><li><a href="/mersey-evening-post/">News</a></li><li><a href="/mersey-evening-post/">Politics</a></li><li><a href="/mersey-evening-post/">Business</a></li><li><a href="/mersey-evening-post/">Local</a></li><li><a href="/mersey-evening-post/">Sport</a></li></ul></nav></header>
{banner(art, 'demo-reconstruction')}
<div class="post-wrapper">
<div class="post type-post" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="mainEntityOfPage" content="{art['url']}">
<div class="entry-header">
<span class="cat-links">{e(art['section'])}</span>
<h1 class="entry-title" itemprop="headline">{e(art['title'])}</h1>
<p class="entry-excerpt" itemprop="description">{e(art['dek'])}</p>
<div class="entry-meta">By <span class="author vcard" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="fn" itemprop="name">{e(art['author_name'])}</span></span>
&bull; <time class="entry-date published" itemprop="datePublished" datetime="{art['iso']}">{art['dt'].day} {art['dt']:%B %Y}, {art['dt']:%-I.%M%p}</time>
<span itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Mersey Evening Post"></span></div>
</div>
{lead_figure(art, 'wp-caption post-thumbnail').replace('<figcaption>', '<figcaption class="wp-caption-text">')}
<div class="entry-content" itemprop="articleBody">
{render_items(art, fig_cls='wp-caption').replace('<figcaption>', '<figcaption class="wp-caption-text">')}
</div>
</div>
<div class="newsletter-widget"><h4>Get the Post in your inbox</h4><p>Local news, every evening at 6pm.</p><form action="/mersey-evening-post/"><input type="email" name="EMAIL" placeholder="Email"><button>Subscribe</button></form></div>
<div class="related-posts"><h4>You might also like</h4>
{related}
</div>
<div id="comments" class="comments-area"><h3 class="comments-title">{len(comments_for(art))} thoughts on this story</h3><ol class="comment-list">
{comments}
</ol></div>
</div>
<footer class="site-footer"><div class="site-info"><a href="/mersey-evening-post/">About</a> | <a href="/cookies.html">Privacy and cookies</a> | <a href="/mersey-evening-post/feed.xml">Feed</a><br>The Mersey Evening Post is a fictional outlet in the contest-tracker demo archive.</div></footer>
</body>
</html>
"""


LAYOUTS = {"wc": page_wc, "nl": page_nl, "cc": page_cc, "vg": page_vg, "mep": page_mep}


# --- Feeds, sitemaps, index pages --------------------------------------------------

def outlet_articles(arts: list[dict], key: str) -> list[dict]:
    return sorted([x for x in arts if x["outlet"] == key], key=lambda x: x["dt"], reverse=True)


def feed_items(arts: list[dict], key: str) -> list[dict]:
    return outlet_articles(arts, key)[:FEED_SIZE]


def rss(arts: list[dict], key: str) -> str:
    o = stories.OUTLETS[key]
    items = feed_items(arts, key)
    body = "\n".join(f"""<item>
<title>{e(x['title'])}</title>
<link>{x['url']}</link>
<guid isPermaLink="true">{x['url']}</guid>
<pubDate>{format_datetime(x['dt'])}</pubDate>
<dc:creator>{e(x['author_name'])}</dc:creator>
<category>{e(x['section'])}</category>
<description>{e(x['dek'])}</description>
</item>""" for x in items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{e(o['name'])}</title>
<link>{ARCHIVE}/{o['slug']}/</link>
<atom:link href="{ARCHIVE}/{o['slug']}/feed.xml" rel="self" type="application/rss+xml"/>
<description>{e(o['tagline'])} (fictional outlet, contest-tracker demo archive)</description>
<language>en-gb</language>
<lastBuildDate>{format_datetime(items[0]['dt'])}</lastBuildDate>
{body}
</channel>
</rss>
"""


def atom(arts: list[dict], key: str) -> str:
    o = stories.OUTLETS[key]
    items = feed_items(arts, key)
    body = "\n".join(f"""<entry>
<title>{e(x['title'])}</title>
<link rel="alternate" type="text/html" href="{x['url']}"/>
<id>{x['url']}</id>
<published>{x['iso']}</published>
<updated>{x['iso']}</updated>
<author><name>{e(x['author_name'])}</name></author>
<category term="{a(x['section'])}"/>
<summary>{e(x['dek'])}</summary>
</entry>""" for x in items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
<title>{e(o['name'])}</title>
<subtitle>{e(o['tagline'])} (fictional outlet, contest-tracker demo archive)</subtitle>
<link rel="self" type="application/atom+xml" href="{ARCHIVE}/{o['slug']}/feed.xml"/>
<link rel="alternate" type="text/html" href="{ARCHIVE}/{o['slug']}/"/>
<id>{ARCHIVE}/{o['slug']}/</id>
<updated>{items[0]['iso']}</updated>
{body}
</feed>
"""


def news_sitemap(arts: list[dict], key: str) -> str:
    o = stories.OUTLETS[key]
    urls = "\n".join(f"""<url>
<loc>{x['url']}</loc>
<lastmod>{x['iso']}</lastmod>
<news:news>
<news:publication><news:name>{e(o['name'])}</news:name><news:language>{o['language']}</news:language></news:publication>
<news:publication_date>{x['iso']}</news:publication_date>
<news:title>{e(x['title'])}</news:title>
</news:news>
</url>""" for x in sorted(outlet_articles(arts, key), key=lambda x: x["dt"]))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>
"""


def sitemap_index(arts: list[dict]) -> str:
    rows = "\n".join(f"""<sitemap>
<loc>{ARCHIVE}/{o['slug']}/news-sitemap.xml</loc>
<lastmod>{outlet_articles(arts, key)[0]['iso']}</lastmod>
</sitemap>""" for key, o in stories.OUTLETS.items())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{rows}
</sitemapindex>
"""


def opml() -> str:
    rows = "\n".join(
        f'<outline type="{"atom" if o["feed"] == "atom" else "rss"}" text="{a(o["name"])}" title="{a(o["name"])}" '
        f'xmlUrl="{ARCHIVE}/{o["slug"]}/feed.xml" htmlUrl="{ARCHIVE}/{o["slug"]}/"/>'
        for o in stories.OUTLETS.values())
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
<head><title>contest-tracker demo archive feeds</title></head>
<body>
{rows}
</body>
</opml>
"""


DEMO_NOTE = ("Demo reconstruction for contest-tracker: every outlet here is fictional and the prose is ours; "
             "quotations and tweets are verbatim from the real sources linked on each page.")


def simple_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(title)}</title>
<link rel="canonical" href="{ARCHIVE}/">
</head>
<body>
<p class="demo-banner">{e(DEMO_NOTE)}</p>
<h1>{e(title)}</h1>
{body}
</body>
</html>
"""


def outlet_index(arts: list[dict], key: str) -> str:
    o = stories.OUTLETS[key]
    items = "\n".join(f'<li><a href="{x["path"]}">{e(x["title"])}</a> <span class="date">{x["dt"].day} {x["dt"]:%B %Y}</span></li>'
                      for x in outlet_articles(arts, key))
    page = simple_page(o["name"], f'<p>{e(o["tagline"])}</p>\n<ul class="latest">\n{items}\n</ul>\n'
                                   f'<p><a href="/{o["slug"]}/feed.xml">Feed</a> | <a href="/{o["slug"]}/news-sitemap.xml">News sitemap</a></p>')
    return page.replace(f'href="{ARCHIVE}/"', f'href="{ARCHIVE}/{o["slug"]}/"', 1)


def home(arts: list[dict]) -> str:
    rows = "\n".join(
        f'<li><a href="/{o["slug"]}/">{e(o["name"])}</a> ({len(outlet_articles(arts, k))} articles; '
        f'<a href="/{o["slug"]}/feed.xml">feed</a>, <a href="/{o["slug"]}/news-sitemap.xml">news sitemap</a>)</li>'
        for k, o in stories.OUTLETS.items())
    return simple_page("contest-tracker demo archive: the 2016 Labour leadership contest",
                       f"<ul class=\"outlets\">\n{rows}\n</ul>\n"
                       '<p><a href="/sitemap-index.xml">Sitemap index</a> | <a href="/feeds.opml">Feeds (OPML)</a> | '
                       '<a href="/tweets/">Tweet archives</a> | <a href="/manifest.json">Manifest</a></p>')


def svg_placeholder(n: int) -> str:
    colours = ["#8fa8c8", "#c89f8f", "#9fc88f", "#c8c48f"]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540" viewBox="0 0 960 540">'
            f'<rect width="960" height="540" fill="{colours[n - 1]}"/>'
            f'<text x="480" y="280" font-family="sans-serif" font-size="40" text-anchor="middle">Demo placeholder image {n}</text></svg>\n')


# --- Tweet archives ----------------------------------------------------------------

DEMO_WEATHER = {"text": "Grey and drizzly across the valleys today, brighter tomorrow. (Fictional demo account, not a real tweet.)",
                "name": "Demo Weather Watch (fictional)", "handle": "demo_weather_watch", "date": "2015-11-17",
                "source": None}
DEMO_RETWEETER = {"name": "Demo Reader (fictional)", "handle": "demo_reader_mersey"}


def v1_date(day: str) -> str:
    d = datetime.strptime(day, "%Y-%m-%d").replace(hour=12, tzinfo=timezone.utc)
    return d.strftime("%a %b %d %H:%M:%S +0000 %Y")


def twarc2_line(t: dict, demo: bool = False) -> dict:
    obj = {"text": t["text"], "created_at": f"{t['date']}T12:00:00.000Z", "created_at_precision": "day",
           "author": {"username": t["handle"], "name": t["name"]}, "lang": "en"}
    if t.get("source"):
        obj["source_url"] = source_url(t["source"])
    if demo:
        obj["demo_fictional"] = True
    return obj


def v1_obj(t: dict, demo: bool = False) -> dict:
    obj = {"created_at": v1_date(t["date"]), "created_at_precision": "day", "full_text": t["text"],
           "truncated": False, "lang": "en", "user": {"screen_name": t["handle"], "name": t["name"]}}
    if t.get("source"):
        obj["source_url"] = source_url(t["source"])
    if demo:
        obj["demo_fictional"] = True
    return obj


def tweet_files() -> dict[str, str]:
    eagle, corbyn = stories.TWEETS["eagle"], stories.TWEETS["corbyn"]
    tw2 = [twarc2_line(eagle), twarc2_line(corbyn), twarc2_line(DEMO_WEATHER, demo=True)]
    retweet = {"created_at": v1_date("2016-07-19"), "created_at_precision": "day",
               "full_text": f"RT @{eagle['handle']}: {eagle['text']}", "truncated": False, "lang": "en",
               "user": {"screen_name": DEMO_RETWEETER["handle"], "name": DEMO_RETWEETER["name"]},
               "demo_fictional": True, "retweeted_status": v1_obj(eagle)}
    v1 = [v1_obj(eagle), retweet, v1_obj(corbyn), v1_obj(DEMO_WEATHER, demo=True)]
    account_tweets = [{"tweet": {"created_at": v1_date(corbyn["date"]), "created_at_precision": "day",
                                 "full_text": corbyn["text"], "lang": "en", "source_url": source_url(corbyn["source"]),
                                 "entities": {"hashtags": [{"text": "LabourLeadership"}],
                                              "urls": [{"url": "https://t.co/wiKETk5orE"}, {"url": "https://t.co/U3W0UEu4hD"}]}}}]
    dumps = lambda o: json.dumps(o, ensure_ascii=False)  # noqa: E731
    readme = """Demo tweet archives for contest-tracker
=========================================

These files are DEMO archives built by demo_archive/build.py. They hold the only
real tweets whose text we have verbatim (from shared/contest-facts/labour-2016.md
and the seed article), plus clearly labelled fictional demo records
("demo_fictional": true): one off-topic tweet from 2015 and one retweet by a
fictional ordinary account.

There are NO tweet ids and NO status URLs: the real ids were not known, and we
do not make them up. "source_url" points to the page that reported the tweet
(for the seed tweet, the seed article's page in this archive, because the
seed's original address was not recorded). Only the day of each tweet is known,
so created_at is set to 12:00 UTC on that day with "created_at_precision": "day".

Files
- tweets.twarc2.jsonl: twarc2 "flattened" lines (text, created_at, author{username,name}).
- tweets.v1.jsonl: Twitter API v1.1 style objects (full_text, created_at, user{screen_name,name}),
  including one retweet ("retweeted_status").
- account-archive/data/tweets.js and account.js: a Twitter account archive for @jeremycorbyn
  (window.YTD.tweets.part0 / window.YTD.account.part0).
"""
    index = simple_page("Tweet archives (demo)", "<ul>\n" + "\n".join(
        f'<li><a href="/tweets/{n}">{n}</a></li>' for n in
        ["tweets.twarc2.jsonl", "tweets.v1.jsonl", "account-archive/data/tweets.js",
         "account-archive/data/account.js", "README.txt"]) + "\n</ul>")
    return {
        "tweets/tweets.twarc2.jsonl": "".join(dumps(o) + "\n" for o in tw2),
        "tweets/tweets.v1.jsonl": "".join(dumps(o) + "\n" for o in v1),
        "tweets/account-archive/data/tweets.js": "window.YTD.tweets.part0 = " + json.dumps(account_tweets, ensure_ascii=False, indent=2) + "\n",
        "tweets/account-archive/data/account.js": 'window.YTD.account.part0 = [{"account": {"username": "jeremycorbyn", "accountDisplayName": "Jeremy Corbyn"}}]\n',
        "tweets/README.txt": readme,
        "tweets/index.html": index,
    }


# --- Manifest and main -------------------------------------------------------------

def manifest(arts: list[dict]) -> str:
    feed_paths = {x["path"] for k in stories.OUTLETS for x in feed_items(arts, k)}
    outlets = [{"key": k, "slug": o["slug"], "name": o["name"], "metadata": o["metadata"], "feed": o["feed"],
                "layout": o["layout"], "feed_url": f"{ARCHIVE}/{o['slug']}/feed.xml",
                "news_sitemap_url": f"{ARCHIVE}/{o['slug']}/news-sitemap.xml",
                "articles": len(outlet_articles(arts, k)),
                "on_topic_articles": sum(x["on_topic"] for x in outlet_articles(arts, k))}
               for k, o in stories.OUTLETS.items()]
    articles = [{"path": x["path"], "url": x["url"], "outlet": x["o"]["slug"], "outlet_name": x["o"]["name"],
                 "title": x["title"], "author": x["author_name"], "published": x["iso"],
                 "published_date": x["dt"].date().isoformat(), "on_topic": x["on_topic"],
                 "section": x["section"], "seed": x["body"] == "SEED", "in_feed": x["path"] in feed_paths,
                 "date_in_markup": x["outlet"] != "vg",
                 "quotes": x["quotes"], "tweets": x["tweets"]} for x in arts]
    data = {"name": "contest-tracker demo archive", "contest": "labour-2016",
            "placeholder": ARCHIVE, "note": DEMO_NOTE,
            "counts": {"articles": len(arts), "on_topic": sum(x["on_topic"] for x in arts),
                       "off_topic": sum(not x["on_topic"] for x in arts),
                       "pages_with_tweets": sum(bool(x["tweets"]) for x in arts),
                       "quotes": sum(len(x["quotes"]) for x in arts)},
            "outlets": outlets, "articles": articles,
            "tweet_archives": ["/tweets/tweets.twarc2.jsonl", "/tweets/tweets.v1.jsonl",
                               "/tweets/account-archive/data/tweets.js", "/tweets/account-archive/data/account.js"]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def build(site: Path = SITE) -> list[dict]:
    arts = prepare()
    files: dict[str, str] = {}
    for art in arts:
        files[art["path"].lstrip("/")] = LAYOUTS[art["outlet"]](art, arts)
    for key, o in stories.OUTLETS.items():
        files[f"{o['slug']}/feed.xml"] = atom(arts, key) if o["feed"] == "atom" else rss(arts, key)
        files[f"{o['slug']}/news-sitemap.xml"] = news_sitemap(arts, key)
        files[f"{o['slug']}/index.html"] = outlet_index(arts, key)
    files["sitemap-index.xml"] = sitemap_index(arts)
    files["robots.txt"] = f"User-agent: *\nAllow: /\n\nSitemap: {ARCHIVE}/sitemap-index.xml\n"
    files["feeds.opml"] = opml()
    files["index.html"] = home(arts)
    files["cookies.html"] = simple_page("Cookies", "<p>The demo archive sets no cookies; the banners are furniture.</p>")
    for n in range(1, 5):
        files[f"static/img/demo-photo-{n}.svg"] = svg_placeholder(n)
    files["static/img/westminster-courier-logo.svg"] = svg_placeholder(1).replace("Demo placeholder image 1", "The Westminster Courier")
    files.update(tweet_files())
    files["manifest.json"] = manifest(arts)
    if site.exists():
        shutil.rmtree(site)
    for rel, text in sorted(files.items()):
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return arts


if __name__ == "__main__":
    arts = build()
    print(f"wrote {SITE}: {len(arts)} articles "
          f"({sum(x['on_topic'] for x in arts)} on topic, {sum(not x['on_topic'] for x in arts)} off topic)")
