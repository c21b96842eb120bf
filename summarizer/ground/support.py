"""A claim's or event's own wording against its evidence: the names, dates, years and figures it
states must be in the evidence or its paragraph; otherwise the evidence sentence is shown instead."""

from __future__ import annotations

import re

from summarizer.extract.offline.lexicon import COMMON_WORDS, MONTHS, WEEKDAYS
from summarizer.extract.offline.numbers import find_quantities
from summarizer.ground.locate import Locator, fold, has_word
from summarizer.schema import Claim, DroppedItem, Event, GroundingReport, Span

_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]")
# Capitalised words a claim may use that its evidence need not contain: function words that open a
# sentence. Months and weekdays are dates and must be supported.
_FREE_WORDS = COMMON_WORDS - set(WEEKDAYS) - set(MONTHS)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def unsupported_words(locator: Locator, text: str, span: Span) -> list[str]:
    """Names, dates and years ``text`` states that neither its evidence nor its paragraph holds."""
    evidence = fold(span.text)
    window: str | None = None
    missing: list[str] = []
    for token in stated_names(text):
        word = _bare(token)
        if has_word(evidence, word):
            continue
        window = locator.near(span.start, span.end) if window is None else window
        if not has_word(window, word):
            missing.append(token)
    return missing


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)$")


def stated_names(text: str) -> list[str]:
    """Capitalised words (not one opening a sentence: "Deadline for…", "Patients should…") and years."""
    names = [m[0] for m in _WORD.finditer(text)
             if m[0][0].isupper() and not _SENTENCE_START.search(text[: m.start()]) and _bare(m[0]) not in _FREE_WORDS]
    return [*names, *_YEAR.findall(text)]


def _bare(token: str) -> str:
    """Folded, without a possessive ending ("Ostria's" is said where the article says "Ostria")."""
    word = fold(token).strip(".'’-")
    return re.sub(r"['’]s$", "", word)


def stated_words(text: str) -> list[str]:
    """The names, dates, years and figures a sentence states (what its support must also hold)."""
    return [*stated_names(text), *(q.text for q in find_quantities(text))]


def _supported(locator: Locator, claims: list[Claim], events: list[Event],
               report: GroundingReport) -> tuple[list[Claim], list[Event]]:
    """Names, dates and years each claim and event states checked against its evidence (its meaning is
    checked later, by :mod:`summarizer.consistency`, which may use the alignment model)."""
    items: list[Claim | Event] = [*claims, *events]
    for index, item in enumerate(items):
        if item.span is None or item.text == item.evidence or fold(item.text) in fold(item.evidence):
            continue
        missing = unsupported_words(locator, item.text, item.span)
        if missing:
            items[index] = replaced(item, report, f"names or dates not in its evidence: {', '.join(missing[:4])}")
    return [i for i in items if isinstance(i, Claim)], [i for i in items if isinstance(i, Event)]


def replaced(item: Claim | Event, report: GroundingReport, why: str) -> Claim | Event:
    report.rewritten += 1
    kind = "claim" if isinstance(item, Claim) else "event"
    report.dropped_items.append(DroppedItem(kind="wording", message=f"{kind} wording replaced by its evidence ({why}): {item.text[:100]}",
                                            span=item.span))
    if isinstance(item, Claim):
        # The model rated the wording it wrote, not the sentence shown now: no more than the neutral default.
        default = Claim.model_fields["salience"].default
        return item.model_copy(update={"text": item.evidence, "salience": min(item.salience, default)})
    return item.model_copy(update={"text": item.evidence})
