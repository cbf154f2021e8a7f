"""The published site: table pages, search, canned queries, facets and the CSV export."""
from __future__ import annotations

import asyncio
import csv
import io
import json

import pytest
import sqlite_utils

from contest_tracker.publish import make_datasette, metadata_for

TABLES = ["articles", "speakers", "speaker_aliases", "quotes", "quote_sources", "events", "tweets",
          "crawl_runs", "crawl_errors"]


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


@pytest.fixture(scope="module")
def ds(demo_db):
    return make_datasette(demo_db)


@pytest.mark.parametrize("table", TABLES + ["timeline", "quotes_export"])
def test_table_page_renders(ds, table):
    response = get(ds, f"/contest/{table}")
    assert response.status_code == 200
    assert "<table" in response.text or "0 rows" in response.text


def test_quotes_are_searchable_with_full_text_search(ds):
    data = get(ds, "/contest/quotes.json?_search=Scottish+deficit&_shape=array").json()
    assert data and all("Scottish deficit" in row["text"] for row in data)


def test_search_uses_the_porter_stemmer(ds, demo_db):
    db = sqlite_utils.Database(demo_db)
    assert "porter" in db["quotes_fts"].schema
    data = get(ds, "/contest/articles.json?_search=campaigning&_shape=array").json()
    assert data  # "campaigning" and "campaign" share a stem


def test_canned_query_quotes_by_speaker(ds):
    rows = get(ds, "/contest/quotes_by_speaker.json?speaker=Corbyn&_shape=array").json()
    assert rows and {row["speaker"] for row in rows} == {"Jeremy Corbyn"}


def test_canned_query_quotes_by_speaker_accepts_an_alias(ds):
    rows = get(ds, "/contest/quotes_by_speaker.json?speaker=@jeremycorbyn&_shape=array").json()
    assert rows and {row["speaker"] for row in rows} == {"Jeremy Corbyn"}


def test_canned_query_on_date(ds):
    rows = get(ds, "/contest/on_date.json?date=2016-08-25&_shape=array").json()
    kinds = {row["kind"] for row in rows}
    assert "event" in kinds and "quote" in kinds
    assert any("Glasgow" in (row["text"] or "") + (row["place"] or "") for row in rows if row["kind"] == "event")


def test_canned_query_first_said(ds):
    rows = get(ds, "/contest/first_said.json?phrase=not+working&_shape=array").json()
    assert rows
    assert rows[0]["speaker"] == "Angela Eagle"
    assert rows == sorted(rows, key=lambda r: r["first_seen"])


def test_every_canned_query_is_tested():
    queries = metadata_for("contest.db")["databases"]["contest"]["queries"]
    assert set(queries) == {"quotes_by_speaker", "on_date", "first_said"}


def test_every_metadata_facet_names_a_real_column(ds, demo_db):
    db = sqlite_utils.Database(demo_db)
    tables = metadata_for(demo_db)["databases"]["contest"]["tables"]
    for name, table in tables.items():
        columns = set(db[name].columns_dict)
        for facet in table.get("facets", []):
            assert facet in columns, f"{name}: facet {facet} is not a column"
        for column in table.get("sortable_columns", []):
            assert column in columns, f"{name}: sortable {column} is not a column"
        for column in table.get("columns", {}):
            assert column in columns, f"{name}: described column {column} does not exist"
        assert set(table.get("columns", {})) == columns, f"{name}: undescribed columns"
        response = get(ds, f"/contest/{name}.json?_size=1")
        assert response.status_code == 200
        assert set(table.get("facets", [])) <= set(response.json().get("facet_results", {}))


def test_every_table_has_a_description(demo_db):
    db = sqlite_utils.Database(demo_db)
    tables = metadata_for(demo_db)["databases"]["contest"]["tables"]
    for name in db.table_names() + db.view_names():
        if name.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config")):
            continue
        assert tables.get(name, {}).get("description"), name


def test_csv_export_streams_every_quote(ds, demo_db):
    db = sqlite_utils.Database(demo_db)
    total = db["quotes"].count
    response = get(ds, "/contest/quotes_export.csv?_stream=on&_size=max")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total
    assert {"quote", "speaker", "date", "source_urls"} <= set(rows[0])
    assert all(row["source_urls"].startswith("http") for row in rows)


def test_csv_for_excel_starts_with_a_byte_order_mark(ds):
    plain = get(ds, "/contest/quotes_export.csv?_stream=on&_size=max")
    excel = get(ds, "/contest/quotes_export.csv?_stream=on&_size=max&_bom=1")
    assert not plain.content.startswith(b"\xef\xbb\xbf")
    assert excel.status_code == 200 and excel.content.startswith(b"\xef\xbb\xbf")
    assert excel.content.decode("utf-8-sig") == plain.content.decode("utf-8")
    assert get(ds, "/contest/quotes.json?_bom=1").json()  # only CSV is touched


def test_the_front_page_links_to_csv_for_excel(ds):
    assert "quotes_export.csv?_stream=on&_size=max&_bom=1\">CSV for Excel" in get(ds, "/").text


def test_the_database_is_served_read_only(ds):
    response = asyncio.run(ds.client.post("/contest/-/insert", json={"row": {"text": "x"}}))
    assert response.status_code in (403, 404, 405)
    assert ds.databases["contest"].is_mutable is False


def test_site_metadata_has_title_licence_and_source(ds):
    data = get(ds, "/-/metadata.json").json()
    for key in ("title", "license", "license_url", "source", "source_url"):
        assert data.get(key), key
    assert json.dumps(data)


def test_public_mode_refuses_arbitrary_sql_but_keeps_canned_queries(demo_db):
    from datasette.app import Datasette

    from contest_tracker.publish import PUBLIC_SETTINGS, SETTINGS, datasette_command

    assert "default_allow_sql" in " ".join(datasette_command(demo_db, public=True))
    public = Datasette(immutables=[str(demo_db)], metadata=metadata_for(demo_db),
                       settings={**SETTINGS, **{k: False for k in PUBLIC_SETTINGS}})
    assert get(public, "/contest.json?sql=select+1").status_code == 403
    assert get(public, "/contest/on_date.json?date=2016-08-25&_shape=array").status_code == 200
