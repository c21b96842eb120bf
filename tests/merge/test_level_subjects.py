"""A figure whose counted noun is the subject of a level verb ('admissions have risen to 14') is compared like
'14 admissions' (invented stories)."""

from __future__ import annotations

from datetime import date

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.quantities import parse_quantities

DAY = date(2032, 11, 4)


def test_the_subject_of_a_level_verb_is_what_the_figure_counts() -> None:
    assert [q.unit for q in parse_quantities("Hospital admissions in Tarrow have risen to 14.")] == ["admission"]
    assert [q.unit for q in parse_quantities("Admissions now stand at about 20.")] == ["admission"]
    assert [q.unit for q in parse_quantities("Stranded lorries now number 220.")] == ["lorry"]
    assert [q.unit for q in parse_quantities("The numbers rose to 14.")] == [None]  # a figure in general names nothing


def test_a_level_told_with_its_subject_before_is_an_update_or_a_conflict() -> None:
    a = Doc("S1", published=DAY, at="09:00").say("Hospital admissions in Tarrow have risen to 14, the health trust said.")
    b = Doc("S2", published=DAY, at="18:00").say("Admissions at Tarrow hospitals now stand at 23.")
    briefing = merge(*build(a, b))
    assert [[(v.value, v.sources) for v in u.values] for u in briefing.updates] == [[("14 admissions", ["S1"]),
                                                                                    ("23 admissions", ["S2"])]]
    c = Doc("S3").say("Hospital admissions in Tarrow have risen to 14, the health trust said.")
    d = Doc("S4").say("Tarrow's hospital admissions climbed to 41, the health trust said.")
    assert [[(p.value, p.sources) for p in x.positions] for x in merge(*build(c, d)).discrepancies] == [
        [("14 admissions", ["S3"]), ("41 admissions", ["S4"])]]
