"""numpy's BLAS on one thread while the merge runs, the caller's setting given back after.

The merge's products are small (a few thousand sentence vectors at most). A second OpenBLAS thread waiting
for work cost more than it saved: on 48 real articles the merge took 1.0 s of CPU with two threads against
0.8 s with one, and the review's pair finder 30 ms against 17 ms (a busy two-core machine). The command line
sets ``OPENBLAS_NUM_THREADS=1`` before numpy is imported; a program that imports the package cannot be told
that way without changing its own numpy for good, so :func:`one_blas_thread` sets the count through
OpenBLAS's own call for the block and restores it (as ``threadpoolctl`` does, without the dependency).
Another BLAS (Accelerate, MKL) or one not found among the loaded libraries is left alone.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

_PREFIXES = ("scipy_openblas", "openblas")  # numpy 2's wheels bundle scipy-openblas; older ones and distros OpenBLAS
_SUFFIXES = ("64_", "")
_Calls = tuple[Callable[[], int], Callable[[int], None]]

_lock = threading.Lock()
_users = 0
_restore = 0
_calls: _Calls | None = None
_looked = False


def _loaded_openblas() -> list[str]:
    """Paths of the OpenBLAS libraries this process has loaded (Linux), else those numpy's wheel ships."""
    found: list[str] = []
    with contextlib.suppress(OSError), open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
        found = [p for p in (line.split(maxsplit=5)[-1].strip() for line in maps if "openblas" in line.lower())
                 if p.startswith("/")]
    if not found and "numpy" in sys.modules:
        root = Path(str(sys.modules["numpy"].__file__)).parent
        found = [str(p) for folder in (root.parent / "numpy.libs", root / ".dylibs") if folder.is_dir()
                 for p in sorted(folder.iterdir()) if "openblas" in p.name.lower()]
    return list(dict.fromkeys(found))


def _openblas_calls() -> _Calls | None:
    """OpenBLAS's get and set of its thread count, from the library numpy loaded; None where there is none."""
    global _calls, _looked
    if _looked:
        return _calls
    _looked = True
    for path in _loaded_openblas():
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix in _PREFIXES:
            for suffix in _SUFFIXES:
                getter = getattr(library, f"{prefix}_get_num_threads{suffix}", None)
                setter = getattr(library, f"{prefix}_set_num_threads{suffix}", None)
                if getter is not None and setter is not None:
                    getter.restype, getter.argtypes = ctypes.c_int, []
                    setter.restype, setter.argtypes = None, [ctypes.c_int]
                    _calls = (getter, setter)
                    return _calls
    return None


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Hold numpy's OpenBLAS to one thread for the block; nested and concurrent blocks keep it until the last ends."""
    global _users, _restore
    import numpy  # noqa: F401  (loads the BLAS whose calls are looked up)

    with _lock:
        calls = _openblas_calls()
        if calls is not None and _users == 0:
            _restore = calls[0]()
            if _restore != 1:
                calls[1](1)
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if calls is not None and _users == 0 and _restore != 1:
                calls[1](_restore)
