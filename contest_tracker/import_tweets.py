"""Import local tweet archive files into the database, with a progress bar and a report of broken lines."""
from __future__ import annotations

import sys
from pathlib import Path

from tqdm import tqdm

from contest_tracker.contest import Contest
from db.store import Store
from db.tweet_archives import account_from_js, detect_format, read_archive


def _account_beside(path: Path) -> tuple[str | None, str | None]:
    account = path.with_name("account.js")
    if account.exists():
        return account_from_js(account.read_text(encoding="utf-8", errors="replace"))
    return None, None


def import_files(files: list[Path], db_path: Path, contest: Contest, *, handle: str | None = None,
                 fmt: str = "auto") -> dict[str, int]:
    """Read each archive, keep tweets in the contest's window that relate to it; count what happened."""
    store = Store.open(db_path, contest)
    run_id = store.start_run("import-tweets", "tweet-archive")
    summary = {"new": 0, "updated": 0, "unchanged": 0, "skipped": 0, "errors": 0}
    with tqdm(desc="tweets", unit=" tweets", file=sys.stderr) as bar:
        for path in files:
            text = Path(path).read_text(encoding="utf-8", errors="replace")
            file_fmt = detect_format(path.name, text[:4096]) if fmt == "auto" else fmt
            who, display = (handle, None)
            if file_fmt == "account-archive" and not who:
                who, display = _account_beside(Path(path))
            for tweet, error in read_archive(text, str(path), file_fmt, handle=who, display_name=display):
                if error:
                    store.record_error(run_id, "import-tweets", str(path), "parse", error)
                    tqdm.write(f"skipped: {error}", file=sys.stderr)
                    summary["errors"] += 1
                    continue
                summary[store.save_tweet(tweet, source=f"import:{Path(path).name}")] += 1
                bar.update(1)
    store.finish_run(run_id, "finished", items_new=summary["new"], items_updated=summary["updated"],
                     items_skipped=summary["skipped"] + summary["unchanged"], errors=summary["errors"])
    return summary
