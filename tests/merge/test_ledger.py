"""Claim ledger: paraphrases grouped across sources, single-source claims marked, hedging kept."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge


def _groups(briefing):  # type: ignore[no-untyped-def]
    return sorted(tuple(sorted((s.source, s.start) for s in kp.evidence)) for kp in briefing.key_points)


def test_paraphrases_and_word_order_group_across_sources() -> None:
    a = Doc("S1").say("Police in Dunmore arrested three suspects after the warehouse fire on Friday.")
    a.say("The mayor of Dunmore promised a full inquiry into the blaze.")
    b = Doc("S2").say("Three suspects were arrested by Dunmore police on Friday after the warehouse fire.")
    b.say("Insurance investigators are examining the sprinkler system.")
    c = Doc("S3").say("After the fire at the warehouse, Dunmore police arrested three suspects.")
    arts, recs = build(a, b, c)
    briefing = merge(arts, recs)
    top = briefing.key_points[0]
    assert top.sources == ["S1", "S2", "S3"]
    assert top.independent_sources == 3
    assert not top.single_source
    assert [s.source for s in top.evidence] == ["S1", "S2", "S3"]
    singles = {kp.text: kp for kp in briefing.key_points if kp.single_source}
    assert set(singles) == {
        "The mayor of Dunmore promised a full inquiry into the blaze.",
        "Insurance investigators are examining the sprinkler system.",
    }
    assert len(briefing.key_points) == 3


def test_distinct_claims_about_same_people_stay_apart() -> None:
    a = Doc("S1").say("Minister Ilse Varga resigned from the cabinet on Monday.")
    a.say("Varga told the cabinet she had lost confidence in the prime minister.")
    a.say("The cabinet of Prime Minister Oskar Lind now has two vacancies.")
    b = Doc("S2").say("Minister Ilse Varga was appointed to the cabinet in March.")
    b.say("Varga left the cabinet after a row with Prime Minister Oskar Lind.")
    b.say("Lind thanked Varga for her work in the cabinet.")
    briefing = merge(*build(a, b))
    resigned = next(kp for kp in briefing.key_points if "resigned" in kp.text)
    appointed = next(kp for kp in briefing.key_points if "appointed" in kp.evidence[0].text)
    assert resigned is not appointed
    assert resigned.sources == ["S1"] and appointed.sources == ["S2"]


def test_llm_paraphrase_claims_group_and_keep_evidence() -> None:
    a = Doc("S1").say(
        "The council voted 7-2 late on Tuesday to close the Elm Street library.",
        claim="The council voted to close the Elm Street library.",
    )
    b = Doc("S2").say(
        "Elm Street's library will shut after a council vote, officials confirmed.",
        claim="The council voted to close the Elm Street library.",
    )
    arts, recs = build(a, b)
    briefing = merge(arts, recs)
    assert len(briefing.key_points) == 1
    kp = briefing.key_points[0]
    assert kp.text == "The council voted to close the Elm Street library."
    assert [s.text for s in kp.evidence] == [
        "The council voted 7-2 late on Tuesday to close the Elm Street library.",
        "Elm Street's library will shut after a council vote, officials confirmed.",
    ]


def test_translation_groups_on_names_and_numbers() -> None:
    a = Doc("S1", language="en").say(
        "Orvane Mining will cut 450 jobs at its Kessel plant.", claim="Orvane Mining will cut 450 jobs at Kessel."
    )
    b = Doc("S2", language="fr").say("Orvane Mining va supprimer 450 emplois sur son site de Kessel.")
    c = Doc("S3", language="fr").say("Le maire de Kessel a dénoncé une décision brutale.")
    arts, recs = build(a, b, c)
    briefing = merge(arts, recs)
    assert _groups(briefing) == [(("S1", 0), ("S2", 0)), (("S3", 0),)]


def test_hedged_only_support_stays_hedged_with_attribution() -> None:
    a = Doc("S1").say("The convoy was reportedly turned back at the border, officials said.", hedged=True, attribution="officials")
    b = Doc("S2").say("Officials said the convoy was turned back at the border.", hedged=True, attribution="border officials")
    c = Doc("S3").say("The border crossing at Tarn reopened on Sunday.")
    arts, recs = build(a, b, c)
    briefing = merge(arts, recs)
    convoy = next(kp for kp in briefing.key_points if "convoy" in kp.text)
    assert convoy.hedged
    assert convoy.attribution == ["border officials"]  # "officials" is the same source, less specific
    assert convoy.sources == ["S1", "S2"]
    other = next(kp for kp in briefing.key_points if "reopened" in kp.text)
    assert not other.hedged


def test_asserted_support_clears_hedge() -> None:
    a = Doc("S1").say("The convoy was reportedly turned back at the border.", hedged=True)
    b = Doc("S2").say("The convoy was turned back at the border.")
    arts, recs = build(a, b)
    (kp,) = merge(arts, recs).key_points
    assert not kp.hedged


def test_ranking_prefers_independent_support() -> None:
    a = Doc("S1").say("A rare comet became visible over Lisbrook tonight.", salience=1.0)
    a.say("Lisbrook's observatory opened its roof to the public.")
    b = Doc("S2").say("Lisbrook's observatory opened its roof to the public for the night.")
    arts, recs = build(a, b)
    briefing = merge(arts, recs)
    assert briefing.key_points[0].sources == ["S1", "S2"]
    assert briefing.key_points[1].single_source


def test_output_is_deterministic() -> None:
    a = Doc("S1").say("Storm Hilda cut power to 20,000 homes in Brevik.").say("Schools in Brevik closed.")
    b = Doc("S2").say("About 20,000 homes in Brevik lost power as Storm Hilda hit.").say("Brevik schools shut.")
    arts, recs = build(a, b)
    assert merge(arts, recs).model_dump_json() == merge(arts, recs).model_dump_json()


def test_claims_without_span_are_skipped() -> None:
    a = Doc("S1").say("The bridge at Orlo was closed.")
    arts, recs = build(a)
    recs[0].extraction.claims[0].span = None
    assert merge(arts, recs).key_points == []


def test_a_key_point_shows_the_wording_most_sources_share() -> None:
    # Three outlets word the figure alike; a fourth, rendered clumsily, is marked most salient.
    shared = "About 12,400 households lost power after the storm, the utility said."
    a = Doc("S1").say(shared)
    b = Doc("S2").say("About 12,400 households lost power after the storm, according to the utility.")
    c = Doc("S3").say("About 12,400 households lost power in the storm, the utility said.")
    d = Doc("S4").say("According to the utility, approximately 12,400 households have lost the power after the storm.",
                      salience=0.9)
    briefing = merge(*build(a, b, c, d))
    top = briefing.key_points[0]
    assert top.sources == ["S1", "S2", "S3", "S4"]
    assert top.text == shared


def test_a_fact_told_only_as_another_facts_time_is_not_that_fact() -> None:
    """'Polls shut at 8 p.m.' is all inside the second sentence, but as the time of the approval it reports: the second
    outlet supports the first's point, and the first does not report the approval."""
    a = Doc("S1").say("The polls shut at 8 p.m. in Tarn.").say("Schools in Tormund closed early.")
    b = Doc("S2").say("Two thirds of the dockers in Tarn approved the new four-year wage deal with the port authority, union "
                      "officials announced shortly after the polls shut at 8 p.m.").say("A ferry line stopped for the night.")
    briefing = merge(*build(a, b))
    assert [kp.sources for kp in briefing.key_points if "approved" in kp.text] == [["S2"]]


def test_claims_sharing_no_word_are_settled_apart_without_the_pair_rule() -> None:
    """The ledger settles a pair of one language with no word in common (whole or main clause) as two facts
    without asking the pair rule; the rule itself scores every such pair under its bar."""
    from summarizer.merge.claims import THRESHOLD, ClaimMatcher, collect_claims
    from summarizer.merge.independence import Independence
    from summarizer.merge.ledger import _apart

    a = Doc("S1").say("Ferry crews at Kellmouth walked out on Tuesday, and the harbour office closed the slipway.")
    a.say("Tourists waited for hours beside empty berths.")
    b = Doc("S2").say("The Kellmouth ferry crews walked out on Tuesday.").say("Officials expect talks to resume soon.")
    c = Doc("S3").say("Lorries queued along the coast road overnight.")
    arts, recs = build(a, b, c)
    items = collect_claims(arts, recs, Independence({}))
    matcher = ClaimMatcher(items)
    pairs = [(x, y) for x in items for y in items if x is not y]
    apart = [(x, y) for x, y in pairs if _apart(x, y)]
    assert apart and len(apart) < len(pairs)
    assert all(matcher.same_fact(x, y) < THRESHOLD for x, y in apart)
    assert any(matcher.same_fact(x, y) >= THRESHOLD for x, y in pairs)
