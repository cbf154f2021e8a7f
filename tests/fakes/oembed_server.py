"""A stand-in for publish.twitter.com's oEmbed endpoint on 127.0.0.1.

TEST FIXTURE DATA ONLY: the accounts are fictional and the ids obviously fake.
It answers ``GET /oembed?url=<status url>&omit_script=1`` with the real answer's
fields (url, author_name, author_url, html, width, type, provider_name, ...),
404 for a deleted tweet, a 500 on the first request for one tweet and a 429
with ``Retry-After: 1`` on the first request for another.
"""
from __future__ import annotations

import html as html_lib

from tests.fakes import FakeServer, Request, Response, json_response
from db.tweet_archives import status_id

ANSWERS = {
    "900000000000000003": ("demo_reporter", "Demo Reporter", "August 11, 2016",
                           'Gateshead hustings: the lights just went out <a href="https://twitter.com/hashtag/'
                           'LabourLeadership?src=hash&amp;ref_src=twsrc%5Etfw">#LabourLeadership</a>'),
    "900000000000000005": ("test_acct_two", "Test Acct Two", "August 22, 2016",
                           "Ballot papers for the Labour leadership election arrived today &amp; I have voted "
                           '<a href="https://t.co/TESTpic003">pic.twitter.com/TESTpic003</a>'),
}
DELETED = {"900000000000000099"}
FAIL_ONCE = {"900000000000000003": 500, "900000000000000005": 429}


def oembed_answer(tweet_id: str) -> dict:
    handle, name, day, paragraph = ANSWERS[tweet_id]
    url = f"https://twitter.com/{handle}/status/{tweet_id}"
    markup = (f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{paragraph}</p>&mdash; '
              f'{html_lib.escape(name)} (@{handle}) <a href="{url}?ref_src=twsrc%5Etfw">{day}</a></blockquote>\n')
    return {"url": url, "author_name": name, "author_url": f"https://twitter.com/{handle}", "html": markup,
            "width": 550, "height": None, "type": "rich", "cache_age": "3153600000", "provider_name": "Twitter",
            "provider_url": "https://twitter.com", "version": "1.0"}


class FakeOEmbed(FakeServer):
    def __init__(self):
        super().__init__()
        self.failed: set[str] = set()

    def handle(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            return Response(200, b"User-agent: *\nAllow: /oembed\n", {"Content-Type": "text/plain"})
        if request.path != "/oembed":
            return Response(404, b"not found")
        tweet_id = status_id(request.arg("url"))
        if tweet_id in FAIL_ONCE and tweet_id not in self.failed:
            self.failed.add(tweet_id)
            status = FAIL_ONCE[tweet_id]
            headers = {"Content-Type": "application/json"}
            if status == 429:
                headers["Retry-After"] = "1"
            return Response(status, b'{"errors":[{"message":"try later"}]}', headers)
        if tweet_id in DELETED or tweet_id not in ANSWERS:
            return Response(404, b"", {"Content-Type": "text/html"})
        return json_response(oembed_answer(tweet_id))
