"""Publish a contest database with Datasette: read-only, with our metadata and templates."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "datasette_metadata.json"
TEMPLATES = ROOT / "templates"
SETTINGS = {
    "sql_time_limit_ms": 3000,  # a runaway query stops instead of stalling the site
    "max_returned_rows": 1000,
    "facet_time_limit_ms": 500,
    "default_page_size": 50,
    "suggest_facets": False,  # suggestions ran a dozen queries per page: 3/4 of a search's time (issue 7)
}

PUBLIC_SETTINGS = {"default_allow_sql": "off"}  # no arbitrary SQL on a public site


def checkpoint(db_path: Path) -> None:
    """Fold the WAL into the main file: an immutable (``-i``) Datasette reads only the main file."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def metadata_for(db_path: Path) -> dict:
    """Our metadata, keyed to this database's name (Datasette names a database after its file)."""
    name = Path(db_path).stem
    text = METADATA.read_text(encoding="utf-8").replace("/contest/", f"/{name}/")
    metadata = json.loads(text)
    metadata["databases"] = {name: metadata["databases"].pop("contest")}
    return metadata


def write_metadata(db_path: Path) -> Path:
    path = Path(db_path).resolve().with_name(Path(db_path).stem + "-metadata.json")
    path.write_text(json.dumps(metadata_for(db_path), indent=2), encoding="utf-8")
    return path


def datasette_command(db_path: Path, port: int = 8001, host: str = "127.0.0.1", live: bool = False,
                      public: bool = False) -> list[str]:
    """The ``datasette serve`` command line. ``live`` serves the file as mutable (no ``-i``), so
    Datasette sees rows a running crawl commits; it still only reads (WAL lets it read while the
    crawl writes, and each article arrives in one transaction, so no reader sees half of one).
    ``public`` switches arbitrary SQL off; canned queries, search, facets and CSV still work."""
    db_args = [str(db_path)] if live else ["-i", str(db_path)]
    args = [sys.executable, "-m", "datasette", "serve", *db_args, "--metadata", str(write_metadata(db_path)),
            "--host", host, "--port", str(port)]
    if TEMPLATES.is_dir():
        args += ["--template-dir", str(TEMPLATES)]
    for name, value in {**SETTINGS, **(PUBLIC_SETTINGS if public else {})}.items():
        args += ["--setting", name, str(value)]
    return args


def make_datasette(db_path: Path):
    """An in-process Datasette configured like ``serve``: what the tests drive through ``.client``."""
    from datasette.app import Datasette

    return Datasette(immutables=[str(db_path)], metadata=metadata_for(db_path),
                     template_dir=str(TEMPLATES) if TEMPLATES.is_dir() else None, settings=SETTINGS)


def serve(db_path: Path, port: int = 8001, host: str = "127.0.0.1", live: bool = False,
          public: bool = False) -> int:
    """Run Datasette in the foreground until interrupted; returns its exit code.

    ``live``: serve while a crawl writes to the file (see ``datasette_command``).
    """
    if not live:
        checkpoint(db_path)
    try:
        return subprocess.call(datasette_command(db_path, port, host, live=live, public=public))
    except KeyboardInterrupt:
        return 0
