"""Main text and metadata out of an HTML page, via trafilatura (tables, comments and chrome left out)."""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from summarizer.dates import find_dates
from summarizer.errors import InputError
from summarizer.ingest.header import masthead_in_title, outlet_name
from summarizer.ingest.page_meta import _name, own_part, read_page_meta, without_listings
from summarizer.ingest.posts import posts_as_paragraphs

if TYPE_CHECKING:
    from summarizer.ingest.clean import Cleaned

MIN_WORDS = 15


@dataclass
class HtmlArticle:
    text: str
    title: str | None
    publisher: str | None
    byline: str | None
    published: str | None
    language: str | None


def extract_html(html: str, uri: str) -> HtmlArticle:
    """Extract the article body; an HTML page with no article in it is an input error, not an empty article."""
    import trafilatura  # a quarter second of imports, paid only by a run that reads HTML

    result = trafilatura.bare_extraction(
        posts_as_paragraphs(_run_in_headings_apart(html)),
        url=uri if uri.startswith(("http://", "https://")) else None,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        with_metadata=True,
    )
    data: dict[str, Any] = {}
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    # trafilatura falls back to any visible text (a menu's "Home"); that is not an article.
    if len(text.split()) < MIN_WORDS:
        raise InputError(uri, "HTML page holds no article text")
    title = _clean(data.get("title"))
    day = _clean(data.get("date"))
    if day and _year_alone(day, html):
        day = None
    page = read_page_meta(html)
    title = _declared_title(title, page.headline)
    # The page's own declaration of publication first: trafilatura's date stops at today's and may then
    # come from the text.
    region = own_part(html)
    if day and page.published is None and not _dated_in(day, region):
        day = None  # trafilatura read a sidebar's date ("Latest" list, related links): not this article's
    day = page.published or day
    byline = _as_written(_clean(data.get("author")), page.byline)  # a credit as given: writers.writer_credit reads it
    header = _header_meta(html) if not (day and byline) else None
    return HtmlArticle(
        text=text,
        title=title,
        publisher=_outlet([_name(_clean(data.get("sitename"))), page.publisher, _title_site(html, title), page.masthead,
                           header.publisher if header else None, page.copyright], page.address),
        byline=byline or (header.byline if header else None),
        published=_with_time(html, day, region) or (_header_stamp(header) if header else None) or page.time_element,
        language=_clean(data.get("language")),
    )


def _as_written(read: str | None, declared: str | None) -> str | None:
    """trafilatura's author, or the page's own credit when it is the same one as the page writes it: trafilatura
    joins a credit's parts with ";", and "Ana Lund | Nordwire" (her outlet after the bar) must keep its bar."""
    if read and declared and re.sub(r"\s*[|;]\s*", ";", read) == re.sub(r"\s*[|;]\s*", ";", declared):
        return declared
    return read or declared


def _outlet(candidates: list[str | None], address: str | None) -> str | None:
    """The first of the page's names for its outlet, most certain first, less two that are no outlet's name: the
    label of the subdomain the page is served from ("Hosted" for hosted.example.org: a platform's), and a handle
    written without spaces when another candidate spells it out ("NYTimes" beside "The New York Times")."""
    host = urlsplit(address).hostname or "" if address else ""
    labels = host.split(".")
    platform = labels[0] if len(labels) >= 3 and labels[0] != "www" else None
    names = [c for c in candidates if c and c.casefold() != platform]
    if names and " " not in names[0]:
        return next((c for c in names[1:] if _abbreviates(names[0], c)), names[0])
    return names[0] if names else None


def _abbreviates(short: str, name: str) -> bool:
    """"NYTimes" of "The New York Times (Company)": initials of the name's first words, then its next words whole."""
    letters = re.sub(r"[^\w]", "", short).casefold()
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name)]
    words = words[1:] if words[:1] == ["the"] else words
    return any(letters == "".join(w[0] for w in words[:split]) + "".join(words[split:end])
               for split in range(1, len(words) + 1) for end in range(split + 1, len(words) + 1))


def _declared_title(title: str | None, headline: str | None) -> str | None:
    """trafilatura's title unless it shares no word with the headline the page declares in its metadata: then
    it read something else (a content system's name from a <title> element's class, a menu's label)."""
    declared = _clean(headline)
    if not declared or not title:
        return title
    words = {w.casefold() for w in _WORD.findall(title)}
    return title if words & {w.casefold() for w in _WORD.findall(declared)} else declared


_WORD = re.compile(r"[^\W\d_]{3,}")


def _year_alone(day: str, html: str) -> bool:
    """trafilatura reads a bare year ("first time since 2019" in a headline, "© 2026" in the footer) as
    1 January of it: a year alone is no date of publication, so a 1 January the page never writes in
    full is dropped."""
    if day[4:10] != "-01-01":
        return False
    year = re.escape(day[:4])
    written = re.compile(rf"{day[:10]}|{year}[/.]0?1[/.]0?1\b|\b0?1[/.]0?1[/.]{year}|\b(?:1|01|1st)\s+Jan\w*\.?,?\s+{year}|"
                         rf"\bJan\w*\.?\s+(?:1|01|1st)\b,?\s+{year}", re.I)
    return written.search(html) is None


def _dated_in(day: str, region: str) -> bool:
    """Whether the article's element writes the day, as a stamp ("2026-03-14T08:00") or in words."""
    if day[:10] in region:
        return True
    text = html_lib.unescape(_ANY_TAG.sub(" ", region))
    return any(d.value == day[:10] for first in (False, True) for d in find_dates(text, None, first))


_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_SITE_AFTER = re.compile(r"^\s*[|–—-]\s*(.+?)\s*$")
_SITE_BEFORE = re.compile(r"^\s*(.+?)\s*[|:–—-]\s*$")
SITE_MAX_WORDS = 6


def _title_site(html: str, title: str | None) -> str | None:
    """"Headline | The Ledger", "Headline - Paper Name", "Paper Name - Headline": a page's <title> holds the
    site's name beside the headline that trafilatura kept as the title."""
    match = _TITLE_TAG.search(html[:100_000])
    if match is None or not title:
        return None
    full = " ".join(html_lib.unescape(match.group(1)).split())
    if full.endswith(title) and not full.startswith(title):  # "Paper - Headline"
        site = _SITE_BEFORE.match(full[: -len(title)])
    elif full.startswith(title):
        site = _SITE_AFTER.match(full[len(title):])
    else:  # the <title> words its headline otherwise, or is the site's name alone: only a part shaped like an
        return masthead_in_title(full)[1] or (full if outlet_name(full) else None)  # outlet's name will do
    if site is None or len(site.group(1).split()) > SITE_MAX_WORDS or site.group(1).endswith((".", "?", "!")):
        return None
    return site.group(1)


_BODY = re.compile(r"<body\b", re.I)
_BLOCK_TAG = re.compile(r"<(?:/?(?:p|div|h[1-6]|header|address|li|section|article|time)\b[^>]*|br\s*/?)>", re.I)
_ANY_TAG = re.compile(r"<[^>]+>")
_HEADER_BLOCKS = 40


def _header_meta(html: str) -> Cleaned | None:
    """The byline and date line above the article's first paragraph, when trafilatura dropped them with
    the page's chrome ("By Ana Lund, Ledger staff writer · Updated May 2, 2031"): the page's blocks up to
    the first paragraph of prose, read by the same header rules as a text article."""
    from summarizer.ingest.clean import clean_text  # clean imports nothing of this module

    body = without_listings(_BODY.split(html[:200_000], maxsplit=1)[-1])
    lines: list[str] = []
    for block in _BLOCK_TAG.split(body):
        line = " ".join(html_lib.unescape(_ANY_TAG.sub(" ", block)).split())
        if not line:
            continue
        if len(line.split()) >= 30 or len(lines) >= _HEADER_BLOCKS:
            break
        lines.append(line)
    return clean_text("\n\n".join(lines)) if lines else None


def _header_stamp(header: Cleaned) -> str | None:
    if header.published is None:
        return None
    stamp = header.published.isoformat()
    return f"{stamp}T{header.published_time}" if header.published_time else stamp


# "<p><strong>Ships wait</strong> More than 40 ships…": a bold run-in heading would read as the first
# words of the paragraph's sentence; ending the paragraph after it makes it a line of its own. A bold
# lead that ends in punctuation ("Editor's note:", "LORANT —") or runs into lowercase stays. A quotation mark
# opening the sentence may be written as an entity ("&quot;", "&#8220;").
_RUN_IN = re.compile(r"(<(?i:p)\b[^>]*>\s*)<((?i:strong|b))>([^<]{1,70}?)</\2>(\s*)"
                     r"(?=[A-Z0-9“\"]|&(?:quot|ldquo|#8220|#34|#x201[cC]);)")
RUN_IN_MAX_WORDS = 8


def _run_in_headings_apart(html: str) -> str:
    def apart(match: re.Match[str]) -> str:
        words = match.group(3).split()
        if not words or len(words) > RUN_IN_MAX_WORDS or re.search(r"[.!?,;:—–-]\s*$", match.group(3)):
            return match.group()
        return f"{match.group(1)}<{match.group(2)}>{match.group(3)}</{match.group(2)}></p><p>"
    lowered = html.lower()
    return _RUN_IN.sub(apart, html) if "<strong" in lowered or "<b>" in lowered else html


_STAMP = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|pubdate)["'][^>]*?content=["']"""
    r"""(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[^"']*)|<time[^>]+datetime=["'](\d{4}-\d{2}-\d{2}T\d{2}:\d{2}[^"']*)""",
    re.IGNORECASE,
)


def _with_time(html: str, day: str | None, region: str) -> str | None:
    """trafilatura keeps only the date; the page's own timestamp for that date adds the time an update needs.
    A <time> outside ``region`` (:func:`own_part`: a sidebar's) stamps another story."""
    stamps = (m for m in _STAMP.finditer(html[:200_000]) if m.group(1) or m.group() in region)
    match = next(stamps, None)
    stamp = (match.group(1) or match.group(2)) if match else None
    if day is None:
        return stamp  # trafilatura read no date: the page's own published_time stands alone
    return stamp if stamp and stamp.startswith(day[:10]) else day


def _clean(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        value = json.dumps(value)
    value = value.strip()
    return value or None
