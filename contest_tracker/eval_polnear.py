"""Score the quote extractor against PolNeAR, the way its README says is fair.

PolNeAR (Political News Attribution Relations) is 1,008 US political news
articles of 2016 with every attribution annotated by hand in brat standoff.
The texts are copyrighted, so they are read from ``../shared`` and never copied
into the project; this module only measures.

The metric, exactly as the corpus README states it:

* a predicted quote matches a gold content when their character overlap covers
  at least half of each (and, for the stricter figure, 90% of each);
* pairs are made one to one, largest overlap first;
* precision, recall and F1 are reported for **direct quotes** (gold contents
  that contain a double quotation mark, against predictions of kind ``direct``
  or ``mixed``: a mixed quote is reported speech holding a quoted phrase, which
  is exactly a gold content with a quotation mark in it, so leaving it out
  would count every such content as missed) and for **all attributions** (every
  prediction, indirect included, against every gold content);
* on each matched direct pair the speaker is right when the predicted
  ``speaker_mention`` overlaps the gold Source span. Gold contents with no
  source (``Attribution-no-source``) are left out of the speaker figure, since
  no mention can be right or wrong for them.

Usage::

    python -m contest_tracker.eval_polnear --split dev
    python -m contest_tracker.eval_polnear --split train --json
    python -m contest_tracker.eval_polnear --agreement   # how far the annotators agree
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "shared/corpora/polnear"
DOUBLE_QUOTES = ('"', "\u201c", "\u201d")
SKIPPED_TYPES = {"Discuss", "Discard"}

Segments = list[tuple[int, int]]


class PolnearMissing(Exception):
    """The PolNeAR directory (or the split asked for) is not where we looked."""


@dataclass
class GoldContent:
    """One annotated content span, with the source spans of the relations that hold it."""

    segments: Segments
    text: str
    sources: list[Segments] = field(default_factory=list)

    @property
    def direct(self) -> bool:
        return any(mark in self.text for mark in DOUBLE_QUOTES)


@dataclass
class Article:
    name: str
    text: str
    contents: list[GoldContent]


def parse_segments(spec: str) -> Segments:
    """``"12 20;25 30"`` -> ``[(12, 20), (25, 30)]``: brat's multi-segment offsets."""
    segments = []
    for part in spec.split(";"):
        start, end = part.split()
        segments.append((int(start), int(end)))
    return segments


def slice_segments(text: str, segments: Segments) -> str:
    """The span's text, sliced from the article: brat's own text field is wrong across line breaks."""
    return " ".join(text[s:e] for s, e in segments)


def read_ann(ann: str, text: str) -> list[GoldContent]:
    """Parse one brat .ann file into its gold contents, each with its sources.

    Lines starting with ``#`` (annotator notes) and spans typed Discuss or
    Discard are skipped. ``Content2`` in a relation is a second content of the
    same attribution, so it gets the same source.
    """
    spans: dict[str, tuple[str, Segments]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        ident = parts[0]
        if ident.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            if kind in SKIPPED_TYPES:
                continue
            spans[ident] = (kind, parse_segments(offsets))
        elif ident.startswith("E") and len(parts) >= 2:
            roles = {}
            for arg in parts[1].split():
                role, _, target = arg.partition(":")
                roles[role] = target
            relations.append(roles)
    contents: dict[str, GoldContent] = {}
    for ident, (kind, segments) in spans.items():
        if kind == "Content":
            contents[ident] = GoldContent(segments, slice_segments(text, segments))
    for roles in relations:
        source = spans.get(roles.get("Source", ""))
        for role in ("Content", "Content2"):
            content = contents.get(roles.get(role, ""))
            if content is not None and source is not None:
                content.sources.append(source[1])
    return list(contents.values())


def first_annotators(path: Path) -> dict[str, str]:
    """Map article name -> the first annotator listed in metadata.tsv."""
    with open(path / "metadata.tsv", encoding="utf-8", newline="") as fh:
        return {
            row["filename"]: row["annotators"].split("|")[0]
            for row in csv.DictReader(fh, delimiter="\t")
        }


def load_split(path: Path, split: str = "dev") -> Iterator[Article]:
    """Yield each article of a split with its first annotator's gold contents."""
    split_dir = path / split
    if not (split_dir / "text").is_dir():
        raise PolnearMissing(
            f"PolNeAR split {split!r} not found under {path}; "
            "pass --path to the directory holding metadata.tsv, train/ and dev/"
        )
    annotators = first_annotators(path)
    for txt in sorted((split_dir / "text").glob("*.txt")):
        name = txt.stem
        text = txt.read_text(encoding="utf-8")
        annotator = annotators.get(name)
        ann_path = split_dir / "attributions" / f"{name}_{annotator}.ann"
        if annotator is None or not ann_path.exists():
            candidates = sorted((split_dir / "attributions").glob(f"{name}_*.ann"))
            if not candidates:
                continue
            ann_path = candidates[0]
        yield Article(name, text, read_ann(ann_path.read_text(encoding="utf-8"), text))


def overlap(a: Segments, b: Segments) -> int:
    """Characters shared by two multi-segment spans."""
    total = 0
    for s1, e1 in a:
        for s2, e2 in b:
            total += max(0, min(e1, e2) - max(s1, s2))
    return total


def length(segments: Segments) -> int:
    return sum(e - s for s, e in segments)


def match(predicted: list[Segments], gold: list[Segments], threshold: float = 0.5) -> list[tuple[int, int]]:
    """Pair predictions with gold spans one to one, largest overlap first.

    A pair is allowed only when the overlap covers at least ``threshold`` of
    each span. Returns ``(prediction index, gold index)`` pairs.
    """
    candidates = []
    for i, p in enumerate(predicted):
        p_len = length(p)
        for j, g in enumerate(gold):
            shared = overlap(p, g)
            if shared and shared >= threshold * p_len and shared >= threshold * length(g):
                candidates.append((shared, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Counts:
    """True positives, predictions and gold items: enough for P, R and F1."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, matched: int, predicted: int, gold: int) -> None:
        self.matched += matched
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "matched": self.matched,
                "predicted": self.predicted, "gold": self.gold}


def quote_segments(quote: dict) -> Segments:
    """A predicted quote's character spans: its segments, or start-end when it has none."""
    segments = quote.get("segments") or [[quote["start"], quote["end"]]]
    return [(int(s), int(e)) for s, e in segments]


def speaker_right(quote: dict, content: GoldContent) -> bool:
    mention = quote.get("speaker_mention")
    if not mention:
        return False
    span = [(mention["start"], mention["end"])]
    return any(overlap(span, source) > 0 for source in content.sources)


def score_article(quotes: list[dict], contents: list[GoldContent], tallies: dict) -> None:
    """Add one article's predictions against its gold to the running tallies."""
    all_pred = [quote_segments(q) for q in quotes]
    all_gold = [c.segments for c in contents]
    tallies["all"].add(len(match(all_pred, all_gold)), len(all_pred), len(all_gold))

    direct_quotes = [q for q in quotes if q.get("kind") in ("direct", "mixed")]
    direct_gold = [c for c in contents if c.direct]
    d_pred = [quote_segments(q) for q in direct_quotes]
    d_gold = [c.segments for c in direct_gold]
    pairs = match(d_pred, d_gold)
    tallies["direct"].add(len(pairs), len(d_pred), len(d_gold))
    tallies["direct90"].add(len(match(d_pred, d_gold, 0.9)), len(d_pred), len(d_gold))
    for i, j in pairs:
        if direct_gold[j].sources:
            tallies["speaker_total"] += 1
            tallies["speaker_right"] += speaker_right(direct_quotes[i], direct_gold[j])


def _default_extractor() -> Callable[[str], object]:
    from db.quotes import extract_quotes

    return extract_quotes


def _as_quotes(result) -> list[dict]:
    """Accept a QuoteResult or a bare list of quote dicts from the extractor."""
    return list(getattr(result, "quotes", result))


def evaluate(path: Path | None = None, split: str = "dev", extractor=None, progress: bool = True) -> dict:
    """Run ``extractor`` over a PolNeAR split and score it.

    :param path: the PolNeAR directory (holding ``metadata.tsv``); defaults to
        ``../shared/corpora/polnear`` beside the repository.
    :param split: ``"dev"`` or ``"train"``.
    :param extractor: a function from article text to a QuoteResult (or list
        of quote dicts); defaults to ``db.quotes.extract_quotes``.
    :param progress: print a dot per ten articles to stderr.

    Speed counts only the extractor's own CPU time (``time.process_time``), not
    reading files, so that a busy machine does not make the rules look slow.
    """
    path = _polnear_dir(path)
    extractor = extractor or _default_extractor()
    tallies = _new_tallies()
    articles = 0
    elapsed = 0.0
    for article in load_split(path, split):
        started = time.process_time()
        quotes = _as_quotes(extractor(article.text))
        elapsed += time.process_time() - started
        score_article(quotes, article.contents, tallies)
        articles += 1
        if progress and articles % 10 == 0:
            print(".", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return {
        "split": split,
        "articles": articles,
        **_scores(tallies),
        "seconds": elapsed,
        "articles_per_second": articles / elapsed if elapsed else 0.0,
    }


def _polnear_dir(path: Path | None) -> Path:
    """The PolNeAR folder asked for (or beside the project), or a clear error when it is not there."""
    path = Path(path) if path is not None else DEFAULT_PATH
    if not path.is_dir():
        raise PolnearMissing(f"PolNeAR not found at {path}; pass --path to its directory")
    return path


def _new_tallies() -> dict:
    """Empty running tallies for ``score_article``."""
    return {"all": Counts(), "direct": Counts(), "direct90": Counts(), "speaker_total": 0, "speaker_right": 0}


def _scores(tallies: dict) -> dict:
    """The figures of a set of tallies: direct P/R/F1 at 50% and 90%, speaker accuracy, all attributions."""
    total = tallies["speaker_total"]
    return {
        "direct": tallies["direct"].scores(),
        "direct_90": tallies["direct90"].scores(),
        "speaker_accuracy": tallies["speaker_right"] / total if total else 0.0,
        "speaker_pairs": total,
        "all": tallies["all"].scores(),
    }


def _as_predictions(contents: list[GoldContent]) -> list[dict]:
    """One annotator's contents in the shape of extractor output, so the same metric can score them."""
    predictions = []
    for content in contents:
        source = content.sources[0] if content.sources else None
        predictions.append({
            "start": content.segments[0][0], "end": content.segments[-1][1],
            "segments": [list(s) for s in content.segments],
            "kind": "direct" if content.direct else "indirect",
            "speaker_mention": {"start": source[0][0], "end": source[-1][1]} if source else None,
        })
    return predictions


def agreement(path: Path | None = None, extractor=None) -> dict:
    """How well PolNeAR's annotators agree with each other, and the extractor with them, on the same articles.

    Some articles were annotated by several people (mostly in annotator
    training). Every ordered pair of their annotations is scored with the
    metric above, one as gold and the other as predictions; the extractor is
    scored against the same gold, so the two figures compare directly. It
    says how high a score the metric allows, not just how high ours is.
    """
    path = _polnear_dir(path)
    extractor = extractor or _default_extractor()
    people, ours = _new_tallies(), _new_tallies()
    articles = pairs = 0
    for split in ("train", "dev"):
        folder = path / split / "attributions"
        by_article: dict[str, list[Path]] = {}
        for ann in sorted(folder.glob("*.ann")) if folder.is_dir() else []:
            by_article.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
        for name, anns in by_article.items():
            if len(anns) < 2:
                continue
            text = (path / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
            annotations = [read_ann(a.read_text(encoding="utf-8"), text) for a in anns]
            predicted = _as_quotes(extractor(text))
            articles += 1
            for i, gold in enumerate(annotations):
                for j, other in enumerate(annotations):
                    if i != j:
                        score_article(_as_predictions(other), gold, people)
                        score_article(predicted, gold, ours)
                        pairs += 1
    return {"articles": articles, "pairs": pairs, "annotators": _scores(people), "extractor": _scores(ours)}


def format_agreement(result: dict) -> str:
    """A short table of ``agreement``: annotators against each other, the extractor against them."""
    lines = [f"PolNeAR articles with several annotators: {result['articles']} ({result['pairs']} ordered pairs)"]
    for key, label in (("annotators", "annotator vs annotator"), ("extractor", "extractor vs annotators")):
        r = result[key]
        lines.append(f"  {label:<24} direct F1 {r['direct']['f1']:.3f}  F1@90 {r['direct_90']['f1']:.3f}"
                     f"  speaker {r['speaker_accuracy']:.3f}  all F1 {r['all']['f1']:.3f}")
    return "\n".join(lines)


def format_report(result: dict) -> str:
    """A short plain-text table of an ``evaluate`` result.

    Four decimals: the targets sit on round numbers, and 0.8996 printed as
    "0.900" would read as a target met.
    """
    lines = [f"PolNeAR {result['split']}: {result['articles']} articles"]
    for key, label in (("direct", "direct quotes (50%)"), ("direct_90", "direct quotes (90%)"),
                       ("all", "all attributions")):
        s = result[key]
        lines.append(
            f"  {label:<22} P {s['precision']:.4f}  R {s['recall']:.4f}  F1 {s['f1']:.4f}"
            f"  ({s['matched']} matched / {s['predicted']} predicted / {s['gold']} gold)"
        )
    lines.append(
        f"  {'speaker accuracy':<22} {result['speaker_accuracy']:.4f}"
        f"  (on {result['speaker_pairs']} matched direct pairs with a source)"
    )
    lines.append(f"  {'speed':<22} {result['articles_per_second']:.0f} articles/s")
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    """Command line: ``python -m contest_tracker.eval_polnear [--split dev] [--path DIR] [--json]``."""
    parser = argparse.ArgumentParser(description="Score quote extraction on PolNeAR.")
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--path", type=Path, default=None, help="PolNeAR directory")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--agreement", action="store_true",
                        help="score the annotators against each other (and the extractor against them) instead")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        if args.agreement:
            result = agreement(args.path)
            print(json.dumps(result, indent=2) if args.json else format_agreement(result))
            return 0
        result = evaluate(args.path, args.split, progress=not args.json)
    except PolnearMissing as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=2) if args.json else format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
