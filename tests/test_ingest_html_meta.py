"""Outlet, writer and date of invented HTML pages that carry them anywhere but og:site_name: JSON-LD (an
@graph with references), application-name, the <title>'s suffix, the logo's alt text, the copyright
footer as a last resort; meta author, itemprop, rel=author, a role after the name; article:published_time,
datePublished and <time>, dated later than today (trafilatura's own date stops at today's)."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord
from summarizer.schema import Article

HEADLINE = "Tolvik lighthouse keeper's cottage to become a museum"
BODY = ("<p>The district council of Tolvik agreed on Wednesday to turn the empty keeper's cottage beside the "
        "north lighthouse into a small maritime museum, after a campaign by residents that lasted four years.</p>"
        "<p>The conversion will cost about 1.2 million crowns and should open to visitors in the spring, the "
        "council's culture committee said, with the old fog bell restored and hung in the garden.</p>"
        "<p>Two former keepers, now in their eighties, have lent their logbooks and uniforms to the collection.</p>")


def _page(head: str = "", top: str = "", foot: str = "", title: str = HEADLINE, h1: str = HEADLINE) -> Article:
    html = (f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{top}"
            f"<article><h1>{h1}</h1>{BODY}</article>{foot}</body></html>")
    article = build_article("S1", RawRecord(uri="page.html", text=html, kind="html"))
    assert article.status == "ok", article.error
    assert article.text.startswith("The district council"), article.text[:80]
    return article


def test_json_ld_article_gives_outlet_writer_and_a_future_date() -> None:
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          '"headline":"Tolvik cottage to become a museum","datePublished":"2032-06-09T07:45:00+02:00",'
          '"author":{"@type":"Person","name":"Sigrun Haldor"},'
          '"publisher":{"@type":"NewsMediaOrganization","name":"Nordfjell Tidende"}}</script>')
    article = _page(head=ld, h1="Tolvik cottage to become a museum after four-year campaign")
    assert (article.publisher, article.byline) == ("Nordfjell Tidende", "Sigrun Haldor")
    assert article.published == date(2032, 6, 9) and article.published_time == "07:45"


def test_json_ld_graph_with_publisher_by_reference_and_several_authors() -> None:
    ld = ('<script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},'
          '{"@type":["Article","NewsArticle"],"datePublished":"2032-06-10",'
          '"author":[{"@type":"Person","name":"Sigrun Haldor"},{"@type":"Person","name":"Per Ask"}],'
          '"publisher":{"@id":"#org"}},{"@type":"Organization","@id":"#org","name":"Fjordposten"}]}</script>')
    article = _page(head=ld)
    assert (article.publisher, article.byline, article.published) == (
        "Fjordposten", "Sigrun Haldor, Per Ask", date(2032, 6, 10))


def test_application_name_meta_author_and_published_time() -> None:
    head = ('<meta name="application-name" content="Tolvik Today"><meta name="author" content="By Per Ask">'
            '<meta property="article:published_time" content="2032-06-11T16:20:00Z">')
    article = _page(head=head)
    assert (article.publisher, article.byline, article.published, article.published_time) == (
        "Tolvik Today", "Per Ask", date(2032, 6, 11), "16:20")


@pytest.mark.parametrize("title", [f"{HEADLINE} | The Skerry Herald", f"{HEADLINE} - Skerry Herald"])
def test_outlet_after_the_headline_in_the_title(title: str) -> None:
    assert (_page(title=title).publisher or "").endswith("Skerry Herald")


def test_logo_alt_text_names_the_outlet() -> None:
    top = '<header><a href="/"><img class="site-logo" src="/l.svg" alt="Skerry Herald logo"></a></header>'
    assert _page(top=top).publisher == "Skerry Herald"


def test_copyright_footer_is_the_last_resort_and_never_the_rights_notice() -> None:
    assert _page(foot="<footer><p>© 2032 Westcoast Media Group. All rights reserved.</p></footer>").publisher == (
        "Westcoast Media Group")
    assert _page(foot="<footer><p>© 2032. All rights reserved.</p></footer>").publisher is None
    logo = '<img src="/logo.png" alt="Skerry Herald">'
    assert _page(top=logo, foot="<footer>Copyright 2032 Westcoast Media Group</footer>").publisher == "Skerry Herald"


def test_microdata_author_and_date() -> None:
    top = ('<div class="meta"><span itemprop="author" itemscope><span itemprop="name">Liv Tormod</span></span>'
           '<meta itemprop="datePublished" content="2032-06-12"></div>')
    article = _page(top=top)
    assert (article.byline, article.published) == ("Liv Tormod", date(2032, 6, 12))


def test_time_element_with_and_without_its_datetime() -> None:
    assert _page(top='<time datetime="2032-06-13T10:30:00+02:00">13 June</time>').published == date(2032, 6, 13)
    article = _page(top='<div class="meta">By Arne Vik <time>14 June 2032</time></div>')
    assert (article.byline, article.published) == ("Arne Vik", date(2032, 6, 14))


def test_rel_author_link_and_a_published_line() -> None:
    top = '<div class="byline"><a rel="author" href="/staff/ines">Ines Bolt</a></div><p>Published 15 June 2032, 09:14</p>'
    article = _page(top=top)
    assert (article.byline, article.published, article.published_time) == ("Ines Bolt", date(2032, 6, 15), "09:14")


def test_a_role_after_the_name_is_no_second_writer() -> None:
    article = _page(top='<div class="byline">Tora Lind, Culture Correspondent</div><div>Posted on 6/16/2032</div>')
    assert (article.byline, article.published) == ("Tora Lind", date(2032, 6, 16))


@pytest.mark.parametrize("placeholder", ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "0000-00-00"])
def test_a_placeholder_stamp_gives_way_to_the_page_s_published_line(placeholder: str) -> None:
    """A content system's empty date ('0001-01-01', the epoch) is no publication date: the visible line is read."""
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          f'"datePublished":"{placeholder}","dateModified":"{placeholder}"}}</script>')
    top = '<div class="byline">By Per Ask</div><div class="stamp">Published 8:15 AM EST Mar 3, 2032</div>'
    article = _page(head=ld, top=top)
    assert article.published == date(2032, 3, 3)


def test_a_title_sharing_no_word_with_the_declared_headline_gives_way_to_it() -> None:
    """A content system that fills JSON-LD's headline with its own name ('"headline": "vendcms"') once gave that
    name as the title, its og:title sitting where the HTML parser no longer reads it as the head's; the page's
    declared headline, wherever its meta tag sits, says what the headline is."""
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          '"headline":"vendcms","publisher":{"@type":"Organization","name":"Tolvik Today"}}</script>')
    article = _page(head=ld, top=f'<meta property="og:title" content="{HEADLINE}">', h1="")
    assert article.title == HEADLINE
