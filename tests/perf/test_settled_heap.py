"""The merge runs with the earlier stages' objects frozen out of the collector's scans, and only then."""

from __future__ import annotations

import gc
from datetime import date
from typing import Any

import pytest

from summarizer.pipeline import Options, arun, run_sync
from summarizer.pipeline.heap import settled_heap
from summarizer.schema import Article


def test_objects_alive_are_frozen_inside_and_returned_after() -> None:
    kept = [object() for _ in range(10)]
    assert gc.get_freeze_count() == 0
    with settled_heap():
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0


def test_a_host_freeze_is_left_as_it_was() -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with settled_heap():
            pass
        assert gc.get_freeze_count() == before
    finally:
        gc.unfreeze()


def test_unfrozen_when_the_block_fails() -> None:
    with pytest.raises(RuntimeError), settled_heap():
        raise RuntimeError("merge failed")
    assert gc.get_freeze_count() == 0


def test_the_merge_stage_runs_frozen_and_the_run_ends_unfrozen(monkeypatch: pytest.MonkeyPatch) -> None:
    import summarizer.pipeline as pipeline

    frozen: list[int] = []
    merge = pipeline.merge_aligned

    def watched(*args: Any) -> Any:
        frozen.append(gc.get_freeze_count())
        return merge(*args)

    monkeypatch.setattr(pipeline, "merge_aligned", watched)
    text = "The Varn bridge reopened on Monday, the county said. Crews had worked for nine days, officials said."
    result = run_sync(arun([Article(id="S1", uri="mem://heap", text=text, published=date(2025, 3, 5))],
                           Options(backend="offline", use_cache=False)))
    assert result.briefing.key_points
    assert frozen and frozen[0] > 0  # the records and articles were set aside while merging
    assert gc.get_freeze_count() == 0
