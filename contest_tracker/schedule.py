"""Scheduled incremental recrawls: a crontab line, or a systemd service and timer.

Reruns are incremental and idempotent (HTTP cache revalidation, API from-dates
taken from the last finished run, seen digests), so running ``crawl`` every few
hours costs little. Cron gets ``flock -n`` so that a slow run is never joined
by the next one; a systemd oneshot service cannot overlap itself anyway.
Secrets (GUARDIAN_API_KEY) stay out of both: cron reads them from the user's
environment, systemd from an ``EnvironmentFile`` the user writes.
"""
from __future__ import annotations

import re
import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class ScheduleError(Exception):
    """The interval cannot be parsed, or cron cannot express it."""


@dataclass(frozen=True)
class Interval:
    amount: int
    unit: str  # s, m, h or d

    @property
    def seconds(self) -> int:
        return self.amount * UNITS[self.unit]

    def __str__(self) -> str:
        return f"{self.amount}{self.unit}"


def parse_every(text: str) -> Interval:
    """``"6h"`` -> Interval(6, "h"); minutes, hours and days (``30m``, ``1d``), at least one minute."""
    match = re.fullmatch(r"\s*(\d+)\s*(m|min|minute|h|hr|hour|d|day)s?\s*", text.lower())
    if not match or int(match.group(1)) == 0:
        raise ScheduleError(f"{text!r} is not an interval: use minutes, hours or days, like 30m, 6h or 1d")
    return Interval(int(match.group(1)), match.group(2)[0])


def cron_spec(every: Interval) -> str:
    """The five cron fields that fire every ``every``, exactly (cron restarts its count each hour or day)."""
    n, unit = every.amount, every.unit
    if unit == "m" and n % 60 == 0:
        n, unit = n // 60, "h"
    if unit == "h" and n % 24 == 0:
        n, unit = n // 24, "d"
    if unit == "m":
        if 60 % n:
            raise ScheduleError(f"cron cannot run every {every} exactly: use a divisor of 60 minutes, "
                                "or --systemd, whose timer takes any interval")
        return f"*/{n} * * * *" if n > 1 else "* * * * *"
    if unit == "h":
        if 24 % n:
            raise ScheduleError(f"cron cannot run every {every} exactly: use a divisor of 24 hours, "
                                "or --systemd, whose timer takes any interval")
        return f"0 */{n} * * *" if n > 1 else "0 * * * *"
    if n == 1:
        return "0 0 * * *"
    raise ScheduleError(f"cron cannot run every {every} exactly (months differ in length): "
                        "use --systemd, whose timer takes any interval")


def on_calendar(every: Interval) -> str | None:
    """A systemd OnCalendar= expression for the interval, or None if only OnUnitActiveSec= fits."""
    try:
        spec = cron_spec(every)
    except ScheduleError:
        return None
    minute, hour, day = spec.split()[:3]
    if minute.startswith("*/"):
        return f"*-*-* *:00/{minute[2:]}:00"
    if minute == "*":
        return "*-*-* *:*:00"
    if hour.startswith("*/"):
        return f"*-*-* 00/{hour[2:]}:00:00"
    if hour == "*":
        return "hourly"
    return "daily"


def crawl_command(contest: str, db_path: Path, sources: tuple[str, ...] = (), executable: str | None = None) -> list[str]:
    """The ``contest-tracker crawl`` command line, with absolute paths so it runs from anywhere."""
    exe = executable or shutil.which("contest-tracker") or str(Path(sys.executable).parent / "contest-tracker")
    contest_arg = str(Path(contest).resolve()) if Path(contest).suffix == ".toml" or Path(contest).exists() else contest
    command = [exe, "crawl", "--contest", contest_arg, "--db", str(Path(db_path).resolve())]
    for source in sources:
        command += ["--source", source]
    return command


def crontab_line(every: Interval, command: list[str], workdir: Path, log: Path | None = None) -> str:
    """One crontab line: run the crawl every ``every``, never two at once, output appended to a log."""
    db = Path(command[command.index("--db") + 1])
    lock = db.with_name(db.name + ".lock")
    log = log or db.with_name(db.stem + "-crawl.log")
    return (f"{cron_spec(every)} cd {shlex.quote(str(workdir))} && flock -n {shlex.quote(str(lock))} "
            f"{shlex.join(command)} >> {shlex.quote(str(log))} 2>&1")


def systemd_units(every: Interval, command: list[str], workdir: Path, name: str = "contest-tracker-crawl",
                  env_file: Path | None = None) -> dict[str, str]:
    """The text of ``NAME.service`` (one crawl) and ``NAME.timer`` (every ``every``, catching up after downtime)."""
    env_file = env_file or Path(workdir) / "contest-tracker.env"
    service = "\n".join([
        "[Unit]",
        f"Description=contest-tracker: crawl the contest's sources ({name})",
        "Wants=network-online.target",
        "After=network-online.target",
        "",
        "[Service]",
        "Type=oneshot",
        f"WorkingDirectory={workdir}",
        "# Secrets such as GUARDIAN_API_KEY=... go in this file (mode 600), never in the unit.",
        f"EnvironmentFile=-{env_file}",
        f"ExecStart={shlex.join(command)}",
        "Nice=10",
        "IOSchedulingClass=idle",
        "",
    ])
    calendar = on_calendar(every)
    schedule = ([f"OnCalendar={calendar}", "Persistent=true"] if calendar
                else ["OnBootSec=5min", f"OnUnitActiveSec={every.seconds}s"])
    timer = "\n".join([
        "[Unit]",
        f"Description=contest-tracker: recrawl every {every} ({name})",
        "",
        "[Timer]",
        *schedule,
        "RandomizedDelaySec=300",
        f"Unit={name}.service",
        "",
        "[Install]",
        "WantedBy=timers.target",
        "",
    ])
    return {f"{name}.service": service, f"{name}.timer": timer}


def write_units(directory: Path, units: dict[str, str]) -> list[Path]:
    """Write the unit files into ``directory`` (created if missing); returns their paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, text in units.items():
        path = directory / filename
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written

