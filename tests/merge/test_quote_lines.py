"""Two lines on one topic are two statements: sentence closeness joins quote wordings only when their words
also pair up (a rewording or translation renders a line word by word), more strictly where two outlets name
two different people (thresholds.SAME_QUOTE_SPOKEN)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.schema import Quote


def _groups(*docs: Doc) -> list[tuple[list[str], str | None]]:
    return [(q.sources, q.text) for q in merge(*build(*docs)).quotes]


def test_two_lines_of_one_speaker_on_one_topic_stay_apart() -> None:
    a = (Doc("S1").quote("I want to see the inspection report", "Lena Ortiz")
         .quote("The council meets again on Monday", "Lena Ortiz").entity("Lena Ortiz"))
    b = (Doc("S2").quote("He has what is called a preliminary inspection report", "Lena Ortiz")
         .quote("Nobody told me about the cracks", "Lena Ortiz").entity("Lena Ortiz"))
    groups = _groups(a, b)
    assert (["S1"], "I want to see the inspection report") in groups
    assert (["S2"], "He has what is called a preliminary inspection report") in groups


def test_a_line_credited_through_a_pronoun_to_another_person_needs_its_words_rendered() -> None:
    a = Doc("S1").quote("I want to read the inspection report on the bridge", "Lena Ortiz").entity("Lena Ortiz")
    b = Doc("S2").say("Engineer Tomas Reyes spoke next.").entity("Tomas Reyes")
    b.text += " “There is already an inspection report on that bridge,” he said."
    words = "There is already an inspection report on that bridge"
    b.quotes.append(Quote(speaker="Tomas Reyes", text=words, span=b.span(words), speaker_inferred=True))
    assert sorted(_groups(a, b)) == [(["S1"], "I want to read the inspection report on the bridge"), (["S2"], words)]


def test_a_reworded_line_of_one_speaker_is_still_one_statement() -> None:
    a = (Doc("S1").quote("The bridge is safe, and it will stay safe", "Lena Ortiz")
         .quote("The council meets again on Monday", "Lena Ortiz").entity("Lena Ortiz"))
    b = (Doc("S2").quote("The bridge is today safe, and it remains so", "Lena Ortiz")
         .quote("Nobody told me about the cracks", "Lena Ortiz").entity("Lena Ortiz"))
    assert ["S1", "S2"] in [sources for sources, _ in _groups(a, b)]
