"""Which language an article is in: py3langid's character n-gram model, shipped in its wheel.

Articles in several languages about one story are normal (wire copy, local press, machine
translations); they are processed like any other, but labelled, so an editor knows a quote may be a
translation and the merger knows to take its cross-language paths. A function-word list covered
seven languages and left Swedish, Danish, Polish, Romanian and Russian unlabelled. py3langid
(97 languages, a 4.5 MB package, model loaded from the wheel with no network call) labels all 24
invented paragraphs of ``bench/eval_language.py`` and their first twelve words; lingua labels them
too but weighs 96 MB and takes 20 s to load, for no gain on this measure.

The wheel ships the model LZMA-compressed (4.5 MB): unpacking it costs about a second of CPU, more
than everything else a briefing of five articles does. It is unpacked once into the cache folder
(``models/``, 66 MB of plain arrays) and memory-mapped from there by later runs in a few
milliseconds; where that folder cannot be written, the shipped file is read as before.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import lzma
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any, Literal

from summarizer.io import cache_dir

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_LETTERS = 20  # below this a label is a guess
MIN_CONFIDENCE = 0.5  # py3langid's normalised probability of its best label
SAMPLE_CHARS = 4000  # a few paragraphs decide it; a 5 MB article need not be read whole


_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    shipped = Path(MODEL_DIR) / MODEL_FILE
    try:
        arrays = _unpacked(shipped)
    except (OSError, ValueError, EOFError, lzma.LZMAError):
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # What py3langid's own loader builds from the same arrays, but its DFA tables are read in place
    # (indexed through memoryviews as fast as the stdlib arrays it makes) instead of copied: the
    # copy of the 39 MB transition table was 25 ms on the way to the first article.
    return LanguageIdentifier(arrays["ptc"], arrays["pc"], arrays["classes"].tolist(), _ints(arrays["nextmove"]),
                              _ints(arrays["out_feat"]), norm_probs=True, tk_row=_ints(arrays["nextmove_row"]))


_INT_FORMATS: dict[tuple[str, int], Literal["H", "I", "Q", "i", "q"]] = {
    ("u", 2): "H", ("u", 4): "I", ("u", 8): "Q", ("i", 4): "i", ("i", 8): "q"}


def _ints(values: Any) -> memoryview[int]:
    """An integer array as a flat memoryview of Python ints: no copy; a mapped file is paged in where read."""
    return memoryview(values).cast("B").cast(_INT_FORMATS[values.dtype.kind, values.dtype.itemsize])


def _identity(shipped: Path) -> str:
    """Which model this is, whichever install it came from: its size and a hash of its last 64 KB.

    The end of an .xz file holds the checksum of the whole unpacked content and the index, so the
    tail tells models apart without reading (or, like the mtime, depending on) the whole install.
    """
    size = shipped.stat().st_size
    with shipped.open("rb") as handle:
        handle.seek(max(0, size - 65536))
        return f"{size}-{hashlib.sha256(handle.read()).hexdigest()[:16]}"


def _unpacked(shipped: Path) -> dict[str, Any]:
    """The model's arrays, memory-mapped from the cache folder; unpacked there first if missing."""
    import numpy as np

    folder = cache_dir() / "models" / f"py3langid-{_identity(shipped)}"
    with contextlib.suppress(OSError, ValueError):
        return {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
    # Damaged, never made, or made from another version of the model: (re)made below, the others removed.
    for old in folder.parent.glob("py3langid-*"):
        shutil.rmtree(old, ignore_errors=True)
    with lzma.open(shipped) as packed, np.load(io.BytesIO(packed.read()), allow_pickle=False) as data:
        arrays = {name: data[name] for name in _ARRAYS}
    with contextlib.suppress(OSError):
        folder.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed into place, so a crash or a second process never leaves half a model.
        staging = Path(tempfile.mkdtemp(prefix=".unpacking-", dir=folder.parent))
        try:
            for name, values in arrays.items():
                np.save(staging / f"{name}.npy", values, allow_pickle=False)
            staging.rename(folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return arrays


def language_guess(text: str) -> tuple[str, float]:
    """The best label and its normalised probability, unthresholded: for comparing readings of the same bytes."""
    label, confidence = _identifier().classify(text[:SAMPLE_CHARS])
    return str(label), float(confidence)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the article's language, or None when the text is too short or unclear."""
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    label, confidence = _identifier().classify(sample)
    if confidence < MIN_CONFIDENCE or not re.fullmatch(r"[a-z]{2}", label):
        return None
    return str(label)
