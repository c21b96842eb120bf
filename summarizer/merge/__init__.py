"""Deterministic merger: per-article extractions in, one source-cited Briefing out.

No model is called here: the same inputs always give the same briefing, which is what lets an
editor trust the citations and lets the tests pin exact groups and discrepancies. The stages are
independence (copies count once), the claim ledger, entities, quotes, the timeline and the
discrepancy finders, then the selection of the main key points. The headline and overview are the
next stage's (:mod:`summarizer.synthesize`), which the pipeline calls on the merged briefing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from summarizer.align.blas import one_blas_thread
from summarizer.merge._text import ArticleTexts
from summarizer.merge.accounts import account_discrepancies
from summarizer.merge.act_years import act_year_discrepancies
from summarizer.merge.affiliations import affiliation_discrepancies
from summarizer.merge.apart import sources_apart
from summarizer.merge.claims import ClaimMatcher, collect_claims
from summarizer.merge.corroborate import corroborate
from summarizer.merge.denied_acts import denied_act_discrepancies
from summarizer.merge.discrepancies import number_discrepancies
from summarizer.merge.entities import EntityResolver, Mention, collect_mentions, named_in_titles
from summarizer.merge.event_support import event_support
from summarizer.merge.events import join_by_events
from summarizer.merge.headline_figures import headline_figure_warnings
from summarizer.merge.headlines import headline_warnings
from summarizer.merge.independence import detect_copies
from summarizer.merge.leave_dates import leave_date_discrepancies
from summarizer.merge.ledger import group_claims, key_points
from summarizer.merge.moved_dates import split_moved_dates
from summarizer.merge.quotes import merge_quotes
from summarizer.merge.scope import place_discrepancies, scope_discrepancies
from summarizer.merge.select import select
from summarizer.merge.short_names import with_full_names
from summarizer.merge.sides import side_discrepancies
from summarizer.merge.tallies import tally_discrepancies
from summarizer.merge.timeline import build_timeline
from summarizer.merge.titles import title_discrepancies
from summarizer.merge.updates import split_updates
from summarizer.merge.vote_days import vote_day_discrepancies
from summarizer.schema import Article, Briefing, Discrepancy, ExtractionRecord, MergedEntity

__all__ = ["merge"]

_KIND_ORDER = {"number": 0, "date": 1, "title": 2, "account": 3, "attribution": 4}


_gc_lock = threading.Lock()
_gc_pauses = 0
_gc_restore = False


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold off the cyclic garbage collector while merging.

    The merger allocates hundreds of thousands of small, acyclic objects that all live until it
    returns; every collection pass mid-merge rescans them for nothing, which costs about a sixth
    of the run time at a thousand articles and grows with the heap. Reference counting still
    frees everything as usual. Nested and concurrent merges keep it off until the last one ends.
    """
    global _gc_pauses, _gc_restore
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_restore = gc.isenabled()
        _gc_pauses += 1
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_restore:
                gc.enable()


def _not_places(entities: Sequence[MergedEntity]) -> frozenset[str]:
    """Names the story knows as people or organisations: a list of them is no list of places."""
    return frozenset(n.lower() for e in entities if e.type in {"person", "organization"} for n in [e.name, *e.aliases])


def merge(articles: Sequence[Article], records: Sequence[ExtractionRecord]) -> Briefing:
    """Combine extractions; sources, usage, backend and grounding are filled by the pipeline."""
    with _gc_paused(), one_blas_thread():
        return _merge(articles, records)


def _merge(articles: Sequence[Article], records: Sequence[ExtractionRecord]) -> Briefing:
    independence = detect_copies(articles)
    live = {a.id for a in articles if a.status == "ok" and a.duplicate_of is None}
    known = {a.id for a in articles}
    records = [r for r in records if r.source in live or r.source not in known]

    items = with_full_names(collect_claims(articles, records, independence))
    matcher = ClaimMatcher(items)
    groups = group_claims(items, matcher)
    timeline = build_timeline(articles, records, independence)
    groups, details = join_by_events(groups, timeline.by_wording, records, independence)
    points = key_points(groups, independence, event_support(timeline.by_wording, independence), details)
    points = select(points, len({independence.of(a.id) for a in articles if a.id in live}))

    resolver = EntityResolver(collect_mentions(records))
    entities, by_root = resolver.merged()
    named_in_titles(entities, [a for a in articles if a.id in live])
    mentions_of: dict[str, list[Mention]] = {}
    for mention in resolver.mentions:
        mentions_of.setdefault(by_root[resolver.entity_of(mention.key)].name, []).append(mention)
    quote_keys = {m.key for m in resolver.mentions}
    quotes, attribution = merge_quotes(
        articles,
        records,
        independence,
        lambda key: resolver.entity_of(key) if key in quote_keys else None,
        lambda root: by_root[root].name,
    )

    texts = ArticleTexts({a.id: a.text for a in articles})  # one word index per article, for every name
    discrepancies: list[Discrepancy] = [
        *number_discrepancies(items, matcher),
        *timeline.discrepancies,
        *leave_date_discrepancies(articles, entities, independence.of, live),
        *vote_day_discrepancies(articles, independence.of, live),
        *act_year_discrepancies(articles, independence.of, live, timeline.discrepancies),
        *title_discrepancies(entities, mentions_of, dict(independence.canonical), texts),
        *affiliation_discrepancies(entities, texts, dict(independence.canonical)),
        *account_discrepancies(items, matcher, texts),
        *denied_act_discrepancies(items, articles),
        *scope_discrepancies(items, matcher),
        *place_discrepancies(items, texts, _not_places(entities)),
        *side_discrepancies(articles, independence.of, live),
        *attribution,
    ]
    discrepancies, updates = split_updates(discrepancies, articles)
    discrepancies, moved = split_moved_dates(discrepancies, articles)  # a date told as postponed by the later report
    updates += moved
    discrepancies += tally_discrepancies(items, matcher)  # a vote's tally is no measure that moves: never an update
    discrepancies.sort(key=lambda d: _KIND_ORDER[d.kind])  # stable: finders already emit in a fixed order

    briefing = Briefing(
        key_points=corroborate(points, items, matcher, independence, discrepancies),
        quotes=quotes,
        entities=entities,
        timeline=timeline.entries,
        discrepancies=discrepancies,
        updates=updates,
        sources_apart=sources_apart(discrepancies, independence.of),
        copies=independence.copy_groups(),
        warnings=[*headline_warnings(articles, timeline.entries, independence),
                  *headline_figure_warnings(articles, independence)],
    )
    return briefing
