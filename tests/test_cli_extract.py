"""`contest-tracker extract`: one JSON object per file, offsets into the text it prints."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import ROOT, needs_shared
from contest_tracker.cli import cli

SEED_PAGE = ROOT / "demo_archive/site/westminster-courier/2016/08/25/corbyn-rules-out-snp-pact.html"


def run_extract(*args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["extract", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_html_files_give_text_title_date_and_quotes_with_true_offsets():
    [page] = run_extract("--format", "jsonl", str(SEED_PAGE))
    assert page["title"] == "Corbyn rules out SNP pact"
    assert page["published"] == "2016-08-25"
    assert page["quotes"]
    for quote in page["quotes"]:
        for start, end in quote["segments"]:
            assert page["text"][start:end] in quote["text"]
        assert quote["start"] == quote["segments"][0][0] and quote["end"] == quote["segments"][-1][1]
        mention = quote["speaker_mention"]
        if mention:
            assert page["text"][mention["start"]:mention["end"]] == mention["text"]
        assert quote["kind"] in {"direct", "indirect", "mixed", "tweet"}


def test_the_seed_as_text_attributes_its_direct_quotes_to_jeremy_corbyn():
    seed = needs_shared("seed", "article-2016-08-25-corbyn-snp.txt")
    [page] = run_extract("--text", "--published", "2016-08-25", str(seed))
    direct = [q for q in page["quotes"] if q["kind"] == "direct"]
    assert len(direct) == 4
    assert {q["speaker"] for q in direct} == {"Jeremy Corbyn"}
    split = [q for q in direct if len(q["segments"]) == 3]
    assert split and split[0]["text"].startswith("We will create a Scottish national bank")
    assert [t["handle"] for t in page["tweets"]] == ["jeremycorbyn"]
    assert any(e["type"] == "hustings" and e["place"] == "Glasgow" for e in page["events"])


def test_unreadable_files_get_an_error_entry_and_the_rest_goes_on(tmp_path):
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 50)
    results = run_extract(str(tmp_path / "missing.html"), str(junk), str(SEED_PAGE))
    assert [bool(r.get("error")) for r in results] == [True, True, False]
    assert "No such file" in results[0]["error"]


def test_json_format_prints_one_array(tmp_path):
    result = CliRunner().invoke(cli, ["extract", "--format", "json", str(SEED_PAGE), str(SEED_PAGE)])
    data = json.loads(result.output)
    assert isinstance(data, list) and len(data) == 2


def test_text_files_must_be_utf8(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Mr Corbyn said: “Caf\xe9”".encode("latin-1", "replace"))
    [result] = run_extract("--text", str(latin))
    assert "not UTF-8" in result["error"]
