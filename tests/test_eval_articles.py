"""The benchmark metric on hand-made cases, and one run on the real benchmark."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from contest_tracker.eval_articles import (
    BenchmarkNotFound,
    evaluate,
    format_report,
    page_counts,
    page_scores,
    score,
    shingles,
    tokenize,
)

SHARED = Path(__file__).resolve().parents[2] / "shared"
BENCHMARK = SHARED / "benchmarks" / "article-extraction"


def test_tokens_drop_punctuation_and_keep_case():
    assert tokenize("Corbyn's  “victory”—Labour!") == ["Corbyn", "s", "victory", "Labour"]


def test_one_to_three_tokens_make_one_shingle():
    assert shingles(["a"]) == Counter({("a",): 1})
    assert shingles(["a", "b", "c"]) == Counter({("a", "b", "c"): 1})


def test_no_tokens_no_shingles():
    assert shingles([]) == Counter()


def test_shingles_overlap_and_count_repeats():
    assert shingles("a b c d a b c d".split()) == Counter(
        {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1, ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1}
    )


def test_perfect_match_scores_one():
    result = score({"x": "One two three four five."}, {"x": "One, two; three four five"})
    assert (result["precision"], result["recall"], result["f1"], result["accuracy"]) == (1.0, 1.0, 1.0, 1.0)


def test_multiset_counts_repeated_shingles():
    # truth has the shingle twice, prediction once: one TP, one FN
    tp, fp, fn = page_counts("a b c d a b c d", "a b c d")
    assert (tp, fp, fn) == (1 / 5, 0.0, 4 / 5)


def test_extra_copies_count_as_false_positives():
    tp, fp, fn = page_counts("a b c d", "a b c d a b c d")
    assert (tp, fp, fn) == (1 / 5, 4 / 5, 0.0)


def test_short_texts_compare_as_one_shingle():
    assert page_scores("Yes", "Yes")["precision"] == 1.0
    scores = page_scores("Yes no", "Yes")
    assert scores["precision"] == 0.0 and scores["recall"] == 0.0


def test_empty_prediction_is_left_out_of_precision_mean():
    truths = {"a": "one two three four five", "b": "six seven eight nine ten"}
    result = score(truths, {"a": "one two three four five", "b": ""})
    assert result["precision"] == 1.0
    assert result["recall"] == 0.5
    assert result["f1"] == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert result["accuracy"] == 0.5


def test_missing_prediction_counts_as_empty():
    result = score({"a": "one two three four five"}, {})
    assert result["recall"] == 0.0 and result["accuracy"] == 0.0


def test_f1_comes_from_mean_precision_and_recall():
    truths = {"a": "a b c d e", "b": "f g h i j"}
    preds = {"a": "a b c d e x y z w", "b": "f g h i"}
    result = score(truths, preds)
    p, r = result["precision"], result["recall"]
    assert result["f1"] == pytest.approx(2 * p * r / (p + r))


def test_bootstrap_error_bars_are_seeded():
    truths = {str(i): f"w{i} x y z v" for i in range(20)}
    preds = {str(i): (truths[str(i)] if i % 3 else "x y z") for i in range(20)}
    assert score(truths, preds) == score(truths, preds)
    assert score(truths, preds)["f1_std"] > 0


def test_missing_benchmark_raises_a_clear_error(tmp_path):
    with pytest.raises(BenchmarkNotFound, match="ground-truth.json"):
        evaluate(tmp_path, progress=False)


def test_report_is_a_table():
    result = score({"a": "one two three four"}, {"a": "one two three four"})
    result.update(seconds=1.0, pages_per_s=1.0)
    report = format_report(result)
    assert "F1" in report and "1.000 ± 0.000" in report


@pytest.mark.shared
@pytest.mark.skipif(not BENCHMARK.is_dir(), reason="../shared/benchmarks/article-extraction is absent")
def test_extract_article_scores_on_the_benchmark():
    result = evaluate(BENCHMARK, workers=2, progress=False)
    assert result["pages"] == 181
    assert result["f1"] >= 0.964
