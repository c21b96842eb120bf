"""Request slots handed out longest article first: the last round of a run is its shortest requests.

A model's answer takes time in proportion to what it writes, and an extraction's answer grows with its
article; the run ends when the last answer is back. With the calls given slots in arrival order, a long
article read last could be alone in the final round, every other slot idle while it is written. Handed
to the waiting call with the most text first (ties: first come), the long ones start early and the
round that closes the run holds the short ones, whose answers come back first and are grounded fastest
(the classic longest-processing-time-first rule for jobs on parallel machines). A call that finds a
free slot and no one waiting takes it at once, so the first requests still leave as their articles are
read. Which call waits never changes what any call returns: the briefing is the same.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools


class LongestFirst:
    """``slots`` request slots; a waiting call of ``size`` gets a freed one before every smaller waiting call."""

    def __init__(self, slots: int) -> None:
        self.free = slots
        self.waiting: list[tuple[int, int, asyncio.Future[None]]] = []  # (-size, arrival, woken when its turn comes)
        self.arrivals = itertools.count()

    async def acquire(self, size: int) -> None:
        if self.free > 0 and not self.waiting:
            self.free -= 1
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self.waiting, (-size, next(self.arrivals), turn))
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():  # the slot was handed over as the call was cancelled
                self.release()
            raise

    def release(self) -> None:
        while self.waiting:
            _, _, turn = heapq.heappop(self.waiting)
            if not turn.done():  # a cancelled waiter's turn is done (cancelled): skipped
                turn.set_result(None)
                return
        self.free += 1
