"""Score article body extraction on the Zyte article-extraction benchmark.

The benchmark (``../shared/benchmarks/article-extraction`` beside the repo)
holds 181 gzipped pages and a hand-marked ``ground-truth.json``. This is a
clean-room evaluator written from that directory's README, so our numbers are
comparable with the published table: 4-token shingles counted as multisets,
per-page precision and recall normalised so long articles don't weigh more,
F1 from the mean P and R (not the mean of per-page F1), exact-token accuracy,
and bootstrap standard deviations as error bars.

Library first: ``evaluate`` returns a dict and ``format_report`` renders it;
the ``contest-tracker eval articles`` command only wires options to them.
``python -m contest_tracker.eval_articles`` runs it directly.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Iterable

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "shared/benchmarks/article-extraction"
BOOTSTRAP_ROUNDS = 1000
BOOTSTRAP_SEED = 0
SHINGLE_SIZE = 4

_TOKEN_RE = re.compile(r"\w+")

Extractor = Callable[[str, str], str]


class BenchmarkNotFound(Exception):
    """The benchmark directory (ground-truth.json and html/) is missing."""


# --- the metric ---------------------------------------------------------------


def tokenize(text: str | None) -> list[str]:
    """Runs of Unicode word characters; punctuation and whitespace dropped, case kept."""
    return _TOKEN_RE.findall(text or "")


def shingles(tokens: list[str], size: int = SHINGLE_SIZE) -> Counter:
    """Overlapping ``size``-token runs as a multiset.

    A text shorter than ``size`` but not empty is one shingle of all its tokens,
    so a two-word prediction still scores against a two-word truth.
    """
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))


def page_counts(truth: str, prediction: str) -> tuple[float, float, float]:
    """(TP, FP, FN) for one page, divided by their sum so each page weighs the same."""
    t_sh = shingles(tokenize(truth))
    p_sh = shingles(tokenize(prediction))
    tp = fp = fn = 0
    for key in t_sh.keys() | p_sh.keys():
        t, p = t_sh.get(key, 0), p_sh.get(key, 0)
        tp += min(t, p)
        fp += max(0, p - t)
        fn += max(0, t - p)
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_scores(truth: str, prediction: str) -> dict:
    """Per-page precision, recall (None when left out of the mean) and exact match.

    A page with an empty prediction has no precision, and one with an empty
    truth has no recall, per the README: an empty output lowers recall only.
    """
    tp, fp, fn = page_counts(truth, prediction)
    if fp == 0 and fn == 0:
        precision: float | None = 1.0
        recall: float | None = 1.0
    else:
        precision = tp / (tp + fp) if tp + fp > 0 else None
        recall = tp / (tp + fn) if tp + fn > 0 else None
    return {
        "precision": precision,
        "recall": recall,
        "exact": tokenize(truth) == tokenize(prediction),
    }


def _mean(values: Iterable[float | None]) -> float:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else 0.0


def aggregate(pages: list[dict]) -> dict:
    """Mean P and R over the pages that have them, F1 from those means, accuracy."""
    precision = _mean(p["precision"] for p in pages)
    recall = _mean(p["recall"] for p in pages)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(1 for p in pages if p["exact"]) / len(pages) if pages else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


def _std(values: list[float]) -> float:
    mean = sum(values) / len(values)
    return (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5


def bootstrap(pages: list[dict], rounds: int = BOOTSTRAP_ROUNDS, seed: int = BOOTSTRAP_SEED) -> dict:
    """Standard deviation of each metric over ``rounds`` resamples with replacement.

    Seeded so the same predictions always print the same ± values.
    """
    if not pages:
        return {f"{k}_std": 0.0 for k in ("precision", "recall", "f1", "accuracy")}
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {"precision": [], "recall": [], "f1": [], "accuracy": []}
    n = len(pages)
    for _ in range(rounds):
        drawn = aggregate([pages[rng.randrange(n)] for _ in range(n)])
        for key, values in samples.items():
            values.append(drawn[key])
    return {f"{key}_std": _std(values) for key, values in samples.items()}


def score(truths: dict[str, str], predictions: dict[str, str]) -> dict:
    """Metrics and error bars for ``{id: text}`` predictions; a missing id counts as ""."""
    pages = [page_scores(truth, predictions.get(pid) or "") for pid, truth in truths.items()]
    result = {"pages": len(pages), **aggregate(pages), **bootstrap(pages)}
    return result


# --- running an extractor over the benchmark ------------------------------------


def load_benchmark(path: Path) -> dict[str, dict]:
    """``{id: {"articleBody", "url"}}`` from ``ground-truth.json``, checking the layout."""
    path = Path(path)
    truth_file = path / "ground-truth.json"
    if not truth_file.is_file() or not (path / "html").is_dir():
        raise BenchmarkNotFound(
            f"no article-extraction benchmark at {path}: expected ground-truth.json and html/ "
            "(pass --path to point at a copy of scrapinghub/article-extraction-benchmark)"
        )
    return json.loads(truth_file.read_text(encoding="utf-8"))


def default_extractor(html: str, url: str) -> str:
    """Our production extractor: ``db.articles.extract_article(...).text``.

    A page it refuses (ArticleExtractionError) counts as an empty prediction,
    exactly as the pipeline would store nothing for it.
    """
    from db.articles import ArticleExtractionError, extract_article

    try:
        return extract_article(html, url).text
    except ArticleExtractionError:
        return ""


def baseline_trafilatura(html: str, url: str) -> str:
    """trafilatura with its default settings, for a reference row in the report."""
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def _run_one(job: tuple[Extractor, Path, str, str]) -> tuple[str, str, float]:
    extractor, html_dir, pid, url = job
    with gzip.open(html_dir / f"{pid}.html.gz", "rb") as fh:
        html = fh.read().decode("utf-8", errors="replace")
    start = time.perf_counter()
    text = extractor(html, url) or ""
    return pid, text, time.perf_counter() - start


def predict(
    path: Path,
    extractor: Extractor | None = None,
    *,
    workers: int = 1,
    progress: bool = True,
) -> tuple[dict[str, str], float]:
    """Run ``extractor(html, url)`` on every page; return predictions and extraction seconds.

    The seconds are summed time inside the extractor (not wall time, not
    decompression), so pages/s means pages per second per core whatever
    ``workers`` is.
    """
    truths = load_benchmark(path)
    extractor = extractor or default_extractor
    jobs = [(extractor, Path(path) / "html", pid, entry.get("url", "")) for pid, entry in truths.items()]
    bar = _progress_bar(len(jobs), progress)
    predictions: dict[str, str] = {}
    seconds = 0.0
    try:
        if workers > 1:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                results = pool.map(_run_one, jobs, chunksize=4)
                for pid, text, took in results:
                    predictions[pid] = text
                    seconds += took
                    bar.update(1)
        else:
            for job in jobs:
                pid, text, took = _run_one(job)
                predictions[pid] = text
                seconds += took
                bar.update(1)
    finally:
        bar.close()
    return predictions, seconds


def _progress_bar(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="page", desc="extracting", file=sys.stderr, disable=not enabled)


def evaluate(
    path: Path = DEFAULT_PATH,
    extractor: Extractor | None = None,
    *,
    workers: int = 1,
    progress: bool = True,
) -> dict:
    """Extract every benchmark page and score the bodies against the ground truth.

    :param path: the benchmark directory (``ground-truth.json`` and ``html/``).
    :param extractor: ``f(html, url) -> text``; defaults to our ``extract_article``.
        With ``workers > 1`` it must be picklable (a module-level function).
    :param workers: processes to extract with; 1 runs in this process.
    :param progress: show a tqdm bar on stderr.
    :returns: pages, precision, recall, f1, accuracy, their ``*_std``,
        seconds (CPU time in the extractor) and pages_per_s (per core).
    :raises BenchmarkNotFound: if ``path`` is not a benchmark directory.
    """
    path = Path(path)
    truths = {pid: entry.get("articleBody") or "" for pid, entry in load_benchmark(path).items()}
    predictions, seconds = predict(path, extractor, workers=workers, progress=progress)
    result = score(truths, predictions)
    result["seconds"] = seconds
    result["pages_per_s"] = result["pages"] / seconds if seconds else 0.0
    return result


def format_report(result: dict | list[tuple[str, dict]]) -> str:
    """A small fixed-width table; give ``[(name, result), ...]`` to compare extractors."""
    rows = [("extractor", result)] if isinstance(result, dict) else list(result)
    header = f"{'':<22} {'F1':>13} {'precision':>13} {'recall':>13} {'accuracy':>13} {'pages/s':>8}"
    lines = [header, "-" * len(header)]
    for name, r in rows:
        cells = [
            f"{r[key]:.3f} ± {r[key + '_std']:.3f}" for key in ("f1", "precision", "recall", "accuracy")
        ]
        lines.append(f"{name:<22} " + " ".join(f"{c:>13}" for c in cells) + f" {r['pages_per_s']:>8.1f}")
    pages = rows[0][1]["pages"] if rows else 0
    lines.append(f"{pages} pages; ± is the bootstrap standard deviation ({BOOTSTRAP_ROUNDS} resamples)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score extract_article (and optionally trafilatura defaults) and print the table.

    Example: ``python -m contest_tracker.eval_articles --workers 2 --baseline``
    """
    parser = argparse.ArgumentParser(prog="python -m contest_tracker.eval_articles", description=main.__doc__)
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="benchmark directory")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--workers", type=int, default=1, help="extraction processes")
    parser.add_argument("--baseline", action="store_true", help="also score trafilatura defaults")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    try:
        rows = [("extract_article", evaluate(args.path, workers=args.workers, progress=not args.quiet))]
        if args.baseline:
            rows.append(
                ("trafilatura defaults",
                 evaluate(args.path, baseline_trafilatura, workers=args.workers, progress=not args.quiet))
            )
    except BenchmarkNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(dict(rows), indent=2))
    else:
        print(format_report(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
