"""Semantic alignment across sources: which statements in different articles say the same thing.

The merger (claims, quotes, timeline events, entity contexts) and the discrepancy finders use
this one package, so "same fact" means one thing everywhere. The API:

* :func:`embed` (``texts -> unit vectors``, one row per text): the shipped wordllama model by
  default, loaded once and lazily from the installed wheel, never from the network; another model
  plugs in with :func:`use_embedder`.
* :func:`align` clusters texts across sources: cosine over the embeddings, hard constraints the
  embedding misses (a different number, negation or modality keeps two apart), at most one
  member per source unless it repeats itself, and an optional caller veto. Deterministic, near
  linear (candidates by locality-sensitive hashing).
* :func:`relation` tells, for two texts and their similarity, whether they are the SAME fact, a
  CONFLICT (close in meaning but differing on a number, negation or modality: a discrepancy
  candidate) or DIFFERENT; :func:`signature` / :func:`differs` are its parts.
* :func:`representative` picks a cluster's most central member.
* :mod:`summarizer.align.thresholds` holds every threshold, named, chosen on data.

Example::

    from summarizer.align import embed, align, relation, thresholds
    vecs = embed(texts)
    clusters = align(texts, sources, threshold=thresholds.SAME_CLAIM, vectors=vecs)
"""

from summarizer.align import thresholds
from summarizer.align.cluster import align, lsh_codes, lsh_keys, representative
from summarizer.align.constraints import Relation, Signature, differences, differs, relation, signature
from summarizer.align.embedding import (
    Calibrated,
    Embedder,
    Vectors,
    WordLlamaEmbedder,
    cosine,
    default_embedder,
    embed,
    normalize_rows,
    shipped_embedder,
    use_embedder,
    word_alignment,
)

__all__ = [
    "Calibrated",
    "Embedder",
    "Relation",
    "Signature",
    "Vectors",
    "WordLlamaEmbedder",
    "align",
    "cosine",
    "default_embedder",
    "differences",
    "differs",
    "embed",
    "lsh_codes",
    "lsh_keys",
    "normalize_rows",
    "relation",
    "representative",
    "shipped_embedder",
    "signature",
    "thresholds",
    "use_embedder",
    "word_alignment",
]
