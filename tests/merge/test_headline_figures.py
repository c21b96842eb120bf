"""A headline whose figure its own article never gives is flagged for the editor (invented stories): the
stale "two still missing" over a text that counts everyone safe, not a headline that rounds, bounds or
counts something its text does not."""

from __future__ import annotations

import pytest

from summarizer.extract.offline.engine import extract_offline
from summarizer.merge import headline_figures, merge
from summarizer.quantities import Stated
from summarizer.schema import Article, ExtractionRecord

_BODIES = [
    "All nine climbers caught by the avalanche on Mount Harrow were brought down alive on Sunday, the rescue service said.",
    "Rescuers brought all nine climbers down from Mount Harrow on Sunday, the rescue service said.",
]


def _warnings(title: str, body: str = _BODIES[0]) -> list[str]:
    articles = [Article(id="S1", uri="a.txt", title=title, text=body),
                Article(id="S2", uri="b.txt", title="Climbers safe", text=_BODIES[1])]
    records = [ExtractionRecord(source=a.id, backend="offline", extraction=extract_offline(a)) for a in articles]
    return [w.message for w in merge(articles, records).warnings if w.kind == "headline"]


def test_a_headline_figure_its_text_never_gives_is_flagged_with_the_sources_giving_the_text_s() -> None:
    found = _warnings("Three climbers still missing on Mount Harrow")
    assert len(found) == 1
    assert "Three climbers" in found[0] and "nine climbers" in found[0] and "S2 also give" in found[0]


def test_a_headline_its_text_bears_out_is_not_flagged() -> None:
    assert _warnings("Nine climbers rescued alive on Mount Harrow") == []
    assert _warnings("About 10 climbers rescued on Mount Harrow") == []  # rounding
    assert _warnings("More than 8 climbers rescued on Mount Harrow") == []  # a bound the text meets
    assert _warnings("Avalanche hits 40 tents on Mount Harrow") == []  # a count the text does not state


def test_a_figure_not_counting_the_noun_after_it_is_not_read_as_a_headline_count() -> None:
    body = "The agency recalled nine batches of Corvan 20 mg tablets on Monday, the agency said."
    assert _warnings("Agency recalls nine Corvan 20 mg batches", body) == []


def test_a_text_s_figures_are_read_only_for_a_headline_that_gives_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed, not behaviour: the texts under figureless headlines are not read for figures (the merge runs after
    the last answer); under a headline with a count, its own text and the other sources' are."""
    read: list[str] = []

    def figures(text: str) -> list[tuple[Stated, tuple[int, int]]]:
        read.append(text)
        return original(text)

    original = headline_figures._figures
    monkeypatch.setattr(headline_figures, "_figures", figures)
    assert _warnings("Climbers rescued on Mount Harrow") == []
    assert read == []
    assert len(_warnings("Three climbers still missing on Mount Harrow")) == 1
    assert sorted(read) == sorted(_BODIES)
