"""Claim pairs left for the adjudication: close in meaning, differing on a hard point, listed nowhere."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.candidates import unclassified_pairs


def test_a_negated_statement_across_outlets_is_a_pair_and_agreement_or_one_outlet_is_not() -> None:
    a = Doc("S1").say("The Vell cannery will close its Orrin plant in March, the company said.")
    a.say("The Vell cannery employs 400 people in Orrin.")
    b = Doc("S2").say("Managers said on Friday that the Orrin plant of the Vell cannery will not close in March.")
    b.say("Some 400 people work at the Vell cannery in Orrin.")  # agreement: no pair
    c = Doc("S3").say("Fishermen in Orrin sold their catch at the harbour on Monday.")
    articles, records = build(a, b, c)
    pairs = unclassified_pairs(articles, records, merge(articles, records))
    assert [(p.a.source, p.b.source, p.difference) for p in pairs] == [("S1", "S2", "negation")]
    assert "will close" in pairs[0].a_text and "will not close" in pairs[0].b_text


def test_a_pair_already_listed_by_the_rules_or_within_one_source_is_left_out() -> None:
    a = Doc("S1").say("The Orrin flood killed 12 people, officials said.").say("The Orrin flood killed 14 people, a witness said.")
    b = Doc("S2").say("The Orrin flood killed 19 people, officials said.")
    articles, records = build(a, b)
    briefing = merge(articles, records)
    assert [d.kind for d in briefing.discrepancies] == ["number"]  # the rules list the toll
    assert unclassified_pairs(articles, records, briefing) == []


def test_the_list_is_bounded() -> None:
    docs = []
    for n in range(4):
        docs.append(Doc(f"S{2 * n + 1}").say(f"The Vell cannery will close its plant number {n} in Orrin this spring."))
        docs.append(Doc(f"S{2 * n + 2}").say(f"The Vell cannery will not close its plant number {n} in Orrin this spring."))
    articles, records = build(*docs)
    assert len(unclassified_pairs(articles, records, merge(articles, records), limit=2)) == 2
