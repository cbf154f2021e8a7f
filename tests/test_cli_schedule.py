"""`contest-tracker schedule`: a crontab line, systemd units, and clear words for bad intervals."""
from __future__ import annotations

import shlex

import pytest
from click.testing import CliRunner

from contest_tracker.cli import cli
from contest_tracker.schedule import Interval, ScheduleError, cron_spec, on_calendar, parse_every


@pytest.mark.parametrize("text, expected", [
    ("6h", Interval(6, "h")), ("30m", Interval(30, "m")), ("1d", Interval(1, "d")), (" 2 hours ", Interval(2, "h")),
])
def test_parse_every(text, expected):
    assert parse_every(text) == expected


@pytest.mark.parametrize("text", ["", "6", "0h", "1w", "soon"])
def test_parse_every_rejects(text):
    with pytest.raises(ScheduleError, match="is not an interval"):
        parse_every(text)


@pytest.mark.parametrize("every, spec", [
    ("6h", "0 */6 * * *"), ("1h", "0 * * * *"), ("15m", "*/15 * * * *"), ("120m", "0 */2 * * *"),
    ("24h", "0 0 * * *"), ("1d", "0 0 * * *"),
])
def test_cron_spec(every, spec):
    assert cron_spec(parse_every(every)) == spec


@pytest.mark.parametrize("every", ["7m", "5h", "2d"])
def test_cron_spec_refuses_uneven_intervals(every):
    with pytest.raises(ScheduleError, match="cron cannot run every"):
        cron_spec(parse_every(every))


def test_on_calendar():
    assert on_calendar(parse_every("6h")) == "*-*-* 00/6:00:00"
    assert on_calendar(parse_every("30m")) == "*-*-* *:00/30:00"
    assert on_calendar(parse_every("1d")) == "daily"
    assert on_calendar(parse_every("5h")) is None


def test_schedule_prints_a_crontab_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cwd = str(tmp_path)
    result = CliRunner().invoke(cli, ["schedule", "--every", "6h", "--db", "contest.db"])
    assert result.exit_code == 0, result.output
    line = result.output.strip()
    assert line.startswith("0 */6 * * * cd ")
    words = shlex.split(line.split(" && ", 1)[1].split(" >> ")[0])
    assert words[:3] == ["flock", "-n", f"{cwd}/contest.db.lock"]
    assert words[3].endswith("contest-tracker")
    assert words[4:] == ["crawl", "--contest", "labour-2016", "--db", f"{cwd}/contest.db"]
    assert line.endswith(f">> {cwd}/contest-crawl.log 2>&1")


def test_schedule_writes_systemd_units(tmp_path):
    contest = tmp_path / "mine.toml"
    contest.write_text('extends = "labour-2016"\n\n[[sources]]\nname = "g"\nkind = "guardian"\nurl = "https://x"\n')
    runner = CliRunner()
    result = runner.invoke(cli, ["schedule", "--every", "6h", "--contest", str(contest), "--db",
                                 str(tmp_path / "c.db"), "--source", "g", "--systemd", str(tmp_path / "units")])
    assert result.exit_code == 0, result.output
    service = (tmp_path / "units" / "contest-tracker-crawl.service").read_text()
    timer = (tmp_path / "units" / "contest-tracker-crawl.timer").read_text()
    assert "Type=oneshot" in service
    assert f"crawl --contest {contest} --db {tmp_path / 'c.db'} --source g" in service
    assert "EnvironmentFile=-" in service and "GUARDIAN_API_KEY" not in service.split("#")[0]
    assert "OnCalendar=*-*-* 00/6:00:00" in timer and "Persistent=true" in timer
    assert "Unit=contest-tracker-crawl.service" in timer
    assert "WantedBy=timers.target" in timer


def test_schedule_uneven_interval_needs_systemd(tmp_path):
    result = CliRunner().invoke(cli, ["schedule", "--every", "5h", "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 1
    assert "Error: cron cannot run every 5h exactly" in result.output
    result = CliRunner().invoke(cli, ["schedule", "--every", "5h", "--db", str(tmp_path / "c.db"),
                                      "--systemd", str(tmp_path / "u")])
    assert result.exit_code == 0
    assert "OnUnitActiveSec=18000s" in (tmp_path / "u" / "contest-tracker-crawl.timer").read_text()


def test_schedule_bad_interval_message(tmp_path):
    result = CliRunner().invoke(cli, ["schedule", "--every", "soon", "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2
    assert "Error: Invalid value for --every: 'soon' is not an interval" in result.output


def test_schedule_unknown_source(tmp_path):
    result = CliRunner().invoke(cli, ["schedule", "--every", "6h", "--source", "nope", "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 2
    assert "No source named 'nope'" in result.output
