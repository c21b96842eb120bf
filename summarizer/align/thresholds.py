"""Every similarity threshold the aligner uses, named and in one place.

Scores are cosines between unit vectors of the shipped static embedding (wordllama
``l2_supercat``, 256 dimensions), rounded to four decimals so that a last-bit difference in the
matrix product never flips a decision. The values were chosen on data: the pair precision/recall
curves over the dev stories' gold facts and quotes and a hand-checked sample of the
``news_clusters`` pairs (see ``bench/eval_align.py``, which prints the curves again). A plugged-in
embedder with another score scale needs its own values: pass them explicitly.
"""

from __future__ import annotations

SAME_CLAIM = 0.60
"""Two claims from different sources state one fact (paraphrase, reordering, synonyms)..."""

SHARED_WORDS = 0.15
"""... when they also share this much idf-weighted wording (the ledger's dice; 0.4 alone suffices)."""

SAME_ACT = 0.85
"""Two claims naming different acts ('resigned' / 'was appointed') are one fact only this close."""

SAME_QUOTE = 0.60
"""Two quotations by one speaker (or one side anonymous) are one statement: a rewording or a translation."""

SAME_EVENT = 0.75
"""Two dated events are one happening, on top of the timeline's own date and turn rules."""

SAME_CONTEXT = 0.75
"""Two mentions of a name are one entity: the sentences they sit in are about the same thing."""

REPEAT = 0.95
"""A source may put a second member in a cluster only when it repeats itself this closely."""

CENTROID_SLACK = 0.05
"""A joining member must reach the cluster's centroid within this of the pair threshold (no chaining)."""

CLAIM_SUPPORTED = 0.40
"""A claim's wording says what its evidence sentence says (grounding); below it, the evidence is shown instead.

Scored by :func:`summarizer.consistency.meaning_similarity` (names and figures left out: they are checked
on their own). Chosen on ``tests/fixtures/consistency.json`` (20 faithful paraphrases, 20 invented
claims paired with a real unrelated sentence, all written by us): unfaithful pairs score at most
0.35, faithful ones at least 0.51 but for one (0.13, a paraphrase sharing no content word); 0.40
sits in the gap, keeping 19/20 faithful and replacing 20/20 unfaithful. A wrong replacement only
shows the evidence sentence instead of the paraphrase."""

EVENT_SUPPORTED = 0.20
"""An event's short label ("The strike began.") says what part of its evidence sentence says.

Lower than :data:`CLAIM_SUPPORTED` because a label names one clause of a long sentence and the
merger matches events across sources by that label: replacing it with the whole sentence loses the
match (the dev story's two start dates stopped being compared at 0.40, where the label scored 0.35).
On the same fixture pairs, 0.20 keeps 19/20 faithful and replaces 18/20 unfaithful."""

RESTATED = 0.80
"""An overview sentence restates one already written (prose, so a looser bar than the ledger's)."""
