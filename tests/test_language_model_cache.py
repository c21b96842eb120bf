"""The language model is unpacked once into the cache folder and read from there: same labels, same scores."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from summarizer.ingest import language

# Invented sentences, one per language.
SAMPLES = [
    "The harbour council voted on Tuesday to close the old ferry pier until engineers finish their survey.",
    "Der Stadtrat beschloss am Dienstag, den alten Fähranleger zu schließen, bis die Ingenieure fertig sind.",
    "Le conseil municipal a voté mardi la fermeture du vieil embarcadère jusqu'à la fin de l'expertise.",
    "El ayuntamiento votó el martes cerrar el viejo muelle hasta que los ingenieros terminen su revisión.",
]


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    language._identifier.cache_clear()
    yield tmp_path
    language._identifier.cache_clear()


@functools.cache
def _shipped_ranks() -> list[list[tuple[str, float]]]:
    """The answers of the model loaded the library's own way, read once for the module (each load
    decompresses the model, half a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return _ranks(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))


def _ranks(identifier: object) -> list[list[tuple[str, float]]]:
    return [identifier.rank(text)[:3] for text in SAMPLES]  # type: ignore[attr-defined]


def test_unpacked_once_then_mapped_with_the_same_answers(fresh: Path) -> None:
    expected = _shipped_ranks()
    first = language._identifier()
    folders = list((fresh / "models").iterdir())
    assert [f.name.startswith("py3langid-") for f in folders] == [True], "one unpacked model, no staging left"
    assert _ranks(first) == expected
    language._identifier.cache_clear()
    second = language._identifier()
    assert isinstance(second.nb_ptc, np.memmap), "the second load reads the unpacked arrays"
    assert _ranks(second) == expected
    assert [language.detect_language(t) for t in SAMPLES] == ["en", "de", "fr", "es"]


def test_a_damaged_unpacked_model_is_not_used(fresh: Path) -> None:
    expected = _shipped_ranks()
    language._identifier()
    folder = next((fresh / "models").iterdir())
    (folder / "ptc.npy").write_bytes(b"\x93NUMPY broken")
    language._identifier.cache_clear()
    assert _ranks(language._identifier()) == expected
    language._identifier.cache_clear()
    assert isinstance(language._identifier().nb_ptc, np.memmap), "the damaged copy was replaced"


def test_an_unwritable_cache_folder_still_labels(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(blocker / "cache"))
    language._identifier.cache_clear()
    try:
        assert language.detect_language(SAMPLES[1]) == "de"
    finally:
        language._identifier.cache_clear()


def test_one_copy_per_model_whatever_install_or_time_it_came_from(fresh: Path, tmp_path: Path) -> None:
    """Venvs install the same model file at different times: they share one unpacked copy; stale ones go."""
    import os
    import shutil

    from py3langid.langid import MODEL_DIR, MODEL_FILE  # type: ignore[import-untyped]

    shipped = Path(MODEL_DIR) / MODEL_FILE
    other = tmp_path / "other-install.npz.xz"
    shutil.copyfile(shipped, other)
    os.utime(other, (1_000_000_000, 1_000_000_000))
    assert language._identity(other) == language._identity(shipped)
    stale = fresh / "models" / "py3langid-4586720-1796069094"
    stale.mkdir(parents=True)
    (stale / "ptc.npy").write_bytes(b"old")
    language._identifier()
    assert [f.name for f in (fresh / "models").iterdir()] == [f"py3langid-{language._identity(shipped)}"]
