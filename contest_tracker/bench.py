"""``contest-tracker bench``: measure the whole pipeline on a synthetic corpus (issue 7).

The corpus is generated in a temporary folder: realistic article pages of 50 to
150 KB (navigation, inline CSS and JSON, related links, an embedded tweet)
whose quotes are all said by FICTIONAL people ("Alex Example" and friends)
listed in a bench contest file. It is served on loopback by ``ArchiveServer``
(ETag, 304) and crawled by ``contest-tracker crawl`` in a subprocess, exactly
as a user would, twice: the first run, then a rerun over the unchanged corpus.

Figures: end-to-end articles per second; the extraction stage alone
(``normalise_page`` in process on one core, and on every core with a process
pool); peak RSS of the crawl's process tree; database size; Datasette FTS
latency (median, p95) through ``Datasette.client``; and Scrapy's own ``scrapy
bench`` rate on this machine, in the same run, as a yardstick.

``--quotes N`` instead builds a database of N synthetic quotes by fictional
speakers (bulk insert, FTS rebuilt once) and measures FTS search over it.
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# --- fictional people: every synthetic quote is theirs, never a real person's ----------

FICTIONAL_PEOPLE = [
    ("alex-example", "Alex Example", "Example", "m", "alex_example", True, "the challenger"),
    ("sam-placeholder", "Sam Placeholder", "Placeholder", "f", "sam_placeholder", True, "the incumbent"),
    ("jo-sample", "Jo Sample", "Sample", "f", "jo_sample", False, "the deputy"),
    ("robin-testwell", "Robin Testwell", "Testwell", "m", "robin_testwell", False, "the treasurer"),
    ("casey-mockridge", "Casey Mockridge", "Mockridge", "f", "casey_mockridge", False, "the general secretary"),
]
FIRST = ["Alex", "Sam", "Jo", "Robin", "Casey", "Morgan", "Jamie", "Riley", "Quinn", "Avery", "Drew", "Rowan"]
LAST = ["Example", "Placeholder", "Sample", "Testwell", "Mockridge", "Dummyfield", "Fakenham-Jones", "Specimen",
        "Prototype", "Madeup", "Notreal", "Invented"]
TOPICS = ["rail fares", "council housing", "the minimum wage", "student fees", "local hospitals", "bus routes",
          "steel jobs", "flood defences", "school meals", "broadband", "care homes", "apprenticeships",
          "pensions", "tax credits", "the high street", "youth clubs", "library hours", "energy bills"]
PLACES = ["Exampleton", "Sampleford", "Mockbury", "Placeholder Bay", "Testwich", "Dummyport", "Fakesbridge"]
VERBS = ["said", "told the meeting", "argued", "insisted", "added", "told reporters"]
QUOTE_BITS = [
    "we will fight for {topic} in every town", "nobody voted for cuts to {topic}",
    "this campaign is about {topic} and about trust", "members in {place} deserve better on {topic}",
    "I have spent ten years working on {topic}", "the party must listen to people in {place}",
    "we cannot win without a plan for {topic}", "the hustings in {place} showed what members want",
    "I will publish a costed plan on {topic} next week", "unity matters more than any one of us",
]
# Searches people make: mostly a name or a specific word, sometimes a word every other quote has.
COMMON_QUERIES = ["rail", "housing", "hustings", "members", "plan", "minimum wage", "Exampleton", "broadband"]
SELECTIVE_QUERIES = ["417", "steel 58", "Mockbury library"]
BENCH_QUERIES = COMMON_QUERIES + SELECTIVE_QUERIES  # plus vocabulary words, added in fts_latency


def bench_contest_toml(sitemap_url: str) -> str:
    """A contest that extends labour-2016 but whose people (a whole key) are all fictional."""
    lines = ['extends = "labour-2016"', 'slug = "bench"', ""]
    for pid, name, surname, gender, handle, candidate, descriptor in FICTIONAL_PEOPLE:
        lines += ["[[people]]", f'id = "{pid}"', f'name = "{name}"', f'aliases = ["{surname}"]',
                  'titles = ["Cllr"]', f'gender = "{gender}"', 'party = "Labour"', f'twitter = "{handle}"',
                  f"candidate = {'true' if candidate else 'false'}",
                  f'roles = [{{ title = "Bench role", descriptors = ["{descriptor}"] }}]', ""]
    lines += ["[[sources]]", 'name = "bench"', 'kind = "sitemap"', f'url = "{sitemap_url}"', ""]
    return "\n".join(lines)


# --- the synthetic corpus -----------------------------------------------------------------

def _sentence(rng: random.Random) -> str:
    topic, place = rng.choice(TOPICS), rng.choice(PLACES)
    return rng.choice([
        f"The Labour leadership contest reached {place} this week, where members asked about {topic}.",
        f"At the hustings in {place}, questions on {topic} took most of the evening.",
        f"Party staff in {place} said turnout at the meeting was higher than expected.",
        f"The NEC timetable leaves three more weeks before ballots go out to members in {place}.",
        f"Local activists in {place} have campaigned on {topic} for years.",
        f"A poll of members suggested {topic} would decide many votes in the leadership election.",
        f"The leadership race has been fought mostly over {topic} and party unity.",
    ])


OPENERS = ["Frankly, ", "Look, ", "In {place}, ", "After {n} meetings, ", "Let me be clear: ", "Honestly, ",
           "This week ", "On {topic}, ", "For {n} years ", "Today ", "Again and again ", "{n} members told me ",
           "With {n} days to go, ", "Since {month}, ", "In {place} and beyond, ", "When {n} of us met, "]
TAILS = ["", " and I mean that", " before {month}", " in {n} days", " across {place}", " whatever happens",
         " for {n} families", " this autumn", " on {topic} too"]


def _vocabulary(size: int = 20_000, seed: int = 11) -> list[str]:
    """Made-up words (names, places, things) that real quotes are full of; drawn Zipf-wise below."""
    rng = random.Random(seed)
    syllables = ["ba", "ker", "lin", "mo", "ra", "ton", "vel", "shi", "dor", "qua", "ne", "pith", "grum", "al",
                 "sten", "wick", "os", "fa", "lu", "mber", "cre", "zo", "ith", "pan"]
    words: dict[str, None] = {}
    while len(words) < size:
        words["".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))] = None
    return list(words)


VOCABULARY = _vocabulary()


def rare_word(rng: random.Random) -> str:
    """A vocabulary word with a Zipf-like frequency: a few common, most rare."""
    return VOCABULARY[int(len(VOCABULARY) ** rng.random()) - 1]  # P(rank k) ~ 1/k


def quote_words(rng: random.Random) -> str:
    """A fictional speaker's words: varied like real quotes, so near-duplicates are rare."""
    fill = dict(topic=rng.choice(TOPICS), place=rng.choice(PLACES), n=rng.randint(2, 999),
                month=rng.choice(["September", "October", "the count", "the ballot"]))
    clauses = [rng.choice(OPENERS).format(**fill) + rng.choice(QUOTE_BITS).format(**fill)
               + rng.choice(TAILS).format(**fill) for _ in range(rng.randint(1, 3))]
    clauses.append(f"ask {rare_word(rng).capitalize()} about the {rare_word(rng)} and the {rare_word(rng)}")
    text = "; ".join(clauses)
    return text[0].upper() + text[1:]


def _quote_paragraph(rng: random.Random, person: tuple) -> str:
    words = quote_words(rng)
    name = person[1]
    if rng.random() < 0.5:
        return f"\u201c{words},\u201d {name} {rng.choice(VERBS)}."
    return f"{name} {rng.choice(VERBS)}: \u201c{words}. We have a long way to go.\u201d"


def article_page(i: int, rng: random.Random, base: str = "{{ARCHIVE}}") -> str:
    """One realistic page of 50-150 KB: the story is a few KB, the rest is site furniture."""
    day = 1 + i % 28
    month = 7 + (i // 28) % 2
    date = f"2016-{month:02d}-{day:02d}"
    title = f"Leadership hustings in {rng.choice(PLACES)}: {rng.choice(TOPICS)} dominates, report {i}"
    paragraphs = [f"The Labour leadership hustings went on on day {i} of the campaign, with "
                  f"{FICTIONAL_PEOPLE[0][1]} and {FICTIONAL_PEOPLE[1][1]} both on stage."]
    for _ in range(rng.randint(14, 26)):
        paragraphs.append(" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))))
        if rng.random() < 0.35:
            paragraphs.append(_quote_paragraph(rng, rng.choice(FICTIONAL_PEOPLE)))
    person = rng.choice(FICTIONAL_PEOPLE)
    tweet_id = 100_000_000_000_000_000 + i
    tweet = (f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Off to the hustings in '
             f'{rng.choice(PLACES)} tonight. Labour leadership, day {i}.</p>&mdash; {person[1]} (@{person[4]}) '
             f'<a href="https://twitter.com/{person[4]}/status/{tweet_id}">{date}</a></blockquote>')
    nav = "".join(f'<li><a href="{base}/section/{s}-{k}.html">Section {s} {k}</a></li>'
                  for s in ("news", "politics", "sport", "culture", "money") for k in range(40))
    css = "".join(f".c{k}{{margin:{k % 7}px;padding:{k % 5}px;color:#{k * 2654435761 % 0xFFFFFF:06x}}}\n"
                  for k in range(300))
    related = "".join(f'<li><a href="{base}/related/{i}-{k}.html">{_sentence(rng)}</a></li>' for k in range(30))
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": f"{date}T09:00:00+01:00", "author": {"@type": "Person", "name": "Pat Reporter"},
                     "publisher": {"@type": "Organization", "name": "The Example Gazette"}})
    page = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | The Example Gazette</title>'
            f'<link rel="canonical" href="{base}/articles/{i}.html">'
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="The Example Gazette">'
            f'<meta property="article:published_time" content="{date}T09:00:00+01:00">'
            f'<script type="application/ld+json">{ld}</script><style>{css}</style></head><body>'
            f'<header><nav><ul>{nav}</ul></nav></header><main><article><h1>{title}</h1>'
            f'<p class="byline">By Pat Reporter</p>{body}{tweet}</article>'
            f'<aside><h2>Most read</h2><ul>{related}</ul></aside></main>')
    target = rng.randint(50_000, 150_000)
    filler = []
    size = len(page.encode())
    while size < target - 2000:  # analytics config and ad slots, the usual bulk of a news page
        chunk = json.dumps({"slot": rng.randrange(10**6), "targeting": [rng.choice(TOPICS) for _ in range(20)],
                            "sizes": [[300, 250], [728, 90]], "id": f"{rng.getrandbits(64):016x}"})
        filler.append(chunk)
        size += len(chunk) + 1
    page += f'<script>window.__ads = [{",".join(filler)}];</script>'
    page += f'<footer><ul>{nav[:4000]}</ul><p>Copyright The Example Gazette</p></footer></body></html>'
    return page


def make_corpus(root: Path, articles: int, seed: int = 7) -> Path:
    """Write ``articles`` pages and a sitemap index (1,000 URLs per sitemap) under ``root``."""
    rng = random.Random(seed)
    (root / "articles").mkdir(parents=True, exist_ok=True)
    sitemaps = []
    for start in range(0, articles, 1000):
        entries = []
        for i in range(start, min(articles, start + 1000)):
            (root / "articles" / f"{i}.html").write_text(article_page(i, rng), encoding="utf-8")
            date = f"2016-{7 + (i // 28) % 2:02d}-{1 + i % 28:02d}"
            entries.append(f"<url><loc>{{{{ARCHIVE}}}}/articles/{i}.html</loc><news:news><news:publication_date>"
                           f"{date}</news:publication_date></news:news></url>")
        name = f"sitemap-{start // 1000}.xml"
        (root / name).write_text('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                                 'schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                                 + "".join(entries) + "</urlset>", encoding="utf-8")
        sitemaps.append(name)
    (root / "sitemap.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(f"<sitemap><loc>{{{{ARCHIVE}}}}/{name}</loc></sitemap>" for name in sitemaps)
        + "</sitemapindex>", encoding="utf-8")
    return root


# --- measuring ------------------------------------------------------------------------------

def _tree_rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in KB (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    stat = f.read().rsplit(b")", 1)[1].split()
                parents[int(entry)] = int(stat[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    total = 0
    for member in tree:
        try:
            with open(f"/proc/{member}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total


def run_crawl_measured(contest: Path, db_path: Path, extra: list[str] | None = None) -> dict:
    """Run ``contest-tracker crawl`` in a subprocess; wall time and the peak RSS of its process tree."""
    args = [sys.executable, "-m", "contest_tracker.cli", "crawl", "--contest", str(contest), "--db", str(db_path),
            "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS=32",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=32", "-s", "CONTEST_PROGRESS=False", "-s", "ROBOTSTXT_OBEY=False",
            *(extra or [])]
    started = time.monotonic()
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            stop.wait(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    elapsed = time.monotonic() - started
    stop.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"crawl failed ({proc.returncode}): {err[-3000:]}")
    return {"seconds": elapsed, "peak_rss_kb": peak, "stderr": err}


def _normalise_file(args):
    path, contest_path = args
    from contest_tracker.contest import load_contest
    from db.normalise import ArticleExtractionError, normalise_page

    contest = _CONTESTS.get(contest_path) or _CONTESTS.setdefault(contest_path, load_contest(contest_path))
    body = Path(path).read_bytes().replace(b"{{ARCHIVE}}", b"http://127.0.0.1:8000")
    try:
        page = normalise_page(f"http://127.0.0.1:8000/articles/{Path(path).name}", body, contest)
    except ArticleExtractionError:
        return 0
    return len(page.quotes)


_CONTESTS: dict = {}


def extraction_rates(files: list[Path], contest: Path, workers: int) -> dict:
    """Pages per second of ``normalise_page`` alone: in process (one core) and over ``workers`` processes."""
    jobs = [(str(f), str(contest)) for f in files]
    _normalise_file(jobs[0])  # warm up imports and the contest, as a long crawl would be
    started = time.monotonic()
    quotes = sum(map(_normalise_file, jobs))
    single = len(jobs) / (time.monotonic() - started)
    import multiprocessing

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver")) as pool:
        list(pool.map(_normalise_file, jobs[:workers], chunksize=1))  # warm the workers
        started = time.monotonic()
        list(pool.map(_normalise_file, jobs, chunksize=4))
        parallel = len(jobs) / (time.monotonic() - started)
    return {"extract_single_per_s": single, "extract_only_per_s": parallel, "extract_sample": len(jobs),
            "quotes_per_page": quotes / len(jobs)}


def fts_latency(db_path: Path, queries: list[str] = BENCH_QUERIES, rounds: int = 4) -> dict:
    """Median and p95 of ``/db/quotes.json?_search=...`` through Datasette's own client."""
    from contest_tracker.publish import make_datasette

    queries = list(queries) + [VOCABULARY[rank] for rank in (0, 3, 10, 30, 100, 300, 1000, 3000, 10000)]
    common = set(COMMON_QUERIES) | {VOCABULARY[0], VOCABULARY[3]}
    ds = make_datasette(db_path)
    name = db_path.stem
    by_query: dict[str, list[float]] = {}
    times: list[float] = []
    counts: dict[str, int] = {}

    async def run():
        await ds.invoke_startup()
        await ds.client.get(f"/{name}/quotes.json?_search=warmup")
        for _ in range(rounds):
            for query in queries:
                started = time.perf_counter()
                response = await ds.client.get(f"/{name}/quotes.json", params={"_search": query})
                times.append((time.perf_counter() - started) * 1000)
                by_query.setdefault(query, []).append(times[-1])
                if response.status_code != 200:
                    raise RuntimeError(f"FTS query {query!r}: HTTP {response.status_code} {response.text[:300]}")
                counts[query] = response.json().get("filtered_table_rows_count") or 0

    asyncio.run(run())
    times.sort()
    selective = sorted(t for q, ts in by_query.items() if q not in common for t in ts)
    worst = sorted(by_query.items(), key=lambda kv: -statistics.median(kv[1]))[:3]
    return {"fts_p50_ms": statistics.median(times), "fts_p95_ms": _p95(times),
            "fts_selective_p95_ms": _p95(selective), "fts_queries": len(times),
            "fts_matches_median": statistics.median(counts.values()),
            "fts_slowest": {q: [round(statistics.median(ts), 1), counts.get(q)] for q, ts in worst}}


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95 + 0.5) - 1)] if values else 0.0


SCRAPY_BENCH_RE = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\)")


def scrapy_bench(seconds: int = 10) -> dict:
    """Scrapy's own ``scrapy bench`` on this machine, outside the project (its default settings)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
        result = subprocess.run([sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}",
                                 "-s", "LOG_LEVEL=INFO"], cwd=tmp, env=env, capture_output=True, text=True,
                                timeout=seconds + 120)
    rates = [int(m.group(2)) for m in SCRAPY_BENCH_RE.finditer(result.stderr)]
    steady = [r for r in rates if r > 0]
    return {"scrapy_bench_pages_per_s": (statistics.median(steady) / 60) if steady else 0.0,
            "scrapy_bench_peak_pages_per_s": (max(steady) / 60) if steady else 0.0}


def _db_mb(db_path: Path) -> float:
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("pragma wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*")) / 1e6


def bench_articles(articles: int = 2000, *, workdir: Path | None = None, extract_sample: int = 400,
                   scrapy_seconds: int = 10, workers: int | None = None, keep: bool = False,
                   log=lambda message: None) -> dict:
    """Crawl a synthetic corpus of ``articles`` pages end to end, twice, and measure every stage.

    Parameters: ``articles`` pages to generate; ``workdir`` a folder to use (a
    temporary one by default, removed unless ``keep``); ``extract_sample`` pages
    timed for the extraction-only figures; ``scrapy_seconds`` the length of the
    ``scrapy bench`` run (0 skips it); ``workers`` extraction processes
    (default: one per core); ``log`` prints progress.
    """
    from contest_tracker.archive_server import ArchiveServer

    workers = workers or os.cpu_count() or 1
    tmp = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="contest-bench-"))
    try:
        log(f"generating {articles} pages in {tmp}")
        started = time.monotonic()
        corpus = make_corpus(tmp / "site", articles)
        corpus_mb = sum(p.stat().st_size for p in (corpus / "articles").iterdir()) / 1e6
        generate_s = time.monotonic() - started
        db_path = tmp / "bench.db"
        with ArchiveServer(corpus) as server:
            contest = tmp / "bench.toml"
            contest.write_text(bench_contest_toml(server.url + "/sitemap.xml"), encoding="utf-8")
            extra = ["-s", f"CONTEST_WORKERS={workers}"]
            log("first crawl")
            first = run_crawl_measured(contest, db_path, extra)
            log(f"first crawl: {first['seconds']:.1f} s; rerun")
            rerun = run_crawl_measured(contest, db_path, extra)
        import sqlite3

        with sqlite3.connect(db_path) as conn:
            stored, quotes, errors = conn.execute(
                "select (select count(*) from articles), (select count(*) from quotes), "
                "(select count(*) from crawl_errors)").fetchone()
            # what the rerun (the bench contest's one source, crawled last) found new: nothing, on an unchanged corpus
            rerun_new, rerun_updated = conn.execute(
                "select coalesce(items_new, 0), coalesce(items_updated, 0) from crawl_runs order by id desc limit 1"
            ).fetchone()
        log("extraction alone")
        sample = sorted((corpus / "articles").iterdir(), key=lambda p: int(p.stem))[:extract_sample]
        extraction = extraction_rates(sample, contest, workers)
        log("FTS latency")
        fts = fts_latency(db_path)
        result = {
            "articles": articles, "stored": stored, "quotes": quotes, "crawl_errors": errors,
            "corpus_mb": round(corpus_mb, 1), "generate_s": round(generate_s, 1),
            "first_run_s": first["seconds"], "rerun_s": rerun["seconds"],
            "rerun_items_new": rerun_new, "rerun_items_updated": rerun_updated,
            "articles_per_s": articles / first["seconds"], "rerun_speedup": first["seconds"] / rerun["seconds"],
            "peak_rss_mb": first["peak_rss_kb"] / 1024, "rerun_peak_rss_mb": rerun["peak_rss_kb"] / 1024,
            "db_mb": _db_mb(db_path), "workers": workers, **extraction, **fts,
        }
        result["end_to_end_vs_extraction"] = result["articles_per_s"] / result["extract_only_per_s"]
        if scrapy_seconds:
            log("scrapy bench")
            result.update(scrapy_bench(scrapy_seconds))
        else:
            result.update(scrapy_bench_pages_per_s=0.0, scrapy_bench_peak_pages_per_s=0.0)
        rate = result["scrapy_bench_pages_per_s"]
        result["vs_scrapy_bench"] = result["articles_per_s"] / rate if rate else 0.0
        result["max_child_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}
    finally:
        if not keep and not workdir:
            shutil.rmtree(tmp, ignore_errors=True)


# --- a million quotes ---------------------------------------------------------------------------

def build_quotes_db(db_path: Path, quotes: int, seed: int = 7, log=lambda message: None) -> None:
    """Bulk-insert ``quotes`` synthetic quotes by fictional speakers; the FTS index is built once at the end."""
    import sqlite3

    from contest_tracker.contest import load_contest
    from db.schema import open_db

    open_db(db_path).conn.close()
    rng = random.Random(seed)
    conn = sqlite3.connect(db_path)
    conn.execute("pragma synchronous=off")
    speakers = [(f"{slug(f)}-{slug(l)}-{k}", f"{f} {l} {k}") for k, (f, l) in
                enumerate((f, l) for f in FIRST for l in LAST)][:500]
    triggers = [r for r in conn.execute("select name, sql from sqlite_master where type='trigger' "
                                        "and tbl_name='quotes'")]
    with conn:
        for name, _ in triggers:
            conn.execute(f'drop trigger "{name}"')
        conn.executemany("insert or ignore into speakers (id, name, kind, in_config, candidate) "
                         "values (?, ?, 'person', 0, 0)", speakers)
        batch = []
        for i in range(quotes):
            text = quote_words(rng)
            day = f"2016-{7 + i % 3:02d}-{1 + i % 28:02d}"
            batch.append((f"q{i:08d}", text, rng.choice(speakers)[0], "direct", day,
                          f"https://example.invalid/{i}", 1, text.lower()))
            if len(batch) == 50_000:
                conn.executemany("insert into quotes (id, text, speaker_id, kind, first_seen, first_url, "
                                 "source_count, normalized) values (?, ?, ?, ?, ?, ?, ?, ?)", batch)
                batch.clear()
                log(f"{i + 1} quotes")
        if batch:
            conn.executemany("insert into quotes (id, text, speaker_id, kind, first_seen, first_url, "
                             "source_count, normalized) values (?, ?, ?, ?, ?, ?, ?, ?)", batch)
        conn.execute("insert into quotes_fts(quotes_fts) values ('rebuild')")
        for _, sql in triggers:
            conn.execute(sql)
    conn.execute("pragma optimize")
    conn.execute("insert into quotes_fts(quotes_fts) values ('optimize')")
    conn.commit()
    conn.execute("pragma wal_checkpoint(TRUNCATE)")
    conn.close()
    del load_contest


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def bench_quotes(quotes: int, *, workdir: Path | None = None, keep: bool = False, log=lambda m: None) -> dict:
    """Build a database of ``quotes`` quotes and time Datasette FTS search over it."""
    tmp = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="contest-bench-quotes-"))
    try:
        db_path = tmp / "quotes.db"
        started = time.monotonic()
        build_quotes_db(db_path, quotes, log=log)
        build_s = time.monotonic() - started
        log(f"built in {build_s:.1f} s; searching")
        result = {"quotes": quotes, "build_s": build_s, "db_mb": _db_mb(db_path), **fts_latency(db_path)}
        return {k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}
    finally:
        if not keep and not workdir:
            shutil.rmtree(tmp, ignore_errors=True)


def format_report(result: dict) -> str:
    width = max(len(k) for k in result)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in result.items())
