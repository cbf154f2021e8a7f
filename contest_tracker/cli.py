"""The ``contest-tracker`` command: each subcommand parses options and calls one library function."""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from contest_tracker.contest import DEFAULT_CONTEST, ContestError, load_contest

DEFAULT_DB = "contest.db"
# The demo crawls our own loopback server: no need for the delays real sites deserve.
LOOPBACK_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0.05, "AUTOTHROTTLE_MAX_DELAY": 1.0,
                     "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def _contest(value):
    try:
        return load_contest(value)
    except ContestError as exc:
        raise click.BadParameter(str(exc), param_hint="--contest") from exc


contest_option = click.option("--contest", "contest", default=DEFAULT_CONTEST, show_default=True,
                              help="Contest name under contests/ or path to a .toml file.")
db_option = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                         type=click.Path(dir_okay=False, path_type=Path), help="SQLite database file.")


@click.group()
@click.version_option(package_name="contest-tracker")
def cli():
    """Follow a political leadership contest through the news.

    Crawl news sites, archives and tweets; extract speakers, quotes and events;
    publish them with Datasette as a searchable timeline.
    """


def _print_counts(db_path: Path, contest) -> None:
    from db.store import Store

    counts = Store.open(db_path, contest).counts()
    click.echo("Database " + str(db_path) + ": " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))


@cli.command()
@db_option
@click.option("--port", default=8001, show_default=True, help="Port for Datasette on 127.0.0.1.")
@click.option("--no-serve", is_flag=True, help="Stop once the database is built.")
@click.option("--archive", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Folder to serve instead of the bundled demo archive.")
def demo(db_path, port, no_serve, archive):
    """Crawl the bundled offline demo archive over loopback HTTP, build the database, serve it.

    Example: contest-tracker demo --db demo.db
    """
    from contest_tracker.archive_server import DEMO_ARCHIVE, ArchiveServer
    from contest_tracker.crawl import run_crawl
    from contest_tracker.publish import checkpoint, serve

    contest = _contest(DEFAULT_CONTEST)
    with ArchiveServer(archive or DEMO_ARCHIVE) as server:
        click.echo(f"Serving the demo archive at {server.url}", err=True)
        run_crawl(contest, db_path, archive_url=server.url, overrides=LOOPBACK_SETTINGS)
    checkpoint(db_path)
    _print_counts(db_path, contest)
    if no_serve:
        return
    click.echo(f"Datasette: http://127.0.0.1:{port}/  (timeline: http://127.0.0.1:{port}/timeline)")
    sys.exit(serve(db_path, port))


@cli.command()
@contest_option
@click.option("--source", "sources", multiple=True, help="Crawl only this source (repeatable).")
@db_option
@click.option("--archive-url", default="", help="Base URL that replaces {archive} in source URLs.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's own log (LOG_LEVEL=INFO).")
def crawl(contest, sources, db_path, archive_url, overrides, verbose):
    """Crawl the contest's sources into the database.

    Example: contest-tracker crawl --contest my-contest.toml --source guardian --db contest.db
    """
    from contest_tracker.crawl import run_crawl
    from contest_tracker.publish import checkpoint

    contest_obj = _contest(contest)
    settings = {"LOG_LEVEL": "INFO"} if verbose else {}
    for pair in overrides:
        name, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--set")
        settings[name] = value
    try:
        run_crawl(contest_obj, db_path, sources=sources, archive_url=archive_url, overrides=settings)
    except ContestError as exc:
        raise click.ClickException(str(exc)) from exc
    checkpoint(db_path)
    _print_counts(db_path, contest_obj)


@cli.command()
@db_option
@contest_option
def rebuild(db_path, contest):
    """Rerun the whole normaliser over the stored raw responses, without crawling again.

    Example: contest-tracker rebuild --db contest.db
    """
    from tqdm import tqdm

    from db.rebuild import rebuild as rebuild_db

    contest_obj = _contest(contest)
    if not db_path.exists():
        raise click.ClickException(f"No database at {db_path}: run `contest-tracker crawl` or `demo` first")
    with tqdm(desc="rebuild", unit=" pages", file=sys.stderr) as bar:
        counts = rebuild_db(db_path, contest_obj, progress=lambda i, status: bar.update(1))
    click.echo("Rebuilt: " + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())), err=True)
    _print_counts(db_path, contest_obj)


@cli.command()
@db_option
@click.option("--port", default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--live", is_flag=True, help="Show new rows while a crawl writes to the database.")
@click.option("--public", is_flag=True, help="Switch arbitrary SQL off, for a public deployment.")
def serve(db_path, port, host, live, public):
    """Serve the database read-only with Datasette.

    Example: contest-tracker serve --db contest.db --port 8001
    """
    from contest_tracker.publish import serve as serve_db

    if not db_path.exists():
        raise click.ClickException(f"No database at {db_path}: run `contest-tracker demo --no-serve` first")
    click.echo(f"Datasette: http://{host}:{port}/  (timeline: http://{host}:{port}/timeline)", err=True)
    sys.exit(serve_db(db_path, port, host, live=live, public=public))


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--text", "as_text", is_flag=True, help="Files are plain UTF-8 text, not HTML.")
@contest_option
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Publication date for resolving descriptors and relative dates.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="jsonl", show_default=True)
def extract(files, as_text, contest, published, fmt):
    """Extract article text, quotes, speakers, events and tweets from files.

    Example: contest-tracker extract --format jsonl page1.html page2.html
    """
    from contest_tracker.extract import extract_file

    contest_obj = _contest(contest)
    day = published.date() if published else None
    results = (extract_file(path, contest_obj, as_text=as_text, published=day) for path in files)
    if fmt == "jsonl":
        for result in results:
            click.echo(json.dumps(result, ensure_ascii=False))
    else:
        click.echo(json.dumps(list(results), ensure_ascii=False, indent=2))


@cli.command("import-tweets")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@contest_option
@click.option("--handle", default=None, help="Author of an account archive (else read from account.js).")
@click.option("--format", "fmt", type=click.Choice(["auto", "twarc2", "v1", "account-archive"]), default="auto",
              show_default=True)
def import_tweets(files, db_path, contest, handle, fmt):
    """Import tweet archives: twarc2 JSONL, API v1.1 JSON(L), or an account archive's tweets.js.

    Example: contest-tracker import-tweets --db contest.db tweets.jsonl
    """
    from contest_tracker.import_tweets import import_files

    contest_obj = _contest(contest)
    summary = import_files(files, db_path, contest_obj, handle=handle, fmt=fmt)
    click.echo(", ".join(f"{v} {k}" for k, v in summary.items()), err=True)


@cli.group(name="eval")
def eval_group():
    """Measure extraction against benchmarks."""


@eval_group.command("articles")
@click.option("--path", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Benchmark folder (default: ../shared/benchmarks/article-extraction).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--workers", default=2, show_default=True, help="Worker processes.")
def eval_articles(path, as_json, workers):
    """Score article body extraction on the article-extraction benchmark.

    Example: contest-tracker eval articles --workers 2
    """
    from contest_tracker import eval_articles as ev

    try:
        result = ev.evaluate(path or ev.DEFAULT_PATH, workers=workers)
    except (FileNotFoundError, ev.BenchmarkNotFound) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result, indent=2) if as_json else ev.format_report(result))


@eval_group.command("polnear")
@click.option("--split", default="dev", show_default=True, type=click.Choice(["dev", "train"]))
@click.option("--path", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="PolNeAR folder (default: ../shared/corpora/polnear).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--agreement", is_flag=True,
              help="Score PolNeAR's annotators against each other, and the extractor against them, instead.")
def eval_polnear(split, path, as_json, agreement):
    """Score quote extraction and attribution on PolNeAR.

    Example: contest-tracker eval polnear --split dev
    """
    from contest_tracker import eval_polnear as ev

    try:
        if agreement:
            result = ev.agreement(path or ev.DEFAULT_PATH)
            click.echo(json.dumps(result, indent=2) if as_json else ev.format_agreement(result))
            return
        result = ev.evaluate(path or ev.DEFAULT_PATH, split=split)
    except (FileNotFoundError, ev.PolnearMissing) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result, indent=2) if as_json else ev.format_report(result))


@cli.command()
@click.option("--every", required=True, metavar="INTERVAL", help="How often to recrawl: 30m, 6h, 1d.")
@contest_option
@db_option
@click.option("--source", "sources", multiple=True, help="Recrawl only this source (repeatable).")
@click.option("--systemd", "systemd_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write NAME.service and NAME.timer into this folder.")
@click.option("--name", default="contest-tracker-crawl", show_default=True, help="Name of the systemd units.")
def schedule(every, contest, db_path, sources, systemd_dir, name):
    """Print a crontab line that recrawls the contest every INTERVAL; or write systemd units.

    Reruns are incremental, so frequent runs cost little.

    Example: contest-tracker schedule --every 6h --contest my-contest.toml --db contest.db --systemd ~/.config/systemd/user
    """
    from contest_tracker import schedule as sched

    contest_obj = _contest(contest)
    try:
        interval = sched.parse_every(every)
    except sched.ScheduleError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from exc
    for source in sources:
        try:
            contest_obj.source(source)
        except ContestError as exc:
            raise click.BadParameter(str(exc), param_hint="--source") from exc
    command = sched.crawl_command(contest, db_path, tuple(sources))
    workdir = Path.cwd()
    if systemd_dir is not None:
        for path in sched.write_units(systemd_dir, sched.systemd_units(interval, command, workdir, name)):
            click.echo(f"Wrote {path}", err=True)
        click.echo(f"Enable with: systemctl --user daemon-reload && systemctl --user enable --now {name}.timer",
                   err=True)
    try:
        click.echo(sched.crontab_line(interval, command, workdir))
    except sched.ScheduleError as exc:
        if systemd_dir is None:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"No crontab line: {exc}", err=True)


@cli.command()
@click.argument("databases", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--into", "into", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The database to merge into (created if missing).")
@contest_option
def merge(databases, into, contest):
    """Merge contest databases (from several Scrapyd nodes, say) into one; safe to repeat.

    Example: contest-tracker merge node1.db node2.db --into contest.db
    """
    from contest_tracker.publish import checkpoint
    from db.merge import MergeError, merge as merge_dbs

    contest_obj = _contest(contest)
    try:
        added = merge_dbs(list(databases), into, contest_obj)
    except MergeError as exc:
        raise click.ClickException(str(exc)) from exc
    checkpoint(into)
    news = ", ".join(f"{n} new {t.replace('_', ' ')}" for t, n in added.items() if n)
    click.echo(f"Merged {len(databases)} databases into {into}: {news or 'nothing new'}")


@cli.command()
@click.option("--articles", default=2000, show_default=True, help="Synthetic article pages to crawl.")
@click.option("--quotes", default=0, help="Instead: build a database of this many quotes and time FTS search.")
@click.option("--workers", default=0, help="Extraction processes (default: one per core).")
@click.option("--scrapy-seconds", default=10, show_default=True, help="Length of the `scrapy bench` run; 0 skips it.")
@click.option("--keep", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the corpus and databases in this folder.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bench(articles, quotes, workers, scrapy_seconds, keep, as_json):
    """Measure crawl, extraction, storage and search on a synthetic corpus (fictional speakers).

    Example: contest-tracker bench --articles 2000 --json
    """
    from contest_tracker import bench as benchmark

    log = (lambda message: None) if as_json else (lambda message: click.echo(message, err=True))
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
    if quotes:
        result = benchmark.bench_quotes(quotes, workdir=keep, log=log)
    else:
        result = benchmark.bench_articles(articles, workdir=keep, workers=workers or None,
                                          scrapy_seconds=scrapy_seconds, log=log)
    click.echo(json.dumps(result) if as_json else benchmark.format_report(result))


if __name__ == "__main__":
    cli()
