"""Deploy the project to a real Scrapyd on 127.0.0.1, run a job through schedule.json, check its rows.

This is what docs/scaling.md describes for each node: build the egg with
scrapyd-deploy, add it with addversion.json, schedule one source per job with
the node's database as a setting, then merge the nodes' databases.
"""
from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile
from pathlib import Path

import pytest

from contest_tracker.contest import CONTESTS_DIR
from tests.fakes import write_contest
from tests.fakes.news_site import ARTICLES, NewsSite

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PROJECT = "contest_tracker"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def post(url: str, fields: list[tuple[str, str]], files: dict[str, bytes] | None = None) -> dict:
    boundary = uuid.uuid4().hex
    body = b""
    for name, value in fields:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").encode()
    for name, data in (files or {}).items():
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}.egg\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory):
    """A Scrapyd daemon with its own eggs, logs and dbs folders and a free port."""
    home = tmp_path_factory.mktemp("scrapyd")
    port = free_port()
    (home / "scrapyd.conf").write_text("\n".join([
        "[scrapyd]", "bind_address = 127.0.0.1", f"http_port = {port}", f"eggs_dir = {home / 'eggs'}",
        f"logs_dir = {home / 'logs'}", f"dbs_dir = {home / 'dbs'}", "items_dir =", "max_proc = 2",
        "poll_interval = 0.5", "",
    ]))
    process = subprocess.Popen([str(BIN / "scrapyd")], cwd=home, stdout=subprocess.DEVNULL,
                               stderr=open(home / "scrapyd.err", "wb"))
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if get(f"{url}/daemonstatus.json")["status"] == "ok":
                    break
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                pytest.fail("scrapyd did not start: " + (home / "scrapyd.err").read_text()[-2000:])
            time.sleep(0.2)
        yield {"url": url, "home": home}
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def egg(tmp_path_factory):
    """The egg scrapyd-deploy builds from the repository."""
    out = tmp_path_factory.mktemp("egg") / "project.egg"
    result = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return out


def test_egg_holds_the_packages_and_the_scrapy_entry_point(egg):
    with zipfile.ZipFile(egg) as archive:
        names = set(archive.namelist())
        entry_points = archive.read("EGG-INFO/entry_points.txt").decode()
    for module in ("crawler/settings.py", "crawler/spiders/site.py", "db/store.py", "contest_tracker/crawl.py"):
        assert module in names
    assert "[scrapy]\nsettings = crawler.settings" in entry_points


def test_scrapyd_job_lands_in_the_sqlite_file(scrapyd, egg, tmp_path):
    url = scrapyd["url"]
    added = post(f"{url}/addversion.json", [("project", PROJECT), ("version", "r1")], {"egg": egg.read_bytes()})
    assert added["status"] == "ok", added
    spiders = get(f"{url}/listspiders.json?project={PROJECT}")
    assert {"site", "guardian", "wayback", "warc", "sitemap", "feed"} <= set(spiders["spiders"]), spiders
    db = tmp_path / "node1.db"
    with NewsSite() as site:
        contest = write_contest(tmp_path / "node.toml", [
            {"name": "herald", "kind": "site", "url": site.url + "/", "allowed_domains": ["127.0.0.1"]}],
            extends=str(CONTESTS_DIR / "labour-2016.toml"))
        job = post(f"{url}/schedule.json", [
            ("project", PROJECT), ("spider", "site"), ("source", "herald"), ("contest", str(contest)),
            ("setting", f"CONTEST={contest}"), ("setting", f"CONTEST_DB={db}"),
            ("setting", f"HTTPCACHE_DIR={tmp_path / 'cache'}"), ("setting", "AUTOTHROTTLE_ENABLED=False"),
            ("setting", "DOWNLOAD_DELAY=0"), ("setting", "CONTEST_PROGRESS=False"), ("setting", "CONTEST_WORKERS=0"),
        ])
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            jobs = get(f"{url}/listjobs.json?project={PROJECT}")
            if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"job never finished: {jobs}")
    log = next((scrapyd["home"] / "logs").rglob(f"{job['jobid']}.log")).read_text()
    assert "Spider closed (finished)" in log, log[-3000:]
    with sqlite3.connect(db) as conn:
        titles = {r[0] for r in conn.execute("select title from articles")}
        runs = conn.execute("select source, kind, status from crawl_runs").fetchall()
    assert titles == {a["title"] for a in ARTICLES.values()}
    assert runs == [("herald", "site", "finished")]
    shutil.rmtree(tmp_path / "cache", ignore_errors=True)
