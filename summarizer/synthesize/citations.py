"""The citation check for model-written overviews: a cited source must have material the sentence says."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.merge._text import content_tokens, source_order
from summarizer.schema import Briefing, Notice

MIN_SHARED = 2
MIN_COVERAGE = 0.25


def _cite(sources: Sequence[str]) -> str:
    return "[" + ", ".join(sorted(set(sources), key=source_order)) + "]"


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


def verify_overview(overview: str, briefing: Briefing) -> tuple[str, list[Notice]]:
    """Rewrite a model's overview keeping only supported citations; warn about every one dropped."""
    return verify_sentences(split_cited(overview), briefing)


def verify_sentences(sentences: Sequence[tuple[str, Sequence[str]]], briefing: Briefing) -> tuple[str, list[Notice]]:
    """Keep each sentence with its supported citations only; warn about every citation dropped.

    A sentence none of whose citations hold up is dropped entirely: an uncited claim in a
    source-cited briefing would read as the briefing's own assertion.
    """
    kept: list[str] = []
    warnings: list[Notice] = []
    for check in check_citations(sentences, briefing):
        for source in check.unsupported:
            warnings.append(Notice(kind="synthesis", message=f"overview: citation {source} does not support: {check.sentence}"))
        if check.supported:
            kept.append(f"{check.sentence.rstrip()} {_cite(check.supported)}")
        else:
            warnings.append(Notice(kind="synthesis", message=f"overview: sentence dropped, no supporting source: {check.sentence}"))
    return " ".join(kept), warnings
