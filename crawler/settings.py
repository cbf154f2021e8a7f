"""Scrapy settings for contest-tracker: polite defaults fit for real news sites.

Per-run values (the database path, the contest) arrive through the CLI as
settings overrides; secrets come only from environment variables. See
https://docs.scrapy.org/en/latest/topics/settings.html
"""

BOT_NAME = "contest_tracker"

SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- Identify ourselves and be polite ---------------------------------------
USER_AGENT = "contest-tracker/0.1 (+https://github.com/contest-tracker/contest-tracker; news research crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024  # a 20 MB page is odd but legal; beyond 32 MB is junk
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024

# --- AutoThrottle: adapt the delay to how fast each site answers ------------
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0

# --- Retries: transient failures and throttling ------------------------------
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# --- HTTP cache: reruns revalidate instead of refetching ---------------------
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapy.extensions.httpcache.RFC2616Policy"
HTTPCACHE_STORAGE = "scrapy.extensions.httpcache.FilesystemCacheStorage"
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_GZIP = True
HTTPCACHE_IGNORE_HTTP_CODES = [429, 500, 502, 503, 504]

# --- Scope: only the sources' hosts, never file:/data: or private addresses (crawler/scope.py)
DOWNLOADER_MIDDLEWARES = {
    "crawler.scope.ScopeMiddleware": 50,  # before robots.txt, redirects and the cache see the request
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.retry.BackoffRetryMiddleware": 550,  # Scrapy's retries, with backoff and Retry-After
    "crawler.redirects.RedirectLoopMiddleware": 650,  # sees a 3xx before RedirectMiddleware (600) does
}
CONTEST_ALLOW_PRIVATE = False  # True lets in-scope hosts resolve to private addresses (tests only)
RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry, doubling each time
RETRY_BACKOFF_MAX = 60.0  # the longest pause, whatever Retry-After asks

# --- Item pipelines: keep the raw response, then normalise and store ---------
ITEM_PIPELINES = {
    "crawler.pipelines.raw.RawResponsePipeline": 100,
    "crawler.pipelines.normalise.NormalisePipeline": 300,
    "crawler.pipelines.tweets.TweetPipeline": 400,
    "crawler.pipelines.errors.CrawlErrorPipeline": 500,
}

EXTENSIONS = {
    "crawler.runs.CrawlRuns": 100,
    "crawler.progress.CrawlProgress": 500,
}

# --- Project settings (overridden per run by the CLI or `-s NAME=VALUE`) ------
CONTEST = "labour-2016"  # a contest name under contests/ or a path to a .toml file
CONTEST_DB = "contest.db"  # the SQLite database the pipelines write to
CONTEST_ARCHIVE_URL = ""  # base URL that replaces {archive} in source URLs (the demo)
CONTEST_PROGRESS = True  # print pages, items, errors and rate while crawling

# --- Housekeeping --------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
