"""The /timeline page: the contest day by day, with filters, search and a chart.

A Datasette plugin (declared as an entry point in pyproject.toml). It serves:

``/timeline``
    Server-rendered first page (so a deep link shows its day at once, with or
    without JavaScript), the filter form and an inline SVG chart of quotes per
    day for each candidate.
``/timeline.json``
    The same items as JSON, one page at a time: the page's script fetches the
    next page as you scroll, the previous one when you ask for earlier days;
    with ``days=1`` also the day list and the chart for the filters.
``/-/timeline/<file>``
    The page's own CSS and JavaScript from ``contest_tracker/static``.

Query parameters (all optional, shared by both): ``speaker`` (speaker id),
``kind`` (event, quote or tweet), ``outlet``, ``type`` (event type), ``q``
(full-text search of quotes and tweets, LIKE search of events), ``date``
(YYYY-MM-DD: start on that day), ``after`` / ``before`` (a cursor from a
previous page, or a bare date) and ``limit``.

Scraped text is data, never markup: Jinja autoescapes it, the script only uses
``textContent``, and a source link is a link only when it is http(s).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import escape_fts, tilde_encode
from datasette.utils.asgi import NotFound, Response

STATIC = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "application/javascript; charset=utf-8"}
PAGE_SIZE = 60  # items per page: a few screens, small enough to render at once
MAX_PAGE_SIZE = 500
KINDS = ("event", "quote", "tweet")
FILTERS = ("speaker", "kind", "outlet", "type", "q")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SAFE_URL_RE = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
UNDATED = "undated"  # sorts after every YYYY-MM-DD, so undated items come last
SERIES_COLOURS = ["#c0392b", "#1f5fbf", "#2a9d6f", "#c77d12", "#7b3fa0", "#4a5568"]


class TimelineParamError(ValueError):
    """A query parameter of /timeline could not be understood."""


# -- parameters -----------------------------------------------------------------

def read_params(request) -> dict:
    """The filters, start and page size from a request, validated."""
    args = request.args
    params = {name: (args.get(name) or "").strip() for name in FILTERS}
    if params["kind"] and params["kind"] not in KINDS:
        raise TimelineParamError(f"kind must be one of {', '.join(KINDS)}")
    date = (args.get("date") or "").strip()
    if date and not (DATE_RE.match(date) or date == UNDATED):
        raise TimelineParamError("date must look like 2016-08-25")
    params["date"] = date
    params["after"] = parse_cursor(args.get("after"))
    params["before"] = parse_cursor(args.get("before"))
    try:
        limit = int(args.get("limit") or PAGE_SIZE)
    except ValueError:
        raise TimelineParamError("limit must be a number")
    params["limit"] = max(1, min(limit, MAX_PAGE_SIZE))
    return params


def parse_cursor(value: str | None):
    """``DATE.KIND.ID`` (an item's position) or a bare ``DATE`` (the end of that day)."""
    value = (value or "").strip()
    if not value:
        return None
    date, _, rest = value.partition(".")
    if not (DATE_RE.match(date) or date == UNDATED):
        raise TimelineParamError("after and before take a cursor from a previous page or a date")
    if not rest:
        return (date, None, None)
    kind, _, item_id = rest.partition(".")
    return (date, kind, item_id)


def cursor_of(row) -> str:
    return f"{row['sort_date']}.{row['kind']}.{row['item_id']}"


def filter_query(params: dict) -> dict:
    """The filters only, as URL parameters (what links and the JSON endpoint carry along)."""
    return {name: params[name] for name in FILTERS if params.get(name)}


# -- SQL --------------------------------------------------------------------------

def where_clause(params: dict) -> tuple[str, dict]:
    """SQL conditions on the ``timeline`` view (aliased ``t``) for the filters."""
    clauses, args = [], {}
    if params.get("kind"):
        clauses.append("t.kind = :kind")
        args["kind"] = params["kind"]
    if params.get("speaker"):
        # Quotes and tweets by the speaker; events the speaker took part in.
        clauses.append(
            "(t.speaker_id = :speaker or (t.kind = 'event' and t.item_id in "
            "(select id from events where participants like :speaker_like escape '\\')))"
        )
        args["speaker"] = params["speaker"]
        args["speaker_like"] = '%"' + like_escape(params["speaker"]) + '"%'
    if params.get("outlet"):
        # Items carried by that outlet, not only those it carried first.
        clauses.append(
            "((t.kind = 'quote' and t.item_id in (select qs.quote_id from quote_sources qs "
            "join articles a on a.id = qs.article_id where a.outlet = :outlet))"
            " or (t.kind = 'tweet' and t.item_id in (select ts.tweet_id from tweet_sources ts "
            "join articles a on a.id = ts.article_id where a.outlet = :outlet))"
            " or (t.kind = 'event' and t.item_id in (select es.event_id from event_sources es "
            "join articles a on a.id = es.article_id where a.outlet = :outlet)))"
        )
        args["outlet"] = params["outlet"]
    if params.get("type"):
        clauses.append("t.event_type = :type")
        args["type"] = params["type"]
    if params.get("q"):
        fts = escape_fts(params["q"])
        clauses.append(
            "((t.kind = 'quote' and t.item_id in (select id from quotes where rowid in "
            "(select rowid from quotes_fts where quotes_fts match :fts)))"
            " or (t.kind = 'tweet' and t.item_id in (select id from tweets where rowid in "
            "(select rowid from tweets_fts where tweets_fts match :fts)))"
            " or (t.kind = 'event' and t.item_id in (select id from events where "
            "title like :like escape '\\' or description like :like escape '\\' "
            "or place like :like escape '\\' or venue like :like escape '\\' "
            "or type like :like escape '\\')))"
        )
        args["fts"] = fts or '""'
        args["like"] = "%" + like_escape(params["q"]) + "%"
    return (" and ".join(clauses) or "1"), args


def like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


SORT_DATE = f"coalesce(t.date, '{UNDATED}')"

PAGE_SQL = """
select p.*, e.venue, e.status, e.description, q.kind as quote_kind, tw.handle
from (
  select {sort_date} as sort_date, t.date, t.kind, t.item_id, t.event_type, t.speaker_id,
         t.speaker, t.text, t.place, t.outlet, t.url, t.sources
  from timeline t
  where {where} and {position}
  order by {sort_date} {direction}, t.kind {direction}, t.item_id {direction}
  limit :limit
) p
left join events e on p.kind = 'event' and e.id = p.item_id
left join quotes q on p.kind = 'quote' and q.id = p.item_id
left join tweets tw on p.kind = 'tweet' and tw.id = p.item_id
order by p.sort_date {direction}, p.kind {direction}, p.item_id {direction}
"""


def position_clause(params: dict) -> tuple[str, dict, str]:
    """Where a page starts: after or before a cursor, or on a date; and which way it reads."""
    for key, op, direction in (("before", "<", "desc"), ("after", ">", "asc")):
        if params.get(key):
            date, kind, item_id = params[key]
            if kind is None:
                return f"{SORT_DATE} {op} :pos_date", {"pos_date": date}, direction
            return (f"({SORT_DATE}, t.kind, t.item_id) {op} (:pos_date, :pos_kind, :pos_id)",
                    {"pos_date": date, "pos_kind": kind, "pos_id": item_id}, direction)
    if params.get("date"):
        return f"{SORT_DATE} >= :pos_date", {"pos_date": params["date"]}, "asc"
    return "1", {}, "asc"


async def fetch_page(db, params: dict) -> dict:
    """One page of items, in date order, with cursors to the pages either side."""
    where, args = where_clause(params)
    position, pos_args, direction = position_clause(params)
    sql = PAGE_SQL.format(sort_date=SORT_DATE, where=where, position=position, direction=direction)
    limit = params["limit"]
    rows = list((await db.execute(sql, {**args, **pos_args, "limit": limit + 1})).rows)
    more = len(rows) > limit
    rows = rows[:limit]
    if direction == "desc":
        rows.reverse()
    started_mid_way = bool(params.get("after") or params.get("date"))
    if direction == "desc":
        has_prev, has_next = more, True
    else:
        has_prev, has_next = started_mid_way, more
    if rows and has_prev and direction == "asc":
        has_prev = await exists_beyond(db, where, args, rows[0], "<")
    if rows and has_next and direction == "desc":
        has_next = await exists_beyond(db, where, args, rows[-1], ">")
    return {
        "rows": rows,
        "prev": cursor_of(rows[0]) if rows and has_prev else None,
        "next": cursor_of(rows[-1]) if rows and has_next else None,
    }


async def exists_beyond(db, where, args, row, op: str) -> bool:
    """Is there a matching item before (``op`` "<") or after (">") this row? Decides the pagers."""
    sql = (f"select 1 from timeline t where {where} and ({SORT_DATE}, t.kind, t.item_id) "
           f"{op} (:pos_date, :pos_kind, :pos_id) limit 1")
    pos = {"pos_date": row["sort_date"], "pos_kind": row["kind"], "pos_id": row["item_id"]}
    return bool((await db.execute(sql, {**args, **pos})).rows)


async def fetch_days(db, params: dict) -> list[dict]:
    """Every day with matching items, and how many of each kind: the jump list and day headers."""
    where, args = where_clause(params)
    sql = (f"select {SORT_DATE} as day, count(*) as n, sum(t.kind = 'event') as events, "
           "sum(t.kind = 'quote') as quotes, sum(t.kind = 'tweet') as tweets "
           f"from timeline t where {where} group by day order by day")
    return [
        {"date": r["day"], "label": day_label(r["day"]), "count": r["n"], "events": r["events"],
         "quotes": r["quotes"], "tweets": r["tweets"]}
        for r in (await db.execute(sql, args)).rows
    ]


async def fetch_options(db) -> dict:
    """Choices for the filter menus: speakers, outlets and event types that have items."""
    speakers = (await db.execute(
        "select t.speaker_id as id, coalesce(s.name, t.speaker) as name, count(*) as n, "
        "coalesce(s.candidate, 0) as candidate from timeline t "
        "left join speakers s on s.id = t.speaker_id where t.speaker_id is not null "
        "group by t.speaker_id order by candidate desc, n desc, name"
    )).rows
    outlets = (await db.execute(
        "select a.outlet as name, count(distinct item) as n from ("
        " select qs.article_id as article_id, 'q' || qs.quote_id as item from quote_sources qs"
        " union all select es.article_id, 'e' || es.event_id from event_sources es"
        " union all select ts.article_id, 't' || ts.tweet_id from tweet_sources ts"
        ") x join articles a on a.id = x.article_id where a.outlet is not null and a.outlet != '' "
        "group by a.outlet order by n desc, a.outlet"
    )).rows
    types = (await db.execute(
        "select type as name, count(*) as n from events where type is not null and type != '' "
        "group by type order by type"
    )).rows
    return {
        "speakers": [dict(r) for r in speakers],
        "outlets": [dict(r) for r in outlets],
        "types": [dict(r) for r in types],
        "speaker_ids": [r["id"] for r in speakers],
        "outlet_names": [r["name"] for r in outlets],
        "type_names": [r["name"] for r in types],
    }


async def fetch_chart(db, params: dict | None = None) -> dict:
    """Quotes per day for each candidate (speakers.candidate = 1), as an SVG-ready dict.

    The bars count only quotes matching the filters; the axis keeps the whole
    contest, so a search reads against the same days as the unfiltered chart.
    """
    where, args = where_clause(params or {})
    candidates = [dict(r) for r in (await db.execute(
        "select id, name from speakers where candidate = 1 order by name"
    )).rows]
    counts = (await db.execute(
        "select t.date as day, t.speaker_id as speaker, count(*) as n from timeline t "
        "where t.kind = 'quote' and t.date is not null "
        "and t.speaker_id in (select id from speakers where candidate = 1) "
        f"and {where} group by t.date, t.speaker_id", args
    )).rows
    span = (await db.execute(
        "select min(date) as first, max(date) as last from timeline where date is not null"
    )).rows
    # Key dates (from the contest file) mark the axis, so the bars read against the contest.
    events = (await db.execute(
        "select date(date) as day, type, title from events where from_config = 1 and date is not null "
        "order by date limit 200"
    )).rows
    return build_chart(candidates, [dict(r) for r in counts], span[0]["first"] if span else None,
                       span[0]["last"] if span else None, [dict(r) for r in events])


# -- the chart ------------------------------------------------------------------------

CHART_W, CHART_H = 960, 220
PAD_L, PAD_R, PAD_T, PAD_B = 40, 12, 12, 40


def build_chart(candidates: list[dict], counts: list[dict], first: str | None, last: str | None,
                events: list[dict] | None = None) -> dict:
    """Coordinates for a bar chart drawn by the template: one series of bars per candidate.

    Parameters: the candidates (id, name), quote counts per (day, speaker), the
    first and last day of the timeline, and key events to mark on the axis.
    """
    if not candidates or not first or not last or not DATE_RE.match(first) or not DATE_RE.match(last):
        return {"series": [], "days": [], "ticks": [], "yticks": [], "events": []}
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    index_of = {d.isoformat(): i for i, d in enumerate(days)}
    per = {(c["day"], c["speaker"]): c["n"] for c in counts}
    top = max([c["n"] for c in counts] or [1])
    step = nice_step(top)
    ymax = max(step, -(-top // step) * step)
    plot_w, plot_h = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B
    slot = plot_w / max(len(days), 1)
    bar = slot * 0.8 / len(candidates)
    bottom = PAD_T + plot_h

    def height(n):
        return round(plot_h * n / ymax, 1)

    series = []
    for index, cand in enumerate(candidates):
        values = [per.get((d.isoformat(), cand["id"]), 0) for d in days]
        series.append({
            "id": cand["id"], "name": cand["name"], "colour": SERIES_COLOURS[index % len(SERIES_COLOURS)],
            "total": sum(values),
            "bars": [{"x": round(PAD_L + slot * (i + 0.1) + bar * index, 2), "w": round(max(bar, 0.5), 2),
                      "y": round(bottom - height(v), 1), "h": height(v), "n": v, "date": days[i].isoformat()}
                     for i, v in enumerate(values) if v],
        })
    columns = []
    for i, d in enumerate(days):
        parts = [f"{s['name']}: {per.get((d.isoformat(), s['id']), 0)}" for s in series]
        columns.append({"date": d.isoformat(), "x": round(PAD_L + slot * i, 2), "w": round(slot, 2),
                        "title": f"{d.strftime('%a %-d %b %Y')} — quotes: " + ", ".join(parts)})
    ticks = [{"x": round(PAD_L + slot * (i + 0.5), 1), "label": d.strftime("%-d %b")}
             for i, d in enumerate(days) if d.day in (1, 15) or len(days) <= 14]
    yticks = [{"y": round(bottom - height(v), 1), "label": v} for v in range(0, ymax + 1, step)]
    marks = [{"x": round(PAD_L + slot * (index_of[e["day"]] + 0.5), 1), "title": f"{e['day']}: {e['title']}",
              "type": e["type"]}
             for e in (events or []) if e["day"] in index_of]
    return {"series": series, "days": columns, "ticks": ticks, "yticks": yticks, "events": marks,
            "width": CHART_W, "height": CHART_H, "left": PAD_L, "right": CHART_W - PAD_R,
            "top": PAD_T, "bottom": bottom, "first": first, "last": last}


def nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 5:
            return step
    return -(-top // 5)


# -- items ------------------------------------------------------------------------------

def day_label(day: str | None) -> str:
    if not day or day == UNDATED:
        return "Undated"
    try:
        return dt.date.fromisoformat(day).strftime("%A %-d %B %Y")
    except ValueError:
        return day


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http(s) link, else None (shown as text, never as a link)."""
    if url and SAFE_URL_RE.match(url):
        return url
    return None


def row_url(datasette, db_name: str, table: str, item_id) -> str:
    return datasette.urls.row(db_name, table, tilde_encode(str(item_id)))


TABLE_OF = {"event": "events", "quote": "quotes", "tweet": "tweets"}


def item_dict(datasette, db_name: str, row) -> dict:
    """One timeline row as the template and the script need it."""
    kind = row["kind"]
    url = row["url"]
    item = {
        "cursor": cursor_of(row),
        "date": row["sort_date"],
        "date_label": day_label(row["sort_date"]),
        "kind": kind,
        "id": row["item_id"],
        "text": row["text"] or "",
        "sources": row["sources"],
        "row_url": row_url(datasette, db_name, TABLE_OF[kind], row["item_id"]),
        "source_url": safe_url(url),
        "source_text": url,
    }
    if kind == "event":
        item.update({
            "title": row["text"] or " ".join(filter(None, [row["event_type"], row["place"]])) or "Event",
            "type": row["event_type"], "place": row["place"], "venue": row["venue"],
            "status": row["status"],
        })
    else:
        item.update({
            "speaker_id": row["speaker_id"],
            "speaker": row["speaker"] or (("@" + row["handle"]) if row["handle"] else "Unknown speaker"),
            "speaker_url": (row_url(datasette, db_name, "speakers", row["speaker_id"])
                            if row["speaker_id"] else None),
            "quote_kind": row["quote_kind"] if kind == "quote" else "tweet",
            "outlet": row["outlet"],
            "handle": row["handle"],
        })
    return item


def group_days(items: list[dict], days: dict) -> list[dict]:
    groups: list[dict] = []
    for item in items:
        if not groups or groups[-1]["date"] != item["date"]:
            info = days.get(item["date"], {})
            groups.append({"date": item["date"], "label": day_label(item["date"]),
                           "count": info.get("count"), "items": []})
        groups[-1]["items"].append(item)
    return groups


# -- views ------------------------------------------------------------------------------

async def timeline_database(datasette):
    """The first database with a ``timeline`` view, whatever its name."""
    for name, db in datasette.databases.items():
        if name.startswith("_"):
            continue
        if "timeline" in await db.view_names():
            return db
    raise NotFound("No database here has a timeline view")


def page_link(datasette, params: dict, **extra) -> str:
    query = {**filter_query(params), **{k: v for k, v in extra.items() if v}}
    return datasette.urls.path("/timeline") + ("?" + urlencode(query) if query else "")


async def timeline_json(datasette, request):
    try:
        params = read_params(request)
    except TimelineParamError as error:
        return Response.json({"ok": False, "error": str(error)}, status=400)
    db = await timeline_database(datasette)
    page = await fetch_page(db, params)
    data = {
        "ok": True,
        "database": db.name,
        "filters": filter_query(params),
        "items": [item_dict(datasette, db.name, row) for row in page["rows"]],
        "next": page["next"],
        "prev": page["prev"],
    }
    if request.args.get("days"):
        data["days"] = await fetch_days(db, params)
        data["chart"] = await fetch_chart(db, params)  # the page redraws its bars for the new filters
    return Response.json(data, headers={"Cache-Control": "no-cache"})


async def timeline_page(datasette, request):
    try:
        params = read_params(request)
    except TimelineParamError as error:
        return Response.html(f"<p>Bad request: {escape_html(str(error))}</p>", status=400)
    db = await timeline_database(datasette)
    page = await fetch_page(db, params)
    days = await fetch_days(db, params)
    items = [item_dict(datasette, db.name, row) for row in page["rows"]]
    context = {
        "database": db.name,
        "params": params,
        "filters": filter_query(params),
        "options": await fetch_options(db),
        "chart": await fetch_chart(db, params),
        "days": days,
        "total": sum(d["count"] for d in days),
        "groups": group_days(items, {d["date"]: d for d in days}),
        "next": page["next"],
        "prev": page["prev"],
        "next_url": page_link(datasette, params, after=page["next"]) if page["next"] else None,
        "prev_url": page_link(datasette, params, before=page["prev"]) if page["prev"] else None,
        "json_url": datasette.urls.path("/timeline.json"),
        "page_url": datasette.urls.path("/timeline"),
        "static_url": datasette.urls.path("/-/timeline/"),
        "static_version": static_version(),
        "page_size": params["limit"],
        "kinds": KINDS,
        "site_title": datasette.metadata("title") or "contest-tracker",
    }
    return Response.html(await datasette.render_template("timeline.html", context, request=request))


def escape_html(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def static_version() -> str:
    """Changes when the CSS or JS changes, so browsers may cache them."""
    return str(max(int(p.stat().st_mtime) for p in STATIC.iterdir() if p.suffix in STATIC_TYPES))


async def timeline_static(request):
    name = request.url_vars["name"]
    path = STATIC / name
    if "/" in name or path.suffix not in STATIC_TYPES or not path.is_file():
        raise NotFound("No such file")
    return Response(path.read_text(encoding="utf-8"), content_type=STATIC_TYPES[path.suffix],
                    headers={"Cache-Control": "public, max-age=3600"})


@hookimpl
def register_routes():
    return [
        (r"^/timeline$", timeline_page),
        (r"^/timeline\.json$", timeline_json),
        (r"^/-/timeline/(?P<name>[A-Za-z0-9_-]+\.(?:css|js))$", timeline_static),
    ]


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/timeline"), "label": "Timeline"}]
