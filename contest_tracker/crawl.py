"""Run the spiders for a contest's sources in one Scrapy process.

One crawler per ``[[sources]]`` entry, all writing to the same database
through the pipelines. Scrapy's reactor runs once per process, so the CLI
calls ``run_crawl`` once per command.
"""
from __future__ import annotations

from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from contest_tracker.contest import Contest, ContestError
from crawler.spiders.feed import FeedSpider
from crawler.spiders.guardian import GuardianSpider
from crawler.spiders.oembed import OEmbedSpider
from crawler.spiders.site import SiteSpider
from crawler.spiders.sitemap import NewsSitemapSpider
from crawler.spiders.tweet_archive import TweetArchiveSpider
from crawler.spiders.warc import WarcSpider
from crawler.spiders.wayback import WaybackSpider
from crawler.spiders.x_api import XApiSpider

SPIDERS = {
    "sitemap": NewsSitemapSpider,
    "feed": FeedSpider,
    "tweet-archive": TweetArchiveSpider,
    "guardian": GuardianSpider,
    "wayback": WaybackSpider,
    "site": SiteSpider,
    "warc": WarcSpider,
    "x-api": XApiSpider,
    "oembed": OEmbedSpider,
}


def crawl_settings(contest: Contest, db_path: Path, archive_url: str = "", overrides: dict | None = None):
    """Project settings plus this run's contest, database, cache folder and any overrides."""
    settings = get_project_settings()
    settings.setmodule("crawler.settings", priority="project")
    db_path = Path(db_path).resolve()
    settings.set("CONTEST", str(contest.path), priority="cmdline")
    settings.set("CONTEST_DB", str(db_path), priority="cmdline")
    settings.set("CONTEST_ARCHIVE_URL", archive_url, priority="cmdline")
    settings.set("LOG_LEVEL", "WARNING", priority="cmdline")  # our progress lines say what matters
    settings.set("HTTPCACHE_DIR", str(db_path.with_name(db_path.stem + "-httpcache")), priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def select_sources(contest: Contest, names: list[str] | tuple[str, ...] = ()) -> list[dict]:
    sources = [contest.source(name) for name in names] if names else list(contest.sources)
    unknown = [s["kind"] for s in sources if s["kind"] not in SPIDERS]
    if unknown:
        raise ContestError(f"No spider for source kind(s) {', '.join(sorted(set(unknown)))}; "
                           f"known kinds: {', '.join(SPIDERS)}")
    return sources


def run_crawl(contest: Contest, db_path: Path, *, sources: list[str] | tuple[str, ...] = (),
              archive_url: str = "", overrides: dict | None = None) -> None:
    """Crawl the chosen sources (all by default) into ``db_path``; blocks until done."""
    chosen = select_sources(contest, sources)
    process = CrawlerProcess(crawl_settings(contest, db_path, archive_url, overrides))
    for source in chosen:
        process.crawl(SPIDERS[source["kind"]], source=source["name"], contest=str(contest.path))
    process.start()
