"""The single declared schema of what the spiders hand to the pipelines."""
import scrapy


class PageItem(scrapy.Item):
    """One fetched web page, kept raw; the normaliser turns it into an article."""

    url = scrapy.Field()  # the URL that was fetched (after redirects)
    status = scrapy.Field()  # HTTP status code
    headers = scrapy.Field()  # response headers, as a dict of str -> str
    body = scrapy.Field()  # the raw response body, bytes
    encoding = scrapy.Field()  # the encoding Scrapy inferred, a hint for decoding
    fetched_at = scrapy.Field()  # ISO 8601 UTC time of the fetch
    captured_at = scrapy.Field()  # archive capture time (Wayback, WARC), if any
    source = scrapy.Field()  # the [[sources]] name that found it
    kind = scrapy.Field()  # the source kind: sitemap, feed, guardian, wayback, ...
    meta = scrapy.Field()  # what the listing said of it: news:title, publication date, feed summary
    raw_id = scrapy.Field()  # set by RawResponsePipeline: the raw_responses row holding the bytes


class TweetItem(scrapy.Item):
    """One tweet, already mapped to our columns by db.tweet_archives."""

    tweet = scrapy.Field()  # dict with id, handle, display_name, created_at, text, url, ...
    source = scrapy.Field()  # the [[sources]] name that found it
    origin = scrapy.Field()  # file or URL plus line number, for error reports


class CrawlErrorItem(scrapy.Item):
    """A failure worth showing the user: stored in crawl_errors, never raised."""

    url = scrapy.Field()  # the URL or file that failed
    stage = scrapy.Field()  # fetch, parse, extract, store
    reason = scrapy.Field()  # a sentence a person can act on
    source = scrapy.Field()
