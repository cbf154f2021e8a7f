"""The normaliser's one entry point for the crawl and rebuild: failures become reasons, not crashes."""
from __future__ import annotations

import pytest

from db.normalise import ArticleExtractionError, ExtractionCrashed, safe_normalise_page

PAGE = b"<html><head><title>x</title></head><body><article>" + b"<p>Some words of prose here.</p>" * 5 + b"</article></body></html>"


def test_an_unexpected_extractor_exception_becomes_a_recordable_reason():
    with pytest.raises(ExtractionCrashed, match="extractor crashed: AttributeError"):
        safe_normalise_page("http://a.example/1", PAGE, contest=None)  # a bug met deep inside


def test_junk_is_an_article_extraction_error_with_its_reason(contest):
    with pytest.raises(ArticleExtractionError, match="empty body"):
        safe_normalise_page("http://a.example/2", b"", contest)
