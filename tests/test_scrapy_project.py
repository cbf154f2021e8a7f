"""The crawler is an ordinary Scrapy project: `scrapy list` from the repository root works."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT
from contest_tracker.crawl import SPIDERS


def test_scrapy_list_names_a_spider_for_every_source_kind():
    result = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.split()) == {cls.name for cls in SPIDERS.values()}


def test_settings_are_polite_for_real_sites():
    from crawler import settings

    assert settings.ROBOTSTXT_OBEY is True
    assert settings.AUTOTHROTTLE_ENABLED is True
    assert "contest-tracker" in settings.USER_AGENT
    assert settings.HTTPCACHE_ENABLED and settings.HTTPCACHE_POLICY.endswith("RFC2616Policy")
