"""A translation's 'the chief pilot of Harlow Ines Morrow' gives one run, 'Harlow Ines Morrow': another name, then a
person's whole name. It is that person, named as the other sources name them. Invented."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge


def test_a_run_of_a_name_then_a_persons_name_is_the_person() -> None:
    a = (Doc("S1").say("Harlow's chief pilot Ines Morrow said the runway was clear.")
         .entity("Ines Morrow", "person").entity("Harlow", "organization"))
    b = Doc("S2").say("The chief pilot of Harlow Ines Morrow said the runway was free.").entity("Harlow Ines Morrow", "other")
    people = {e.name: (e.sources, e.aliases) for e in merge(*build(a, b)).entities if e.type == "person"}
    assert people == {"Ines Morrow": (["S1", "S2"], [])}


def test_a_run_whose_first_words_name_nothing_in_the_story_stays_apart() -> None:
    a = Doc("S1").say("Chief pilot Ines Morrow said the runway was clear.").entity("Ines Morrow", "person")
    b = Doc("S2").say("Visiting Ines Morrow said little.").entity("Visiting Ines Morrow", "other")
    names = {e.name: e.sources for e in merge(*build(a, b)).entities}
    assert names["Ines Morrow"] == ["S1"]
