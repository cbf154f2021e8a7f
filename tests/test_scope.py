"""The crawl stays on its sources' hosts: crawler/scope.py (issue 7).

The end-to-end check (links found in a served sitemap are refused and recorded
at stage "scope") is in test_bad_input.py, which crawls the hostile site.
"""
from __future__ import annotations

import pytest

from crawler.scope import refusal

SOURCE = {"name": "news", "kind": "sitemap", "url": "https://www.example-news.co.uk/sitemap.xml",
          "allowed_domains": ["cdn.example-static.net"]}
LOOPBACK_SOURCE = {"name": "fake", "kind": "sitemap", "url": "http://127.0.0.1:8123/sitemap.xml"}


def public(host):
    return ("93.184.216.34",)


def private(host):
    return ("10.1.2.3",)


@pytest.mark.parametrize("url", [
    "https://www.example-news.co.uk/politics/2016/jul/12/corbyn",
    "https://live.www.example-news.co.uk/blog",  # a subdomain of the source host
    "https://cdn.example-static.net/a.html",
    "https://img.cdn.example-static.net/a.html",
])
def test_in_scope_urls_are_allowed(url):
    assert refusal(url, SOURCE, resolver=public) is None


@pytest.mark.parametrize("url, words", [
    ("file:///etc/passwd", "scheme file"),
    ("data:text/html,<script>alert(1)</script>", "scheme data"),
    ("ftp://www.example-news.co.uk/pub", "scheme ftp"),
    ("https://evil.example.com/", "not one of the source's hosts"),
    ("https://example-news.co.uk.evil.com/", "not one of the source's hosts"),
    ("http://169.254.169.254/latest/meta-data/", "not one of the source's hosts"),
    ("http://127.0.0.1:22/", "not one of the source's hosts"),
])
def test_out_of_scope_urls_are_refused(url, words):
    assert words in refusal(url, SOURCE, resolver=public)


def test_subdomain_resolving_to_a_private_address_is_refused():
    reason = refusal("https://intranet.www.example-news.co.uk/", SOURCE, resolver=private)
    assert reason == "intranet.www.example-news.co.uk resolves to private address 10.1.2.3"


def test_allowed_domain_given_as_private_ip_literal_is_refused():
    source = {**SOURCE, "allowed_domains": ["192.168.1.1", "fe80::1"]}
    assert "private" in refusal("http://192.168.1.1/admin", source, resolver=public)


def test_configured_loopback_host_is_trusted():
    assert refusal("http://127.0.0.1:8123/articles/1.html", LOOPBACK_SOURCE, resolver=private) is None


def test_other_port_on_configured_loopback_host_is_refused():
    assert "not one of the source's hosts" in refusal("http://127.0.0.1:6379/", LOOPBACK_SOURCE)
    assert refusal("http://127.0.0.1:6379/", LOOPBACK_SOURCE, allow_private=True)


def test_allowed_domain_on_loopback_needs_allow_private():
    source = {**LOOPBACK_SOURCE, "allowed_domains": ["localhost"]}
    assert "resolves to private address" in refusal("http://localhost:9999/x", source)
    assert refusal("http://localhost:9999/x", source, allow_private=True) is None


def test_allow_private_never_lets_other_hosts_or_schemes_in():
    assert refusal("file:///etc/passwd", LOOPBACK_SOURCE, allow_private=True)
    assert refusal("http://10.0.0.1/", LOOPBACK_SOURCE, allow_private=True)


def test_ipv4_mapped_ipv6_loopback_is_private():
    source = {**SOURCE, "allowed_domains": ["::ffff:127.0.0.1"]}
    assert "private" in refusal("http://[::ffff:127.0.0.1]/", source, resolver=public)


def test_middleware_is_registered_first():
    from crawler import settings

    assert settings.DOWNLOADER_MIDDLEWARES["crawler.scope.ScopeMiddleware"] < 100
    assert settings.CONTEST_ALLOW_PRIVATE is False
