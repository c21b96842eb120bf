"""The merge runs numpy's BLAS on one thread for a program that imports the package, and gives its count back."""

from __future__ import annotations

import threading

import pytest
from helpers import Doc, build

import summarizer.merge as merge_module
from summarizer.align.blas import _openblas_calls, one_blas_thread
from summarizer.merge.candidates import unclassified_pairs


def _threads() -> int:
    calls = _openblas_calls()
    assert calls is not None  # the pinned numpy wheel bundles OpenBLAS
    return calls[0]()


@pytest.fixture
def two_threads() -> object:
    calls = _openblas_calls()
    assert calls is not None
    before = calls[0]()
    calls[1](2)
    yield
    calls[1](before)


def test_one_thread_inside_the_block_and_the_callers_count_after(two_threads: object) -> None:
    with one_blas_thread():
        assert _threads() == 1
        with one_blas_thread():  # nested: still one, and not given back by the inner block
            assert _threads() == 1
        assert _threads() == 1
    assert _threads() == 2


def test_concurrent_blocks_give_the_count_back_when_the_last_ends(two_threads: object) -> None:
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with one_blas_thread():
            entered.set()
            release.wait(10)

    worker = threading.Thread(target=other)
    worker.start()
    entered.wait(10)
    with one_blas_thread():
        assert _threads() == 1
    assert _threads() == 1  # the other block is still running
    release.set()
    worker.join(10)
    assert _threads() == 2


def test_the_merge_and_the_pair_finder_run_on_one_thread(two_threads: object, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    inner = merge_module._merge

    def counted(*args: object) -> object:
        seen.append(_threads())
        return inner(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(merge_module, "_merge", counted)
    articles, records = build(
        Doc("S1").say("The Corvell ferry sailed at nine with 212 passengers.").say("Harbour crews cleared the slipway."),
        Doc("S2").say("The Corvell ferry left at nine carrying 230 passengers.").say("Fog closed the harbour mouth at dawn."))
    briefing = merge_module.merge(articles, records)
    assert seen == [1]
    assert _threads() == 2
    import summarizer.merge.candidates as candidates

    products: list[int] = []
    near = candidates._near_mates

    def counted_near(vectors: object) -> object:
        products.append(_threads())
        return near(vectors)  # type: ignore[arg-type]

    monkeypatch.setattr(candidates, "_near_mates", counted_near)
    unclassified_pairs(articles, records, briefing)
    assert products == [1]
    assert _threads() == 2
