"""What an HTML page states of its article outside the text: outlet, writer and publication time.

trafilatura reads much of it, but not all, and its dates stop at today's: a page dated later than the
machine's clock (a story set in the future, a clock set wrong) loses its date, or gets one from the
text instead. The page's own declarations are read here in the order of how surely they mean
"published": the article's metadata (``article:published_time``, ``itemprop=datePublished``, JSON-LD
``datePublished``), then a ``<time>`` element. The outlet comes from JSON-LD's publisher or the
``application-name``, the site's logo or masthead, and last the copyright footer; the writer from
``meta name=author``, JSON-LD's author, ``itemprop=author`` and ``rel=author``.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass
from typing import Any

from summarizer.ingest.dates import parse_published
from summarizer.ingest.junk import _BUTTON_WORD, _junk

_HEAD_CHARS = 300_000
_META = re.compile(r"<meta\b[^>]*>", re.I)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# Keys of <meta> (name, property or itemprop), most certain first.
_DATE_KEYS = ("article:published_time", "og:article:published_time", "og:published_time", "datepublished",
              "article.published", "published_time", "publish-date", "publishdate", "publish_date", "pubdate",
              "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
              "dc.date", "dcterms.date", "dcterms.created", "date", "original-publish-date")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author",
                "sailthru.author", "citation_author")
_HEADLINE_KEYS = ("og:title", "twitter:title")
_PUBLISHER_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher",
                   "dcterms.publisher", "article:publisher", "citation_publisher", "copyright")
_JSON_LD = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)
_ARTICLE_TYPE = re.compile(r"article|posting|report|newsitem|liveblog", re.I)
_ORGANIZATION_TYPE = re.compile(r"organization|newsmedia|corporation", re.I)
_ITEMPROP = re.compile(r"<(\w+)\b([^>]*\bitemprop=[\"']?(datePublished|author|publisher)\b[^>]*)>", re.I)
_TIME = re.compile(r"<time\b([^>]*)>(.*?)</time>", re.I | re.S)
_REL_AUTHOR = re.compile(r"<a\b[^>]*\brel=[\"'][^\"']*\bauthor\b[^\"']*[\"'][^>]*>(.*?)</a>", re.I | re.S)
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_LOGO_WORDS = re.compile(r"\b(?:logo|logotype|masthead|brand|site[-_ ]?(?:name|title)|wordmark)\b", re.I)
# The words a logo's alt text adds to the outlet's name: "Harbour Echo logo", "Go to the Harbour Echo homepage".
_ALT_CHROME = re.compile(r"\b(?:logo(?:type)?|home ?page|home|go to|back to|return to|the front page|main page|"
                         r"site|website|link|icon|image)\b|[|:–—-]+\s*$", re.I)
_NAMED_BLOCK = re.compile(r"<(\w+)\b[^>]*\b(?:class|id)=[\"'][^\"']*\b(?:masthead|site-?name|site-?title|"
                          r"brand(?:ing)?-?name|logo-?text|publication-?name)\b[^\"']*[\"'][^>]*>(.*?)</\1>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_COPYRIGHT = re.compile(r"(?:©|\((?i:c)\)|\b(?i:copyright)\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
                        r"([A-Z][\w&'’. -]{1,60}?)[ \t]*(?:[.,|\n]|\b(?i:all)\b|$)")
_FOOTER = re.compile(r"<footer\b.*?</footer>", re.I | re.S)
_FOOTER_CHARS = 3000  # without a <footer>, the page's last text is its footer
# An address, a handle, or a bare domain in small letters ("corranpost.com" as a site's name: "Salon.com" is a brand).
_URL_LIKE = re.compile(r"^(?:https?:|www\.|/)|\.\w{2,4}/|^@|(?-i:^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$)", re.I)
_NAME_WORDS = 8


@dataclass
class PageMeta:
    published: str | None = None  # the page's own stamp of publication, as written
    time_element: str | None = None  # the first <time>'s datetime or text: less sure, a related link may hold it
    publisher: str | None = None  # metadata's or JSON-LD's outlet name
    masthead: str | None = None  # the logo's alt text or the site-name block
    copyright: str | None = None  # the holder named by the footer's copyright line
    byline: str | None = None
    headline: str | None = None  # og:title, twitter:title or JSON-LD headline: the page's declared headline
    address: str | None = None  # the page's own address (og:url or the canonical link)


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "")
            for m in _ATTR.finditer(tag)}


def _text(fragment: str) -> str:
    return " ".join(html_lib.unescape(_TAG.sub(" ", fragment)).split())


def _name(value: str | None) -> str | None:
    """An outlet's or a writer's name: a few words, no address, no sentence."""
    if not value:
        return None
    value = " ".join(value.split()).strip(" |–—-:,")
    if (not value or _URL_LIKE.search(value) or len(value.split()) > _NAME_WORDS or (value.endswith((".", "!", "?"))
            and not re.search(r"\b\w\.$", value))):
        return None
    return value


def read_page_meta(html: str) -> PageMeta:
    page = html[:_HEAD_CHARS]
    meta = PageMeta()
    found: dict[str, str] = {}
    for tag in _META.findall(page):
        attrs = _attrs(tag)
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and attrs.get("content", "").strip():
            found.setdefault(key, attrs["content"].strip())
    meta.published = next((found[k] for k in _DATE_KEYS if k in found and parse_published(found[k])), None)
    meta.byline = next((n for n in (_byline(found.get(k)) for k in _AUTHOR_KEYS) if n), None)
    meta.publisher = next((n for n in (_name(found.get(k)) for k in _PUBLISHER_KEYS) if n), None)
    meta.headline = next((found[k] for k in _HEADLINE_KEYS if k in found), None)
    canonical = next((_attrs(t).get("href") for t in _LINK.findall(page) if "canonical" in _attrs(t).get("rel", "").lower()), None)
    meta.address = found.get("og:url") or canonical
    _read_json_ld(page, meta)
    _read_itemprops(page, meta)
    _read_body_marks(page, meta)
    meta.copyright = _copyright_holder(_footer_text(html[-_HEAD_CHARS:]))
    return meta


def _byline(value: str | None) -> str | None:
    """meta author: "By Ana Lund" as some sites write it, never a profile's address or a handle."""
    return _name(re.sub(r"^by\s+", "", value or "", flags=re.I))


def _read_json_ld(page: str, meta: PageMeta) -> None:
    """NewsArticle (or any article type) in the page's JSON-LD, its references into an @graph resolved."""
    nodes: list[dict[str, Any]] = []
    for block in _JSON_LD.findall(page):
        try:
            data = json.loads(block.strip().removeprefix("<![CDATA[").removesuffix("]]>"), strict=False)
        except (ValueError, RecursionError):
            continue
        _collect(data, nodes, 0)
    by_id = {str(n["@id"]): n for n in nodes if "@id" in n}
    articles = [n for n in nodes if _ARTICLE_TYPE.search(_types(n))] or [n for n in nodes if "datePublished" in n]
    for node in articles:
        stamp = node.get("datePublished")
        if meta.published is None and isinstance(stamp, str) and parse_published(stamp):
            meta.published = stamp
        meta.byline = meta.byline or _ld_names(node.get("author"), by_id)
        meta.publisher = meta.publisher or _ld_names(node.get("publisher"), by_id)
        headline = node.get("headline")
        meta.headline = meta.headline or (headline.strip() if isinstance(headline, str) and headline.strip() else None)
    if meta.publisher is None:
        outlets = [n for n in nodes if _ORGANIZATION_TYPE.search(_types(n))]
        meta.publisher = _ld_names(outlets[0], by_id) if len(outlets) == 1 else None


def _collect(data: object, nodes: list[dict[str, Any]], depth: int) -> None:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data[:50]:
            _collect(item, nodes, depth + 1)
    elif isinstance(data, dict):
        nodes.append(data)
        _collect(data.get("@graph"), nodes, depth + 1)


def _types(node: dict[str, Any]) -> str:
    kind = node.get("@type")
    return " ".join(k for k in kind if isinstance(k, str)) if isinstance(kind, list) else str(kind or "")


def _ld_names(value: object, by_id: dict[str, dict[str, Any]], depth: int = 0) -> str | None:
    if isinstance(value, str):
        return _name(value)
    if isinstance(value, list) and depth < 3:
        names = [n for n in (_ld_names(v, by_id, depth + 1) for v in value[:10]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict) and depth < 3:
        if "name" not in value and str(value.get("@id")) in by_id:
            value = by_id[str(value.get("@id"))]
        name = value.get("name")
        return _name(name) if isinstance(name, str) else None
    return None


def _read_itemprops(page: str, meta: PageMeta) -> None:
    """Microdata: <span itemprop="author">, <time itemprop="datePublished" datetime=…>, a publisher's name."""
    for match in _ITEMPROP.finditer(page):
        tag, attrs, prop = match.group(1), _attrs(match.group(2)), match.group(3).lower()
        value = attrs.get("content") or attrs.get("datetime")
        if value is None and tag.lower() != "meta":
            close = page.find(f"</{tag}", match.end())
            inner = page[match.end(): close] if 0 < close - match.end() < 2000 else ""
            named = re.search(r"itemprop=[\"']?name\b[^>]*>(.*?)<", inner, re.S | re.I)
            value = _text(named.group(1) if named else inner)
        if prop == "datepublished":
            if meta.published is None and value and parse_published(value):
                meta.published = value
        elif prop == "author":
            meta.byline = meta.byline or _byline(value)
        elif prop == "publisher" and value:
            meta.publisher = meta.publisher or _name(value)


def _read_body_marks(page: str, meta: PageMeta) -> None:
    """A <time>, a rel=author link, the logo's alt text or the site-name block, the footer's copyright."""
    time = _TIME.search(own_part(page))
    if time:
        stamp = _attrs(time.group(1)).get("datetime") or _text(time.group(2))
        meta.time_element = stamp if stamp and parse_published(stamp) else None
    if meta.byline is None:
        author = _REL_AUTHOR.search(page)
        meta.byline = _byline(_text(author.group(1))) if author else None
    meta.masthead = _logo_alt(page)
    if meta.masthead is None:
        block = _NAMED_BLOCK.search(page)
        named = _name(_text(block.group(2))) if block else None
        # A masthead block that holds the header's buttons ("Log In", "Subscribe", "Menu") is the menu, not the name.
        meta.masthead = named if named and not _BUTTON_WORD.search(named) and not _junk(named, False) else None


_BLOCK_BREAK = re.compile(r"<(?:/?(?:p|div|li|ul|ol|section|nav|h[1-6]|td|tr|table|footer)\b[^>]*|br\s*/?)>", re.I)


_ARTICLE = re.compile(r"<article\b.*?</article>", re.I | re.S)


def article_region(html: str) -> str | None:
    """The page's <article> element, where it has one: a date or a byline outside it belongs to a sidebar's
    or a related link's story more often than to this one."""
    match = _ARTICLE.search(html[:_HEAD_CHARS])
    return match.group() if match else None


_LISTING = re.compile(r"<(aside|nav)\b.*?</\1>", re.I | re.S)


def own_part(html: str) -> str:
    """The part of the page that dates this article: its <article> element when that holds a <time>, else
    the page less its asides and menus (a "Latest" list's stories and their dates)."""
    region = article_region(html)
    if region is not None and _TIME.search(region):
        return region
    return without_listings(html[:_HEAD_CHARS])


def without_listings(html: str) -> str:
    """The page less its asides and menus: other stories' headlines, writers and dates."""
    return _LISTING.sub(" ", html)


def _footer_text(page: str) -> str:
    """The footer's text, a line per block: a copyright line there is the site's, one in the article a
    photo's; the next block ("Contact us") is no part of the holder's name."""
    footers = _FOOTER.findall(page)
    text = footers[-1] if footers else page
    lines = "\n".join(line for line in (_text(block) for block in _BLOCK_BREAK.split(text)) if line)
    return lines if footers else lines[-_FOOTER_CHARS:]


def _copyright_holder(text: str) -> str | None:
    """"© 2031 Harbour Media Group. All rights reserved.": the holder, never the rights notice itself."""
    holders = [_name(m.group(1)) for m in _COPYRIGHT.finditer(text)]
    holders = [h for h in holders if h and not re.match(r"(?i)all\b|\d", h)]
    return holders[-1] if holders else None


def _logo_alt(page: str) -> str | None:
    for tag in _IMG.findall(page):
        attrs = _attrs(tag)
        alt = attrs.get("alt", "")
        marks = " ".join(attrs.get(k, "") for k in ("class", "id", "src")) + " " + alt
        if alt and _LOGO_WORDS.search(marks):
            name = _name(_ALT_CHROME.sub(" ", alt).strip(" ,.'’s"))
            if name and any(c.isupper() for c in name):
                return re.sub(r"^the\s+(?=the\b)", "", name, flags=re.I)
    return None
