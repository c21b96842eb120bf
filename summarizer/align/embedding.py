"""Sentence embeddings behind one small interface: ``embed(texts) -> unit vectors``.

The shipped model is wordllama's ``l2_supercat`` 256-dimension static embedding: the weights and
the tokenizer are inside the ``wordllama`` wheel (16 MB), it needs only numpy and tokenizers, and
it is deterministic. The two files are read straight from the installed wheel by
:class:`StaticModel` (never a download, tested with sockets blocked), without importing the
``wordllama`` package itself. The model is loaded once, lazily, on the first ``embed`` call, and the
load time is kept in :attr:`WordLlamaEmbedder.load_seconds` for the benchmarks.

Another backend (an OpenAI-compatible ``/v1/embeddings`` endpoint, sentence-transformers) plugs in
through :func:`use_embedder`; anything with a ``name`` and an ``embed`` returning unit rows works.
"""

from __future__ import annotations

import importlib.util
import math
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]


class Embedder(Protocol):
    """What the aligner needs from a model: one unit vector per text, the same for the same text."""

    name: str

    def embed(self, texts: Sequence[str]) -> Vectors: ...


def normalize_rows(matrix: NDArray[Any]) -> Vectors:
    """Unit rows (float32); an all-zero row (no known token) stays zero and so matches nothing."""
    out = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    unit: Vectors = (out / norms).astype(np.float32, copy=False)
    return unit


class WordLlamaEmbedder:
    """The shipped default: wordllama ``l2_supercat`` at 256 dimensions, loaded from the wheel."""

    name = "wordllama-l2_supercat-256"
    DIM = 256

    def __init__(self) -> None:
        self._model: StaticModel | None = None
        self._lock = threading.Lock()
        self.load_seconds: float | None = None
        self._memo: dict[str, Vectors] = {}

    def _load(self) -> StaticModel:
        with self._lock:
            if self._model is None:
                started = time.perf_counter()
                self._model = StaticModel.from_wheel("l2_supercat", self.DIM)
                self.load_seconds = time.perf_counter() - started
        return self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.DIM), dtype=np.float32)
        model = self._model if self._model is not None else self._load()
        # Embed each distinct text once: a story repeats many sentences word for word, and the
        # merge embeds some texts more than once (a claim for grouping and again for review).
        # A text's vector does not depend on the other texts of its batch (the mean is masked and
        # each row normalised alone), so a remembered row is the row a fresh batch would give; the
        # pipeline embeds each article's claims as its answer lands (merge.prepare), and the merge
        # after the last answer reads them from here.
        memo = self._memo
        rows: dict[str, Vectors] = {}
        missing: list[str] = []
        for text in dict.fromkeys(texts):
            row = memo.get(text)
            if row is None:
                missing.append(text)
            else:
                rows[text] = row
        if missing:
            rows.update(self._fresh(model, missing))
        out: Vectors = np.stack([rows[t] for t in texts])
        return out

    def remember(self, texts: Sequence[str]) -> None:
        """Embed, in one batch, those of ``texts`` not remembered yet, and remember them; no rows are returned.

        A finder that reads a story's sentences word by word has every word embedded at once (a few model calls
        rather than hundreds); when each answer's words were embedded as it landed (merge.prepare), stacking
        the thousands of remembered rows :meth:`embed` would return only to drop them took 8 ms on real news."""
        memo = self._memo
        missing = [text for text in dict.fromkeys(texts) if text not in memo]
        if missing:
            self._fresh(self._model if self._model is not None else self._load(), missing)

    def _fresh(self, model: StaticModel, missing: list[str]) -> zip[tuple[str, Vectors]]:
        fresh = normalize_rows(self._pooled(model, missing))
        memo = self._memo
        if len(memo) + len(missing) > MEMO_TEXTS:
            memo.clear()
        memo.update((t, row) for t, row in zip(missing, fresh, strict=True) if len(t) <= MEMO_CHARS)
        return zip(missing, fresh, strict=True)

    @staticmethod
    def _pooled(model: Any, texts: list[str]) -> NDArray[np.float32]:
        """Mean token vectors, the texts of one token count together, a bounded number of tokens at a time.

        wordllama pads a batch to its longest text and masks the padding: one run-on 100 kB "sentence" among 63
        short ones took 2.9 GB (a megabyte's would not fit in memory). Texts of one token count need no padding:
        their sums are the sums the padded batch makes (the masked padding only adds zeros after a text's own
        tokens), so every vector is bit-identical to wordllama's, 40% faster on a story's claims and words. A
        text longer than ``BATCH_CHARS`` is read in pieces cut at spaces, their means weighted by token count
        (the whole text's mean but for the few tokens at the cuts).
        """
        out = np.zeros((len(texts), model.embedding.shape[1]), dtype=np.float32)
        short = [k for k, text in enumerate(texts) if len(text) <= BATCH_CHARS]
        for k in sorted(set(range(len(texts))) - set(short)):
            out[k] = _long_mean(model, texts[k])
        rows = model.token_ids([texts[k] for k in short])
        by_count: dict[int, list[int]] = {}
        for k, row in zip(short, rows, strict=True):
            if row:
                by_count.setdefault(len(row), []).append(k)
        table, at_row = model.embedding, dict(zip(short, rows, strict=True))
        for count, ks in by_count.items():
            step = max(1, BATCH_TOKENS // count)
            for at in range(0, len(ks), step):
                part = ks[at : at + step]
                ids = np.array([at_row[k] for k in part], dtype=np.int32)
                np.clip(ids, 0, table.shape[0] - 1, out=ids)
                out[part] = np.sum(table[ids].astype(np.float32), axis=1, dtype=np.float32) / np.float32(count)
        return out


MEMO_TEXTS = 20_000  # remembered vectors (1 KB each); past this the memo starts again
MEMO_CHARS = 1_000  # sentences and claims are remembered, whole articles are not
MEMO_WORDS = 200_000  # words' token ids remembered by the model; past this it starts again
_WORD_PIECE = re.compile("▁*[^▁]+|▁+")  # a word with the spaces before it, or the spaces at the end
BATCH_TEXTS = 64  # wordllama's own batch size
BATCH_CHARS = 1 << 16  # characters of a text read whole: at most ~64k tokens (of digits and marks), ~64 MB of vectors
BATCH_TOKENS = 1 << 14  # tokens gathered at once for texts of one length (16 MB of vectors)


def _long_mean(model: Any, text: str) -> NDArray[np.float32]:
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = start + BATCH_CHARS // 4
        if end < len(text):
            space = text.rfind(" ", start + 1, end)
            end = space if space > start else end
        pieces.append(text[start:end])
        start = end
    total = np.zeros(model.embedding.shape[1], dtype=np.float64)
    count = 0
    for at in range(0, len(pieces), 4):
        group = pieces[at : at + 4]
        means = model.embed(group, norm=False, batch_size=len(group))
        sizes = [int(sum(encoding.attention_mask)) for encoding in model.tokenize(group)]
        total += (means.astype(np.float64) * np.asarray(sizes, dtype=np.float64)[:, None]).sum(axis=0)
        count += sum(sizes)
    return (total / max(count, 1)).astype(np.float32)


class StaticModel:
    """wordllama's dense inference (``WordLlamaInference.embed``, mean-pooled) on the files its wheel ships.

    Importing the ``wordllama`` package took 80-90 ms of CPU in every run (its download path pulls
    in requests, urllib3 and charset detection, its trainers and clustering come along, and its
    import reconfigures the host's logging) for a model that is a token table and a tokenizer. The
    table and the tokenizer are read from the files ``WordLlama.load`` reads, and a batch is embedded
    with the same operations in the same dtypes, so every vector is bit-identical to wordllama's
    (``tests/align/test_embedding.py`` compares them).
    """

    def __init__(self, table: NDArray[Any], tokenizer: Any) -> None:
        # Kept in the file's float16: each gathered batch of rows is widened to float32 (exactly, as the whole
        # table was), the same values in the same operations. Widening the whole 32,000-row table at load
        # took 90 ms of CPU (0.2 s of wall on a busy machine) and 32 MB, for the few thousand rows a run reads.
        self.embedding: NDArray[Any] = np.ascontiguousarray(table)
        self.tokenizer = tokenizer
        tokenizer.enable_padding()
        tokenizer.no_truncation()
        self._words: dict[str, list[int]] = {}  # a word ('▁' run, then the rest) -> its token ids
        self._special = tuple(str(t.content) for t in tokenizer.get_added_tokens_decoder().values())

    @classmethod
    def from_wheel(cls, config: str, dim: int) -> StaticModel:
        """The model ``config`` at ``dim`` dimensions, from the installed ``wordllama`` package's folder."""
        from safetensors import safe_open
        from tokenizers import Tokenizer

        spec = importlib.util.find_spec("wordllama")  # finds the folder without running the package
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError("the wordllama package (the shipped embedding model) is not installed")
        folder = Path(next(iter(spec.submodule_search_locations)))
        tokenizer = Tokenizer.from_file(str(folder / "tokenizers" / f"{config}_tokenizer_config.json"))
        with safe_open(str(folder / "weights" / f"{config}_{dim}.safetensors"), framework="np", device="cpu") as weights:
            table = weights.get_tensor("embedding.weight")
        return cls(table, tokenizer)

    def tokenize(self, texts: list[str]) -> list[Any]:
        return list(self.tokenizer.encode_batch(texts, is_pretokenized=False, add_special_tokens=False))

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        """The ids :meth:`tokenize` gives each text, put together from remembered words' ids.

        The tokenizer (a Llama BPE) reads a whole sentence as one piece: it writes a space as '▁',
        puts one before the text, and merges symbols by rank over the sentence, 0.1 ms per claim, by
        far the most of an embedding's time (thousands of texts a run, mostly the same words). No
        token of its vocabulary holds a '▁' after another character, so no merge crosses the start
        of a word: the ids of a sentence are the ids of its words ('▁' run, then the rest) one after
        the other, and each word is tokenized once (as the text it normalises from: itself but the
        '▁' the tokenizer puts first). A text the tokenizer reads apart before normalising (holding
        a special token's spelling, '<s>') or ending in a space (a word of '▁' alone) is tokenized whole.
        """
        words = self._words
        if len(words) > MEMO_WORDS:
            words.clear()
        pieces: list[list[str] | None] = []
        for text in texts:
            row = _WORD_PIECE.findall("▁" + text.replace(" ", "▁")) if text else []
            whole = bool(row and not row[-1].strip("▁")) or any(token in text for token in self._special)
            pieces.append(None if whole else row)
        missing = list(dict.fromkeys(p for row in pieces if row is not None for p in row if p not in words))
        if missing:
            encoded = self.tokenizer.encode_batch([p[1:] for p in missing], is_pretokenized=False, add_special_tokens=False)
            words.update((piece, e.ids[: sum(e.attention_mask)]) for piece, e in zip(missing, encoded, strict=True))
        return [[i for piece in row for i in words[piece]] if row is not None else self._whole(text)
                for text, row in zip(texts, pieces, strict=True)]

    def _whole(self, text: str) -> list[int]:
        encoded = self.tokenizer.encode(text, add_special_tokens=False)
        return list(encoded.ids[: sum(encoded.attention_mask)])

    def embed(self, texts: list[str], norm: bool = False, batch_size: int = BATCH_TEXTS) -> Vectors:
        """Mean token vectors (not normalised: ``norm`` is wordllama's flag, kept for its callers)."""
        if norm:
            raise ValueError("StaticModel.embed returns unnormalised means; normalise with normalize_rows")
        out = np.empty((len(texts), self.embedding.shape[1]), dtype=np.float32)
        for at in range(0, len(texts), batch_size):
            rows = self.token_ids(texts[at : at + batch_size])
            # Padded to the batch's longest with id 0 and masked, as the tokenizer's padding does.
            width = max(map(len, rows))
            ids = np.zeros((len(rows), width), dtype=np.int32)
            mask = np.zeros((len(rows), width), dtype=np.float32)
            for r, row in enumerate(rows):
                ids[r, : len(row)] = row
                mask[r, : len(row)] = 1.0
            np.clip(ids, 0, self.embedding.shape[0] - 1, out=ids)
            counts = np.maximum(mask.sum(axis=1, keepdims=True), 1.0).astype(np.float32)
            out[at : at + len(rows)] = np.sum(self.embedding[ids].astype(np.float32) * mask[..., np.newaxis], axis=1,
                                                 dtype=np.float32) / counts
        return out


_SHIPPED = WordLlamaEmbedder()
_current: Embedder = _SHIPPED


def default_embedder() -> Embedder:
    """The embedder in use: the shipped model unless :func:`use_embedder` plugged in another."""
    return _current


def shipped_embedder() -> WordLlamaEmbedder:
    return _SHIPPED


@contextmanager
def use_embedder(embedder: Embedder) -> Iterator[Embedder]:
    """Align with another model inside the block (its own thresholds may be needed)."""
    global _current
    previous, _current = _current, embedder
    try:
        yield embedder
    finally:
        _current = previous


def embed(texts: Sequence[str]) -> Vectors:
    """Unit vectors (rows) for ``texts`` from the embedder in use."""
    return default_embedder().embed(texts)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def word_alignment(a: str, b: str) -> float:
    """How well two texts' words pair up one to one: each word with its closest word on the other side,
    the two mean closenesses combined as an F1 (rounded like :func:`cosine`).

    A machine translation renders an original word by word ("tap" / "faucet", "tonight" / "this
    evening"), so its words pair up with the original's even where the sentence vectors, pulled by
    the translation's odd function words, drift apart; two different statements by one speaker share
    the topic's words but leave the rest unpaired.
    """
    words_a, words_b = [w.lower() for w in _WORD.findall(a)], [w.lower() for w in _WORD.findall(b)]
    if not words_a or not words_b:
        return 0.0
    closeness = embed(words_a) @ embed(words_b).T
    recall, precision = float(closeness.max(axis=1).mean()), float(closeness.max(axis=0).mean())
    return round(2 * recall * precision / (recall + precision), 4) if recall + precision > 0 else 0.0


def cosine(vectors: Vectors, i: int, j: int) -> float:
    """Rounded cosine of two rows: four decimals keep decisions stable across BLAS builds."""
    return round(float(np.dot(vectors[i], vectors[j])), 4)


REFERENCE_FILE = Path(__file__).with_name("reference_sentences.txt")


class Calibrated:
    """Another model's similarities put on the shipped model's scale, so one set of thresholds serves.

    Sentence encoders differ in where unrelated sentences land: the shipped static model puts two
    unrelated news sentences near cosine 0.03, a transformer encoder often near 0.8, which would make
    every threshold in :mod:`summarizer.align.thresholds` meaningless. Both models embed the same
    fixed set of unrelated reference sentences (``reference_sentences.txt``, written for this);
    the plugged model's vectors are centred on its reference mean (removing the direction every
    sentence shares) and its cosines mapped by ``s' = alpha + beta * s`` so that the median
    unrelated pair scores what it scores on the shipped model and identical texts still score 1.
    The map is done on the vectors (scaled rows plus one constant column), so every caller's dot
    products, clusters and hashing work unchanged. Where the centred model already scores unrelated
    pairs above the shipped one, only the centring applies (alpha would be negative).
    """

    def __init__(self, inner: Embedder, reference: Embedder | None = None) -> None:
        self.inner = inner
        self.name = inner.name
        self.reference = reference or _SHIPPED
        self._fit: tuple[NDArray[np.float32], float, float] | None = None

    def fit(self) -> tuple[NDArray[np.float32], float, float]:
        """(mean, alpha, beta), computed once from the reference sentences."""
        if self._fit is None:
            sentences = [s for s in REFERENCE_FILE.read_text(encoding="utf-8").splitlines() if s.strip()]
            upper = np.triu_indices(len(sentences), 1)
            shipped = self.reference.embed(sentences)
            target = float(np.median((shipped @ shipped.T)[upper]))
            raw = normalize_rows(self.inner.embed(sentences))
            mean = raw.mean(axis=0).astype(np.float32)
            centred = normalize_rows(raw - mean)
            baseline = float(np.median((centred @ centred.T)[upper]))
            beta = (1.0 - target) / (1.0 - baseline) if baseline < 1.0 else 1.0
            alpha = target - baseline * beta
            if alpha < 0:
                alpha, beta = 0.0, 1.0
            self._fit = (mean, alpha, beta)
        return self._fit

    def embed(self, texts: Sequence[str]) -> Vectors:
        mean, alpha, beta = self.fit()
        if not texts:
            return np.zeros((0, len(mean) + 1), dtype=np.float32)
        centred = normalize_rows(normalize_rows(self.inner.embed(texts)) - mean) * np.float32(math.sqrt(beta))
        column = np.full((len(texts), 1), math.sqrt(alpha), dtype=np.float32)
        out: Vectors = np.hstack([centred, column]).astype(np.float32)
        return out
