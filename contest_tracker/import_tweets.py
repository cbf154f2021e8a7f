"""Import local tweet archive files into the database, with a progress bar and a report of broken lines.

Formats: twarc2 JSONL (raw API pages or flattened tweets), API v1.1 JSON or
JSONL, and an account archive's ``tweets.js`` / ``tweet.js`` (and its later
parts). An account archive names no author: ``--handle`` does, or the
``account.js`` beside the file (or given among the files).
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

from tqdm import tqdm

from contest_tracker.contest import Contest
from db.store import Store
from db.tweet_archives import account_from_js, detect_format, read_archive, ytd_name


def read_text(path: Path) -> str:
    """A file's text, gunzipped if it ends in .gz; undecodable bytes become U+FFFD, never an abort."""
    data = Path(path).read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8-sig", errors="replace")


def _accounts(files: list[Path]) -> dict[Path, tuple[str | None, str | None]]:
    """Owner of each folder's account archive: account.js given among the files or lying beside them."""
    owners: dict[Path, tuple[str | None, str | None]] = {}
    for path in files:
        folder = Path(path).resolve().parent
        if folder in owners:
            continue
        account = folder / "account.js"
        owners[folder] = account_from_js(read_text(account)) if account.exists() else (None, None)
    return owners


def import_files(files: list[Path], db_path: Path, contest: Contest, *, handle: str | None = None,
                 fmt: str = "auto") -> dict[str, int]:
    """Read each archive, keep tweets in the contest's window that relate to it; count what happened.

    Parameters: ``files`` the archives; ``db_path`` the database; ``contest``
    whose window and people decide what is kept; ``handle`` the author of an
    account archive (else its account.js); ``fmt`` a format name or "auto".
    A broken line or record is reported with its file and line number, stored
    in ``crawl_errors`` and skipped; the rest of the file is kept.
    """
    store = Store.open(db_path, contest)
    run_id = store.start_run("import-tweets", "tweet-archive")
    summary = {"new": 0, "updated": 0, "unchanged": 0, "skipped": 0, "errors": 0}
    owners = _accounts([Path(p) for p in files])

    def report(path: Path, error: str) -> None:
        store.record_error(run_id, "import-tweets", str(path), "parse", error)
        tqdm.write(f"skipped: {error}", file=sys.stderr)
        summary["errors"] += 1

    with tqdm(desc="tweets", unit=" tweets", file=sys.stderr) as bar:
        for path in (Path(p) for p in files):
            try:
                text = read_text(path)
            except (OSError, EOFError) as exc:
                report(path, f"{path}: cannot read: {exc}")
                continue
            file_fmt = detect_format(path.name.removesuffix(".gz"), text[:4096]) if fmt == "auto" else fmt
            who, display = handle, None
            if file_fmt == "account-archive":
                if ytd_name(text) == "account":
                    continue  # account.js names the author of the tweets.js beside it
                owner, owner_name = owners.get(path.resolve().parent, (None, None))
                if not who or (owner and owner.lower() == who.lstrip("@").lower()):
                    who, display = who or owner, owner_name
            bar.set_postfix_str(path.name)
            for tweet, error in read_archive(text, str(path), file_fmt, handle=who, display_name=display):
                if error:
                    report(path, error)
                    continue
                summary[store.save_tweet(tweet, source=f"import:{path.name}")] += 1
                bar.update(1)
    store.finish_run(run_id, "finished", items_new=summary["new"], items_updated=summary["updated"],
                     items_skipped=summary["skipped"] + summary["unchanged"], errors=summary["errors"])
    return summary
