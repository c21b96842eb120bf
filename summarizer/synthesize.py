"""Headline and overview: extractive offline, and a citation check for model-written ones.

The overview is the part of a briefing people read first, so every sentence carries the sources
of the key point it came from ("[S1, S3]"). When a model writes the overview instead, its citations
are not taken on trust: :func:`verify_overview` keeps a cited id only if that source has a key
point, quote or dated event whose words overlap the sentence, and reports the rest.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from summarizer.align import cosine, differs, embed, signature
from summarizer.align.thresholds import RESTATED
from summarizer.merge._text import content_tokens, idf_table, source_order, undatelined, weighted_dice
from summarizer.merge.claims import actions
from summarizer.schema import Briefing, KeyPoint, Notice, TimelineEntry

HEADLINE_CHARS = 110
HEADLINE_WORDS = 14
OVERVIEW_POINTS = 4
LEDE_CLAIMS = 1
"""A source's first claims: news is written lede first, so what several outlets open on is the story."""
MIN_LEDES = 2
LEDE_AGREEMENT = 0.4
"""Mean cosine (shipped model) of a lede to the other outlets' ledes for it to stand for them: the dev
stories' news ledes score 0.51-0.69, a blog's chatty opener ('Let's be clear about what happened') 0.18-0.27."""
MIN_SHARED = 2
MIN_COVERAGE = 0.25


def _cite(sources: Sequence[str]) -> str:
    return "[" + ", ".join(sorted(set(sources), key=source_order)) + "]"


def _sentence(point: KeyPoint) -> str:
    """A key point as an overview sentence; a hedged one keeps who says it so a report stays a report."""
    text = undatelined(point.text.strip())
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


_PRONOUN_OPENING = re.compile(r"^(?:he|she|it|they|this|that|these|those|we|i|you|his|her|their|its)\b", re.IGNORECASE)


def _headline_worthy(text: str) -> bool:
    return len(text.split()) >= 6 and not any(mark in text for mark in '"“”«»') and not _PRONOUN_OPENING.match(text.strip())


def _distinct_facts(points: Sequence[KeyPoint], limit: int) -> list[KeyPoint]:
    """The first ``limit`` points, skipping one that restates a point already chosen in other words.

    The ledger keeps apart wordings it is not sure of; the overview is read as prose, where the
    same fact twice is plain repetition, so a looser bar (the aligner's same-claim closeness,
    with its hard constraints) applies here.
    """
    if not points:
        return []
    texts = [p.text for p in points]
    vectors = embed(texts)
    signatures = [signature(t) for t in texts]
    chosen: list[int] = []
    for i in range(len(points)):
        if any(cosine(vectors, i, j) >= RESTATED and not differs(signatures[i], signatures[j]) for j in chosen):
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
    chosen = _distinct_facts(_distinct_events(points, briefing.timeline, len(points)), OVERVIEW_POINTS)
    # A headline states what happened; a quote sentence ("X said: '…'"), a fragment or a sentence
    # opening on a pronoun ('He said …': who?) reads badly.
    lead = next((p for p in [*chosen, *points] if _headline_worthy(p.text)), chosen[0])
    headline = headline_clause(_sentence(lead))
    overview = " ".join(f"{_sentence(p)} {_cite(p.sources)}" for p in chosen)
    return headline, overview


def _opening_point(briefing: Briefing, points: Sequence[KeyPoint]) -> KeyPoint | None:
    """The point the outlets open on: the story's main event.

    Ranking by support favours what is repeated most, and a side fact ("the road stays closed")
    is often repeated by every outlet while the main event is worded five ways. News is written
    lede first: the point that at least MIN_LEDES independent outlets state among their first
    claims is what the story is about (ties go to the higher-ranked point). Where the ledes stayed
    apart, each worded its own way, the lede closest in meaning to the other outlets' ledes
    stands for them all. Copies of one story count once.
    """
    canonical = {member: group[0] for group in briefing.copies for member in group}
    firsts: dict[str, list[tuple[int, str]]] = {}
    for point in briefing.key_points:
        for span in point.evidence:
            firsts.setdefault(canonical.get(span.source, span.source), []).append((span.start, span.source))
    ledes = {source: set(sorted(found)[:LEDE_CLAIMS]) for source, found in firsts.items()}
    best, best_count = None, MIN_LEDES - 1
    for point in points:
        if not _headline_worthy(point.text):
            continue
        count = len({o for s in point.evidence if (s.start, s.source) in ledes.get(o := canonical.get(s.source, s.source), ())})
        if count > best_count:
            best, best_count = point, count
    return best if best is not None else _closest_lede(points, canonical, {o: min(found) for o, found in ledes.items()})


def _closest_lede(points: Sequence[KeyPoint], canonical: dict[str, str], first: dict[str, tuple[int, str]]) -> KeyPoint | None:
    """Among points holding an outlet's first claim and near in meaning to the other outlets' first claims, the best carried."""
    holders = [
        (p, o)
        for p in points
        if _headline_worthy(p.text)
        for s in p.evidence
        if first.get(o := canonical.get(s.source, s.source)) == (s.start, s.source)
    ]
    if len(first) < MIN_LEDES or not holders:
        return None
    texts = {o: next(s.text for p in points for s in p.evidence if (s.start, s.source) == at) for o, at in first.items()
             if any((s.start, s.source) == at for p in points for s in p.evidence)}
    outlets = sorted(texts)
    vectors = embed([texts[o] for o in outlets] + [p.text for p, _ in holders])
    tokens = [content_tokens(texts[o]) for o in outlets]
    idf, unseen = idf_table(tokens)
    best: KeyPoint | None = None
    best_key = (0, 0.0)
    for k, (point, own) in enumerate(holders):
        others = [i for i, o in enumerate(outlets) if o != own]
        meaning = sum(float(vectors[len(outlets) + k] @ vectors[i]) for i in others) / max(1, len(others))
        wording = sum(weighted_dice(content_tokens(point.text), tokens[i], idf, unseen) for i in others) / max(1, len(others))
        # Among ledes that agree with the others, the one more outlets carry, then the one closest
        # in meaning and in words: a machine translation reads as the most average meaning, yet
        # in words of its own, and it may carry its own slips ('Monday 10 of August').
        key = (point.independent_sources, round(meaning + wording, 4))
        if round(meaning, 4) >= LEDE_AGREEMENT and key > best_key:
            best, best_key = point, key
    return best


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


# A trailing ", the port authority said" / ", according to police": who says it, not what happened.
_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:according to [^,]+|[^,]{1,60}?\b(?:said|says|told [^,]+|reported|reports|confirmed|announced|added))"
    r"(?:\s+(?:on\s+)?\w+day)?\s*$",
    re.IGNORECASE,
)
# Where a subordinate clause opens; 'after' etc. open one only when a verb follows (see _is_clause).
_ADVERBIAL = r"after|because|while|when|since|although|though|before|until|once|whereas"
_BOUNDARY = re.compile(rf",?\s+(?:(?P<adv>{_ADVERBIAL})|(?P<rel>which|who|whom|whose|where|but))\s+", re.IGNORECASE)
_FINITE = frozenset(
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "did",
        "does", "agreed", "began", "took", "left", "won", "lost", "fell", "rose", "made", "came", "went", "gave",
        "got", "held", "met", "sent", "set", "told", "found", "hit", "struck",
    }
)


_IRREGULAR = frozenset(
    {
        "began", "took", "left", "won", "lost", "fell", "rose", "made", "came", "went", "gave", "held", "met",
        "sent", "struck", "hit", "broke",
    }
)


def _is_clause(text: str) -> bool:
    return bool(actions(text.lower())) or any(w in _FINITE for w in re.findall(r"[a-z]+", text.lower()))


_ASIDE = re.compile(r"\s+[—–]\s+[^—–]{1,160}?\s+[—–]\s+")  # "X — a webpage where … — has been shut"
_INTRO = re.compile(rf"^(?:in|on|at|as|with|despite|amid|following|if|{_ADVERBIAL})\b", re.IGNORECASE)


def _drop_intro(text: str) -> str:
    """'In a rebuke to X, the House repealed …' -> 'the House repealed …': the news is the main clause."""
    comma = text.find(", ")
    if comma < 0:
        return text
    before, rest = text[:comma], text[comma + 2 :]
    first_verb = next((m.start() for m in re.finditer(r"[A-Za-z]+", before) if _is_clause(m.group(0))), len(before))
    subordinated = _INTRO.match(before) or _BOUNDARY.search(before[:first_verb])
    return rest if subordinated and len(rest.split()) >= 5 else text


def _acts(text: str) -> bool:
    """Does the text report something done ('ended', 'began', 'has been shut'), not a state ('is quiet')?"""
    found = re.findall(r"[a-z]+", text.lower())
    return bool(actions(text.lower())) or any(w in _IRREGULAR or w in _PERFECT for w in found)


_PHRASE = re.compile(
    r",?\s+(?=(?:in|on|at|from|for|with|as|during|over|amid|after|before|by|and|but|while|saying|according)\s)", re.IGNORECASE
)
_PERFECT = frozenset({"has", "have", "had", "was", "were", "been", "will", "would"})
_COORDINATED = re.compile(r",?\s+(?:and|but)\s", re.IGNORECASE)


_RELATIVE = re.compile(r"\s(?:which|who|whom|whose|that)\s(?![^,]*,)", re.IGNORECASE)


def _before_relative(prefix: str) -> str:
    """The prefix up to a relative clause still open at its end: 'A bomb which targeted the mosque'
    has no main verb yet ('targeted' is the bomb's), so it cannot stand as a headline."""
    found = _RELATIVE.search(prefix)
    return prefix[: found.start()] if found else prefix


def _phrase_cuts(head: str, max_words: int) -> list[int]:
    """Where a phrase opens with 6 to ``max_words`` words before it.

    Read from the first ``max_words + 1`` word starts, not by counting the words before each phrase:
    a one-sentence megabyte of 'according to' made that count quadratic (36 s for 0.4 MB).
    """
    starts = [m.start() for m in itertools.islice(re.finditer(r"\S+", head), max_words + 1)]
    if len(starts) < 6:
        return []
    # The words before position p are those starting before it.
    last = starts[max_words] if len(starts) > max_words else len(head)
    cuts: list[int] = []
    for m in _PHRASE.finditer(head):
        if m.start() > last:
            break
        if m.start() > starts[5]:
            cuts.append(m.start())
    return cuts


def headline_clause(text: str, max_words: int = HEADLINE_WORDS) -> str:
    """A short headline made of the sentence's own words, ending at a clause boundary.

    The attribution tail, an introductory phrase, a dash-enclosed aside and subordinate clauses go
    ("…, the port authority said", "after the government agreed to …"); a prepositional 'after
    the fire' stays, as it opens no clause, and nothing is cut before the main verb has come. When
    the main clause reports nothing done ("The port is quiet again after dockworkers ended their
    strike"), the adverbial clause that does becomes the headline. Too long still, it is cut at
    the last comma that closes a clause within the word limit, else kept whole up to
    ``HEADLINE_CHARS``; only beyond that does an ellipsis mark the cut.
    """
    text = undatelined(text.strip()).rstrip(".!?").strip()
    text = _drop_intro(_ATTRIBUTION_TAIL.sub("", _ASIDE.sub(" ", text)))
    bounds = list(_BOUNDARY.finditer(text))
    ends = [b.start() for b in bounds[1:]] + [len(text)] if bounds else []
    segments = [(b, text[b.end() : end]) for b, end in zip(bounds, ends, strict=True)]
    head = text
    for bound, segment in segments:
        if _is_clause(segment.split(",")[0]) and _is_clause(text[: bound.start()]) and len(text[: bound.start()].split()) >= 4:
            head = text[: bound.start()]
            break
    if not _acts(head):
        for bound, segment in segments:
            clause = segment.strip()
            # "…after thieves entered through a skylight, up from the nine it gave": the phrase after
            # the comma belongs to the main clause, not to the act that becomes the headline.
            own = re.split(r",\s+(?=[a-z])", clause, maxsplit=1)[0]  # not ", 3 March" nor ", Kessel"
            if bound.group("adv") and len(own.split()) >= 4 and _acts(own):
                head = own
                break
    head = head.strip().rstrip(",;:")
    if len(head.split()) > max_words:
        # Cut before a phrase the sentence stands without: ", by an 8-1 ruling", " from allegations of …";
        # never inside a list of modifiers ("a heavily redacted, 16-page document").
        cuts = _phrase_cuts(head, max_words)
        clauses = [c for c in cuts if _is_clause(_before_relative(head[:c]))]
        # Two coordinated clauses ("X will begin on Monday, and must be completed before Y"): the
        # first is a whole statement, while a cut inside the second leaves it hanging.
        coordinated = [c for c in clauses if _COORDINATED.match(head, c)]
        if coordinated:
            head = head[: coordinated[-1]]
        elif clauses:
            head = head[: clauses[-1]]
        elif len(head) > HEADLINE_CHARS:
            head = _shorten(head, HEADLINE_CHARS)
    return head[:1].upper() + head[1:]


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
