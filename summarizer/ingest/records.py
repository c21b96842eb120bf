"""Expanding user inputs (paths, folders, JSON/JSONL, URLs, stdin) into raw records.

A record is what one article looked like before cleaning. Errors are captured per record, so one
bad file or JSONL line never stops the others. What is read is bounded while it is read (per
article and per run), so ``/dev/zero`` or an endless pipe stops with a one-line error instead of
filling memory; special files (FIFOs, devices, sockets) are refused by name, since opening one can
block forever; formats we cannot read (PDF, Word, RTF, CSV, XML) are named rather than briefed as text.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.errors import InputError
from summarizer.ingest.decode import decode_bytes
from summarizer.ingest.fetch import FetchPolicy, Resolver, check_scheme, fetch_url, system_resolver
from summarizer.ingest.record_meta import record_text
from summarizer.io import DEFAULT_ARTICLE_MB, DEFAULT_RUN_MB

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
UNSUPPORTED = {".pdf": "PDF", ".docx": "Word (DOCX)", ".doc": "Word (DOC)", ".odt": "OpenDocument text",
               ".rtf": "RTF", ".csv": "CSV", ".tsv": "TSV", ".xml": "XML", ".xlsx": "Excel", ".xls": "Excel",
               ".pptx": "PowerPoint", ".epub": "EPUB", ".zip": "ZIP archive", ".gz": "gzip archive"}
# What a file's first bytes say it is, whatever its name.
_MAGIC = [(b"%PDF-", "PDF"), (b"{\\rtf", "RTF"), (b"PK\x03\x04", "ZIP-based (DOCX, ODT, EPUB or ZIP)"),
          (b"\xd0\xcf\x11\xe0", "Word (DOC) or other OLE"), (b"\x1f\x8b", "gzip archive")]
_MEDIA_FORMATS = {"application/pdf": "PDF", "application/rtf": "RTF", "text/rtf": "RTF", "text/csv": "CSV",
                  "application/xml": "XML", "text/xml": "XML", "application/zip": "ZIP archive",
                  "application/msword": "Word (DOC)"}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")
# Fields copied into the article as they are; a record whose field has the wrong type fails with that reason.
# Writer, outlet and date come in many shapes (a list of authors, a source object, epoch seconds) and are read
# by :mod:`summarizer.ingest.record_meta`.
STRING_FIELDS = ("url", "title", "language")
MB = 1024 * 1024


@dataclass
class ReadLimits:
    """Bounds on what one run reads, applied while reading; raise them with --max-article-mb / --max-input-mb."""

    article_bytes: int = int(DEFAULT_ARTICLE_MB * MB)
    run_bytes: int = int(DEFAULT_RUN_MB * MB)
    allow_private_urls: bool = False
    resolver: Resolver = field(default=system_resolver)
    used: int = 0  # bytes read so far in this run

    def article_limit(self) -> str:
        return f"the {self.article_bytes / MB:g} MB per-article limit (raise it with --max-article-mb)"

    def run_limit(self) -> str:
        return f"the run's {self.run_bytes / MB:g} MB input limit (raise it with --max-input-mb)"


@dataclass
class RawRecord:
    """One article's raw content and the metadata its container gave; ``error`` when unreadable."""

    uri: str
    text: str = ""
    kind: str = "text"  # text | html
    fields: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass
class Expansion:
    records: list[RawRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def expand_inputs(inputs: list[str], stdin: BinaryIO | None = None, fetch_timeout: float = 20.0,
                  limits: ReadLimits | None = None) -> Expansion:
    """Turn the inputs as given into records, in input order (folders sorted by name)."""
    out = Expansion()
    limits = limits or ReadLimits()
    for given in inputs:
        try:
            out.records.extend(_expand_one(given, stdin, fetch_timeout, out.warnings, limits))
        except InputError as exc:
            out.records.append(RawRecord(uri="<stdin>" if given == "-" else given, error=exc.reason))
    for record in out.records:
        if record.error is None and len(record.text.encode("utf-8", "surrogatepass")) > limits.article_bytes:
            record.error, record.text = f"larger than {limits.article_limit()}", ""
    return out


def _read_capped(stream: BinaryIO, uri: str, limits: ReadLimits, whole_run: bool = False) -> bytes:
    """At most one article (or, for a container, the run's budget); more is an error, found while reading."""
    left = limits.run_bytes - limits.used
    cap = left if whole_run else min(limits.article_bytes, left)
    budget = cap
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(MB, budget + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > budget:
            limits.used += size
            over_article = not whole_run and limits.article_bytes < left
            raise InputError(uri, f"larger than {limits.article_limit() if over_article else limits.run_limit()}")
    limits.used += size
    return b"".join(chunks)


def _expand_one(given: str, stdin: BinaryIO | None, timeout: float, warnings: list[str],
                limits: ReadLimits) -> Iterator[RawRecord]:
    if limits.used >= limits.run_bytes:
        raise InputError(given, f"not read: {limits.run_limit()} is used up")
    if given == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        # stdin may be JSONL holding many articles: only the run's budget bounds it.
        data = _read_capped(stream, "<stdin>", limits, whole_run=True)
        yield from _from_text("<stdin>", decode_bytes(data, "<stdin>", warnings=warnings), suffix=None)
        return
    if given.lower().startswith(("http://", "https://")):
        yield from _from_url(given, timeout, warnings, limits)
        return
    path = Path(given)
    if not os.path.lexists(path):
        scheme = _SCHEME.match(given)
        if scheme:
            check_scheme(given)
        raise InputError(given, "no such file or directory")
    if path.is_dir():
        yield from _from_folder(given, path, warnings, limits)
        return
    yield from _from_file(path, limits, warnings)


def _from_url(url: str, timeout: float, warnings: list[str], limits: ReadLimits) -> Iterator[RawRecord]:
    """The content type decides the parser: HTML, JSON or text; anything else is refused by name."""
    policy = FetchPolicy(timeout=timeout, max_bytes=min(limits.article_bytes, limits.run_bytes - limits.used),
                         allow_private=limits.allow_private_urls, resolver=limits.resolver)
    fetched = fetch_url(url, policy)
    limits.used += len(fetched.body)
    ctype = fetched.content_type
    is_json = ctype in ("application/json", "application/x-ndjson", "application/jsonl") or ctype.endswith("+json")
    is_html = ctype in ("text/html", "application/xhtml+xml")
    is_text = ctype.startswith("text/") and ctype not in _MEDIA_FORMATS
    if ctype and not (is_json or is_html or is_text):
        raise InputError(url, f"unsupported format: {_MEDIA_FORMATS.get(ctype, ctype)} ({ctype}); "
                              "only HTML, text and JSON are read")
    sniffed = _sniff_format(fetched.body)
    if sniffed and not is_html:
        raise InputError(url, f"unsupported format: {sniffed}; only HTML, text and JSON are read")
    text = decode_bytes(fetched.body, url, declared=fetched.charset, warnings=warnings)
    if is_json:
        for record in _from_text(url, text, suffix=".jsonl" if "nd" in ctype or "jsonl" in ctype else ".json"):
            record.fields.setdefault("url", url)
            yield record
        return
    kind = "html" if is_html or (not ctype and _looks_html(text)) else "text"
    yield RawRecord(uri=url, text=text, kind=kind, fields={"url": url})


def _from_folder(given: str, path: Path, warnings: list[str], limits: ReadLimits) -> Iterator[RawRecord]:
    """Regular files under the folder, by name; symlinks leading out of it and special files are skipped."""
    root = path.resolve()
    found = False
    for child in _walk(path):
        if any(part.startswith(".") for part in child.relative_to(path).parts):
            continue
        if child.is_symlink() or any(p.is_symlink() for p in child.relative_to(path).parents if str(p) != "."):
            target = child.resolve()
            if not target.is_relative_to(root):
                warnings.append(f"{child}: skipped (a symlink leading out of {given})")
                continue
        if not _is_regular(child):
            warnings.append(f"{child}: skipped (not a regular file)")
            continue
        suffix = child.suffix.lower()
        if suffix not in SUPPORTED:
            what = UNSUPPORTED.get(suffix)
            reason = f"unsupported format: {what}" if what else "not a supported article format"
            warnings.append(f"{child}: skipped ({reason})")
            continue
        found = True
        try:
            yield from _from_file(child, limits, warnings)
        except InputError as exc:
            yield RawRecord(uri=str(child), error=exc.reason)
    if not found:
        raise InputError(given, "folder holds no .txt, .md, .html or .json(l) files")


def _walk(path: Path) -> list[Path]:
    """Every entry below ``path`` in name order, without descending into symlinked folders."""
    out: list[Path] = []
    for folder, dirs, files in os.walk(path, followlinks=False):
        out.extend(Path(folder) / name for name in files)
        out.extend(Path(folder) / name for name in dirs if os.path.islink(os.path.join(folder, name)))
    return sorted(out)


def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _special(mode: int) -> str | None:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return None if stat.S_ISREG(mode) else "not a regular file"


def _sniff_format(data: bytes) -> str | None:
    head = data[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"<?xml") and b"<html" not in data[:4096].lower():
        return "XML"
    return None


def _from_file(path: Path, limits: ReadLimits, warnings: list[str] | None = None) -> Iterator[RawRecord]:
    uri = str(path)
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(uri, f"cannot read: {exc.strerror or exc}") from None
    special = _special(mode)
    if special:
        # Opening a FIFO blocks until a writer comes; /dev/zero never ends. Pipes go through stdin (-).
        raise InputError(uri, f"{special}, not a regular file; pipe it in with - instead")
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:
        raise InputError(uri, f"unsupported format: {UNSUPPORTED[suffix]}; convert it to text or HTML first")
    try:
        with path.open("rb") as handle:
            data = _read_capped(handle, uri, limits, whole_run=suffix in JSON_SUFFIXES)
    except OSError as exc:
        raise InputError(uri, f"cannot read: {exc.strerror or exc}") from None
    if not data:
        raise InputError(uri, "empty file")
    sniffed = _sniff_format(data)
    if sniffed and suffix not in HTML_SUFFIXES:
        raise InputError(uri, f"unsupported format: {sniffed}; convert it to text or HTML first")
    yield from _from_text(uri, decode_bytes(data, uri, warnings=warnings), suffix=suffix)


def _from_text(uri: str, text: str, suffix: str | None) -> Iterator[RawRecord]:
    if not text.strip():
        raise InputError(uri, "no text (whitespace only)")
    stripped = text.lstrip()
    if suffix in JSON_SUFFIXES or (suffix is None and stripped[:1] in "{["):
        yield from _from_json(uri, text, lines=suffix in (".jsonl", ".ndjson") or suffix is None)
    elif suffix in HTML_SUFFIXES or (suffix not in (".txt", ".md") and _looks_html(text)):
        yield RawRecord(uri=uri, text=text, kind="html")
    else:
        yield RawRecord(uri=uri, text=text)


def _from_json(uri: str, text: str, lines: bool) -> Iterator[RawRecord]:
    stripped = text.strip()
    if not lines or stripped.startswith("["):
        # A .json file, or a .jsonl that is really one JSON array; a .jsonl that fails here is read by line.
        try:
            data = json.loads(stripped)
        except RecursionError:
            raise InputError(uri, "invalid JSON: nested too deeply") from None
        except json.JSONDecodeError as exc:
            if not lines:
                raise InputError(uri, f"invalid JSON: {exc.msg} at line {exc.lineno}") from None
        else:
            items = data if isinstance(data, list) else [data]
            for index, item in enumerate(items, 1):
                yield _record_from_object(f"{uri}#{index}" if len(items) > 1 else uri, item)
            return
    yield from _from_json_lines(uri, text)


def _from_json_lines(uri: str, text: str) -> Iterator[RawRecord]:
    """One record per non-blank line; a bad line fails alone, named by its number."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{uri}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawRecord(uri=where, error=f"invalid JSON on line {number}: {exc.msg}")
            continue
        except RecursionError:
            yield RawRecord(uri=where, error=f"invalid JSON on line {number}: nested too deeply")
            continue
        yield _record_from_object(where, item)


def _record_from_object(uri: str, item: object) -> RawRecord:
    if not isinstance(item, dict):
        return RawRecord(uri=uri, error="JSON record is not an object")
    for name in STRING_FIELDS:
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            return RawRecord(uri=uri, error=f"JSON field {name!r} is {_json_type(value)}, not a string")
    for name in ("text", "html"):
        if name in item and item[name] is not None and not isinstance(item[name], str):
            return RawRecord(uri=uri, error=f"JSON field {name!r} is {_json_type(item[name])}, not a string")
    if isinstance(item.get("text"), str) and item["text"].strip():
        return _other_text(uri, item["text"], item)  # a scraper's "text" may hold the page's markup
    if isinstance(item.get("html"), str) and item["html"].strip():
        return RawRecord(uri=uri, text=item["html"], kind="html", fields=item)
    text = record_text(item)  # "body", "content", "transcript": an export's own name for the text
    if text is not None:
        return _other_text(uri, text, item)
    return RawRecord(uri=uri, error="JSON record has no 'text' (or 'html') field with content", fields=item)


_BLOCK_CLOSE = re.compile(r"</(?:p|div|h[1-6]|li|article|section)>", re.I)  # an HTML fragment, no <html> around it


def _other_text(uri: str, text: str, item: dict[str, Any]) -> RawRecord:
    """The text, under its own name or another, may be a page, a CMS's body fragment (a page around it for the
    HTML reader) or plain text."""
    if _looks_html(text):
        return RawRecord(uri=uri, text=text, kind="html", fields=item)
    if _BLOCK_CLOSE.search(text[:5000]):
        return RawRecord(uri=uri, text=f"<html><body><article>{text}</article></body></html>", kind="html", fields=item)
    return RawRecord(uri=uri, text=text, fields=item)


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else "not text"


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)
