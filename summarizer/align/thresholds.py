"""Every similarity threshold the aligner uses, named and in one place.

Scores are cosines between unit vectors of the shipped static embedding (wordllama
``l2_supercat``, 256 dimensions), rounded to four decimals so that a last-bit difference in the
matrix product never flips a decision. The values were chosen on data: the pair precision/recall
curves over the dev stories' gold facts and quotes and a hand-checked sample of the
``news_clusters`` pairs (see ``bench/eval_align.py``, which prints the curves again). A plugged-in
embedder with another score scale needs its own values: pass them explicitly.
"""

from __future__ import annotations

SAME_CLAIM = 0.65
"""Two claims from different sources state one fact (paraphrase, reordering, synonyms)."""

SAME_QUOTE = 0.60
"""Two quotations by one speaker (or one side anonymous) are one statement: a rewording or a translation."""

SAME_EVENT = 0.80
"""Two dated events are one happening, on top of the timeline's own date and turn rules."""

SAME_CONTEXT = 0.75
"""Two mentions of a name are one entity: the sentences they sit in are about the same thing."""

REPEAT = 0.95
"""A source may put a second member in a cluster only when it repeats itself this closely."""

CENTROID_SLACK = 0.05
"""A joining member must reach the cluster's centroid within this of the pair threshold (no chaining)."""
