"""The /timeline page and /timeline.json, through Datasette's in-process client."""
from __future__ import annotations

import asyncio
import html
import json
import re

import pytest

from contest_tracker import timeline_plugin
from contest_tracker.publish import checkpoint, make_datasette
from timeline_fixtures import PAYLOAD_IMG, PAYLOAD_SCRIPT, PAYLOAD_URL, build_contest_db


def ensure_plugin_registered():
    """The entry point loads the plugin, except where Datasette's own test flag stops that."""
    from datasette.plugins import pm

    if not pm.is_registered(timeline_plugin) and "contest_tracker.timeline_plugin" not in {
        getattr(p, "__name__", None) for p in pm.get_plugins()
    }:
        pm.register(timeline_plugin, name="contest_tracker.timeline_plugin")


@pytest.fixture(scope="module")
def contest_db(tmp_path_factory):
    path = build_contest_db(tmp_path_factory.mktemp("timeline") / "contest.db")
    checkpoint(path)
    return path


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    path = build_contest_db(tmp_path_factory.mktemp("timeline-big") / "demo.db", filler=5000)
    checkpoint(path)
    return path


def fetch(db_path, *paths):
    """GET each path from a fresh in-process Datasette; returns the responses."""
    ensure_plugin_registered()
    ds = make_datasette(db_path)

    async def run():
        return [await ds.client.get(path) for path in paths]

    responses = asyncio.run(run())
    return responses if len(paths) > 1 else responses[0]


def day_dates(text: str) -> list[str]:
    return re.findall(r'<section class="day" id="day-[^"]+" data-date="([^"]+)"', text)


def item_ids(text: str) -> list[tuple[str, str]]:
    return re.findall(r'class="item [^"]*" data-kind="(\w+)" data-id="([^"]+)"', text)


def get_json(db_path, path) -> dict:
    response = fetch(db_path, path)
    assert response.status_code == 200, response.text
    return response.json()


def test_timeline_page_lists_days_in_order(contest_db):
    response = fetch(contest_db, "/timeline")
    assert response.status_code == 200
    dates = day_dates(response.text)
    assert dates == sorted(dates)
    assert dates[0] == "2016-06-28" and "2016-09-24" in dates
    assert "Tuesday 28 June 2016" in response.text
    assert "Today&#39;s vote by MPs has no constitutional legitimacy." in response.text


def test_events_come_first_within_a_day_with_type_place_status_and_sources(contest_db):
    text = fetch(contest_db, "/timeline?date=2016-08-04").text
    assert item_ids(text)[0] == ("event", "2016-08-04-hustings-cardiff")
    card = text[text.index('data-id="2016-08-04-hustings-cardiff"'):]
    card = card[:card.index("</article>")]
    assert '<span class="badge type">hustings</span>' in card
    assert '<span class="badge status">happened</span>' in card
    assert "All Nations Centre, Cardiff" in card
    assert "1 source" in card


def test_every_item_links_to_its_row_and_source(contest_db):
    text = fetch(contest_db, "/timeline").text
    assert 'href="/contest/events/2016-06-28-no-confidence-london"' in text
    assert 'href="https://newstalk.com/reader/47.301/76081/0/"' in text
    data = get_json(contest_db, "/timeline.json?limit=500")
    for item in data["items"]:
        table = {"event": "events", "quote": "quotes", "tweet": "tweets"}[item["kind"]]
        assert item["row_url"] == f"/contest/{table}/{item['id']}"
    tweet = next(i for i in data["items"] if i["id"] == "755424170522320896")
    assert tweet["source_url"] == "https://cityam.com/?p=297795"
    assert tweet["speaker"] == "Angela Eagle"


def test_event_without_own_source_links_to_its_event_source(contest_db):
    data = get_json(contest_db, "/timeline.json?type=hustings&q=glasgow")
    assert [i["id"] for i in data["items"]] == ["2016-08-25-hustings-glasgow"]
    assert data["items"][0]["source_url"] == "https://labourlist.org/"


def test_page_works_whatever_the_database_is_called(tmp_path):
    path = build_contest_db(tmp_path / "whatever-name.db", payload=False)
    checkpoint(path)
    response = fetch(path, "/timeline")
    assert response.status_code == 200
    assert 'href="/whatever-name/quotes/' in response.text


def test_filter_by_speaker_keeps_their_quotes_and_the_events_they_took_part_in(contest_db):
    data = get_json(contest_db, "/timeline.json?speaker=owen-smith&limit=500")
    kinds = {(i["kind"], i.get("speaker_id")) for i in data["items"]}
    assert ("quote", "owen-smith") in kinds
    assert all(i.get("speaker_id") == "owen-smith" for i in data["items"] if i["kind"] != "event")
    event_ids = {i["id"] for i in data["items"] if i["kind"] == "event"}
    assert "2016-07-19-withdrawal-london" in event_ids
    assert "2016-06-28-no-confidence-london" not in event_ids


def test_filter_by_kind(contest_db):
    data = get_json(contest_db, "/timeline.json?kind=tweet")
    assert {i["kind"] for i in data["items"]} == {"tweet"}
    assert len(data["items"]) == 2


def test_filter_by_outlet_matches_any_outlet_that_carried_the_item(contest_db):
    data = get_json(contest_db, "/timeline.json?outlet=The%20Guardian")
    texts = [i["text"] for i in data["items"]]
    assert texts == [
        "I'm on the ballot paper! We will be campaigning on all the things that matter.",
        "This legal challenge is very unhelpful and destabilising to the Labour party.",
    ]


def test_filter_by_event_type(contest_db):
    data = get_json(contest_db, "/timeline.json?type=hustings")
    assert [i["id"] for i in data["items"]] == [
        "2016-08-04-hustings-cardiff", "2016-08-11-hustings-gateshead", "2016-08-25-hustings-glasgow"]


def test_filters_narrow_the_server_rendered_page(contest_db):
    everything, corbyn_quotes = fetch(contest_db, "/timeline", "/timeline?speaker=jeremy-corbyn&kind=quote")
    narrowed = item_ids(corbyn_quotes.text)
    assert 0 < len(narrowed) < len(item_ids(everything.text))
    assert {kind for kind, _ in narrowed} == {"quote"}
    assert '<option value="jeremy-corbyn" selected>' in corbyn_quotes.text
    assert '<option value="quote" selected>' in corbyn_quotes.text


def test_search_uses_the_full_text_index(contest_db):
    # Porter stemming: "destabilise" finds "destabilising", which LIKE would not.
    data = get_json(contest_db, "/timeline.json?q=destabilise")
    assert [i["speaker_id"] for i in data["items"]] == ["tom-watson"]
    tweets = get_json(contest_db, "/timeline.json?q=tories")
    assert [i["id"] for i in tweets["items"]] == ["755424170522320896"]
    events = get_json(contest_db, "/timeline.json?q=Gateshead")
    assert [i["id"] for i in events["items"]] == ["2016-08-11-hustings-gateshead"]


@pytest.mark.parametrize("q", ['"unbalanced', "ballot OR", "a*b -c ^", "<script>"])
def test_search_survives_fts_syntax(contest_db, q):
    response = fetch(contest_db, "/timeline.json?q=" + q.replace(" ", "%20"))
    assert response.status_code == 200


def test_json_pages_follow_on_without_gaps_or_repeats(contest_db):
    everything = get_json(contest_db, "/timeline.json?limit=500")["items"]
    seen, cursor = [], None
    while True:
        data = get_json(contest_db, "/timeline.json?limit=4" + (f"&after={cursor}" if cursor else ""))
        assert len(data["items"]) <= 4
        seen += [i["id"] for i in data["items"]]
        cursor = data["next"]
        if not cursor:
            break
    assert seen == [i["id"] for i in everything]


def test_json_pages_back_with_before(contest_db):
    start = get_json(contest_db, "/timeline.json?date=2016-08-25&limit=3")
    assert start["items"][0]["date"] == "2016-08-25"
    assert start["prev"] == start["items"][0]["cursor"]
    earlier = get_json(contest_db, f"/timeline.json?before={start['prev']}&limit=3")
    assert [i["date"] for i in earlier["items"]] == sorted(i["date"] for i in earlier["items"])
    assert earlier["items"][-1]["date"] < "2016-08-25"
    assert earlier["next"] == earlier["items"][-1]["cursor"]


def test_json_after_a_bare_date_starts_the_next_day(contest_db):
    data = get_json(contest_db, "/timeline.json?after=2016-08-11")
    assert data["items"][0]["date"] == "2016-08-12"


def test_json_days_summary(contest_db):
    data = get_json(contest_db, "/timeline.json?days=1&kind=event")
    assert [d["date"] for d in data["days"]][:2] == ["2016-06-28", "2016-07-11"]
    assert all(d["count"] == d["events"] for d in data["days"])


def test_deep_link_to_a_date_starts_on_that_day(contest_db):
    text = fetch(contest_db, "/timeline?date=2016-08-25").text
    assert day_dates(text)[0] == "2016-08-25"
    assert 'data-start-date="2016-08-25"' in text
    assert '<option value="2016-08-25" data-count="4" selected>' in text
    assert 'id="earlier"' in text


def test_deep_link_to_a_day_without_items_starts_on_the_next_one(contest_db):
    assert day_dates(fetch(contest_db, "/timeline?date=2016-08-20").text)[0] == "2016-08-25"


def test_deep_link_with_every_filter_fills_the_controls(contest_db):
    text = fetch(contest_db, "/timeline?speaker=jeremy-corbyn&kind=quote&q=ballot&outlet=The%20Guardian"
                             "&type=hustings").text
    assert 'name="q" value="ballot"' in text
    assert '<option value="The Guardian" selected>' in text
    assert '<option value="hustings" selected>' in text
    # Types only apply to events and kind=quote excludes them: nothing left, and it says so.
    assert item_ids(text) == []
    assert "Nothing matches these filters." in text


@pytest.mark.parametrize("path", ["/timeline?kind=nonsense", "/timeline.json?date=yesterday",
                                  "/timeline.json?after=x", "/timeline.json?limit=ten"])
def test_bad_parameters_are_a_400(contest_db, path):
    assert fetch(contest_db, path).status_code == 400


def test_payloads_are_escaped_in_html(contest_db):
    text = fetch(contest_db, "/timeline?date=2016-08-25").text
    assert PAYLOAD_SCRIPT not in text
    assert PAYLOAD_IMG not in text
    assert html.escape(PAYLOAD_SCRIPT, quote=False) in text
    assert "<b>Place</b>" not in text and "&lt;b&gt;Place&lt;/b&gt;" in text
    assert 'href="javascript:' not in text.lower()
    assert f'<span class="source unsafe" title="Not a web link, shown as text">{PAYLOAD_URL}</span>' in text


def test_payloads_travel_as_plain_strings_in_json(contest_db):
    response = fetch(contest_db, "/timeline.json?speaker=test-payload")
    assert response.headers["content-type"].startswith("application/json")
    items = response.json()["items"]
    assert {i["kind"] for i in items} == {"quote", "tweet", "event"}
    assert all(i["source_url"] is None and i["source_text"] == PAYLOAD_URL for i in items)


@pytest.mark.parametrize("url,safe", [
    ("https://example.org/a?b=c", True), ("http://example.org", True), ("HTTPS://EXAMPLE.ORG/", True),
    ("javascript:alert(1)", False), (" javascript:alert(1)", False), ("JaVaScRiPt:alert(1)", False),
    ("data:text/html,<script>", False), ("//example.org", False), ("https://x.org/\"onmouseover=", False),
    ("vbscript:msgbox", False), (None, False), ("", False),
])
def test_only_http_links_are_links(url, safe):
    assert (timeline_plugin.safe_url(url) is not None) is safe


def test_chart_has_one_series_per_candidate(contest_db):
    text = fetch(contest_db, "/timeline").text
    svg = text[text.index('<svg class="chart-svg"'):]
    svg = svg[:svg.index("</svg>")]
    assert re.findall(r'<g class="series" data-speaker="([^"]+)"', svg) == ["jeremy-corbyn", "owen-smith"]
    legend = text[text.index('<ul class="legend">'):]
    legend = legend[:legend.index("</ul>")]
    assert "Jeremy Corbyn</a> <span class=\"n\">3</span>" in legend
    assert "Owen Smith</a> <span class=\"n\">1</span>" in legend


def test_chart_follows_the_filters(contest_db):
    text = fetch(contest_db, "/timeline?q=legitimacy").text
    legend = text[text.index('<ul class="legend">'):]
    legend = legend[:legend.index("</ul>")]
    assert "Jeremy Corbyn</a> <span class=\"n\">1</span>" in legend
    assert "Owen Smith</a> <span class=\"n\">0</span>" in legend
    assert '<span id="chart-filtered">, matching your filters</span>' in text
    assert 'href="/timeline?q=legitimacy&amp;date=' in text  # a day in the chart keeps the search
    data = get_json(contest_db, "/timeline.json?q=legitimacy&days=1")
    assert [(s["id"], s["total"]) for s in data["chart"]["series"]] == [("jeremy-corbyn", 1), ("owen-smith", 0)]
    assert [b["date"] for b in data["chart"]["series"][0]["bars"]] == ["2016-06-28"]
    unfiltered = fetch(contest_db, "/timeline").text
    assert '<span id="chart-filtered" hidden>' in unfiltered


def test_chart_counts_quotes_per_day():
    chart = timeline_plugin.build_chart(
        [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        [{"day": "2016-07-01", "speaker": "a", "n": 3}, {"day": "2016-07-03", "speaker": "b", "n": 1}],
        "2016-07-01", "2016-07-03")
    assert [len(s["bars"]) for s in chart["series"]] == [1, 1]
    assert [s["total"] for s in chart["series"]] == [3, 1]
    assert len(chart["days"]) == 3
    a, b = chart["series"][0]["bars"][0], chart["series"][1]["bars"][0]
    assert a["h"] == 3 * b["h"]


def test_static_files_are_served(contest_db):
    js, css, missing = fetch(contest_db, "/-/timeline/timeline.js", "/-/timeline/timeline.css",
                             "/-/timeline/secret.py")
    assert js.status_code == 200 and "replaceState" in js.text
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert missing.status_code == 404


def test_script_never_writes_html(contest_db):
    js = fetch(contest_db, "/-/timeline/timeline.js").text
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js


def test_menu_links_to_the_timeline(contest_db):
    assert 'href="/timeline">Timeline</a>' in fetch(contest_db, "/").text


def test_first_page_is_bounded_with_thousands_of_items(big_db):
    page, data = fetch(big_db, "/timeline", "/timeline.json")
    assert page.status_code == 200
    assert len(item_ids(page.text)) == timeline_plugin.PAGE_SIZE
    assert len(page.content) < 250_000, f"first page is {len(page.content)} bytes"
    payload = data.json()
    assert len(payload["items"]) == timeline_plugin.PAGE_SIZE
    assert len(data.content) < 100_000
    assert payload["next"]
    capped = get_json(big_db, "/timeline.json?limit=100000")
    assert len(capped["items"]) == timeline_plugin.MAX_PAGE_SIZE
    # The page still counts everything, for the day list and the totals.
    assert "5,0" in page.text or re.search(r'id="total">5\d{3} items', page.text)
    assert json.loads(json.dumps(payload))  # plain JSON
