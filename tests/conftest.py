"""Shared fixtures: cheap ones per test, the costly demo crawl once per session."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CLI = [sys.executable, "-m", "contest_tracker.cli"]


def needs_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test: a user's clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (it exists only beside the project in CI)")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(*args: str, check: bool = True, timeout: int = 600, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``contest-tracker`` in a subprocess (Scrapy's reactor runs once per process)."""
    result = subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT,
                            env={**os.environ, **(env or {})})
    if check and result.returncode != 0:
        raise AssertionError(f"contest-tracker {' '.join(args)} failed ({result.returncode}):\n"
                             f"{result.stdout[-3000:]}\n{result.stderr[-6000:]}")
    return result


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo archive crawled over loopback HTTP into a fresh database, once per session."""
    path = tmp_path_factory.mktemp("demo") / "contest.db"
    result = run_cli("demo", "--no-serve", "--db", str(path))
    path.with_suffix(".log").write_text(result.stderr)
    return path


@pytest.fixture
def contest():
    from contest_tracker.contest import load_contest

    return load_contest()
