"""Grounding: every quote, claim and event is located in its article, or it does not pass.

Models paraphrase, fix typography and sometimes invent. This stage finds each item's evidence in
the stored article text (exactly, then after folding quotes/dashes/case/whitespace, then by close
fuzzy alignment) and rewrites the item's text to the article's own characters, so that
``article.text[start:end] == text`` always holds downstream. What cannot be found is dropped and
counted; a speaker the article never names is removed rather than passed on.

Evidence that lies in instruction-like text (``ignore previous instructions``, fake role tags) is
refused too: if a model obeyed an injection, the words it cites from the injected passage are exactly
what must not reach the briefing, even though they are "in the article".

Real evidence does not make a claim true: a model obeying an injection can pair an invented
statement with an unrelated real sentence. So a claim's (and an event's) own wording must be
supported by its evidence: every figure, name and date it states must be in the evidence (or, for
names and dates, in the evidence's paragraph, where a pronoun's antecedent sits), and its meaning
must be close to the evidence's (checked after this stage by :mod:`summarizer.consistency` with
the alignment module's similarity). Otherwise the evidence sentence itself is shown instead, and
counted. A quote keeps its speaker only when the speaker is named near the quote
next to a reporting verb; a role (of a speaker or an entity) only when it stands near a mention of
the name. Names that only instruction-like text gives never count.
"""

from __future__ import annotations

import re

from summarizer.extract.offline.lexicon import COMMON_WORDS, CUE_VERBS
from summarizer.extract.offline.numbers import find_quantities
from summarizer.ground.locate import Locator, fold, has_word, locator_for, read_ahead, word_at
from summarizer.ground.support import _supported, replaced, stated_words, unsupported_words
from summarizer.ingest.injection import find_injections
from summarizer.schema import (
    Article,
    ArticleExtraction,
    Claim,
    DroppedItem,
    DroppedKind,
    Entity,
    Event,
    GroundingReport,
    Notice,
    Quote,
    Span,
)
from summarizer.text import longest_first

__all__ = [
    "Locator", "fold", "ground", "has_word", "injection_notes", "read_ahead", "replaced", "stated_words", "unsupported_words",
]

QUOTE_MIN_SCORE = 95.0
EVIDENCE_MIN_SCORE = 90.0
_QUOTE_MARKS = "\"'“”‘’„«»‹›"
_CUES = CUE_VERBS | {"according"}


def ground(article: Article, extraction: ArticleExtraction) -> tuple[ArticleExtraction, GroundingReport]:
    """Return the extraction with every kept item carrying a valid span, and what was dropped."""
    locator = locator_for(article)
    report = GroundingReport()
    claims = [c for c in (_ground_claim(locator, c, report) for c in extraction.claims) if c is not None]
    quotes = [q for q in (_ground_quote(locator, q, report) for q in extraction.quotes) if q is not None]
    events = [e for e in (_ground_event(locator, e, report) for e in extraction.events) if e is not None]
    entities = [e for e in (_ground_entity(locator, e, report) for e in extraction.entities) if e is not None]
    claims, events = _supported(locator, claims, events, report)
    return ArticleExtraction(claims=claims, quotes=quotes, entities=entities, events=events), report


def _drop(report: GroundingReport, kind: DroppedKind, text: str, cited: Span | None = None) -> None:
    """Count an item not kept; ``cited`` is the instruction-like passage it cites, when that was the reason."""
    report.dropped += 1
    report.dropped_items.append(DroppedItem(kind=kind, message=text[:120], span=cited, injected=cited is not None))


def _evidence_span(locator: Locator, span: Span | None, evidence: str, kind: DroppedKind, label: str,
                   report: GroundingReport) -> Span | None:
    """The evidence's span in the article (kept if valid, else found), or None after counting the drop."""
    found = span if locator.valid(span) else locator.find(evidence, EVIDENCE_MIN_SCORE)
    if found is None or locator.injected(found):
        _drop(report, kind, label, found)
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
            report.dropped_items.append(DroppedItem(kind="quantity", message=f"{quantity.text[:60]} (not in its evidence)"))
    text = claim.text
    if text != evidence and any(not supported(q.value, q.text) for q in find_quantities(text)):
        report.rewritten += 1
        report.dropped_items.append(DroppedItem(
            kind="wording", message=f"claim wording replaced by its evidence (figure not in evidence): {text[:100]}",
            span=claim.span))
        text = evidence
    return claim.model_copy(update={"quantities": quantities, "text": text})


def _ground_quote(locator: Locator, quote: Quote, report: GroundingReport) -> Quote | None:
    if locator.valid(quote.span):
        span: Span | None = quote.span
    else:
        span = locator.find(quote.text.strip().strip(_QUOTE_MARKS).strip(), QUOTE_MIN_SCORE)
    if span is None or locator.injected(span):
        _drop(report, "quote", quote.text, span)
        return None
    speaker = quote.speaker
    if speaker and not _speaker_named(locator, speaker):
        # Never put words in the mouth of someone the article does not name.
        speaker = None
    if speaker and not _attributed_near(locator, speaker, span) and not _role_cued(locator, speaker, quote.speaker_role, span):
        # Named somewhere, but not as the one speaking here: no reporting verb with the name near the quote.
        report.dropped_items.append(DroppedItem(kind="speaker", message=f"quote speaker removed (not named near the quote): {speaker}",
                                                span=span))
        speaker = None
    role = quote.speaker_role if speaker else None
    if speaker and role and not _role_near(locator, role, [speaker, *_surname(speaker)]):
        report.dropped_items.append(DroppedItem(kind="role", message=f"speaker role removed (not near {speaker} in the text): {role}",
                                                span=span))
        role = None
    report.kept += 1
    return quote.model_copy(update={"text": span.text, "span": span, "speaker": speaker, "speaker_role": role})


def _surname(name: str) -> list[str]:
    parts = [p for p in name.replace(".", " ").split() if len(p) > 2 and p[0].isupper()]
    return parts[-1:] if len(parts) > 1 else []


def _speaker_named(locator: Locator, speaker: str) -> bool:
    if locator.mentions(speaker):
        return True
    # "Ngozi Okafor" is named when the article says "Okafor" or "Ms. Okafor".
    return any(locator.mentions(part) for part in _surname(speaker))


def _attributed_near(locator: Locator, speaker: str, span: Span) -> bool:
    """The speaker's name (or surname) stands near the quote with a reporting verb right next to it."""
    if _introduced(locator, speaker, span) or _signed(locator, speaker, span) or _pronoun_cued(locator, speaker, span):
        return True
    window = locator.near(span.start, span.end)
    for name in (fold(speaker), *(fold(p) for p in _surname(speaker))):
        for at in word_at(window, name):
            beside = window[max(0, at - 60) : at + len(name) + 60]
            if any(word in _CUES for word in re.findall(r"[a-z]+", beside)):
                return True
    return False


_INTRODUCTION = 120  # characters before a quote that its colon-ended introduction may take
_PRONOUN_REACH = 60  # characters around a quote in which its "she said" stands
_PRONOUN_CUE = re.compile(r"(?<![a-z])(?:(?:he|she|it)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(CUE_VERBS, key=longest_first))
                          + r")|(?:said|says|added|told)\s+(?:he|she|it))(?![a-z])")


def _pronoun_cued(locator: Locator, speaker: str, span: Span) -> bool:
    """'"…," she said.' with the speaker named earlier in the paragraph or the one before it: the
    reporter's "she" points back to that name, which the extractor chose by gender and recency."""
    text = locator.unblocked
    around = fold(text[max(0, span.start - _PRONOUN_REACH) : span.end + _PRONOUN_REACH]).lower()
    if not _PRONOUN_CUE.search(around):
        return False
    before = locator.near(span.start, span.start)
    return any(has_word(before.lower(), name.lower()) for name in (fold(speaker), *(fold(p) for p in _surname(speaker))))


def _role_cued(locator: Locator, speaker: str, role: str | None, span: Span) -> bool:
    """'"…," affirmed the athlete.', 'the spokeswoman said': the quote's cue names the speaker by a role, and the
    article gives the speaker that role beside her name (the extractor resolved the role to her). A translation
    names a person once and then by role, often farther back than the paragraph before."""
    words = re.findall(r"[a-z]+", fold(role or "").lower())
    if not words or len(words) > 3 or any(w in COMMON_WORDS for w in words[-1:]):
        return False
    around = fold(locator.unblocked[max(0, span.start - _PRONOUN_REACH) : span.end + _PRONOUN_REACH]).lower()
    cued = re.search(rf"(?<![a-z])(?:(?:{_CUE_ALTERNATION})\s+the\s+{' '.join(words)}|the\s+{' '.join(words)}\s+"
                     rf"(?:[a-z]+\s+)?(?:{_CUE_ALTERNATION}))(?![a-z])", around)
    if cued is None:
        return False
    # The role beside one of her mentions ('the skater Tove Lindahl', 'Lindahl, the skater'), not merely in reach of one.
    return any(next(word_at(window, words[-1][:4] if len(words[-1]) >= 5 else words[-1], end=False), None) is not None
               for name in (speaker, *_surname(speaker)) for window in locator.mention_windows(name, radius=_ROLE_BESIDE))


_ROLE_BESIDE = 30  # characters either side of a name within which an apposition gives her role
_CUE_ALTERNATION = "|".join(sorted(CUE_VERBS, key=longest_first))


def _introduced(locator: Locator, speaker: str, span: Span) -> bool:
    """The quote opens right after a colon ending a clause that names the speaker, with no verb needed:
    'CEO Ana Lund: "…"', 'Ana Lund, the firm's chief, affirmed: "…"' (a newsletter's or a translation's
    way of attributing, where the cue verb is missing or not one a reporter would use)."""
    lead = fold(locator.unblocked[max(0, span.start - _INTRODUCTION) : span.start]).lower()
    # (The name found with word_at, not a pattern per name: see there.)
    return any(_INTRODUCED_AFTER_NAME.match(lead, at + len(name))
               for name in (fold(speaker).lower(), *(fold(p).lower() for p in _surname(speaker)))
               for at in word_at(lead, name, overlapping=True))


_INTRODUCED_AFTER_NAME = re.compile(r"[^.!?\"]{0,80}(?::|\s-{1,2})\s*\"?\s*$")  # the name's clause, then ':' ends the lead
_SIGNED_BEFORE_NAME = re.compile(r"[^a-z0-9\n]{0,3}\s*[-―]{1,2}\s*[^\n]{0,60}?")  # a dash, then the line up to the name


def _signed(locator: Locator, speaker: str, span: Span) -> bool:
    """'"…" - ARTA General Manager Delphine Okafor': a dash after the closing mark, then the speaker's
    name on the same line (a newsletter's or a pull quote's signature)."""
    tail = fold(locator.unblocked[span.end : span.end + _INTRODUCTION].split("\n", 1)[0]).lower()  # its own line
    return any(_SIGNED_BEFORE_NAME.fullmatch(tail, 0, at)
               for name in (fold(speaker).lower(), *(fold(p).lower() for p in _surname(speaker)))
               for at in word_at(tail, name, overlapping=True))


def _role_near(locator: Locator, role: str, names: list[str]) -> bool:
    """Two thirds of the role's content words (by a four-letter stem: "leads" for "leader") stand
    near some mention of the name, and none is found only in instruction-like text ("disgraced
    mayor" when only an injection says "disgrace")."""
    words = [w for w in re.findall(r"[a-z0-9]+", fold(role)) if w not in COMMON_WORDS and len(w) > 1]
    if not words:
        return True
    stems = [w[:4] if len(w) >= 5 else w.rstrip("s") for w in words]
    if locator.blocked and any(locator.folded_text.find(t) >= 0 and not locator.mentions(t) for t in stems):
        return False
    need = max(1, -(-2 * len(stems) // 3))
    for name in names:
        for window in locator.mention_windows(name):
            if sum(1 for t in stems if next(word_at(window, t, end=False), None) is not None) >= need:
                return True
    return False


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
    # A form the text lacks is how a model links this name across languages: kept, and marked.
    elsewhere = [a for a in entity.aliases if a not in aliases and a.strip()]
    mentions = [m for m in entity.mentions if locator.valid(m)]
    names = [n for n in (entity.name, *aliases, *_surname(entity.name)) if locator.mentions(n)]
    roles = []
    for role in entity.roles:
        if _role_near(locator, role, names):
            roles.append(role)
        else:
            report.dropped_items.append(DroppedItem(kind="role",
                                                    message=f"entity role removed (not near {entity.name} in the text): {role}"))
    report.kept += 1
    return entity.model_copy(update={"aliases": aliases + elsewhere, "aliases_not_in_text": elsewhere,
                                     "mentions": mentions, "roles": roles})


def injection_notes(article: Article, extraction: ArticleExtraction, report: GroundingReport) -> list[Notice]:
    """What was actually cited from the article's instruction-like passages, checked on the kept spans."""
    blocked = [(f.start, f.end) for f in find_injections(article.text)]
    if not blocked:
        return []
    spans = [*(c.span for c in extraction.claims), *(q.span for q in extraction.quotes),
             *(e.span for e in extraction.events), *(m for e in extraction.entities for m in e.mentions)]
    cited = [s for s in spans if s is not None and any(s.start < end and start < s.end for start, end in blocked)]
    refused = sum(1 for item in report.dropped_items if item.injected)
    what = "nothing from it was cited" if not cited else \
        f"{len(cited)} passage(s) from it were cited: " + "; ".join(repr(s.text[:60]) for s in cited[:3])
    dropped = f"; {refused} extracted item(s) citing it were dropped" if refused else ""
    return [Notice(source=article.id, kind="grounding",
                   message=f"instruction-like text in the article ({len(blocked)} passage(s)): {what}{dropped}")]
