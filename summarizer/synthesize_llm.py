"""Headline and overview written by the model, with every citation checked against the briefing.

The model sees only the merged key points (with their source ids) and the disagreements, never the
raw articles, and must cite per sentence. :func:`summarizer.synthesize.check_citations` then keeps
a citation only where that source's material supports the sentence; a sentence left with none is
dropped. If the call fails, the extractive headline and overview stay and a warning says why.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from pathlib import Path
from typing import Protocol, TypeVar

from pydantic import BaseModel, Field, field_validator

from summarizer.consistency import headline_supported, prepare_supports
from summarizer.errors import SummarizerError
from summarizer.prompts import fence_for, render
from summarizer.schema import Briefing, Notice, Usage
from summarizer.synthesize import check_citations, verify_sentences

SYSTEM_TEMPLATE = "synthesize_system.j2"
USER_TEMPLATE = "synthesize_user.j2"
MAX_POINTS = 12
T = TypeVar("T", bound=BaseModel)


class OverviewSentence(BaseModel):
    text: str = Field(description="One sentence of the overview.")
    sources: list[str] = Field(description="Ids of the sources whose key points support it, e.g. ['S1', 'S3'].")

    @field_validator("sources")
    @classmethod
    def _ids(cls, value: list[str]) -> list[str]:
        bad = [v for v in value if not re.fullmatch(r"S\d+", v.strip())]
        if bad:
            raise ValueError(f"source ids look like S1, S2; got {bad}")
        return [v.strip() for v in value]


class Synthesis(BaseModel):
    """Headline and cited overview of a multi-source briefing."""

    headline: str = Field(description="At most 14 words.")
    overview: list[OverviewSentence]


# One try and one re-ask: past that the extractive overview is shown at once, with a warning,
# instead of holding the briefing for more sequential round trips.
ATTEMPTS = 2


class StructuredClient(Protocol):
    async def complete(self, messages: list[dict[str, str]], response_model: type[T], label: str,
                       attempts: int | None = None) -> tuple[T, Usage]: ...


def synthesis_messages(briefing: Briefing, prompt_dir: Path | None = None) -> list[dict[str, str]]:
    points = briefing.key_points[:MAX_POINTS]
    disagreements = [
        f"{d.subject}: " + "; ".join(f"{p.value} [{', '.join(p.sources)}]" for p in d.positions)
        for d in briefing.discrepancies
    ]
    body = "\n".join(p.text for p in points) + "\n".join(disagreements)
    fence = fence_for(body)
    return [
        {"role": "system", "content": render(SYSTEM_TEMPLATE, prompt_dir, fence=fence)},
        {"role": "user", "content": render(USER_TEMPLATE, prompt_dir, fence=fence, points=points, disagreements=disagreements)},
    ]


def _prepare_checks(briefing: Briefing) -> None:
    """What checking the answer needs from the briefing alone, made (in a thread) while the answer is awaited.

    The citation check's token sets of everything each source is on record for, and the vectors of
    the key points the headline and overview sentences are held to: on 48 real articles (840 key
    points) that was 0.1 s of CPU after the answer. Both are remembered, so the checks decide as before.
    """
    check_citations([], briefing)  # fills the token memo with every text a citation can rest on
    prepare_supports([p.text for p in briefing.key_points])


def _supported_sentences(result: Synthesis, briefing: Briefing) -> tuple[list[tuple[str, list[str]]], list[Notice]]:
    """Overview sentences whose names, figures and meaning some key point of their cited sources states."""
    kept: list[tuple[str, list[str]]] = []
    warnings: list[Notice] = []
    # Each point's sources as a set once, not once per sentence: on 48 real articles (860 key points) rebuilding
    # them for every overview sentence took 10-40 ms after the synthesis answer, before the briefing was written.
    points = [(p.text, frozenset(p.sources)) for p in briefing.key_points]
    for sentence in result.overview:
        cited = set(sentence.sources)
        why = headline_supported(sentence.text, [text for text, sources in points if not cited.isdisjoint(sources)])
        if why:
            warnings.append(Notice(kind="synthesis", message=f"overview: sentence dropped ({why}): {sentence.text[:120]}"))
        else:
            kept.append((sentence.text, sentence.sources))
    return kept, warnings


async def synthesize_with_model(
    briefing: Briefing, client: StructuredClient, prompt_dir: Path | None = None
) -> tuple[Briefing, Usage]:
    """Replace the extractive headline/overview with a checked model-written one where it holds up."""
    if not briefing.key_points:
        return briefing, Usage()
    request = asyncio.ensure_future(client.complete(synthesis_messages(briefing, prompt_dir), Synthesis,
                                                    label="synthesis", attempts=ATTEMPTS))
    preparing = asyncio.ensure_future(asyncio.to_thread(_prepare_checks, briefing))
    preparing.add_done_callback(lambda done: done.cancelled() or done.exception())  # never an unread error
    try:
        result, usage = await request
    except SummarizerError as exc:
        spent = getattr(exc, "usage", None)
        warning = Notice(kind="synthesis", message=f"synthesis by the model failed ({exc}); the extractive overview is shown")
        return briefing.model_copy(update={"warnings": [*briefing.warnings, warning]}), (
            spent if isinstance(spent, Usage) else Usage())
    with contextlib.suppress(Exception):  # only a head start; the checks below do their own work
        await preparing
    sentences, warnings = _supported_sentences(result, briefing)
    overview, verified = verify_sentences(sentences, briefing)
    warnings += verified
    if not overview:
        warnings.append(Notice(kind="synthesis",
                               message="overview: no model-written sentence was supported; the extractive overview is shown"))
        return briefing.model_copy(update={"warnings": [*briefing.warnings, *warnings]}), usage
    headline = result.headline.strip() or briefing.headline
    why = headline_supported(headline, [p.text for p in briefing.key_points]) if headline != briefing.headline else None
    if why:
        # An obeyed injection shows here first: the headline is what people read.
        warnings.append(Notice(kind="synthesis", message=f"headline: the model's headline was not used ({why}): {headline[:120]}"))
        headline = briefing.headline
    return briefing.model_copy(update={
        "headline": headline, "overview": overview, "warnings": [*briefing.warnings, *warnings],
    }), usage
