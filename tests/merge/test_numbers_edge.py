"""Edge cases found on real coverage, rebuilt with fictional text: tolls, bounds, dates, scare quotes."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing
from summarizer.synthesize import synthesize


def _numbers(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "number"]


def test_toll_headline_figure_ignores_sub_counts() -> None:
    a = Doc("S1").say("At least 31 villagers, including eight children, were killed in the Ardan earthquake.")
    b = Doc("S2").say("Of the 27 people who died in the Ardan earthquake, eight were children, medics said.")
    assert _numbers(merge(*build(a, b))) == [[("at least 31", ["S1"]), ("27", ["S2"])]]


def test_lower_bound_admits_a_higher_exact_count() -> None:
    a = Doc("S1").say("At least 20 people were killed when the Ardan dam failed.")
    b = Doc("S2").say("The failure of the Ardan dam killed 23 people.")
    assert _numbers(merge(*build(a, b))) == []


def test_different_lower_bounds_are_shown() -> None:
    a = Doc("S1").say("The blast at the Ardan market killed at least two shoppers.")
    b = Doc("S2").say("At least five people were killed by the blast at the Ardan market.")
    assert _numbers(merge(*build(a, b))) == [[("at least 2", ["S1"]), ("at least 5", ["S2"])]]


def test_day_first_dates_are_not_counts() -> None:
    a = Doc("S1").say("The Ardan raid began on 4 March 2025, officials said.")
    b = Doc("S2").say("The Ardan raid began on 5 March 2025, according to the police.")
    assert _numbers(merge(*build(a, b))) == []


def test_missiles_that_kill_are_not_people() -> None:
    a = Doc("S1").say("Rebels fired 40 rockets at Ardan, killing two guards.")
    b = Doc("S2").say("Two guards were killed when rebels fired rockets at Ardan.")
    assert _numbers(merge(*build(a, b))) == []


def test_former_title_is_a_different_office_and_scare_quotes_are_not_attributed() -> None:
    a = Doc("S1").say("Former president Ilan Berg praised the deal.").entity("Ilan Berg", roles=["former president"])
    a.quote("historic", "Ilan Berg")
    b = Doc("S2").say("President Ilan Berg praised the deal.").entity("Ilan Berg", roles=["President"])
    b.quote("historic", "Mara Vell")
    briefing = merge(*build(a, b))
    # Is he president or not? "former" changes the office (issue 12); the one-word quote is no attribution dispute.
    assert [(d.kind, [p.value for p in d.positions]) for d in briefing.discrepancies] == [("title", ["former president", "President"])]
    assert len(briefing.quotes) == 2


def test_headline_prefers_a_statement_over_a_quote_sentence() -> None:
    a = Doc("S1").say('"We will not give up," said Ardan mayor Lio Paz after the flood.', salience=1.0)
    a.say("Floodwater covered half of Ardan on Sunday after the river burst its banks.")
    b = Doc("S2").say('"We will not give up," Ardan mayor Lio Paz said after the flood.', salience=1.0)
    b.say("Half of Ardan was under floodwater on Sunday after the river burst its banks.")
    briefing = synthesize(merge(*build(a, b)))
    assert briefing.headline == "Floodwater covered half of Ardan on Sunday after the river burst its banks"


def test_parts_of_a_figure_are_not_rival_totals() -> None:
    from summarizer.quantities import parse_quantities

    assert parse_quantities("Seven of the deaths were of a single family.") == []
    assert [q.value for q in parse_quantities("At least 28 people, including nine children, were killed.")] == [28.0]
    assert [q.value for q in parse_quantities("Of the 26 people who died, 16 of them were militants.")] == [26.0]


def test_a_size_word_after_the_unit_does_not_replace_it() -> None:
    from summarizer.quantities import parse_quantities

    (length,) = parse_quantities("Divers found a gash about 30 feet long in the hull.")
    (drop,) = parse_quantities("The dock was about 3 metres lower than on Monday.")
    assert (length.unit, length.unit_text) == ("feet", "feet")
    assert drop.unit_text == "metres"


def test_two_modifiers_joined_by_and_do_not_replace_the_counted_noun() -> None:
    from summarizer.quantities import parse_quantities

    (both,) = parse_quantities("About 4,000 current and former dockers were owed back pay.")
    (pair,) = parse_quantities("Some 40 police and soldiers guarded the gate.")
    assert both.unit_text == "dockers"
    assert pair.unit_text == "police"  # two nouns joined by "and": the first still counts


def test_a_part_of_a_group_of_people_who_died_is_a_toll() -> None:
    from summarizer.quantities import parse_quantities

    (part,) = parse_quantities("Four of the climbers, all from the same club, have died.")
    assert (part.value, part.unit, part.predicate) == (4.0, "person", "killed")
    eleven, two = parse_quantities("Eleven sailors were rescued and two of them later died in hospital.")
    assert (two.value, two.predicate) == (2.0, "killed") and eleven.predicate is None
    (gone,) = parse_quantities("The coastguard counted 30 crew, of which five persons deceased.")[1:]
    assert (gone.value, gone.predicate) == (5.0, "killed")
    # Parts of a casualty figure, or of a group nothing happened to, stay out.
    assert parse_quantities("Two of the injured later died.") == []
    assert parse_quantities("Three of them were teenagers.") == []


def test_a_toll_given_as_a_part_disputes_another_outlets_toll() -> None:
    a = Doc("S1").say("Two of the climbers caught in the Veyra avalanche, both guides, have died.")
    b = Doc("S2").say("Three climbers caught in the Veyra avalanche have died, the blog says.")
    assert _numbers(merge(*build(a, b))) == [[("2", ["S1"]), ("3", ["S2"])]]


def test_one_death_toll_per_outlet_is_one_count_however_worded() -> None:
    a = Doc("S1").say("Two of the climbers caught in the Veyra avalanche have died, the mountain rescue said.")
    b = Doc("S2").say("The avalanche above Veyra hut buried a rope team of five; three people were killed.")
    c = Doc("S3").say("Rescuers said two deaths were confirmed after the slide on the north face.")
    assert _numbers(merge(*build(a, b, c))) == [[("2", ["S1", "S3"]), ("3", ["S2"])]]
    # An outlet that counts deaths twice (two places, two days) leaves the grouping to the wording, where
    # the rope team's three shares too few words to be compared.
    d = Doc("S4").say("Two climbers died at Veyra, and four were killed in a separate slide at Orn.")
    assert all("S2" not in sources for found in _numbers(merge(*build(a, b, d))) for _, sources in found)
