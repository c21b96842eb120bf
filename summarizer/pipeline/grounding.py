"""Each answer grounded, and its share of the merge prepared, as it lands: in order, off the event loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from summarizer.schema import Article, ExtractionRecord, Notice


class _MergePreparation:
    """Each grounded record's share of the merge, computed as its answer lands (:mod:`summarizer.merge.prepare`).

    On 48 real articles the merge embedded about 2,000 claim, quote and event texts after the last
    answer (0.3-0.5 s); embedded while the other answers are awaited, the merge reads them from the
    embedder's memo. Records wait until the later stages' modules and the model are loaded (by the
    thread of :func:`_load_later_stages`) rather than load them a second way. Only for the shipped
    model: an endpoint's vectors are the endpoint's calls.

    Only while answers are awaited: once the last one is in, nothing is gained by preparing ahead,
    and the merge reads what is left in one batch, cheaper than record by record (on 48 real articles
    the merge alone took 1.4 s of CPU, preparation then merge 1.15 + 0.6 s). The records still queued
    then (a round's answers land together; at zero latency most of them) go to the merge unprepared.
    """

    def __init__(self) -> None:
        self.loading: threading.Thread | None = None
        self.active = False
        self.answered = False  # every answer is in: nothing left to prepare ahead of
        self.waiting: list[tuple[Article, ExtractionRecord]] = []

    def start(self, loading: threading.Thread | None) -> None:
        self.loading, self.active = loading, loading is not None

    def all_in(self) -> None:  # on the loop; the worker reads the flag before each record
        self.answered = True

    def add(self, article: Article, record: ExtractionRecord) -> None:
        if not self.active or self.answered:
            return
        self.waiting.append((article, record))
        if self.loading is not None and self.loading.is_alive():
            return
        from summarizer.merge.prepare import prepare

        while self.waiting and not self.answered:
            prepare(*self.waiting.pop(0))

    def ahead(self, article: Article) -> None:
        """The merge's reading of the article's text alone, before its answer is in (once the modules are loaded)."""
        if self.active and not self.answered and not (self.loading is not None and self.loading.is_alive()):
            from summarizer.merge.prepare import prepare_article

            prepare_article(article)


_FIRST_ROUND_WAIT = 2.0  # seconds reading ahead waits at most for the first round of requests to be on its way

# While a worker grounds, the event loop waits this long at most for the interpreter (the default is 5 ms).
_SWITCH = 0.0005
_switch_lock = threading.Lock()
_switch_users = 0
_switch_restore = 0.005


def _quick_switches(on: bool) -> None:
    """Hand the interpreter to a waiting thread within half a millisecond while answers are grounded.

    Every socket call of the event loop gives up the interpreter and must take it back from the
    grounding worker, which held it for up to the default 5 ms switch interval each time: with the
    answers of a round landing together, the next round's requests left 0.1-0.3 s late on 48 real
    articles (0.05-0.15 s with this). Only the timing changes; concurrent runs keep it until the last ends.
    """
    global _switch_users, _switch_restore
    with _switch_lock:
        if on:
            if _switch_users == 0:
                _switch_restore = sys.getswitchinterval()
                sys.setswitchinterval(min(_SWITCH, _switch_restore))
            _switch_users += 1
        else:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_restore)


class _Grounding:
    """Grounding and the merge's preparation of each answer as it lands, in order, off the event loop.

    On the loop they held up the requests behind them: on 48 real articles at 1.0 s latency each
    answer's grounding and preparation took 15-100 ms (more under load), and a slot whose answer came
    back waited for the ones landing with it (mean 60-73 ms, up to 0.48 s, per request) before its
    next request left. In a worker thread the loop sends that request at once; the worker gives up
    the interpreter every few milliseconds, and the embedding's numpy and tokenizer calls release it.
    The offline backend grounds on the caller's thread: nothing is in flight there to hold up.
    """

    def __init__(self, preparation: _MergePreparation, threaded: bool) -> None:
        self.grounded: dict[str, ExtractionRecord] = {}
        self.preparation = preparation
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="summarizer-ground") if threaded else None
        self.jobs: list[concurrent.futures.Future[None]] = []
        self.quick = threaded
        if self.quick:
            _quick_switches(True)

    def add(self, article: Article, record: ExtractionRecord) -> None:
        if self.pool is None:
            self._ground(article, record)
        else:
            self.jobs.append(self.pool.submit(self._ground, article, record))

    def expect(self, article: Article, sent: threading.Event) -> None:
        """An article's call has started: what grounding and the merge read in its text alone is read now, in the
        worker, while the answer is awaited (the answers of the last round land together, and this was then on
        the way to the merge: 4.6 ms a real article, 1.6 of its grounding and 3 of the merge's readings). Once the
        first round of requests is on its way (``sent``): the first requests leave no later for it. Nothing waits
        for it: the worker takes jobs in turn, so it is done before the article's answer is grounded, and what it
        reads is read again there if it failed."""
        if self.pool is not None:
            self.pool.submit(self._ahead, article, sent)

    def _ahead(self, article: Article, sent: threading.Event) -> None:
        from summarizer.ground import read_ahead

        sent.wait(timeout=_FIRST_ROUND_WAIT)
        read_ahead(article)
        self.preparation.ahead(article)

    def _ground(self, article: Article, record: ExtractionRecord) -> None:
        self.grounded[record.source] = grounded = _grounded(article, record)
        self.preparation.add(article, grounded)

    async def finished(self) -> dict[str, ExtractionRecord]:
        """Every answer grounded (an error grounding one is raised here, as it was in the callback)."""
        for job in self.jobs:
            await asyncio.wrap_future(job)
        self._slow_switches()  # the merge runs alone
        return self.grounded

    def _slow_switches(self) -> None:
        if self.quick:
            self.quick = False
            _quick_switches(False)

    def close(self) -> None:
        self._slow_switches()
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)


def _grounded(article: Article, record: ExtractionRecord) -> ExtractionRecord:
    # Imported here, not at start-up: grounding first runs when the first answer is back, and its
    # modules (the embedding model's numpy among them) would otherwise delay the first request.
    from summarizer.consistency import check_meaning
    from summarizer.ground import ground, injection_notes

    grounded, report = ground(article, record.extraction)
    grounded = check_meaning(grounded, report)
    notes = list(record.warnings)
    if report.dropped:
        notes.append(Notice(source=record.source, kind="grounding",
                            message=f"{report.dropped} item(s) not found in the article were dropped"))
    if report.rewritten:
        notes.append(Notice(source=record.source, kind="grounding",
                            message=f"{report.rewritten} claim(s) or event(s) said what their evidence does not (a figure, "
                            "name or date it lacks, or another meaning); the evidence sentence is shown instead"))
    notes.extend(injection_notes(article, grounded, report))
    return record.model_copy(update={"extraction": grounded, "grounding": report, "warnings": notes})
