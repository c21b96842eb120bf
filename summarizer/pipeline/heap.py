"""The objects earlier stages built are kept out of the garbage collector's way while merging.

By the merge the run holds every article, extraction record and grounded span: a long-lived heap
that the merge only reads. Python's cyclic collector still rescans all of it at each full
collection, and the merge allocates enough to trigger many: on one 5 MB article written as a single
line that rescanning, not the merge's own work, was most of the stage (43 s of CPU against 18 s
with the heap set aside), and it grew faster than the text. ``gc.freeze`` moves what exists now to a
permanent generation the collector skips; new objects are collected as usual, and ``gc.unfreeze``
returns the frozen ones afterwards. A host process that froze its own objects (a pre-fork server)
is left alone: its freeze is not ours to undo.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def settled_heap() -> Iterator[None]:
    """Freeze the objects alive now for the duration of the block (when the collector runs and nothing is frozen)."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
