"""Figures that moved between earlier and later reports: a story developing, not sources disagreeing.

A containment figure of 0% at dawn and 15% by the afternoon briefing is two true reports at two
times. Each figure is placed at the time it holds for: a time the sentence ties to the report
("at a 3 p.m. briefing", "as of 6 a.m.") or else its source's publication time. When every value
sits in its own time slot, the slots follow each other, the values move one way (counts of the
dead or injured only grow: a lower later toll is a correction, not an update) and the later report
marks its figure as a state at a time ("now", "has risen to", "by 6 p.m."), the discrepancy becomes
an update; a later figure told as a plain past event is a rival account, not a later count. Two
different values in one slot (two outlets quoting one 9 a.m. briefing differently) stay a conflict;
where a source gives no time the order is unknown and the discrepancy stays, saying so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from summarizer.extract.offline.lexicon import ACCORDING_TO_RE, ATTRIBUTION_VERB_RE
from summarizer.merge.count_time import BRIEFINGS, PROGRESS, clock_of, marks_time, stated_time, whole_sentence
from summarizer.numbers import NUMBER, parse_number
from summarizer.schema import Article, Discrepancy, Position, Update, UpdateValue

_ONLY_GROWS = re.compile(r"\b(?:killed|injured|arrested|seized|dead|deaths)\b", re.IGNORECASE)
_VALUE = re.compile(r"(-?\d[\d,]*(?:\.\d+)?)(?:\s*(million|billion))?")


@dataclass(frozen=True, slots=True)
class _Slot:
    """When a position's values hold: from the earliest to the latest of its reports (None = unknown)."""

    start: datetime
    end: datetime
    shown: str  # how the time is written in the update: '15:00' or '2025-02-20'


def split_updates(discrepancies: Sequence[Discrepancy], articles: Sequence[Article]) -> tuple[list[Discrepancy], list[Update]]:
    """Number discrepancies whose values follow each other in time become updates; the rest stay."""
    by_id = {a.id: a for a in articles}
    kept: list[Discrepancy] = []
    updates: list[Update] = []
    for d in discrepancies:
        if d.kind != "number" or len(d.positions) < 2:
            kept.append(d)
            continue
        conflicts, update = _split(d, by_id)
        kept.extend(conflicts)
        if update is not None:
            updates.append(update)
    return kept, updates


def _split(d: Discrepancy, by_id: dict[str, Article]) -> tuple[list[Discrepancy], Update | None]:
    slots = [_slot(p, by_id) for p in d.positions]
    values = [_number(p.value) for p in d.positions]
    if any(v is None for v in values):
        return [d], None
    if _decimal_slip(d.positions):
        return [_noted(d, " The figures have the same digits with the decimal point moved: a misreading of one figure, "
                          "not a change.")], None
    told = _told_as_change(d, [v for v in values if v is not None], slots)
    if told is not None:
        return [], told
    known = [(s, p, v) for s, p, v in zip(slots, d.positions, values, strict=True) if s is not None]
    if len(known) < len(d.positions):
        if not known:  # a toll told differently by undated reports may have moved between them
            return [_noted(d, " No report gives a time, so whether this is an update is unknown.")], None
        missing = sorted({s for p, s0 in zip(d.positions, slots, strict=True) if s0 is None for s in p.sources})
        return [_noted(d, f" Whether this is an update is unknown: {', '.join(missing)} "
                          f"{'gives' if len(missing) == 1 else 'give'} no publication time, so the order is unknown.")], None
    runs = _runs(known)
    if len(runs) < 2:
        if len({(s.start, s.end) for s, _, _ in known}) == 1 and known[0][0].start == known[0][0].end:
            # Every report holds at one instant (one briefing): say so, and keep the example.
            _, sep, tail = d.summary.partition(" For example:")
            return [d.model_copy(update={"summary": _same_time_summary(runs[0]) + sep + tail})], None
        return [d], None
    levels = [[v for _, _, v in run if v is not None] for run in runs]
    rising = all(max(a) < min(b) for a, b in pairwise(levels))
    falling = all(min(a) > max(b) for a, b in pairwise(levels))
    if not (rising or (falling and not _ONLY_GROWS.search(d.subject))):
        return [d], None
    rival = _rival_counts(d, runs, by_id)
    if rival is not None:
        return [rival], None
    conflicts = [
        Discrepancy(
            subject=d.subject,
            kind=d.kind,
            summary=_same_time_summary(run),
            positions=[p for _, p, _ in run],
        )
        for run in runs
        if len(run) > 1
    ]
    series = [UpdateValue(value=p.value, sources=p.sources, time=_iso(s), evidence=p.evidence) for run in runs for s, p, _ in run]
    verb = "rose" if rising else "fell"
    # Values given at one time by different outlets are one step, shown as the conflict they are.
    steps = " to ".join(
        f"{run[0][1].value} at {run[0][0].shown} ({', '.join(run[0][1].sources)})" if len(run) == 1
        else " or ".join(f"{p.value} ({', '.join(p.sources)})" for _, p, _ in run) + f" at {run[0][0].shown}"
        for run in runs)
    update = Update(subject=d.subject, summary=f"{d.subject} {verb} as the day's reports came in: from {steps}.", values=series)
    return conflicts, update


def _rival_counts(d: Discrepancy, runs: list[list[tuple[_Slot, Position, float | None]]],
                  by_id: dict[str, Article]) -> Discrepancy | None:
    """The discrepancy kept as a conflict when no later figure reads as a state at a later time."""
    later = [p for run in runs[1:] for _, p, _ in run]
    one_day = len({s.start.date() for run in runs for s, _, _ in run}) == 1
    if any(marks_time(whole_sentence(span, by_id.get(span.source)), by_id.get(span.source), one_day)
           for p in later for span in p.evidence):
        return None
    if _ONLY_GROWS.search(d.subject) and len({p.value for p in later}) == 1 and len({s for p in later for s in p.sources}) >= 2:
        # A toll every later report gives alike, two or more of them: the count rose as the news came in ('eleven
        # taken to hospital' at 17:30, 'fourteen' at 19:40 and the next morning), not one outlet's rival figure (a
        # lone later 'five were hurt' against everyone's three stays a conflict).
        return None
    # A later figure never read as a state at a time ("now", "has risen to", "by 3 p.m."; on one day, the present
    # tense) is a rival report, not a tally moving: "Twelve fire engines were sent" at 10:40 and a blogger's "I
    # counted 19 fire engines" at 13:30 tell one night two ways. The later figure must read so: "the airline now
    # estimates 20 million" a day before another outlet's 12 million is a revision that outlet did not follow.
    return d if not one_day else _noted(d, " The later figure is not told as a later state (no 'now', 'so far' or "
                                           "time of the count), so this is no update.")


# "18 patients, up from 11 this morning": the sentence gives the other figure as the one before it.
_FROM = re.compile(
    rf"\b(?:up|down|rising|falling|rose|risen|fell|fallen|climbed|climbing|increased|jumped|grew|grown|dropped|higher|lower)"
    rf"\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?(?P<num>{NUMBER})",
    re.IGNORECASE,
)


def _told_as_change(d: Discrepancy, values: list[float], slots: list[_Slot | None]) -> Update | None:
    """An update when one position's own sentence gives every other position's figure as its earlier
    value ("Eighteen cases, up from 11 this morning"): that source tells the change, so the figures are
    two readings at two times even where no report says when it was written.
    """
    if len(values) != len(d.positions):
        return None
    for index, position in enumerate(d.positions):
        earlier = {
            v
            for span in position.evidence
            for found in _FROM.finditer(span.text)
            if (v := parse_number(found.group("num"), grouped_dots=True)) is not None
        }
        others = [k for k in range(len(values)) if k != index]
        if not earlier or not all(any(abs(values[k] - e) <= 0.005 * max(abs(e), 1.0) for e in earlier) for k in others):
            continue
        before = sorted(others, key=lambda k: values[k])
        rising = all(values[k] < values[index] for k in before)
        if not rising and not all(values[k] > values[index] for k in before):
            return None
        order = [*(before if rising else before[::-1]), index]
        steps = " to ".join(f"{d.positions[k].value} ({', '.join(d.positions[k].sources)})" for k in order)
        said = ", ".join(position.sources)
        return Update(
            subject=d.subject,
            summary=f"{d.subject} {'rose' if rising else 'fell'} from {steps}: {said} gives the earlier figure itself.",
            values=[UpdateValue(value=d.positions[k].value, sources=d.positions[k].sources,
                                time=_iso(slot) if (slot := slots[k]) is not None else None, evidence=d.positions[k].evidence)
                    for k in order],
        )
    return None


_DIGITS = re.compile(r"\d[\d.,]*")


def _significand(value: str) -> tuple[str, bool] | None:
    """The digits of a figure without separators or trailing zeros, and whether it has a decimal mark
    ('1.2 million' -> ('12', True), '12 million' -> ('12', False), '1,200' -> ('12', False))."""
    found = _DIGITS.search(value)
    if found is None:
        return None
    text = found.group().rstrip(".,")
    decimal = bool(re.search(r"[.,]\d{1,2}$", text))  # '1.2', '1,2'; '1,200' is a thousands group
    return text.replace(".", "").replace(",", "").strip("0") or "0", decimal


def _decimal_slip(positions: Sequence[Position]) -> bool:
    """Two values written with the same digits, one with a decimal mark, ten or more times apart:
    '1.2 million' against '12 million' (a translation's '1,2 million' read as twelve, or a slip of
    the keyboard) is one figure misread, never a story moving; a real rise does not keep the digits."""
    read = [(_significand(p.value), _number(p.value)) for p in positions]
    for (a, va), (b, vb) in ((x, y) for i, x in enumerate(read) for y in read[i + 1 :]):
        if a is None or b is None or va is None or vb is None or a[0] != b[0] or not (a[1] or b[1]) or min(va, vb) <= 0:
            continue
        if max(va, vb) / min(va, vb) >= 9.99:
            return True
    return False


def _runs(known: list[tuple[_Slot, Position, float | None]]) -> list[list[tuple[_Slot, Position, float | None]]]:
    """Positions in time order, those whose times overlap in one run: different values in a run are a
    real conflict."""
    runs: list[list[tuple[_Slot, Position, float | None]]] = []
    for entry in sorted(known, key=lambda k: (k[0].start, k[0].end)):
        if runs and entry[0].start <= max(e[0].end for e in runs[-1]):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs


def _noted(d: Discrepancy, note: str) -> Discrepancy:
    """The discrepancy with ``note`` after its summary's first sentence, before its example."""
    head, sep, tail = d.summary.partition(" For example:")
    return d.model_copy(update={"summary": head + note + sep + tail})


def _same_time_summary(run: list[tuple[_Slot, Position, float | None]]) -> str:
    listing = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for _, p, _ in run)
    return f"Sources give different figures for the same time ({run[0][0].shown}): {listing}."


def _number(value: str) -> float | None:
    match = _VALUE.search(value)
    if match is None:
        return None
    number = float(match.group(1).replace(",", ""))
    scale = {"million": 1e6, "billion": 1e9}.get((match.group(2) or "").lower(), 1.0)
    return number * scale


def _slot(position: Position, by_id: dict[str, Article]) -> _Slot | None:
    """The span of times a position's reports hold for; None when one of them has no date at all."""
    points: list[tuple[datetime, datetime, str]] = []
    spans = position.evidence or []
    texts = {s.source: [] for s in spans}  # type: dict[str, list[str]]
    for span in spans:
        texts[span.source].append(span.text)
    for source in position.sources:
        article = by_id.get(source)
        if article is None:
            return None
        stated = [t for text in texts.get(source, []) if (t := stated_time(text)) is not None]
        if not stated:
            stated = _briefing_of_article(texts.get(source, []), article.text)
        # An undated report quoting "the 9 a.m. briefing" of a story all other sources date to one day.
        dated = article.published or (_today(by_id) if stated else None)
        if dated is None:
            if len(position.sources) > 1:
                continue  # an undated blog repeating the figure the position's dated reports give at their times
            return None
        points.extend(_report_times(dated, stated, _clock(article.published_time)))
    if not points:
        return None
    instants = [p for p in points if p[0] == p[1]]
    if instants:
        # A report giving the same figure with only a day (a blog with no time) repeats what the timed
        # reports said; its whole day would make the figure seem to hold from dawn to midnight.
        points = instants
    start = min(p[0] for p in points)
    end = max(p[1] for p in points)
    shown = min(points)[2]
    if ":" in shown and start.date() != _today(by_id):
        shown = f"{start.date().isoformat()} {shown}"
    return _Slot(start, end, shown)


_ATTRIBUTED = re.compile(rf"\b(?:{ATTRIBUTION_VERB_RE}|{ACCORDING_TO_RE})\b", re.IGNORECASE)


def _briefing_of_article(texts: list[str], article_text: str) -> list[time]:
    """The one briefing an article reports from, for a figure it attributes without saying when.

    A wire's lead gives the count ("14 were hurt, the coastguard said") and its second paragraph the
    occasion ("..., the station commander said at a briefing at 10 a.m."): the count holds at that
    briefing, not at the wire's publication time. Only when the article names exactly one briefing
    time, and the figure's sentence is attributed and does not read as a later state ("now", "by
    evening"), which would be a tally after the briefing.
    """
    if not texts or not all(_ATTRIBUTED.search(text) and not PROGRESS.search(text) for text in texts):
        return []
    clocks = {c for pattern in BRIEFINGS for m in pattern.finditer(article_text) if (c := clock_of(m)) is not None}
    return list(clocks) if len(clocks) == 1 else []


def _report_times(dated: date, stated: list[time], published: time | None) -> list[tuple[datetime, datetime, str]]:
    """When one report's figure holds: the times it states, else its publication time, else its whole day."""
    if stated:
        points = []
        for clock in stated:
            day = dated
            if published is not None and clock > published:
                day = day - timedelta(days=1)  # "as of 9 p.m." in a 6 a.m. story is last night
            at = datetime.combine(day, clock)
            points.append((at, at, at.strftime("%H:%M")))
        return points
    if published is not None:
        at = datetime.combine(dated, published)
        return [(at, at, at.strftime("%H:%M"))]
    day0 = datetime.combine(dated, time(0, 0))
    return [(day0, day0 + timedelta(hours=23, minutes=59), dated.isoformat())]


def _today(by_id: dict[str, Article]) -> date | None:
    """The one publication day every source shares, if any: then times alone say when."""
    days = {a.published for a in by_id.values() if a.published is not None}
    return next(iter(days)) if len(days) == 1 else None


def _iso(slot: _Slot) -> str:
    if slot.start == slot.end:
        return slot.start.isoformat(timespec="minutes")
    return slot.start.date().isoformat()


def _clock(value: str | None) -> time | None:
    if not value:
        return None
    try:
        return time.fromisoformat(value)
    except ValueError:
        return None
