"""extract_article on small saved pages: metadata sources, clean bodies, bad input."""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest

from db.articles import ArticleData, ArticleExtractionError, extract_article

FILES = Path(__file__).parent / "files" / "articles"
URL = "https://example.org/story"


def load(name: str) -> bytes:
    return (FILES / name).read_bytes()


@pytest.fixture(scope="module")
def jsonld_page() -> ArticleData:
    return extract_article(load("jsonld.html"), URL)


@pytest.fixture(scope="module")
def opengraph_page() -> ArticleData:
    return extract_article(load("opengraph.html"), URL)


@pytest.fixture(scope="module")
def furniture_page() -> ArticleData:
    return extract_article(load("furniture.html"), URL)


def test_jsonld_title(jsonld_page):
    assert jsonld_page.title == "Corbyn launches leadership campaign in Salford"


def test_jsonld_byline(jsonld_page):
    assert jsonld_page.byline == "Jane Reporter"


def test_jsonld_published_keeps_time_and_offset(jsonld_page):
    assert jsonld_page.published == "2016-07-21T09:30:00+01:00"
    assert jsonld_page.published_date == dt.date(2016, 7, 21)


def test_jsonld_outlet_from_publisher(jsonld_page):
    assert jsonld_page.outlet == "The Example Times"


def test_jsonld_canonical_description_language(jsonld_page):
    assert jsonld_page.canonical_url == "https://news.example.co.uk/politics/corbyn-launches-campaign"
    assert jsonld_page.description == "The Labour leader set out ten pledges."
    assert jsonld_page.language == "en-GB"


def test_body_has_one_paragraph_per_block(jsonld_page):
    assert len(jsonld_page.paragraphs) == 4
    assert jsonld_page.text == "\n\n".join(jsonld_page.paragraphs)


def test_multi_paragraph_quote_reopens_in_next_paragraph(jsonld_page):
    assert jsonld_page.paragraphs[1].startswith("Speaking to supporters")
    assert jsonld_page.paragraphs[2].startswith('"That is why')


def test_body_leaves_out_headline_nav_and_footer(jsonld_page):
    assert "Corbyn launches leadership campaign in Salford" not in jsonld_page.text
    assert "Home" not in jsonld_page.text
    assert "Copyright" not in jsonld_page.text


def test_opengraph_only_page(opengraph_page):
    assert opengraph_page.title == "Owen Smith sets out his economic plan"
    assert opengraph_page.outlet == "Valley Herald"
    assert opengraph_page.canonical_url == "https://valleyherald.example/owen-smith-economy"
    assert opengraph_page.description == "The challenger promised a British New Deal."
    assert opengraph_page.language == "en-GB"


def test_opengraph_published_time(opengraph_page):
    assert opengraph_page.published == "2016-08-01T14:05:00+00:00"


def test_meta_author_loses_its_by(opengraph_page):
    assert opengraph_page.byline == "Tom Writer"


def test_date_only_in_text_is_found():
    article = extract_article(load("bare_date_in_text.html"), URL)
    assert article.published == "2016-08-25"
    assert article.published_date == dt.date(2016, 8, 25)
    assert article.outlet is None
    assert len(article.paragraphs) == 3


@pytest.mark.parametrize("marker", ["CAPTIONTEXT", "TWEETTEXT", "COMMENTTEXT", "cookie"])
def test_furniture_is_left_out_of_text(furniture_page, marker):
    assert marker not in furniture_page.text


def test_furniture_page_keeps_its_three_paragraphs(furniture_page):
    assert len(furniture_page.paragraphs) == 3
    assert furniture_page.paragraphs[-1].startswith("The result will be announced")


def _cp1252_page(declaration: str) -> bytes:
    body = "<p>Corbyn\u2019s team said the \u201cpurge\u201d of members had cost him votes \u2013 and that the caf\u00e9 meeting in Islington was packed to the doors.</p>" * 3
    return f"<html><head>{declaration}<title>Purge</title></head><body><article>{body}</article></body></html>".encode("cp1252")


@pytest.mark.parametrize("declaration", ['<meta charset="utf-8">', ""], ids=["declared-utf8", "undeclared"])
def test_cp1252_bytes_decode_to_curly_quotes(declaration):
    article = extract_article(_cp1252_page(declaration), URL)
    assert "Corbyn\u2019s team" in article.text
    assert "\u201cpurge\u201d" in article.text
    assert "caf\u00e9" in article.text
    assert "\ufffd" not in article.text


def test_http_charset_hint_is_used():
    page = "<html><body><article>" + "<p>Le caf\u00e9 \u00e9tait plein \u00e0 craquer pour le d\u00e9bat du parti.</p>" * 4 + "</article></body></html>"
    article = extract_article(page.encode("latin-1"), URL, encoding="iso-8859-1")
    assert "caf\u00e9" in article.text


def test_utf8_bytes_beat_a_wrong_latin1_hint():
    page = "<html><body><article>" + "<p>Corbyn\u2019s supporters gathered outside the hall before the hustings began.</p>" * 4 + "</article></body></html>"
    article = extract_article(page.encode("utf-8"), URL, encoding="ISO-8859-1")
    assert "Corbyn\u2019s" in article.text


@pytest.mark.parametrize("html", [b"", b"   \n\t ", ""], ids=["bytes", "whitespace", "str"])
def test_empty_body_raises(html):
    with pytest.raises(ArticleExtractionError, match="empty body"):
        extract_article(html, URL)


def test_binary_junk_raises():
    junk = random.Random(0).randbytes(20_000)
    with pytest.raises(ArticleExtractionError, match="not HTML"):
        extract_article(junk, URL)


def test_pdf_raises_with_its_kind():
    with pytest.raises(ArticleExtractionError, match="not HTML: looks like a PDF"):
        extract_article(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", URL)


def test_text_without_tags_raises():
    with pytest.raises(ArticleExtractionError, match="not HTML"):
        extract_article(b"just a plain sentence with no markup at all", URL)


def test_deeply_nested_markup_does_not_crash():
    page = "<html><body>" + "<div>" * 5000 + "<p>" + "Deep paragraph text about the ballot. " * 10 + "</p>" + "</div>" * 5000 + "</body></html>"
    article = extract_article(page, URL)
    assert isinstance(article.text, str)


def test_truncated_html_still_gives_text():
    page = load("jsonld.html")
    cut = page[: page.index(b"His challenger")]
    article = extract_article(cut, URL)
    assert article.title == "Corbyn launches leadership campaign in Salford"
    assert "rebuild the economy" in article.text


def test_page_without_article_is_not_an_error():
    article = extract_article(b"<html><head><title>Index</title></head><body></body></html>", URL)
    assert article.text == ""
    assert article.paragraphs == []
    assert article.title == "Index"


def test_huge_page_is_capped_and_parsed():
    filler = b"<div class='x'>" + b"<span>filler text</span>" * 1_000_000 + b"</div>"  # ~24 MB
    page = load("jsonld.html").replace(b"</article>", b"</article>" + filler)
    article = extract_article(page, URL)
    assert article.title == "Corbyn launches leadership campaign in Salford"
    assert "rebuild the economy" in article.text


def test_layout_tables_keep_their_paragraphs():
    html = ("<html><head><title>Layout</title></head><body><table><tr><td>Home | News</td>"
            "<td><table><tr><td class='storytext'>"
            + "".join(f"<p>Paragraph {i} of a story laid out in tables, with enough words to count as prose.</p>"
                      for i in range(5))
            + "</td></tr></table></td></tr></table></body></html>")
    article = extract_article(html)
    assert article.text.count("\n\n") >= 3
    assert "|" not in article.text


def test_a_table_of_links_is_navigation_not_body():
    html = ("<html><head><title>Links</title></head><body><article>"
            + "".join(f"<p>Sentence {i} of the story itself, long enough to be the article body text here.</p>"
                      for i in range(5))
            + "<table class='box'><tr><td><b>Related</b><br>&raquo; <a href='/a'>First related story headline</a>"
              "<br>&raquo; <a href='/b'>Second related story headline</a></td></tr></table>"
              "</article></body></html>")
    article = extract_article(html)
    assert "related story" not in article.text
