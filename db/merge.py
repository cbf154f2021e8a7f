"""Merge contest databases (one per Scrapyd node, say) into one, never duplicating anything.

Every row is keyed on a natural or content-hash id (see ``db.store``), so the
merge copies rows by primary key and ignores those already there. Three things
need more than that:

* runs and errors have integer ids local to each database: they are matched on
  what they say (source, start time; or the error itself) and renumbered, and
  the rows pointing at them follow;
* a quote may be stored under two ids when two nodes met slightly different
  wordings: ``Store.find_quote`` maps it to the one already merged, exactly as a
  single crawl would have, and each quote's and event's source count is
  recounted at the end;
* an article stored by two nodes with different text keeps the most recently
  fetched version, with that version's quotes and events.

Merging twice, or merging databases that overlap, changes nothing the second time.
"""
from __future__ import annotations

from pathlib import Path

from contest_tracker.contest import Contest
from db.store import Store, short_hash

# Tables copied as they are, keyed on content ids, in an order that respects references.
PLAIN_TABLES = ("speakers", "speaker_aliases", "tweets", "tweet_sources", "events", "event_sources")


class MergeError(Exception):
    """A database to merge is missing or is not a contest database."""


def _columns(store: Store, schema: str, table: str) -> list[str]:
    return [row[1] for row in store.db.execute(f"pragma {schema}.table_info([{table}])")]


def _shared(store: Store, table: str) -> list[str]:
    theirs = set(_columns(store, "src", table))
    return [c for c in _columns(store, "main", table) if c in theirs]


def _copy_ignore(store: Store, table: str, where: str = "") -> int:
    cols = ", ".join(f"[{c}]" for c in _shared(store, table))
    before = store.db.execute(f"select count(*) from main.[{table}]").fetchone()[0]
    store.db.execute(f"insert or ignore into main.[{table}] ({cols}) select {cols} from src.[{table}] {where}")
    return store.db.execute(f"select count(*) from main.[{table}]").fetchone()[0] - before


def _map_runs(store: Store) -> None:
    """Fill temp.run_map(old, new): the same run (source, kind, start) keeps one row."""
    db = store.db
    db.execute("create temp table if not exists run_map (old integer primary key, new integer)")
    db.execute("delete from temp.run_map")
    cols = [c for c in _shared(store, "crawl_runs") if c != "id"]
    for row in db.execute(f"select id, {', '.join(cols)} from src.crawl_runs").fetchall():
        record = dict(zip(cols, row[1:]))
        found = db.execute("select id from main.crawl_runs where source is ? and kind is ? and started is ?",
                           [record.get("source"), record.get("kind"), record.get("started")]).fetchone()
        if found:
            new_id = found[0]
            if record.get("status") != "running":  # a finished copy beats one still marked running
                db["crawl_runs"].update(new_id, {k: v for k, v in record.items()})
        else:
            new_id = db["crawl_runs"].insert(record).last_pk
        db.execute("insert into temp.run_map values (?, ?)", [row[0], new_id])


def _copy_with_runs(store: Store, table: str, key_columns: tuple[str, ...] | None = None) -> int:
    """Copy rows whose ``run_id`` must be renumbered; ``key_columns`` dedupes tables without content ids."""
    cols = [c for c in _shared(store, table) if not (key_columns and c == "id")]
    select = ", ".join("(select new from temp.run_map where old = s.run_id)" if c == "run_id" else f"s.[{c}]"
                       for c in cols)
    where = ""
    if key_columns:
        where = "where not exists (select 1 from main.[{t}] m where {cond})".format(
            t=table, cond=" and ".join(f"m.[{c}] is s.[{c}]" for c in key_columns))
    before = store.db.execute(f"select count(*) from main.[{table}]").fetchone()[0]
    store.db.execute(f"insert or ignore into main.[{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                     f"select {select} from src.[{table}] s {where}")
    return store.db.execute(f"select count(*) from main.[{table}]").fetchone()[0] - before


def _newer_articles(store: Store) -> list[str]:
    """Articles both hold, with different text, where the source database fetched later."""
    return [r[0] for r in store.db.execute(
        "select s.id from src.articles s join main.articles m on m.id = s.id "
        "where s.content_hash is not m.content_hash and s.last_fetched > m.last_fetched")]


def _mark_stale(store: Store, newer: list[str]) -> None:
    """temp.stale: articles whose source-database version loses, so their links are not copied."""
    db = store.db
    db.execute("create temp table if not exists stale (id text primary key)")
    db.execute("delete from temp.stale")
    db.execute("insert into temp.stale select s.id from src.articles s join main.articles m on m.id = s.id "
               "where s.content_hash is not m.content_hash")
    db.conn.executemany("delete from temp.stale where id = ?", [[a] for a in newer])


def _merge_quotes(store: Store) -> set[str]:
    """Copy quotes, mapping each to an already merged wording when Store.find_quote says so."""
    db = store.db
    touched: set[str] = set()
    quote_map: dict[str, str] = {}
    qcols = _shared(store, "quotes")
    for row in db.execute(f"select {', '.join(qcols)} from src.quotes").fetchall():
        quote = dict(zip(qcols, row))
        if db.execute("select 1 from main.quotes where id = ?", [quote["id"]]).fetchone():
            target = quote["id"]
        else:
            target = store.find_quote(quote.get("speaker_id"), quote.get("normalized") or "") or quote["id"]
            if target == quote["id"]:
                db["quotes"].insert(quote, pk="id", ignore=True)
        quote_map[quote["id"]] = target
        touched.add(target)
    scols = _shared(store, "quote_sources")
    for row in db.execute(f"select {', '.join(scols)} from src.quote_sources "
                          "where article_id is null or article_id not in (select id from temp.stale)").fetchall():
        source = dict(zip(scols, row))
        target = quote_map.get(source["quote_id"], source["quote_id"])
        source["quote_id"] = target
        source["id"] = short_hash(target, source.get("article_id") or "", source.get("tweet_id") or "",
                                  str(source.get("start")))
        db["quote_sources"].insert(source, pk="id", ignore=True)
        touched.add(target)
    return touched


def merge_one(store: Store, path: Path) -> dict[str, int]:
    """Merge the database at ``path`` into ``store``; returns rows added per table."""
    db = store.db
    added: dict[str, int] = {}
    db.execute("attach database ? as src", [str(path)])
    try:
        with db.conn:
            _map_runs(store)
            added["crawl_errors"] = _copy_with_runs(store, "crawl_errors",
                                                    ("source", "url", "stage", "reason", "created"))
            added["raw_responses"] = _copy_with_runs(store, "raw_responses")
            newer = _newer_articles(store)
            _mark_stale(store, newer)
            for article_id in newer:
                db.execute("delete from main.articles where id = ?", [article_id])
                store._forget_article_links(article_id)
            added["articles"] = _copy_ignore(store, "articles")
            added["captures"] = _copy_with_runs(store, "captures")
            for table in PLAIN_TABLES:
                linked = "article_id" in _shared(store, table)
                added[table] = _copy_ignore(store, table, "where article_id is null or article_id not in "
                                                          "(select id from temp.stale)" if linked else "")
            touched = _merge_quotes(store)
            for quote_id in touched:
                store._recount_quote(quote_id)
            for (event_id,) in db.execute("select id from events").fetchall():
                store._recount_event(event_id)
            db.execute("update articles set capture_count = "
                       "(select count(*) from captures c where c.article_id = articles.id)")
    finally:
        db.execute("detach database src")
    return added


def merge(paths: list[Path], into: Path, contest: Contest) -> dict[str, int]:
    """Merge each database in ``paths`` into ``into`` (created if missing); returns rows added per table.

    Parameters: ``paths`` the databases to read (never written); ``into`` the
    database that receives them; ``contest`` the contest they all belong to.
    """
    into = Path(into).resolve()
    for path in paths:
        if not Path(path).exists():
            raise MergeError(f"No database at {path}")
        if Path(path).resolve() == into:
            raise MergeError(f"{path} is the output database: merge it into another file")
    store = Store.open(into, contest)
    totals: dict[str, int] = {}
    for path in paths:
        store.db.execute("attach database ? as probe", [str(path)])
        try:
            tables = {r[0] for r in store.db.execute("select name from probe.sqlite_master where type = 'table'")}
        finally:
            store.db.execute("detach database probe")
        if not {"articles", "raw_responses", "crawl_runs"} <= tables:
            raise MergeError(f"{path} is not a contest database (no articles, raw_responses or crawl_runs table)")
        for table, count in merge_one(store, Path(path)).items():
            totals[table] = totals.get(table, 0) + count
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return totals
