"""What an editor must see before reading on: where the sources disagree, and which sources to distrust.

Conflicts between reports are the briefing's most distinctive finding, yet their full table sits below
a long key-point list. Both human-facing renderers therefore repeat them at the top, one short line per
discrepancy, next to the warnings about sources (a headline its own text contradicts, instruction-like
text in an article). The logic lives here, free of markup, so Markdown and HTML show the same facts in
the same order and shorten them the same way; the full rows stay in their sections.
"""

from __future__ import annotations

from summarizer.schema import Briefing, Notice


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, cut at a word, so a one-line summary stays one line."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.—-") + "…"


def position_label(value: str, limit: int = 60) -> str:
    """A position in a few words: a long one led by a short label keeps the label.

    Account positions read ``"ordered / approved: <the sentence>"``; at a glance the label is the
    point, and the sentence is one click away in the full row.
    """
    head, sep, rest = value.partition(": ")
    if sep and len(value) > limit and 0 < len(head) <= 40 and rest:
        return shorten(head, limit)
    return shorten(value, limit)


def disagreement_title(count: int) -> str:
    return f"Sources disagree on {count} point{'s' if count != 1 else ''}"


def notices(briefing: Briefing) -> list[Notice]:
    """The briefing's warnings, then any warning a source carries that is not already among them.

    The pipeline copies each source's own warnings into ``Briefing.warnings``; a library caller may
    fill only one of the two, so both are read and duplicates dropped. A warning naming a source the
    briefing does not list is shown as run-wide, with its id in the text.
    """
    ids = {s.id for s in briefing.sources}
    out = [n if n.source is None or n.source in ids else Notice(kind=n.kind, message=str(n), span=n.span)
           for n in briefing.warnings]
    seen = {(n.source, n.message) for n in out}
    for source in briefing.sources:
        for warning in source.warnings:
            if (source.id, warning) not in seen:
                seen.add((source.id, warning))
                out.append(Notice(source=source.id, kind="ingest", message=warning))
    return out


def source_notices(briefing: Briefing) -> dict[str, list[str]]:
    """Warnings per source id, for the source's own entry in the sources list."""
    by_source: dict[str, list[str]] = {}
    for notice in notices(briefing):
        if notice.source is not None:
            by_source.setdefault(notice.source, []).append(notice.message)
    return by_source
