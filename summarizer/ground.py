"""Grounding: every quote, claim and event is located in its article, or it does not pass.

Models paraphrase, fix typography and sometimes invent. This stage finds each item's evidence in
the stored article text (exactly, then after folding quotes/dashes/case/whitespace, then by close
fuzzy alignment) and rewrites the item's text to the article's own characters, so that
``article.text[start:end] == text`` always holds downstream. What cannot be found is dropped and
counted; a speaker the article never names is removed rather than passed on.

Evidence that lies in instruction-like text (``ignore previous instructions``, fake role tags) is
refused too: if a model obeyed an injection, the words it cites from the injected passage are exactly
what must not reach the briefing, even though they are "in the article".
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarizer.extract.offline.numbers import find_quantities
from summarizer.ingest.injection import find_injections
from summarizer.schema import (
    Article,
    ArticleExtraction,
    Claim,
    Entity,
    Event,
    GroundingReport,
    Quote,
    Span,
)

QUOTE_MIN_SCORE = 95.0
EVIDENCE_MIN_SCORE = 90.0
_QUOTE_MARKS = "\"'“”‘’„«»‹›"
_FOLD = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-",
         "‐": "-", "‑": "-", "\u00a0": " "}


@dataclass
class _Folded:
    """A case/quote/space-folded copy of the article with a map back to original offsets."""

    text: str
    origin: list[int]  # origin[i] = offset in the article of folded char i

    @classmethod
    def build(cls, text: str) -> _Folded:
        chars: list[str] = []
        origin: list[int] = []
        previous_space = True
        for index, char in enumerate(text):
            folded = _fold_char(char)
            if folded.isspace():
                if previous_space:
                    continue
                folded = " "
                previous_space = True
            else:
                previous_space = False
            for piece in folded:
                chars.append(piece)
                origin.append(index)
        return cls("".join(chars), origin)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.origin[start], self.origin[end - 1] + 1


def _fold_char(char: str) -> str:
    char = _FOLD.get(char, char)
    if ord(char) < 128:
        return char.lower()
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return (decomposed or char).lower()


def fold(text: str) -> str:
    return _Folded.build(text).text.strip()


class Locator:
    """Finds stretches of one article; built once per article, used for every item."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self._folded: _Folded | None = None
        self.blocked = [(f.start, f.end) for f in find_injections(article.text)]
        self._outside: str | None = None

    def injected(self, span: Span) -> bool:
        """The span touches instruction-like text: citing it would repeat the injection."""
        return any(span.start < end and start < span.end for start, end in self.blocked)

    @property
    def folded(self) -> _Folded:
        if self._folded is None:
            self._folded = _Folded.build(self.text)
        return self._folded

    def find(self, needle: str, min_score: float, hint: int = 0) -> Span | None:
        needle = needle.strip()
        if not needle:
            return None
        index = self.text.find(needle, hint)
        if index < 0:
            index = self.text.find(needle)
        if index >= 0:
            return self._span(index, index + len(needle))
        target = fold(needle)
        if not target:
            return None
        hay = self.folded
        index = hay.text.find(target)
        if index >= 0:
            return self._span(*hay.to_original(index, index + len(target)))
        if len(target) < 12:
            return None  # too short to align fuzzily without false hits
        alignment = fuzz.partial_ratio_alignment(target, hay.text, score_cutoff=min_score)
        if alignment is None or alignment.dest_end <= alignment.dest_start:
            return None
        # Only accept alignments of about the same length: a fragment must not stand for the whole.
        if (alignment.dest_end - alignment.dest_start) < 0.9 * len(target):
            return None
        return self._span(*hay.to_original(alignment.dest_start, alignment.dest_end))

    def _span(self, start: int, end: int) -> Span:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(source=self.article.id, start=start, end=end, text=self.text[start:end])

    def valid(self, span: Span | None) -> bool:
        return (
            span is not None
            and span.source == self.article.id
            and 0 <= span.start < span.end <= len(self.text)
            and self.text[span.start : span.end] == span.text
        )

    def mentions(self, name: str) -> bool:
        """Named in the article, outside instruction-like text (a name only an injection gives is not news)."""
        if not name.strip():
            return False
        if not self.blocked:
            return fold(name) in self.folded.text
        if self._outside is None:
            chars = list(self.text)
            for start, end in self.blocked:
                chars[start:end] = " " * (end - start)
            self._outside = _Folded.build("".join(chars)).text
        return fold(name) in self._outside


def ground(article: Article, extraction: ArticleExtraction) -> tuple[ArticleExtraction, GroundingReport]:
    """Return the extraction with every kept item carrying a valid span, and what was dropped."""
    locator = Locator(article)
    report = GroundingReport()
    claims = [c for c in (_ground_claim(locator, c, report) for c in extraction.claims) if c is not None]
    quotes = [q for q in (_ground_quote(locator, q, report) for q in extraction.quotes) if q is not None]
    events = [e for e in (_ground_event(locator, e, report) for e in extraction.events) if e is not None]
    entities = [e for e in (_ground_entity(locator, e, report) for e in extraction.entities) if e is not None]
    return ArticleExtraction(claims=claims, quotes=quotes, entities=entities, events=events), report


def _drop(report: GroundingReport, kind: str, text: str) -> None:
    report.dropped += 1
    report.dropped_items.append(f"{kind}: {text[:120]}")


def _evidence_span(locator: Locator, span: Span | None, evidence: str, kind: str, label: str,
                   report: GroundingReport) -> Span | None:
    """The evidence's span in the article (kept if valid, else found), or None after counting the drop."""
    found = span if locator.valid(span) else locator.find(evidence, EVIDENCE_MIN_SCORE)
    if found is None or locator.injected(found):
        _drop(report, kind, label)
        return None
    report.kept += 1
    return found


def _ground_claim(locator: Locator, claim: Claim, report: GroundingReport) -> Claim | None:
    span = _evidence_span(locator, claim.span, claim.evidence, "claim", claim.evidence or claim.text, report)
    if span is None:
        return None
    return _numbers_checked(claim.model_copy(update={"evidence": span.text, "span": span}), report)


def _numbers_checked(claim: Claim, report: GroundingReport) -> Claim:
    """A number must be in the evidence to stand: discrepancies are built from these values.

    A model can quote a real sentence as evidence and still put a different figure in its
    paraphrase or in ``quantities``. Unsupported quantities are dropped; a paraphrase with a figure
    the evidence lacks is replaced by the evidence sentence itself.
    """
    evidence = claim.evidence
    stated: list[float] | None = None
    folded: str | None = None

    def supported(value: float, text: str | None = None) -> bool:
        nonlocal stated, folded
        if text:
            if text in evidence:
                return True
            folded = fold(evidence) if folded is None else folded
            if fold(text) in folded:
                return True
        stated = [q.value for q in find_quantities(evidence)] if stated is None else stated
        return any(abs(value - v) <= 1e-9 * max(1.0, abs(v)) for v in stated)

    quantities = []
    for quantity in claim.quantities:
        if supported(quantity.value, quantity.text):
            quantities.append(quantity)
        else:
            report.dropped += 1
            report.dropped_items.append(f"quantity: {quantity.text[:60]} (not in its evidence)")
    text = claim.text
    if text != evidence and any(not supported(q.value, q.text) for q in find_quantities(text)):
        report.rewritten += 1
        report.dropped_items.append(f"claim wording replaced by its evidence (figure not in evidence): {text[:100]}")
        text = evidence
    return claim.model_copy(update={"quantities": quantities, "text": text})


def _ground_quote(locator: Locator, quote: Quote, report: GroundingReport) -> Quote | None:
    if locator.valid(quote.span):
        span: Span | None = quote.span
    else:
        span = locator.find(quote.text.strip().strip(_QUOTE_MARKS).strip(), QUOTE_MIN_SCORE)
    if span is None or locator.injected(span):
        _drop(report, "quote", quote.text)
        return None
    speaker = quote.speaker
    if speaker and not _speaker_named(locator, speaker):
        # Never put words in the mouth of someone the article does not name.
        speaker = None
    report.kept += 1
    return quote.model_copy(update={"text": span.text, "span": span, "speaker": speaker,
                                    "speaker_role": quote.speaker_role if speaker else None})


def _speaker_named(locator: Locator, speaker: str) -> bool:
    if locator.mentions(speaker):
        return True
    # "Ngozi Okafor" is named when the article says "Okafor" or "Ms. Okafor".
    parts = [p for p in speaker.replace(".", " ").split() if len(p) > 2 and p[0].isupper()]
    return bool(parts) and locator.mentions(parts[-1])


def _ground_event(locator: Locator, event: Event, report: GroundingReport) -> Event | None:
    span = _evidence_span(locator, event.span, event.evidence, "event", event.evidence or event.text, report)
    if span is None:
        return None
    return event.model_copy(update={"evidence": span.text, "span": span})


def _ground_entity(locator: Locator, entity: Entity, report: GroundingReport) -> Entity | None:
    names = [entity.name, *entity.aliases]
    if not any(locator.mentions(n) for n in names):
        _drop(report, "entity", entity.name)
        return None
    aliases = [a for a in entity.aliases if locator.mentions(a) or a == entity.name]
    mentions = [m for m in entity.mentions if locator.valid(m)]
    report.kept += 1
    return entity.model_copy(update={"aliases": aliases, "mentions": mentions})
