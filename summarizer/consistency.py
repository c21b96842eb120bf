"""Claim-evidence consistency by meaning, with the alignment module's similarity.

Grounding (a stage below alignment) already checked that each claim's and event's figures, names
and dates are in its evidence. What it cannot check without a model is whether the wording means
what the evidence says: a model obeying an injection pairs "The minister resigned in disgrace" with a
real, unrelated sentence. Here each paraphrase is compared with its evidence
(:func:`meaning_similarity`); below :data:`~summarizer.align.thresholds.CLAIM_SUPPORTED` (events:
``EVENT_SUPPORTED``), or adding a negation the evidence lacks, the evidence sentence is shown
instead and counted. Model-written headlines and overview sentences get the same test against the
key points they rest on (:func:`headline_supported`).
"""

from __future__ import annotations

import functools
import re

from summarizer.align import cosine, embed, signature, thresholds
from summarizer.ground import fold, has_word, replaced, stated_words
from summarizer.schema import ArticleExtraction, Claim, Event, GroundingReport

_NAMED = re.compile(r"\b(?:[^\W\d_a-z][\w'’-]*|\d[\d.,]*)")


def meaning_similarity(pairs: list[tuple[str, str]]) -> list[float]:
    """Cosine of each (claim, evidence) pair with capitalised words and figures left out.

    Names, dates and figures are checked on their own; left in, a shared name ("Edo Varga resigned"
    against "Edo Varga visited the site") makes unrelated statements look alike.
    """

    vectors = embed([_unnamed(text) for pair in pairs for text in pair])
    return [cosine(vectors, 2 * n, 2 * n + 1) for n in range(len(pairs))]


@functools.lru_cache(maxsize=50_000)
def _unnamed(text: str) -> str:
    return " ".join(_NAMED.sub(" ", text).split())


def prepare_supports(supports: list[str]) -> None:
    """Embed the key points a model-written headline or overview sentence will be checked against.

    The synthesis pass does this while the model's answer is awaited: with a large briefing it was
    most of the check's time after the answer, on the critical path. The vectors are remembered
    (the shipped embedder's memo), so the check only looks them up; it decides exactly as before.
    """
    embed([_unnamed(s) for s in supports])



def check_meaning(extraction: ArticleExtraction, report: GroundingReport) -> ArticleExtraction:
    """The extraction with every claim and event whose wording strays from its evidence showing the evidence."""
    items: list[Claim | Event] = [*extraction.claims, *extraction.events]
    checks = [i for i, item in enumerate(items)
              if item.text != item.evidence and fold(item.text) not in fold(item.evidence)]
    if not checks:
        return extraction
    similarities = meaning_similarity([(items[i].text, items[i].evidence) for i in checks])
    for index, similarity in zip(checks, similarities, strict=True):
        item = items[index]
        floor = thresholds.CLAIM_SUPPORTED if isinstance(item, Claim) else thresholds.EVENT_SUPPORTED
        if similarity < floor:
            items[index] = replaced(item, report, f"meaning differs from its evidence (similarity {similarity:.2f})")
        elif signature(item.text).denies and not signature(item.evidence).denies:
            # A negation the evidence lacks reverses it; one the claim lacks is usually a clause left out.
            items[index] = replaced(item, report, "a negation its evidence lacks")
    return extraction.model_copy(update={"claims": [i for i in items if isinstance(i, Claim)],
                                         "events": [i for i in items if isinstance(i, Event)]})


def headline_supported(headline: str, supports: list[str]) -> str | None:
    """Why a model-written headline is not backed by any of ``supports`` (key point texts), or None.

    Every name, date and figure it states must be in one support, and its meaning close to that one.
    """
    if not supports:
        return "no key point to support it"
    # The headline's words are read once, and a support is folded and searched only when its score
    # could beat the best so far: checking every one of a large briefing's key points took 0.1-0.2 s
    # after the synthesis answer, with the same outcome.
    words = [fold(w).strip(".'’-") for w in stated_words(headline)]
    best: float | None = None
    scores = meaning_similarity([(headline, s) for s in supports])
    for support, score in zip(supports, scores, strict=True):
        if best is not None and score <= best:
            continue
        folded = fold(support)
        if all(has_word(folded, w) for w in words):
            best = score
    if best is None:
        return "it names or counts what no key point states"
    if best < thresholds.CLAIM_SUPPORTED:
        return f"its meaning is not close to any key point (best similarity {best:.2f})"
    return None
