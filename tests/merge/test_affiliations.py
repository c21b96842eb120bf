"""A person tied to different parties or movements by different outlets."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Briefing


def _sides(briefing: Briefing) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    found = [d for d in briefing.discrepancies if d.subject.startswith("Party or movement")]
    return [(d.subject, [(p.value, p.sources) for p in d.positions]) for d in found]


def _story(*extra: Doc) -> Briefing:
    a = Doc("S1").say("Lena Ostrova, who leads the Green Alliance, asked the Tarn board for a recount on Tuesday.")
    a.entity("Lena Ostrova").entity("Green Alliance", "organization", aliases=["GA"])
    b = Doc("S2").say("The board agreed to the request of Lena Ostrova, the leader of the Green Alliance of Tarn.")
    b.entity("Lena Ostrova")
    c = Doc("S3").say("The board gave Lena Ostrova, the Labour candidate, her recount.")
    c.entity("Lena Ostrova")
    return merge(*build(a, b, c, *extra))


def test_a_party_given_by_one_outlet_against_the_movement_named_by_the_others() -> None:
    # Near-misses that name her movement in other words: an acronym label and a place in her title.
    d = Doc("S4").say("GA candidate Lena Ostrova, the former mayor of Tarn, welcomed the decision.")
    d.entity("Lena Ostrova")
    assert _sides(_story(d)) == [
        ("Party or movement of Lena Ostrova", [("Green Alliance", ["S1", "S2", "S4"]), ("Labour", ["S3"])])
    ]


def test_the_same_movement_in_other_words_is_no_dispute() -> None:
    a = Doc("S1").say("Lena Ostrova, who leads the Green Alliance, asked for a recount.")
    a.entity("Lena Ostrova")
    b = Doc("S2").say("Lena Ostrova, of the Alliance of Greens, asked for a recount.")  # a translation's order
    b.entity("Lena Ostrova")
    c = Doc("S3").say("Lena Ostrova, the former mayor of Tarn, asked for a recount.")  # a place, not a side
    c.entity("Lena Ostrova")
    assert _sides(merge(*build(a, b, c))) == []


def test_a_past_party_is_no_claim_about_the_present_one() -> None:
    a = Doc("S1").say("Piet Omar, the Civic List candidate, lost by 300 votes.")
    a.entity("Piet Omar")
    b = Doc("S2").say("Piet Omar, formerly of the Labour Party, lost by 300 votes.")
    b.entity("Piet Omar")
    assert _sides(merge(*build(a, b))) == []


def test_a_source_naming_both_parties_of_a_coalition_is_no_dispute() -> None:
    a = Doc("S1").say("Piet Omar, the Civic List candidate, also won the backing of the Labour Party.").say(
        "Piet Omar, a Labour politician by training, leads the joint list."
    )
    a.entity("Piet Omar")
    b = Doc("S2").say("Piet Omar, the Labour candidate, lost by 300 votes.")
    b.entity("Piet Omar")
    assert _sides(merge(*build(a, b))) == []
