"""Selection: a briefing, not a dump. The ranked key points split into a short main list and details.

An editor reads a briefing to save time: five short articles give sixty sentence-level points,
nearly all of them side detail. The ledger already ranks points by independent support, the
sources behind the event they state, salience and centrality; the first few make the main list
and the rest stay in the JSON, ranked, as ``detail`` (the renderers fold them under "More
details"). Nothing is dropped: a detail is still a grounded, cited statement.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.merge._text import mostly_quoted
from summarizer.schema import KeyPoint

MAIN_SMALL = 12  # main-list points for a story of up to SMALL_STORY sources
MAIN_LARGE = 20  # beyond that
SMALL_STORY = 10


def main_size(sources: int) -> int:
    return MAIN_SMALL if sources <= SMALL_STORY else MAIN_LARGE


def select(points: Sequence[KeyPoint], sources: int) -> list[KeyPoint]:
    """``points`` in rank order, numbered from 1, the first :func:`main_size` of them ``main``.

    Points that are mainly a quotation go after the reported ones: the quotes section already
    gives them with their speaker and every source, and the main list is what the outlets report.
    """
    limit = main_size(sources)
    points = sorted(points, key=lambda p: mostly_quoted(p.text))  # stable: rank order kept within each side
    return [p.model_copy(update={"rank": i + 1, "tier": "main" if i < limit else "detail"}) for i, p in enumerate(points)]
