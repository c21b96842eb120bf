"""A name's short form read as the one longer name the story gives it, for what a figure counts."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge


def _numbers(*docs: Doc) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in merge(*build(*docs)).discrepancies if d.kind == "number"]


def test_people_sent_to_a_hospital_named_by_its_short_form() -> None:
    a = Doc("S1").say("Three of the climbers were flown to Dunmore Royal Hospital.")
    b = Doc("S2").say("Three climbers are in Dunmore Royal Hospital with frostbite.")
    c = Doc("S3").say("Five of them ended up in Dunmore Royal, a guide said.")
    assert _numbers(a, b, c) == [[("3", ["S1", "S2"]), ("5", ["S3"])]]


def test_a_short_form_of_two_longer_names_is_not_read_as_either() -> None:
    a = Doc("S1").say("Three of the climbers were flown to Dunmore Royal Hospital.")
    b = Doc("S2").say("Three climbers are in Dunmore Royal Hospital with frostbite.")
    c = Doc("S3").say("Five of them ended up in Dunmore Royal, a guide said.")
    d = Doc("S4").say("The rescue was run from Dunmore Royal School, which opened its hall.")
    assert _numbers(a, b, c, d) == []
