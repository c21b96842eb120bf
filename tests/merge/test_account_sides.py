"""One outlet's account of a decision, told in several nearby sentences, stays together on its side."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge


def test_a_dissenting_outlets_nearby_words_on_the_decision_join_its_side() -> None:
    a = Doc("S1").say("The Food Board on Monday ordered Brakka Dairy to recall four lots of its skyr from shops in Tovik.")
    b = Doc("S2").say("Brakka Dairy must recall four lots of skyr, after the Food Board ordered a recall on Monday.")
    c = Doc("S3").say("Brakka calls the move a voluntary withdrawal of four lots.")
    c.say("According to Brakka, the Food Board has not ordered a recall of its skyr.")
    c.say("Brakka says the board has only issued a warning to shoppers.")
    c.say(" ".join(["Skyr sales in Tovik grew steadily over the past decade, helped by exports and new flavours."] * 6))
    c.say("Brakka is considering options for its second plant in Asca.")  # far away: another matter
    briefing = merge(*build(a, b, c))
    [found] = [d for d in briefing.discrepancies if d.kind == "account"]
    ordered, dissent = found.positions
    assert ordered.sources == ["S1", "S2"] and dissent.sources == ["S3"]
    assert "voluntary" in dissent.value and "only issued a warning" in dissent.value and "Asca" not in dissent.value
    assert len(dissent.evidence) == 3
