"""Expanding user inputs (paths, folders, JSON/JSONL, URLs, stdin) into raw records.

A record is what one article looked like before cleaning. Errors are captured per record, so one
bad file or JSONL line never stops the others.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from summarizer.errors import InputError
from summarizer.ingest.decode import decode_bytes
from summarizer.ingest.fetch import fetch_url

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES


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


def expand_inputs(inputs: list[str], stdin: BinaryIO | None = None, fetch_timeout: float = 20.0) -> Expansion:
    """Turn the inputs as given into records, in input order (folders sorted by name)."""
    out = Expansion()
    for given in inputs:
        try:
            out.records.extend(_expand_one(given, stdin, fetch_timeout, out.warnings))
        except InputError as exc:
            out.records.append(RawRecord(uri=given, error=exc.reason))
    return out


def _expand_one(given: str, stdin: BinaryIO | None, timeout: float, warnings: list[str]) -> Iterator[RawRecord]:
    if given == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _from_text("<stdin>", decode_bytes(stream.read(), "<stdin>"), suffix=None)
        return
    if given.startswith(("http://", "https://")):
        body, ctype = fetch_url(given, timeout)
        text = decode_bytes(body, given)
        kind = "html" if "html" in ctype or _looks_html(text) else "text"
        yield RawRecord(uri=given, text=text, kind=kind, fields={"url": given})
        return
    path = Path(given)
    if not path.exists():
        raise InputError(given, "no such file or directory")
    if path.is_dir():
        found = False
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if any(part.startswith(".") for part in child.relative_to(path).parts):
                continue
            if child.suffix.lower() not in SUPPORTED:
                warnings.append(f"{child}: skipped (not a supported article format)")
                continue
            found = True
            try:
                yield from _from_file(child)
            except InputError as exc:
                yield RawRecord(uri=str(child), error=exc.reason)
        if not found:
            raise InputError(given, "folder holds no .txt, .md, .html or .json(l) files")
        return
    yield from _from_file(path)


def _from_file(path: Path) -> Iterator[RawRecord]:
    uri = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(uri, f"cannot read: {exc.strerror or exc}") from None
    if not data:
        raise InputError(uri, "empty file")
    yield from _from_text(uri, decode_bytes(data, uri), suffix=path.suffix.lower())


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
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            if not lines:
                raise InputError(uri, f"invalid JSON: {exc.msg} at line {exc.lineno}") from None
        else:
            items = data if isinstance(data, list) else [data]
            for index, item in enumerate(items, 1):
                yield _record_from_object(f"{uri}#{index}" if len(items) > 1 else uri, item)
            return
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{uri}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RawRecord(uri=where, error=f"invalid JSON on line {number}: {exc.msg}")
            continue
        yield _record_from_object(where, item)


def _record_from_object(uri: str, item: object) -> RawRecord:
    if not isinstance(item, dict):
        return RawRecord(uri=uri, error="JSON record is not an object")
    if isinstance(item.get("text"), str) and item["text"].strip():
        return RawRecord(uri=uri, text=item["text"], fields=item)
    if isinstance(item.get("html"), str) and item["html"].strip():
        return RawRecord(uri=uri, text=item["html"], kind="html", fields=item)
    return RawRecord(uri=uri, error="JSON record has no 'text' (or 'html') field with content", fields=item)


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)
