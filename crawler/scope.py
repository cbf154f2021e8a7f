"""Downloader middleware: keep the crawl on the hosts its sources name (issue 7).

A page can link anywhere: to another site, to ``file:///etc/passwd``, to a
``data:`` URL, or to an address inside the network the crawler runs in (a
router, a cloud metadata service at 169.254.169.254, a database on
localhost). A request passes only when

* its scheme is http or https (never file:, data:, ftp:, s3:, ...), and
* its host is the host (and port) of the source's configured ``url`` or
  ``urls``, or that host's subdomain, or one of the source's ``allowed_domains``
  (subdomains included, as Scrapy's ``allowed_domains`` work), and
* unless the host *is* a configured source host, it is not a private,
  loopback, link-local or reserved address, written as an IP literal or a
  hostname that resolves to one. ``CONTEST_ALLOW_PRIVATE=True`` turns this
  last check off (tests serve "other" hosts on loopback too).

Everything else is refused: the request is dropped with ``OutOfScope`` and a
``crawl_errors`` row at stage "scope" names the URL and the reason. A spider
with no ``source`` (Scrapy's own ``bench`` spider, say) is not checked.
"""
from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from typing import Callable, Iterable
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

from crawler.store import run_id_for, store_for

ALLOWED_SCHEMES = {"http", "https"}
DEFAULT_PORTS = {"http": 80, "https": 443}

Resolver = Callable[[str], Iterable[str]]


class OutOfScope(IgnoreRequest):
    """A request left its source's hosts, used a non-HTTP scheme or aimed at a private address."""


def _host_port(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = (parts.scheme or "").lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port or DEFAULT_PORTS.get(scheme)
    except ValueError:
        port = None
    return scheme, host, port


def _is_private(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
            or ip.is_multicast or ip.is_unspecified)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


@lru_cache(maxsize=4096)
def resolve_host(host: str) -> tuple[str, ...]:
    """Every address ``host`` resolves to (cached: a crawl meets few hosts); () if it does not resolve."""
    try:
        return tuple(sorted({info[4][0] for info in socket.getaddrinfo(host, None)}))
    except (socket.gaierror, UnicodeError, OSError):
        return ()


def source_hosts(source: dict) -> tuple[set[tuple[str, int | None]], set[str]]:
    """The (host, port) pairs a source's URLs name, and the domains it may also visit."""
    exact: set[tuple[str, int | None]] = set()
    for url in [source.get("url"), *(source.get("urls") or [])]:
        if url and "://" in url:
            scheme, host, port = _host_port(url)
            if host and scheme in ALLOWED_SCHEMES:
                exact.add((host, port))
    # an IP literal has no subdomains and other ports on it are other services: exact match only
    domains = {h for h, _ in exact if not _is_ip(h)}
    domains.update(d.lower().lstrip(".").rstrip(".") for d in source.get("allowed_domains") or [] if d)
    return exact, domains


def refusal(url: str, source: dict, *, allow_private: bool = False,
            resolver: Resolver = resolve_host) -> str | None:
    """Why ``url`` is out of scope for ``source``, or None when it may be fetched.

    Parameters: ``url`` the request's URL; ``source`` the [[sources]] entry with
    ``url``, optional ``urls`` and ``allowed_domains``; ``allow_private`` skips
    the private-address check; ``resolver`` maps a hostname to its addresses.
    """
    scheme, host, port = _host_port(url)
    if scheme not in ALLOWED_SCHEMES:
        return f"scheme {scheme or '(none)'}: is never crawled"
    if not host:
        return "no host in the URL"
    exact, domains = source_hosts(source)
    if (host, port) in exact:
        return None  # the user configured this very host: trusted even on loopback
    if not any(host == d or host.endswith("." + d) for d in domains):
        return f"host {host} is not one of the source's hosts ({', '.join(sorted(domains)) or 'none'})"
    if allow_private:
        return None
    if _is_private(host):
        return f"{host} is a private, loopback or link-local address"
    private = [a for a in resolver(host) if _is_private(a)]
    if private:
        return f"{host} resolves to private address {private[0]}"
    return None


class ScopeMiddleware:
    """Refuse requests outside the source's hosts, non-HTTP schemes and private addresses."""

    def __init__(self, crawler, allow_private: bool):
        self.crawler = crawler
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getbool("CONTEST_ALLOW_PRIVATE", False))

    def process_request(self, request):
        spider = self.crawler.spider
        source = getattr(spider, "source", None)
        if not isinstance(source, dict):
            return None
        reason = refusal(request.url, source, allow_private=self.allow_private)
        if reason is None:
            return None
        stats = self.crawler.stats
        stats.inc_value("contest_tracker/out_of_scope")
        stats.inc_value("contest_tracker/errors")
        store_for(self.crawler).record_error(run_id_for(spider), source.get("name"), request.url[:2000],
                                             "scope", f"refused: {reason}")
        raise OutOfScope(f"out of scope: {request.url[:200]}: {reason}")
