"""Headline and overview: extractive offline, and a citation check for model-written ones.

The overview is the part of a briefing people read first, so every sentence carries the sources
of the key point it came from ("[S1, S3]"). When a model writes the overview instead, its citations
are not taken on trust: :func:`verify_overview` keeps a cited id only if that source has a key
point, quote or dated event whose words overlap the sentence, and reports the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.merge._text import content_tokens, source_order
from summarizer.schema import Briefing, KeyPoint

HEADLINE_CHARS = 110
OVERVIEW_POINTS = 4
MIN_SHARED = 2
MIN_COVERAGE = 0.25


def _cite(sources: Sequence[str]) -> str:
    return "[" + ", ".join(sorted(set(sources), key=source_order)) + "]"


def _sentence(point: KeyPoint) -> str:
    """A key point as an overview sentence; a hedged one keeps who says it so a report stays a report."""
    text = _undatelined(point.text.strip())
    if point.hedged and point.attribution:
        who = ", ".join(point.attribution)
        if who.lower() not in text.lower():
            text = f"According to {who}, {text[:1].lower()}{text[1:]}"
    if text and text[-1] not in ".!?\"”'":
        text += "."
    return text


def _shorten(text: str, limit: int) -> str:
    text = text.strip().rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def _headline_worthy(text: str) -> bool:
    return len(text.split()) >= 6 and not any(mark in text for mark in '"“”«»')


# "MARENZA, Veloria — ", "LONDON (Reuters) - ": where a wire story was filed, not what happened.
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,}(?:,\s*[\w .'’-]{2,40})?(?:\s*\([^)]{1,40}\))?\s*[—–-]+\s*(?=\S)")


def _undatelined(text: str) -> str:
    stripped = _DATELINE.sub("", text, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped != text else text


def headline_and_overview(briefing: Briefing) -> tuple[str, str]:
    """Top-ranked key points first: the headline is the top one, the overview the top few, cited.

    The ranking (see :func:`summarizer.merge.claims.key_points`) already weighs independent
    support and the sources behind the event a point states, so the story's main turn leads even
    when each outlet words it differently and a side figure is copied more often.
    """
    points = sorted(briefing.key_points, key=lambda p: (-p.score, p.single_source))
    if not points:
        return "", ""
    chosen = points[:OVERVIEW_POINTS]
    # A headline states what happened; a quote sentence ("X said: '…'") or a fragment reads badly.
    lead = next((p for p in chosen if _headline_worthy(p.text)), chosen[0])
    headline = _shorten(_undatelined(_sentence(lead)), HEADLINE_CHARS)
    overview = " ".join(f"{_sentence(p)} {_cite(p.sources)}" for p in chosen)
    return headline, overview


# --------------------------------------------------------------------------- citation check


@dataclass
class CitationCheck:
    """One overview sentence with its citations split into supported and unsupported."""

    sentence: str
    cited: list[str]
    supported: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)


def _support_tokens(briefing: Briefing) -> dict[str, list[frozenset[str]]]:
    """Per source, the token sets of everything it is on record for in the briefing."""
    out: dict[str, list[frozenset[str]]] = {}
    for point in briefing.key_points:
        text_tokens = content_tokens(point.text)
        for source in point.sources:
            out.setdefault(source, []).append(text_tokens)
        for span in point.evidence:
            out.setdefault(span.source, []).append(content_tokens(span.text))
    for quote in briefing.quotes:
        for variant in quote.variants:
            speaker = f"{quote.speaker or ''} {variant.speaker or ''}"
            out.setdefault(variant.source, []).append(content_tokens(f"{speaker} {variant.text}"))
    for entry in briefing.timeline:
        for span in entry.evidence:
            out.setdefault(span.source, []).append(content_tokens(f"{entry.text} {span.text}"))
    return out


def _supports(sentence: frozenset[str], material: Sequence[frozenset[str]]) -> bool:
    for tokens in material:
        shared = len(sentence & tokens)
        if shared >= min(MIN_SHARED, len(sentence)) and shared / max(len(sentence), 1) >= MIN_COVERAGE:
            return True
    return False


def check_citations(sentences: Sequence[tuple[str, Sequence[str]]], briefing: Briefing) -> list[CitationCheck]:
    """For each (sentence, cited ids), which cited sources actually back the sentence."""
    material = _support_tokens(briefing)
    checks: list[CitationCheck] = []
    for sentence, cited in sentences:
        tokens = content_tokens(sentence)
        check = CitationCheck(sentence=sentence, cited=list(cited))
        for source in dict.fromkeys(cited):
            if tokens and _supports(tokens, material.get(source, [])):
                check.supported.append(source)
            else:
                check.unsupported.append(source)
        checks.append(check)
    return checks


_CITATION = re.compile(r"\s*\[((?:S\d+[A-Za-z0-9_-]*)(?:\s*,\s*S\d+[A-Za-z0-9_-]*)*)\]")


def split_cited(overview: str) -> list[tuple[str, list[str]]]:
    """'A happened [S1, S2]. B [S3].' -> [('A happened.', ['S1', 'S2']), ('B.', ['S3'])]."""
    out: list[tuple[str, list[str]]] = []
    pos = 0
    for match in _CITATION.finditer(overview):
        text = overview[pos : match.start()].strip()
        cited = [c.strip() for c in match.group(1).split(",")]
        pos = match.end()
        if pos < len(overview) and overview[pos] in ".!?":
            text += overview[pos]
            pos += 1
        if text:
            out.append((text, cited))
    rest = overview[pos:].strip()
    if rest:
        out.append((rest, []))
    return out


def verify_overview(overview: str, briefing: Briefing) -> tuple[str, list[str]]:
    """Rewrite a model's overview keeping only supported citations; warn about every one dropped."""
    return verify_sentences(split_cited(overview), briefing)


def verify_sentences(sentences: Sequence[tuple[str, Sequence[str]]], briefing: Briefing) -> tuple[str, list[str]]:
    """Keep each sentence with its supported citations only; warn about every citation dropped.

    A sentence none of whose citations hold up is dropped entirely: an uncited claim in a
    source-cited briefing would read as the briefing's own assertion.
    """
    kept: list[str] = []
    warnings: list[str] = []
    for check in check_citations(sentences, briefing):
        for source in check.unsupported:
            warnings.append(f"overview: citation {source} does not support: {check.sentence}")
        if check.supported:
            kept.append(f"{check.sentence.rstrip()} {_cite(check.supported)}")
        else:
            warnings.append(f"overview: sentence dropped, no supporting source: {check.sentence}")
    return " ".join(kept), warnings
