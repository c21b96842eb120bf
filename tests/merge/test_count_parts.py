"""A count told as a part of a whole ('9 of the 30 wells', '30 wells … 9 of them') is compared by its part."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.quantities import parse_quantities
from summarizer.schema import Briefing


def _numbers(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "number"]


def test_a_part_counts_what_its_whole_counts() -> None:
    read = [(q.value, q.unit, q.whole) for q in parse_quantities("Inspectors found arsenic in 9 of the 30 wells they tested.")]
    assert read == [(9.0, "well", 30.0), (30.0, "well", None)]
    assert [(q.value, q.unit, q.whole) for q in parse_quantities("Arsenic was found in 9 of 30 tested wells.")] == [
        (9.0, "well", 30.0), (30.0, "well", None)]
    told = parse_quantities("The survey tested 30 wells and found arsenic in nine of them.")
    assert [(q.value, q.unit, q.whole) for q in told] == [(30.0, "well", None), (9.0, "well", 30.0)]
    # a clause cut from its sentence reads the whole in the words before it
    cut = parse_quantities("found arsenic in nine of them.", lead="The survey tested 30 wells and ")
    assert [(q.value, q.unit, q.whole) for q in cut] == [(9.0, "well", 30.0)]
    assert [q.unit for q in parse_quantities("Regulators shut four of Dunmore's bakeries.")] == ["bakery"]
    # near-misses: a part of a toll or a share stays out, and a pronoun with nothing counted before it
    assert [(q.value, q.whole) for q in parse_quantities("Nine of the 26 people killed were children.")] == [(26.0, None)]
    assert parse_quantities("Nine of them were closed.") == []


def test_a_part_against_another_outlets_count_and_the_whole_against_none() -> None:
    a = Doc("S1").say("The survey tested 30 wells near Ostrava and found arsenic in nine of them, the agency said.")
    b = Doc("S2").say("Arsenic was found in 9 of the 30 wells tested near Ostrava.")
    c = Doc("S3").say("Testers found arsenic in six wells near Ostrava.")
    assert _numbers(merge(*build(a, b, c))) == [[("9 wells", ["S1", "S2"]), ("6 wells", ["S3"])]]
    d = Doc("S3").say("Testers found arsenic in nine wells near Ostrava.")  # near-miss: the same part, the whole aside
    assert _numbers(merge(*build(a, b, d))) == []


def test_a_rival_nearer_the_whole_is_compared_with_the_whole() -> None:
    """'Eight firms' rivals the seven of 'seven firms, three of them from abroad', not the three."""
    a = Doc("S1").say("The council awarded the bridge contract after a tender between seven firms, three of them from abroad.")
    b = Doc("S2").say("Seven firms are in the running for the bridge contract, three of them from abroad.")
    c = Doc("S3").say("Eight firms bid for the bridge contract, by the council's count, most of them from abroad.")
    assert _numbers(merge(*build(a, b, c))) == [[("7 firms", ["S1", "S2"]), ("8 firms", ["S3"])]]
    d = Doc("S3").say("Seven firms bid for the bridge contract, by the council's count, most of them from abroad.")
    assert _numbers(merge(*build(a, b, d))) == []  # near-miss: the same whole
