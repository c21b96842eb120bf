"""An outlet whose longer sentence states all a main point says supports it; a partial or rival one does not (invented)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.corroborate import _clauses


def _point(briefing: object, needle: str) -> object:
    return next(p for p in briefing.key_points if needle in p.text)  # type: ignore[attr-defined]


FILLER = ["Three streets in Orvel were flooded to the kerb.", "Schools in the valley stayed open.",
          "Bottled water was handed out at the town hall.", "The company apologised to its customers.",
          "Repairs are expected to take two days."]


def _doc(n: int, first: str) -> Doc:
    doc = Doc(f"S{n}").say(first)
    for k, sentence in enumerate(FILLER):
        if (k + n) % 2 == 0:
            doc.say(sentence)
    return doc


def test_a_longer_sentence_stating_the_whole_point_adds_its_outlet() -> None:
    blamed = "The water company blamed a faulty valve that failed overnight."
    longer = ("Some 9,000 homes lost their supply when a valve failed overnight, and the water company blamed the "
              "faulty part for the burst.")
    briefing = merge(*build(_doc(1, blamed), _doc(2, blamed), _doc(3, longer),
                            _doc(4, "Engineers in Orvel started repairs to the pumping station on Monday.")))
    point = _point(briefing, "blamed a faulty valve")
    assert point.sources == ["S1", "S2", "S3"] and point.independent_sources == 3  # type: ignore[attr-defined]
    assert any(e.source == "S3" and e.text.startswith("Some 9,000") for e in point.evidence)  # type: ignore[attr-defined]
    # S3's sentence says more than the point it supports: it keeps its own point too.
    assert _point(briefing, "Some 9,000 homes").sources == ["S3"]  # type: ignore[attr-defined]


def test_a_sentence_covering_one_clause_or_naming_another_place_or_figure_does_not() -> None:
    closed = "The Orvel library is closed until Monday and police are asking for witnesses."
    witnesses = "Police are asking for witnesses who saw a white van parked near the Orvel library late on Friday night."
    reopen = "The Orvel library will reopen after repairs to its roof."
    briefing = merge(*build(_doc(1, closed), _doc(2, closed), _doc(3, witnesses), _doc(4, reopen)))
    assert _point(briefing, "closed until Monday").sources == ["S1", "S2"]  # type: ignore[attr-defined]



def test_a_point_names_what_a_supporting_sentence_must_name() -> None:
    from summarizer.merge.corroborate import _names, _plain_words

    names = _names("Firefighters evacuated 40 homes in the Pine Hollow district of Orvel on Monday.")
    assert names == {"pine", "hollow", "orvel", "monday"}
    assert not names <= _plain_words("Firefighters evacuated 40 homes in the Mill End district of Orvel.")
    assert names <= _plain_words("In Orvel's Pine Hollow district, 40 homes were evacuated by firefighters on Monday.")
    assert not names <= _plain_words("In Orvel's Pine Hollow district, 40 homes were evacuated by firefighters.")


def test_a_point_splits_into_its_coordinated_clauses() -> None:
    assert _clauses("The pier is closed until Friday and police are asking for witnesses.") == [
        "The pier is closed until Friday", "police are asking for witnesses."]
    assert _clauses("The mayor and the council approved the budget.") == ["The mayor and the council approved the budget."]


def test_a_copy_of_a_supporting_wire_story_is_listed_with_the_original() -> None:
    """A republished wire story states the point as its original does: both files are the point's sources,
    counted as one independent source."""
    blamed = "The water company blamed a faulty valve that failed overnight."
    longer = ("Some 9,000 homes lost their supply when a valve failed overnight, and the water company blamed the "
              "faulty part for the burst.")
    wire, copy = _doc(3, longer), _doc(4, longer)
    copy.source = "S4"
    copy.copy_of = "S3"
    copy.claims = [c.model_copy(update={"span": c.span.model_copy(update={"source": "S4"})}) for c in copy.claims]  # type: ignore[union-attr]
    briefing = merge(*build(_doc(1, blamed), _doc(2, blamed), wire, copy,
                            _doc(5, "Engineers in Orvel started repairs to the pumping station on Monday.")))
    point = _point(briefing, "blamed a faulty valve")
    assert point.sources == ["S1", "S2", "S3", "S4"]  # type: ignore[attr-defined]
    assert point.independent_sources == 3  # type: ignore[attr-defined]
    assert {e.source for e in point.evidence if e.text.startswith("Some 9,000")} == {"S3", "S4"}  # type: ignore[attr-defined]
