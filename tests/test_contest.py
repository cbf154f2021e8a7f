"""The contest as configuration: one TOML file per contest, with extends."""
from __future__ import annotations

import datetime as dt

import pytest

from contest_tracker.contest import ContestError, load_contest


def test_default_contest_is_labour_2016(contest):
    assert contest.slug == "labour-2016"
    assert contest.start <= dt.date(2016, 6, 28) and contest.end >= dt.date(2016, 9, 24)
    names = {p.name for p in contest.people}
    assert {"Jeremy Corbyn", "Owen Smith", "Angela Eagle", "Dave Anderson"} <= names
    assert len(contest.key_dates) >= 15
    assert all({"name", "kind", "url"} <= set(s) for s in contest.sources)


def test_descriptors_resolve_by_date(contest):
    on = contest.descriptor_holders
    assert on(dt.date(2016, 8, 25))["the challenger"].name == "Owen Smith"
    assert on(dt.date(2016, 7, 12))["the challenger"].name == "Angela Eagle"
    assert on(dt.date(2016, 8, 25))["the labour leader"].name == "Jeremy Corbyn"
    assert on(dt.date(2016, 8, 25))["the shadow scottish secretary"].name == "Dave Anderson"


def test_person_by_handle_ignores_case_and_at(contest):
    assert contest.person_by_handle("@JeremyCorbyn").name == "Jeremy Corbyn"
    assert contest.person_by_handle("nobody") is None


def test_a_contest_file_can_extend_another_and_replace_its_sources(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('extends = "labour-2016"\nslug = "mine"\n[[sources]]\nname = "local"\nkind = "feed"\n'
                    'url = "http://127.0.0.1:9/feed.xml"\n', encoding="utf-8")
    contest = load_contest(path)
    assert contest.slug == "mine"
    assert [s["name"] for s in contest.sources] == ["local"]
    assert len(contest.people) == len(load_contest().people)


def test_unknown_contest_names_the_known_ones():
    with pytest.raises(ContestError, match="labour-2016"):
        load_contest("no-such-contest")


def test_a_source_without_url_is_an_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('name = "x"\nstart = 2020-01-01\nend = 2020-02-01\n[[sources]]\nname = "a"\nkind = "feed"\n')
    with pytest.raises(ContestError, match="lacks url"):
        load_contest(path)


def test_extends_loop_is_reported(tmp_path):
    (tmp_path / "a.toml").write_text(f'extends = "{tmp_path / "b.toml"}"\n')
    (tmp_path / "b.toml").write_text(f'extends = "{tmp_path / "a.toml"}"\n')
    with pytest.raises(ContestError, match="loops"):
        load_contest(tmp_path / "a.toml")
