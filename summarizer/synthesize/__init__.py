"""Headline and overview: extractive offline, and a citation check for model-written ones.

The overview is the part of a briefing people read first, so every sentence carries the sources
of the key point it came from ("[S1, S3]"). When a model writes the overview instead, its citations
are not taken on trust: :func:`verify_overview` keeps a cited id only if that source has a key
point, quote or dated event whose words overlap the sentence, and reports the rest.
"""


from __future__ import annotations

from collections.abc import Sequence

from summarizer.align import cosine, differs, embed, signature
from summarizer.align.thresholds import MORE_SHARED_WORDS, RESTATED, RESTATED_WORDED
from summarizer.merge._text import content_tokens, idf_table, undatelined, weighted_dice
from summarizer.schema import Briefing, KeyPoint, Span, TimelineEntry
from summarizer.synthesize.citations import CitationCheck, _cite, check_citations, split_cited, verify_overview, verify_sentences
from summarizer.synthesize.headline import (
    _PHRASE,
    HEADLINE_CHARS,
    HEADLINE_WORDS,
    _clause_cut,
    _headline_worthy,
    _phrase_cuts,
    cut_off,
    headline_clause,
    opens_on_pronoun,
)
from summarizer.synthesize.ledes import _opening_point

__all__ = [
    "HEADLINE_CHARS",
    "HEADLINE_WORDS",
    "_PHRASE",
    "CitationCheck",
    "_phrase_cuts",
    "check_citations",
    "headline_and_overview",
    "headline_clause",
    "split_cited",
    "synthesize",
    "verify_overview",
    "verify_sentences",
]

OVERVIEW_POINTS = 4


def _sentence(point: KeyPoint, names: frozenset[str] = frozenset()) -> str:
    """A key point as an overview sentence; a hedged one keeps who says it so a report stays a report.

    ``names`` are the words of the story's entity names, which keep their capital after 'According to X, '."""
    text = undatelined(point.text.strip())
    if point.hedged and point.attribution:
        who = ", ".join(point.attribution)
        if who.lower() not in text.lower():
            text = f"According to {who}, {_lower_first(text, names)}"
    text = _trimmed(text)
    if text and text[-1] not in ".!?\"”'":
        text += "."
    return text


def _lower_first(text: str, names: frozenset[str]) -> str:
    """'The board said …' -> 'the board said …' after 'According to X, '; a name ('Flynn lied', 'NATO') keeps its capital."""
    first = text.split(" ", 1)[0].strip("“\"'‘’,")
    return text if first in names or first.isupper() or first == "I" else text[:1].lower() + text[1:]


OVERVIEW_SENTENCE_WORDS = 50
"""A sentence longer than this (a wire lede packing the vote, the new fares, their start date, the
hearing and a petition into 75 words) is cut at a clause boundary within OVERVIEW_CUT_WORDS."""
OVERVIEW_CUT_WORDS = 45


def _trimmed(text: str) -> str:
    if len(text.split()) <= OVERVIEW_SENTENCE_WORDS:
        return text
    cut = _clause_cut(text.rstrip("."), OVERVIEW_CUT_WORDS)
    return text[:cut].rstrip(" ,;:") if cut is not None else text


def _distinct_facts(points: Sequence[KeyPoint], limit: int) -> list[KeyPoint]:
    """The first ``limit`` points, skipping one that restates a point already chosen in other words.

    The ledger keeps apart wordings it is not sure of; the overview is read as prose, where the
    same fact twice is plain repetition, so a looser bar (the aligner's same-claim closeness,
    with its hard constraints) applies here; closeness down to RESTATED_WORDED suffices where the two
    share MORE_SHARED_WORDS of their wording (each outlet's lede on one vote: 'The House voted Wednesday
    to form a select committee …' / 'The House on Wednesday passed legislation to create a select committee …').
    """
    if not points:
        return []
    texts = [p.text for p in points]
    vectors = embed(texts)
    signatures = [signature(t) for t in texts]
    tokens = [content_tokens(t) for t in texts]
    idf, default = idf_table(tokens)

    def restates(i: int, j: int) -> bool:
        close = cosine(vectors, i, j)
        worded = close >= RESTATED_WORDED and weighted_dice(tokens[i], tokens[j], idf, default) >= MORE_SHARED_WORDS
        return (close >= RESTATED or worded) and not differs(signatures[i], signatures[j])

    chosen: list[int] = []
    for i in range(len(points)):
        if any(restates(i, j) for j in chosen):
            continue
        chosen.append(i)
        if len(chosen) == limit:
            break
    return [points[i] for i in chosen]


def synthesize(briefing: Briefing) -> Briefing:
    """The merged briefing with its extractive headline and overview (the stage after merge)."""
    headline, overview = headline_and_overview(briefing)
    return briefing.model_copy(update={"headline": headline, "overview": overview})


def headline_and_overview(briefing: Briefing) -> tuple[str, str]:
    """Top-ranked key points first: the headline from the top one, the overview the top few, cited.

    The ranking (see :func:`summarizer.merge.ledger.key_points`) already weighs independent
    support and the sources behind the event a point states, so the story's main turn leads even
    when each outlet words it differently and a side figure is copied more often. A point whose
    evidence dates the same timeline event as one already chosen is skipped: the merger joins most
    rewordings of an event, but where it keeps them apart (rival figures in every wording), the
    overview must still not tell the event twice.
    """
    main = [p for p in briefing.key_points if p.tier == "main"] or list(briefing.key_points)
    points = sorted(main, key=lambda p: (-p.score, p.single_source))
    if not points:
        return "", ""
    opened = _opening_point(briefing, sorted(briefing.key_points, key=lambda p: (-p.score, p.single_source)))
    if opened is not None:
        points = [opened, *(p for p in points if p is not opened)]
    # A sentence opening on a pronoun ('It has been prosecuted by …', 'They are entitled to …') leans on the
    # sentence its outlet wrote before it, which the overview does not carry.
    # Nor does a sentence an excerpt stops in the middle of ('With the increase, the estimated...').
    standing = [p for p in points if not opens_on_pronoun(undatelined(p.text)) and not cut_off(p.text)] or points
    chosen = _distinct_facts(_distinct_events(standing, briefing.timeline, len(standing)), OVERVIEW_POINTS)
    # A headline states what happened; a quote sentence ("X said: '…'"), a fragment or a sentence
    # opening on a pronoun ('He said …': who?) reads badly.
    # Where the outlets open on no common point, the best-carried point leads, unless it asserts one
    # side of a disputed account ("X was ordered to pay" where another outlet says X was only asked):
    # the reader would take the dispute as settled. (What the outlets open on leads even when an
    # outlier words it otherwise: the story is still that event.)
    disputed = [] if opened is not None else _disputed(briefing)
    lead = next((p for p in [*chosen, *points] if _headline_worthy(p.text) and not _touches(p, disputed)),
                next((p for p in [*chosen, *points] if _headline_worthy(p.text)), chosen[0]))
    names = frozenset(word for e in briefing.entities for name in (e.name, *e.aliases) for word in name.split())
    headline = headline_clause(_sentence(lead, names))
    overview = " ".join(f"{_sentence(p, names)} {_cite(p.sources)}" for p in chosen)
    return headline, overview


def _disputed(briefing: Briefing) -> list[Span]:
    """Evidence of every side of an account or attribution the sources dispute."""
    return [
        span
        for d in briefing.discrepancies
        if d.kind in ("account", "attribution")
        for position in d.positions
        for span in position.evidence
    ]


def _touches(point: KeyPoint, spans: Sequence[Span]) -> bool:
    return any(e.source == s.source and e.start < s.end and s.start < e.end for e in point.evidence for s in spans)


def _distinct_events(points: Sequence[KeyPoint], timeline: Sequence[TimelineEntry], limit: int) -> list[KeyPoint]:
    """The first ``limit`` points, skipping any whose evidence states an event already told."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for index, entry in enumerate(timeline):
        for span in entry.evidence:
            spans.setdefault(span.source, []).append((span.start, span.end, index))
    told: set[int] = set()
    chosen: list[KeyPoint] = []
    for point in points:
        events = {
            index
            for ev in point.evidence
            for start, end, index in spans.get(ev.source, ())
            if start < ev.end and ev.start < end
        }
        if events & told:
            continue
        told |= events
        chosen.append(point)
        if len(chosen) == limit:
            break
    return chosen
