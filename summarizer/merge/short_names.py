"""A name's short form read as the name: "Seven of them ended up in Kelbury General" is the hospital.

Outlets shorten a place or body they all name ("Kelbury General Hospital" -> "Kelbury General"), and the
word they drop can be the one that says what a figure counts: people sent to a hospital are the injured.
Where a run of capitalised words (two or more) is, elsewhere in the story, the start of exactly one longer
name, a claim's figures are read with the longer name in its place; the claim's text and spans stay as
written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.merge._text import CAPITALISED_RUN
from summarizer.merge.claims import ClaimItem, _vague
from summarizer.merge.numbers import claim_quantities, resolved


def with_full_names(items: Sequence[ClaimItem]) -> list[ClaimItem]:
    """The items, those naming a shortened name re-read for their figures (see the module docstring)."""
    runs = {m.group(0) for item in items for m in CAPITALISED_RUN.finditer(item.claim.text)}
    longer: dict[str, set[str]] = {}
    for run in runs:
        words = run.split()
        for cut in range(2, len(words)):
            longer.setdefault(" ".join(words[:cut]), set()).add(" ".join(words[: cut + 1]))
    full = {short: next(iter(names)) for short, names in longer.items() if len(names) == 1 and short in runs}
    if not full:
        return list(items)
    out: list[ClaimItem] = []
    for item in items:
        text = item.claim.text
        shortened = [m.group(0) for m in CAPITALISED_RUN.finditer(text) if m.group(0) in full]
        if not shortened:
            out.append(item)
            continue
        for name in shortened:
            text = re.sub(rf"\b{re.escape(name)}\b(?!\s+[A-Z])", full[name], text)
        read = item.claim.model_copy(update={"text": text})
        figures = tuple(q for q in resolved(claim_quantities(read)) if q.unit is not None and not _vague(q))
        out.append(replace(item, figures=figures) if figures != item.figures else item)
    return out
