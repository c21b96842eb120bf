"""The shared top-of-briefing logic: shortening, position labels, warnings tied to their sources."""

from __future__ import annotations

from summarizer.render._glance import disagreement_title, notices, position_label, shorten, source_notices
from summarizer.schema import Briefing, Notice, SourceInfo

from .conftest import INJECTION_WARNING


def test_shorten_cuts_at_a_word_and_marks_the_cut() -> None:
    assert shorten("about  1,200\nworkers", 60) == "about 1,200 workers"
    cut = shorten("Interior Minister Tomas Reyes ordered police to clear the port gates on Saturday", 40)
    assert cut == "Interior Minister Tomas Reyes ordered…" and len(cut) <= 40
    assert shorten("x" * 50, 10) == "x" * 9 + "…"  # no word to cut at: cut the word


def test_a_long_position_led_by_a_label_keeps_the_label() -> None:
    value = "ordered / approved: Interior Minister Tomas Reyes ordered police to clear the port gates on Saturday."
    assert position_label(value) == "ordered / approved"
    assert position_label("Date: 3 March") == "Date: 3 March"  # short enough to show whole
    assert position_label("about 1,200 workers") == "about 1,200 workers"


def test_title_counts_points() -> None:
    assert [disagreement_title(n) for n in (1, 3)] == ["Sources disagree on 1 point", "Sources disagree on 3 points"]


def test_warnings_are_tied_to_their_source_once(briefing: Briefing) -> None:
    assert [(n.source, n.message) for n in notices(briefing)] == [("S2", INJECTION_WARNING), ("S3", "missing.txt failed: empty file")]
    assert source_notices(briefing) == {"S2": [INJECTION_WARNING], "S3": ["missing.txt failed: empty file"]}


def test_warnings_given_only_one_way_are_all_kept() -> None:
    briefing = Briefing(sources=[SourceInfo(id="S1", uri="a.txt", warnings=["headline contradicted"])],
                        warnings=[Notice(source="S9", kind="headline", message="not a source of this briefing"),
                                  Notice(kind="synthesis", message="overview: sentence dropped")])
    assert [(n.source, n.kind, n.message) for n in notices(briefing)] == [
        (None, "headline", "S9: not a source of this briefing"), (None, "synthesis", "overview: sentence dropped"),
        ("S1", "ingest", "headline contradicted")]
