"""What both extraction paths must find in the fictional test story (tests/data/story).

The five reports plant conflicts on purpose (see tests/data/story); the merger must surface each
with the right sides and sources, and nothing else.
"""

from __future__ import annotations

from pathlib import Path

from summarizer.schema import Briefing, KeyPoint

STORY = Path(__file__).resolve().parents[1] / "data" / "story"

# (kind, frozenset of (value, sources)) for every discrepancy but the account one, whose positions
# are whole sentences and are checked separately.
EXPECTED = {
    ("number", frozenset({("about 1,200 workers", ("S1", "S2")), ("about 1,500 workers", ("S3",))})),
    ("number", frozenset({("9 days", ("S1", "S2")), ("10 days", ("S3",))})),
    ("number", frozenset({("12 ships", ("S1", "S2", "S3")), ("9 ships", ("S4",))})),
    ("number", frozenset({("40 million velors", ("S1", "S2", "S5")), ("55 million velors", ("S5",))})),
    ("date", frozenset({("2025-02-22", ("S1", "S2")), ("2025-02-21", ("S3",))})),
    ("title", frozenset({("Finance Minister", ("S1", "S2", "S4", "S5")), ("Deputy Minister of Finance", ("S3",))})),
}


def table(briefing: Briefing) -> set[tuple[str, frozenset[tuple[str, tuple[str, ...]]]]]:
    return {
        (d.kind, frozenset((p.value, tuple(p.sources)) for p in d.positions))
        for d in briefing.discrepancies
        if d.kind != "account"
    }


def _states_end(text: str) -> bool:
    lowered = text.lower()
    return "strike" in lowered and ("ended" in lowered or "finished" in lowered) and "cost" not in lowered


def strike_ended(briefing: Briefing) -> KeyPoint:
    """The key point that the dock strike ended (the story's central event)."""
    (point,) = [kp for kp in briefing.key_points if _states_end(kp.text)][:1]
    return point


def return_to_work(briefing: Briefing) -> KeyPoint:
    (point,) = [kp for kp in briefing.key_points if "return to work" in kp.text]
    return point


def check_story(briefing: Briefing, officials: str) -> None:
    """Every planted conflict with its sides and sources, one quote in two wordings, merged events."""
    assert table(briefing) == EXPECTED
    (account,) = [d for d in briefing.discrepancies if d.kind == "account"]
    ordered, asked = account.positions
    assert ordered.sources == ["S4"] and ordered.value.startswith("ordered / approved: ")
    assert officials in ordered.value  # who says so stays with the position
    assert asked.sources == ["S5"] and asked.value.startswith("asked for options / considered: ")
    assert "spokeswoman" in asked.value
    assert len(briefing.discrepancies) == 7

    okafor = [q for q in briefing.quotes if q.speaker == "Ngozi Okafor"]
    assert len(okafor) == 1
    assert okafor[0].sources == ["S1", "S2", "S3", "S4"]
    assert any(v.source == "S3" and "just accord" in v.text for v in okafor[0].variants)

    dated = {(t.date, tuple(t.sources)) for t in briefing.timeline}
    assert ("2025-03-03", ("S1", "S2", "S3", "S4")) in dated  # the strike ended: one entry
    assert ("2025-03-05", ("S1", "S2", "S3")) in dated  # back to work: one entry
    assert not any(t.date == "2025-03-03" and t.sources != ["S1", "S2", "S3", "S4"] for t in briefing.timeline)

    ended = strike_ended(briefing)
    assert briefing.key_points[0] is ended  # the central event leads, told once
    assert ended.sources == ["S1", "S2", "S3", "S4"] and ended.independent_sources == 3
    assert sorted({s.source for s in ended.evidence}) == ["S1", "S2", "S3", "S4"]  # every wording kept
    assert not ended.hedged and not ended.single_source
    # cited for S1-S3 too, so it states neither side of the nine/ten-day conflict
    assert not any(w in ended.text.lower() for w in ("nine", "ten day", "9", "10"))
    # S1's own wording adds an uncontested figure (the 12 percent wage rise): it stays a point of its
    # own, cited to S1 and its copy S2 only, never to S3; no other wording of the end is repeated
    ending = [kp for kp in briefing.key_points if _states_end(kp.text)]
    assert [(kp.sources, "12 percent" in kp.text, kp.single_source) for kp in ending] == [
        (["S1", "S2", "S3", "S4"], False, False),
        (["S1", "S2"], True, True),
    ]
    assert [s.source for s in ending[1].evidence] == ["S1", "S2"]

    assert "ended" in briefing.headline and "strike" in briefing.headline
    assert "velors" not in briefing.headline
    assert not briefing.headline.startswith("MARENZA")
    (headline_warning,) = [w for w in briefing.warnings if w.kind == "headline"]
    assert headline_warning.source == "S4" and "enters third week" in headline_warning.message
