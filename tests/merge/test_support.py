"""Support: an outlet whose own wording states a main point is among its sources (invented stories)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge._text import told_figures
from summarizer.merge.claims import ClaimMatcher, collect_claims
from summarizer.merge.corroborate import corroborate
from summarizer.merge.coverage import content_words as _words
from summarizer.merge.independence import detect_copies
from summarizer.schema import KeyPoint

FILLERS = ["Schools in Tormund closed early.", "A ferry line stopped for the night.", "The river gauge at Pell broke."]


def _sources_of(sentences: list[str], fragment: str) -> list[list[str]]:
    docs = [Doc(f"S{n}").say(s).say(FILLERS[n - 1]) for n, s in enumerate(sentences, start=1)]
    return [kp.sources for kp in merge(*build(*docs)).key_points if fragment in kp.text]


def test_the_numbers_of_a_day_or_a_time_are_no_figures() -> None:
    assert told_figures("Dock workers return to the cranes on Tuesday, 14/9.") == frozenset()
    assert told_figures("KELMORE, March 12 (Tidewire) - The fall was reported at 02:40 on Tuesday.") == frozenset()
    assert told_figures("Some 300 dock workers return on 14 September, the first strike since 2019.") == {"#300", "#2019"}


def test_a_rewording_without_the_date_written_in_digits_supports_it() -> None:
    # '14/9' was read as the figures 14 and 9, which the other report lacks: S2 could not support S1's point.
    found = _sources_of(["Dock workers return to the cranes on Tuesday, 14/9.",
                         "Dock workers will be back at the harbour by Tuesday, the port said."], "return to the cranes")
    assert found == [["S1", "S2"]]


def test_a_rewording_on_another_day_or_adding_a_count_does_not() -> None:
    other_day = _sources_of(["Dock workers return to the cranes on Thursday, 16/9.",
                             "Dock workers will be back at the harbour on Tuesday, the port said."], "ock workers")
    assert sorted(other_day) == [["S1"], ["S2"]]
    counted = _sources_of(["Dock workers return to the cranes on Tuesday, 14/9.",
                           "Some 300 dock workers will be back at the harbour by Tuesday, the port said."], "300 dock")
    assert counted == [["S2"]]  # S1 does not say how many


POOL = ["The pool will stay closed until Friday while engineers check the chlorine tanks.",  # a detail of its own
        "The Brindle pool will stay closed at least until Friday, the council said.",
        "The pool remains closed until Friday, a spokeswoman said."]


def _supported_by(sentence: str, point_outlets: int = 3) -> list[str]:
    """Sources of a main point worded by S1 and told by S1..S{point_outlets}, once S9's sentence is read."""
    docs = [Doc(f"S{n}").say(s) for n, s in enumerate(POOL[:point_outlets], start=1)] + [Doc("S9").say(sentence)]
    articles, records = build(*docs)
    independence = detect_copies(articles)
    items = collect_claims(articles, records, independence)
    evidence = [i.span for i in items if i.source != "S9"]
    point = KeyPoint(text=POOL[0], sources=[e.source for e in evidence], evidence=evidence, tier="main",
                     independent_sources=len(evidence))
    [supported] = corroborate([point], items, ClaimMatcher(items), independence, [])
    return supported.sources


def test_an_outlet_stating_what_most_outlets_of_a_point_say_supports_it() -> None:
    # The point's wording adds engineers and chlorine tanks; the three outlets agree the pool stays closed.
    assert _supported_by("The pool is closed until Friday and the council is offering refunds to members.") == [
        "S1", "S2", "S3", "S9"]


def test_a_rival_act_another_day_or_a_point_of_two_outlets_is_read_as_worded() -> None:
    assert "S9" not in _supported_by("The pool reopened on Friday and the council is offering refunds to members.")
    assert "S9" not in _supported_by("The pool is closed until Monday and the council is offering refunds to members.")
    assert "S9" not in _supported_by("The pool is closed until Friday and the council is offering refunds to members.",
                                     point_outlets=2)


def test_an_act_told_as_the_state_it_leaves_supports_it() -> None:
    # 'is shut' is no '-ed' act, but tells what 'closed' did.
    assert "S9" in _supported_by("The pool is shut until Friday and the council is offering refunds to members.")
    assert "S9" not in _supported_by("The pool is open until Friday and the council is offering refunds to members.")
    assert "S9" not in _supported_by("The pool is not shut until Friday and the council is offering refunds to members.")


def test_a_preposition_is_no_part_of_what_a_point_states() -> None:
    assert _words("Gusts will blow through Thursday evening and into the night") == ("gusts", "blow", "thursday", "evening",
                                                                                   "night")
