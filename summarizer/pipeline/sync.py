"""Running a coroutine to its end from synchronous code, without Python 3.11's repr of its result.

On its way out ``asyncio.run`` restores the SIGINT handler, and Python 3.11's ``signal`` module,
turning the handler it replaces into an enum, formats it with ``repr()``: the handler holds the
finished main task, so the whole result is formatted too. For a briefing of one 1 MB article that
repr took seconds, more than some stages, and it grows with the briefing. The result therefore
leaves through a list, and the main task returns nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


def run_sync(coroutine: Coroutine[Any, Any, T], *, close: bool = True) -> T:
    """``asyncio.run(coroutine)``, its result returned without ever being formatted.

    ``close=False`` leaves the event loop as the coroutine left it (no tasks cancelled, the worker
    threads not joined, the loop not closed), for a caller that ends the process next: the command line.
    """
    box: list[T] = []

    async def main() -> None:
        box.append(await coroutine)

    runner = asyncio.Runner()
    try:
        runner.run(main())
    finally:
        if close:
            runner.close()
    return box[0]
