"""Writing outputs atomically: a crash or a full disk never leaves half a briefing behind.

The text goes to a temporary file in the same folder (so the final rename stays on one file
system and is atomic), is flushed to disk, and only then replaces the target. Readers see the old
briefing or the new one, never a mix; a failure removes the temporary file and leaves the old one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

# Read limits (MB) a run applies while reading its inputs. They live here, not in ingest, because the
# CLI shows them in --help, which must not wait for ingest's imports.
DEFAULT_ARTICLE_MB = 8.0
DEFAULT_RUN_MB = 32.0


def cache_dir() -> Path:
    """Where answers and unpacked models are kept: ``$SUMMARIZER_CACHE_DIR`` or the user's cache folder."""
    override = os.environ.get("SUMMARIZER_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("summarizer"))


def write_atomic(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); a briefing should get the mode any new file gets,
        # or keep the mode of the one it replaces.
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _sync_directory(path.parent)


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_directory(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a directory, which is fine."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
