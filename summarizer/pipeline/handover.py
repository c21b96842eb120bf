"""Articles from the ingest thread to the extraction stream, and the first round's progress back to it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable

from summarizer.extract import Extractor
from summarizer.pipeline.options import Options
from summarizer.schema import Article, ExtractionRecord

_LABELS_WAIT = 2.0  # seconds the language labels (and the articles after the first dated one) wait at most


class _Handover:
    """Articles from the ingest thread to the extraction stream, in the order their requests may leave.

    A dated article goes as soon as it is built; an undated one once every input is read (its prompt
    reads relative dates against a date the other articles give); the stream ends with ingest.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, options: Options,
                 on_call: Callable[[Article, threading.Event], None] | None = None) -> None:
        self.loop, self.options = loop, options
        # Told of each article as its call starts, with the event set once the first round is on its way.
        self.on_call = on_call
        self.arrived: asyncio.Queue[Article | None] = asyncio.Queue()
        self.undated: list[Article] = []
        self.released = False
        self.count = 0  # articles that went (or, undated, will go) to the stream (on the ingest thread)
        self.total: int | None = None  # all of them, known once every input is read (on the loop)
        self.started = 0  # extraction calls started (on the loop)
        # The first round of requests is on its way (a call started per request slot, or for every
        # article), or an article is done, or none will be.
        self.under_way = threading.Event()
        self.sending = threading.Event()  # the first request is on its way, or none will be

    def built(self, article: Article) -> None:  # on the ingest thread
        self.count += 1
        if article.published is None and self.options.reference_date is None:
            self.undated.append(article)
        else:
            self.loop.call_soon_threadsafe(self.arrived.put_nowait, article)
            # Reading on shared the interpreter with making the client and building the first request
            # (0.1-0.15 s of imports alone, 0.2-0.27 s beside the reading): the request can leave as soon
            # as one article is read, so the others wait for it. Bounded; undated articles never wait
            # here (theirs leave only once every input is read).
            self.sending.wait(timeout=_LABELS_WAIT)

    def read(self) -> None:  # on the ingest thread: every input read, dates set; the labels come next
        self.loop.call_soon_threadsafe(self.release)
        # The labels (py3langid's model loaded, every text classified: 0.1-0.2 s of CPU) wait until the
        # first round of requests is out, and are done while its answers are awaited and nothing else
        # runs; nothing needs them before the answers are grounded. Done at once, they shared the
        # interpreter with making the client and sending the first requests, which left later. Done
        # when the first answer was back (as before), they and the later stages' loading, which starts
        # once ingest is over, shared it with sending the second round. The wait is bounded.
        if self.count:
            self.under_way.wait(timeout=_LABELS_WAIT)

    def release(self) -> None:  # on the loop
        if not self.released:
            self.released = True
            for article in self.undated:
                self.arrived.put_nowait(article)
            self.total = self.count
            self.call_started(0)

    def call_started(self, calls: int = 1) -> None:  # on the loop
        self.started += calls
        if self.started >= self.options.concurrency or (self.total is not None and self.started >= self.total):
            # Once the call just started first waits (its request written, or waiting for a connection).
            self.loop.call_soon(self.under_way.set)

    def end(self) -> None:  # on the loop, once ingest is over (or failed)
        self.release()
        self.arrived.put_nowait(None)

    async def stream(self) -> AsyncIterator[Article]:
        while (article := await self.arrived.get()) is not None:
            yield article

    def answered(self, extractor: Extractor) -> Extractor:
        """``extractor``, telling this handover when its first article is done (answered, cached or failed)."""
        handover = self

        class Answered:
            backend = extractor.backend

            @property
            def model(self) -> str | None:
                return extractor.model

            async def extract_record(self, article: Article) -> ExtractionRecord:
                # Set once this call first waits (its request written, or waiting for a connection).
                asyncio.get_running_loop().call_soon(handover.sending.set)
                handover.call_started()
                if handover.on_call is not None:
                    handover.on_call(article, handover.under_way)
                try:
                    return await extractor.extract_record(article)
                finally:
                    handover.under_way.set()

            async def aclose(self) -> None:
                await extractor.aclose()

        return Answered()
