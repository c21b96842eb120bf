"""What a JSON record says of its article: its writer, its outlet and its time, under whatever names the
feed gives them.

Feeds, exports and scrapers each name these fields their own way ("author", "authors", "creator";
"source", "outlet", "station"; "pubDate", "published_at", "timestamp") and give them in several shapes (a
string, a list of names, an object with a "name", epoch seconds). A field that is there but unread is a
source with no outlet or date in the briefing, so every usual name is looked up, case and separators
folded, in order of how surely it means the thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from summarizer.ingest.dates import parse_published

# In order of preference: a feed's "byline" is its writer for sure, a "by" only perhaps.
BYLINE_KEYS = ("byline", "author", "authors", "authorname", "authornames", "creator", "creators", "dccreator",
               "writer", "writers", "reporter", "reporters", "correspondent", "by")
PUBLISHER_KEYS = ("publisher", "publishername", "source", "sourcename", "outlet", "sitename", "site", "publication",
                  "newspaper", "paper", "station", "channel", "network", "broadcaster", "provider", "brand")
DATE_KEYS = ("published", "publishedat", "publishedon", "publisheddate", "publishedtime", "datepublished",
             "publicationdate", "pubdate", "firstpublished", "date", "datetime", "timestamp", "time", "issued",
             "createdat", "created", "createddate", "airdate", "aired", "broadcastat")
TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("text", "body", "content", "articlebody", "articletext", "story", "transcript", "script")
_NAME_KEYS = ("name", "title", "displayname", "fullname", "value")
_URL = re.compile(r"^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)+/?$", re.I)
# Epoch seconds between 2001 and 2286; a figure of 12 to 14 digits is milliseconds.
_EPOCH_SECONDS = (1_000_000_000, 9_999_999_999)
_EPOCH_MS_DIGITS = (12, 14)


@dataclass
class RecordMeta:
    title: str | None = None
    publisher: str | None = None
    byline: str | None = None
    stamp: str | None = None  # the publication date (and clock) as a string that dates.py reads


def _key(name: str) -> str:
    return re.sub(r"[\W_]+", "", name).lower()


# Objects that exports nest a record's fields in: {"metadata": {"author": …}, "text": …}.
_CONTAINER_KEYS = ("metadata", "meta", "attributes", "fields", "properties", "info", "article", "document", "doc")


def _lookup(item: dict[str, Any], keys: tuple[str, ...]) -> list[Any]:
    """The record's values under any of ``keys``, in the order of ``keys``; a field at the top outranks one
    nested in a container object."""
    folded: dict[str, Any] = {}
    nested = [v for n, v in item.items() if isinstance(n, str) and _key(n) in _CONTAINER_KEYS and isinstance(v, dict)]
    for fields in (item, *nested):
        for name, value in fields.items():
            if isinstance(name, str):
                folded.setdefault(_key(name), value)
    return [folded[k] for k in keys if folded.get(k) not in (None, "", [], {})]


def _name(value: object, depth: int = 0) -> str | None:
    """A person's or an outlet's name in a string, an object with a name, or a list of either."""
    if isinstance(value, str):
        text = " ".join(value.split())
        return text or None
    if isinstance(value, dict) and depth < 3:
        for name in _lookup(value, _NAME_KEYS):
            found = _name(name, depth + 1)
            if found:
                return found
        return None
    if isinstance(value, list) and depth < 3:
        names = [n for n in (_name(v, depth + 1) for v in value[:10]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _stamp(value: object) -> str | None:
    """A date string as given, or epoch seconds (or milliseconds) as an ISO time in UTC."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{9,14}(?:\.\d+)?\s*", value):
        value = float(value)
    if isinstance(value, (int, float)):
        seconds = float(value)
        if len(str(int(seconds))) in range(_EPOCH_MS_DIGITS[0], _EPOCH_MS_DIGITS[1] + 1):
            seconds /= 1000
        if not _EPOCH_SECONDS[0] <= seconds <= _EPOCH_SECONDS[1]:
            return None
        return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return next((s for s in map(_stamp, _lookup(value, ("value", "date", "datetime", "iso"))) if s), None)
    return None


# Where no usual name is found, a key that holds the thing's word in any compound ("outlet_name", "media",
# "publication_name", "publish_date", "feed": {"title": …}), less one that holds an address, an id or a
# later change ("source_url", "author_id", "updated_time").
_PUBLISHER_STEMS = re.compile(r"publisher|publication|outlet|sitename|media|newspaper|station|channel|agency|source|feed|"
                              r"brand|network|wire")
_BYLINE_STEMS = re.compile(r"author|byline|writer|reporter|journalist|creator|correspondent|anchor|presenter")
_DATE_STEMS = re.compile(r"publish|pubdate|date|time|aired|broadcast|released")
_NOT_THE_THING = re.compile(r"url|uri|link|id$|ids$|type|logo|icon|image|domain|country|lang|email|bio|handle|count|update|"
                            r"modif|edit|crawl|scrap|fetch|download|retriev|index|expir|access|zone|read|duration")


def _by_stem(item: dict[str, Any], stems: re.Pattern[str]) -> list[Any]:
    """The record's values under keys holding one of ``stems`` (top level first, then nested containers)."""
    nested = [v for n, v in item.items() if isinstance(n, str) and _key(n) in _CONTAINER_KEYS and isinstance(v, dict)]
    return [value for fields in (item, *nested) for name, value in fields.items()
            if isinstance(name, str) and stems.search(_key(name)) and not _NOT_THE_THING.search(_key(name))
            and value not in (None, "", [], {})]


def record_meta(item: dict[str, Any]) -> RecordMeta:
    """The title, publisher, byline and publication stamp a record states, each None when it does not."""
    meta = RecordMeta()
    meta.title = next((n for n in map(_name, _lookup(item, TITLE_KEYS)) if isinstance(n, str)), None)
    bylines = [*_lookup(item, BYLINE_KEYS), *_by_stem(item, _BYLINE_STEMS)]
    meta.byline = next((n for n in map(_name, bylines) if n and not _URL.match(n)), None)
    outlets = [*_lookup(item, PUBLISHER_KEYS), *_by_stem(item, _PUBLISHER_STEMS)]
    meta.publisher = next((n for n in map(_name, outlets) if n and not _URL.match(n)), None)
    # A "date" that is no date ("n/a", "today's edition") gives way to the next field that is one.
    stamps = [*_lookup(item, DATE_KEYS), *_by_stem(item, _DATE_STEMS)]
    meta.stamp = next((s for s in map(_stamp, stamps) if s and parse_published(s)), None)
    return meta


# A Markdown export's YAML front matter: "---", then "key: value" lines (a list's items as "- value"), then "---".
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n){1,60}?)---[ \t]*(?:\n|\Z)")
_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w -]{0,40}?)\s*:(?:[ \t]+(?P<value>.*))?$")


def front_matter(text: str) -> tuple[dict[str, Any], str]:
    """The fields of a text's front matter, read as a record's (:func:`record_meta`), and the text after it.

    Only a block whose every line is a field or a list item is front matter; a story that opens with a
    rule and a line with a colon ("---" / "Update: …") keeps it.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text
    fields: dict[str, Any] = {}
    last = None
    for line in match["body"].splitlines():
        field = _FRONT_FIELD.match(line.strip())
        if field is not None:
            last = field["key"]
            fields[last] = (field["value"] or "").strip().strip("\"'") or []
        elif line.strip().startswith("- ") and last is not None and isinstance(fields[last], list):
            fields[last].append(line.strip()[2:].strip().strip("\"'"))
        elif line.strip():
            return {}, text
    return (fields, text[match.end():]) if fields else ({}, text)


def record_text(item: dict[str, Any]) -> str | None:
    """The article's text under any of the usual names: the first that holds text."""
    return next((v for v in _lookup(item, TEXT_KEYS) if isinstance(v, str) and v.strip()), None)
