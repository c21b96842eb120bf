"""One model call after merging that reviews the disagreements the rules found (LLM mode only).

The rules decide what is shown: a listed discrepancy rests on grounded evidence that the sources
state different values, and an update on reports whose times order the values, so a model saying
"same fact" about a real conflict, or inventing a conflict out of an update, cannot remove or
add anything; it only leaves a warning for the editor. What the model adds is the one-line summary
of a real conflict, used only when it cites nothing but that item's own sources and at least two of
its positions. Pairs of grounded claims the rules could not classify (close in meaning, differing on
a figure, a negation or a modal; at most ``MAX_PAIRS``) are asked about too: there the model's
verdict is all there is, so one it calls a conflict, with such a summary, is listed. The call goes
through the extractor's structured client: cached, priced, counted in ``usage`` and held to
``--max-cost``; if it fails, the rule-based result stays with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, TypeVar

from pydantic import BaseModel, Field

from summarizer.errors import SummarizerError
from summarizer.merge._text import shortened
from summarizer.merge.candidates import MAX_PAIRS, REVIEW_POINTS, ClaimPair
from summarizer.merge.rejoin import join_points
from summarizer.prompts import fence_for, render
from summarizer.schema import Briefing, Discrepancy, DiscrepancyKind, KeyPoint, Notice, Position, Update, Usage

SYSTEM_TEMPLATE = "adjudicate_system.j2"
USER_TEMPLATE = "adjudicate_user.j2"
MAX_ITEMS = 30  # bounded: past this the briefing keeps the rules' wording without review
ATTEMPTS = 2
T = TypeVar("T", bound=BaseModel)


class Verdict(BaseModel):
    item: int = Field(description="The item's number as listed.")
    verdict: Literal["same", "conflict", "update", "unrelated"]
    kind: DiscrepancyKind | None = Field(default=None, description="For a conflict: number, date, title, account or attribution.")
    summary: str = Field(default="", description="For a conflict: one line saying who says what, citing [S1], [S2].")
    sources: list[str] = Field(default_factory=list, description="Ids the summary cites.")


class Adjudication(BaseModel):
    """Verdicts on the disagreements found between news reports, and key points that state one fact."""

    verdicts: list[Verdict]
    same_points: list[list[int]] = Field(
        default_factory=list, description="Groups of key point numbers (P1 = 1) that state one fact in different words.")


class StructuredClient(Protocol):
    async def complete(self, messages: list[dict[str, str]], response_model: type[T], label: str,
                       attempts: int | None = None) -> tuple[T, Usage]: ...


def _items(briefing: Briefing, pairs: Sequence[ClaimPair] = ()) -> list[tuple[str, Discrepancy | Update]]:
    found: list[tuple[str, Discrepancy | Update]] = [("conflict", d) for d in briefing.discrepancies]
    found += [("update", u) for u in briefing.updates]
    return found[:MAX_ITEMS] + [("unclassified pair", _as_candidate(p)) for p in pairs[:MAX_PAIRS]]


def _as_candidate(pair: ClaimPair) -> Discrepancy:
    """A pair as a discrepancy would show it: each claim's words, its source and its grounded span."""
    return Discrepancy(
        subject=f"Reported differently: {shortened(pair.a_text, 90)}",
        kind="account",
        summary="",
        positions=[Position(value=pair.a_text, sources=[pair.a.source], evidence=[pair.a]),
                   Position(value=pair.b_text, sources=[pair.b.source], evidence=[pair.b])],
    )



def _positions(entry: Discrepancy | Update) -> list[Position]:
    if isinstance(entry, Discrepancy):
        return entry.positions
    return [Position(value=f"{v.value} at {v.time or 'an unknown time'}", sources=v.sources, evidence=v.evidence) for v in entry.values]


def _points(briefing: Briefing) -> list[KeyPoint]:
    """The key points offered for joining: the first REVIEW_POINTS, when two or more."""
    points = briefing.key_points[:REVIEW_POINTS]
    return points if len(points) >= 2 else []


def adjudication_messages(briefing: Briefing, prompt_dir: Path | None = None,
                          pairs: Sequence[ClaimPair] = ()) -> list[dict[str, str]]:
    items = [
        {"number": n, "found": found, "subject": entry.subject, "positions": _positions(entry)}
        for n, (found, entry) in enumerate(_items(briefing, pairs), start=1)
    ]
    points = [{"number": n, "text": p.text, "sources": p.sources} for n, p in enumerate(_points(briefing), start=1)]
    body = "\n".join([*(e.text for item in items for p in item["positions"] for e in p.evidence),  # type: ignore[attr-defined]
                      *(p.text for p in briefing.key_points[:REVIEW_POINTS])])
    fence = fence_for(body)
    return [
        {"role": "system", "content": render(SYSTEM_TEMPLATE, prompt_dir, fence=fence)},
        {"role": "user", "content": render(USER_TEMPLATE, prompt_dir, fence=fence, items=items, points=points)},
    ]


def _cited_ok(verdict: Verdict, entry: Discrepancy) -> bool:
    """The summary cites only this item's sources, and sources of at least two of its positions."""
    cited = set(verdict.sources) | set(re.findall(r"\bS\d+\b", verdict.summary))
    own = {s for p in entry.positions for s in p.sources}
    sides = sum(1 for p in entry.positions if cited & set(p.sources))
    return bool(cited) and cited <= own and sides >= 2 and len(verdict.summary) <= 300


async def adjudicate_with_model(
    briefing: Briefing, client: StructuredClient, prompt_dir: Path | None = None, pairs: Sequence[ClaimPair] = ()
) -> tuple[Briefing, Usage]:
    """The briefing with checked model summaries on real conflicts, and warnings where the model dissents.

    ``pairs`` are grounded claim pairs the rules could not classify: one the model calls a conflict,
    with a summary citing both claims' sources and no other, is listed with the model's kind and
    summary and the claims' own spans as evidence; any other verdict on a pair adds nothing.
    """
    items = _items(briefing, pairs)
    if not items and not _points(briefing):
        return briefing, Usage()
    try:
        result, usage = await client.complete(adjudication_messages(briefing, prompt_dir, pairs), Adjudication,
                                              label="adjudication", attempts=ATTEMPTS)
    except SummarizerError as exc:
        spent = getattr(exc, "usage", None)
        warning = Notice(kind="adjudication", message=f"adjudication by the model failed ({exc}); the rule-based disagreements are shown")
        return briefing.model_copy(update={"warnings": [*briefing.warnings, warning]}), (
            spent if isinstance(spent, Usage) else Usage())
    reading = _Reading()
    for verdict in result.verdicts:
        reading.read(verdict, items)
    discrepancies = [d.model_copy(update={"summary": reading.summaries[i]}) if i in reading.summaries else d
                     for i, d in enumerate(briefing.discrepancies)] + reading.added
    briefing = briefing.model_copy(update={"discrepancies": discrepancies})
    offered = len(_points(briefing))
    rejoined = join_points(briefing, [[n - 1 for n in group if 1 <= n <= offered] for group in result.same_points])
    notes = [_note(f"{reason}") for reason in rejoined.refused]
    if rejoined.joined:
        notes.append(_note(f"{rejoined.joined} key point(s) restating another were joined to it, their sources and "
                           "evidence kept"))
    return rejoined.briefing.model_copy(update={"warnings": [*briefing.warnings, *reading.warnings, *notes]}), usage


@dataclass
class _Reading:
    """What the verdicts change: summaries of listed conflicts, pairs added as conflicts, and warnings
    where the model dissents from the rules (which stand)."""

    warnings: list[Notice] = field(default_factory=list)
    summaries: dict[int, str] = field(default_factory=dict)
    added: list[Discrepancy] = field(default_factory=list)

    def read(self, verdict: Verdict, items: Sequence[tuple[str, Discrepancy | Update]]) -> None:
        if not 1 <= verdict.item <= len(items):
            self.warnings.append(_note(f"a verdict on item {verdict.item}, which was not asked about, was ignored"))
            return
        found, entry = items[verdict.item - 1]
        if found == "update":
            if verdict.verdict == "conflict":
                self.warnings.append(_note(f"the model called the update “{entry.subject}” a conflict; it stays an "
                                           "update because the reports' times order its values"))
            return
        assert isinstance(entry, Discrepancy)
        if found == "unclassified pair":
            self._pair(verdict, entry)
        else:
            self._listed(verdict, entry)

    def _pair(self, verdict: Verdict, entry: Discrepancy) -> None:
        if verdict.verdict != "conflict" or any(a.positions == entry.positions for a in self.added):
            return
        if verdict.summary.strip() and _cited_ok(verdict, entry):
            self.added.append(entry.model_copy(update={"kind": verdict.kind or "account", "summary": verdict.summary.strip()}))
        else:
            self.warnings.append(_note(f"the model called “{entry.subject}” a conflict without a summary citing both of "
                                       "its sources and no other; it is not listed"))

    def _listed(self, verdict: Verdict, entry: Discrepancy) -> None:
        if verdict.verdict != "conflict":
            self.warnings.append(_note(f"the model called “{entry.subject}” {verdict.verdict}; it stays listed because "
                                       "the sources' grounded words differ"))
        elif verdict.summary.strip() and _cited_ok(verdict, entry):
            self.summaries[verdict.item - 1] = verdict.summary.strip()
        elif verdict.summary.strip():
            self.warnings.append(_note(f"the model's summary of “{entry.subject}” cites sources outside it; "
                                       "the rule-based summary is shown"))


def _note(message: str) -> Notice:
    return Notice(kind="adjudication", message=f"adjudication: {message}")
