"""The shipped model loads from the wheel with the network blocked, once, and embeds deterministically."""

from __future__ import annotations

import socket
from typing import Any

import numpy as np
import pytest

from summarizer.align import Relation, WordLlamaEmbedder, embed, relation, use_embedder
from summarizer.align.embedding import normalize_rows


class _NetworkUsed(AssertionError):
    pass


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise _NetworkUsed("the embedding model tried to reach the network")


def test_shipped_model_loads_and_embeds_with_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    fresh = WordLlamaEmbedder()  # a new instance: the load itself happens under the block
    vectors = fresh.embed(["The harbour reopened on Tuesday.", "Ferries sailed again."])
    assert fresh.load_seconds is not None and fresh.load_seconds > 0
    assert vectors.shape == (2, 256) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_model_is_loaded_once_and_answers_the_same() -> None:
    model = WordLlamaEmbedder()
    first = model.embed(["A bridge closed for repairs.", "A bridge closed for repairs.", "Tolls rose."])
    loaded = model._model
    second = model.embed(["Tolls rose.", "A bridge closed for repairs."])
    assert model._model is loaded
    assert np.array_equal(first[0], first[1])
    assert np.array_equal(first[2], second[0]) and np.array_equal(first[0], second[1])


def test_empty_and_unknown_texts() -> None:
    assert embed([]).shape[0] == 0
    rows = normalize_rows(np.zeros((2, 4)))
    assert not rows.any()  # a text with no known token matches nothing rather than dividing by zero


class _Letters:
    """A toy embedder: a text's vector counts its vowels; enough to show another model plugs in."""

    name = "letters"

    def embed(self, texts: Any) -> Any:
        return normalize_rows(np.array([[t.count(v) + 0.0 for v in "aeiou"] for t in texts]))


def test_another_embedder_plugs_in_and_the_default_comes_back() -> None:
    shipped = embed(["oak"])
    with use_embedder(_Letters()):
        assert embed(["aa", "ee"]).shape == (2, 5)
    assert np.array_equal(embed(["oak"]), shipped)


def test_relation_keeps_a_changed_number_or_a_denial_apart() -> None:
    base = "The council approved 40 new bus shelters for the district."
    assert relation(base, "The district council approved 40 new bus shelters.", 0.9, 0.8) is Relation.SAME
    assert relation(base, "The council approved 55 new bus shelters for the district.", 0.9, 0.8) is Relation.CONFLICT
    assert relation(base, "The council did not approve new bus shelters for the district.", 0.9, 0.8) is Relation.CONFLICT
    assert relation(base, "The council may approve 40 new bus shelters for the district.", 0.9, 0.8) is Relation.CONFLICT
    assert relation(base, "Rain is expected tomorrow.", 0.1, 0.8) is Relation.DIFFERENT


def test_loading_the_model_leaves_the_host_logging_alone() -> None:
    import subprocess
    import sys

    code = (
        "import logging; before = (logging.getLogger().level, len(logging.getLogger().handlers)); "
        "from summarizer.align import embed; embed(['a ferry sank']); "
        "print(before == (logging.getLogger().level, len(logging.getLogger().handlers)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


def test_the_shipped_model_gives_wordllamas_own_vectors_bit_for_bit() -> None:
    """The model is read without importing wordllama; its vectors must not move by a single bit."""
    import logging
    from pathlib import Path

    basic_config = logging.basicConfig
    logging.basicConfig = lambda *_a, **_k: None  # type: ignore[assignment]  # wordllama configures logging at import
    try:
        import wordllama
        from wordllama import WordLlama
    finally:
        logging.basicConfig = basic_config
    theirs = WordLlama.load(config="l2_supercat", dim=256, cache_dir=Path(wordllama.__file__).parent,
                            disable_download=True)
    ours = WordLlamaEmbedder()._load()
    texts = ["The harbour reopened on Tuesday.", "", "Élodie Brunner (61) said: «nicht jetzt»!",
             "42,000 people; 3.5% fewer — reported by AP/Reuters.", "x" * 3000, "Кабинет ушёл в отставку.",
             *(f"Ferry {k} to Lannis was cancelled." * (k % 4 + 1) for k in range(70))]
    assert np.array_equal(ours.embedding, theirs.embedding)
    assert np.array_equal(ours.embed(texts), theirs.embed(texts, norm=False))
    assert np.array_equal(ours.embed(texts[:7], batch_size=3), theirs.embed(texts[:7], norm=False, batch_size=3))


def test_the_token_table_stays_as_shipped_and_only_gathered_rows_are_widened() -> None:
    """Widening the whole table to float32 at load was 90 ms of CPU and 32 MB for the few rows a run reads;
    the rows a batch gathers are widened exactly, so the vectors are those of a widened table."""
    model = WordLlamaEmbedder()._load()
    assert model.embedding.dtype == np.float16
    texts = ["The ferry to Lannis was cancelled.", "Officials counted 42 vessels at anchor on Tuesday."]
    rows = model.token_ids(texts)
    wide = model.embedding.astype(np.float32)
    for text, row in zip(texts, rows, strict=True):
        expected = np.sum(wide[np.array([row])], axis=1, dtype=np.float32) / np.float32(len(row))
        assert np.array_equal(model.embed([text]), expected)


def test_loading_the_shipped_model_does_not_import_the_wordllama_package(tmp_path: Any) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    script = ("import sys\nfrom summarizer.align import embed\nassert embed(['The bridge closed.']).shape == (1, 256)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in ('wordllama', 'requests')))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_a_remembered_vector_is_the_one_any_batch_gives() -> None:
    """The embedder remembers vectors (the pipeline embeds each article's claims as its answer lands);
    that is only sound if a text's vector does not depend on the other texts of its batch."""
    texts = [f"Ferry {k} to Lannis was cancelled after {k * 7} complaints." * (k % 3 + 1) for k in range(90)]
    texts += ["", "Élodie Brunner (61) said: «nicht jetzt»!", "x" * 1500]
    together = WordLlamaEmbedder().embed(texts)
    alone = WordLlamaEmbedder()
    singly = np.vstack([alone.embed([t]) for t in texts])
    assert np.array_equal(together, singly)
    remembered = alone.embed(list(reversed(texts)))  # every short one from the memo now, in another order
    assert np.array_equal(remembered, together[::-1])
    assert remembered.dtype == np.float32 and remembered.flags.c_contiguous


def test_remembering_embeds_only_what_is_new_and_keeps_the_rows_embed_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """``remember`` embeds the texts not yet remembered in one batch and returns nothing; ``embed`` then computes
    none of them again and gives the rows it would have given."""
    texts = ["harbour", "pilots", "walked", "out", "harbour", "Kellmouth ferry crews walked out on Tuesday."]
    expected = WordLlamaEmbedder().embed(texts)
    embedder = WordLlamaEmbedder()
    embedder.embed(["pilots"])
    batches: list[list[str]] = []
    pooled = embedder._pooled

    def counted(model: Any, batch: list[str]) -> Any:
        batches.append(batch)
        return pooled(model, batch)

    monkeypatch.setattr(embedder, "_pooled", counted)
    embedder.remember(texts)
    assert batches == [["harbour", "walked", "out", "Kellmouth ferry crews walked out on Tuesday."]]
    assert np.array_equal(embedder.embed(texts), expected)
    embedder.remember(texts)
    assert len(batches) == 1


def test_ids_put_together_from_remembered_words_are_the_tokenizers_own() -> None:
    """The model tokenizes each word once and joins their ids; every text must get the ids the
    tokenizer gives it whole, whatever its spaces, marks or scripts, twice over (the second time
    from the remembered words)."""
    import random

    model = WordLlamaEmbedder()._load()
    texts = ["The harbour at Vellmoor reopened on Tuesday.", "", " ", "  ", "a  b", " lead", "  two lead", "trail ",
             "end  ", "tab\there", "new\nline", "x   y    z", "\u2581odd", "a\u2581\u2581b", "\u2581", " \u2581 ",
             "Élodie Brunner (61) said: «nicht jetzt»!", "Кабинет ушёл в отставку.", "港口周二重新开放 🚢", "<s>",
             "a<s>b c", "x </s> y", "<unk>", "\u00a0no-break", "\u200b zero width", "a\u3000b", "42,000 people; 3.5% fewer"]
    pick = random.Random(7)
    alphabet = list("ab \u2581\t\n.,'é港🚢<>s/07")
    texts += ["".join(pick.choice(alphabet) for _ in range(pick.randint(0, 24))) for _ in range(400)]
    theirs = [list(e.ids[: sum(e.attention_mask)]) for e in model.tokenize(texts)]
    assert model.token_ids(texts) == theirs
    assert model.token_ids(list(reversed(texts))) == theirs[::-1]


def test_word_alignment_pairs_a_translation_word_by_word_and_not_another_statement() -> None:
    from summarizer.align import word_alignment

    original = "The night shift was cut off by the fall"
    translated = "The workers of the night were isolated by the collapse"
    other = "Ticket prices will rise in the spring"
    assert word_alignment(original, translated) > word_alignment(original, other) + 0.2
    assert word_alignment(original, original) == 1.0
    assert word_alignment(original, "") == 0.0 and word_alignment("42 %", original) == 0.0
