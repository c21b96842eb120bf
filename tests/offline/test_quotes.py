"""Quotes and their speakers: every attribution pattern the issue lists, on fictional text."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.speaker_phrases import is_thing
from summarizer.schema import Quote
from tests.offline.articles import article, wire


def _by_text(quotes: list[Quote], fragment: str) -> Quote:
    matches = [q for q in quotes if fragment in q.text]
    assert matches, f"no quote containing {fragment!r} in {[q.text for q in quotes]}"
    return matches[0]


def test_wire_quotes_resolve_to_full_names_with_roles() -> None:
    quotes = extract_offline(wire()).quotes
    threat = _by_text(quotes, "We will not negotiate")
    assert threat.speaker == "Ngozi Okafor"  # "Okafor said" resolved to the full name used earlier
    assert threat.speaker_role == "Finance Minister"
    family = _by_text(quotes, "fight for our families")  # curly quotes, "said X, the leader of …"
    assert family.speaker == "Tomas Brenn"
    assert family.speaker_role is not None and "leader of the Velorian Dockworkers Union" in family.speaker_role


def test_quote_text_has_no_marks_and_equals_its_span() -> None:
    extraction = extract_offline(wire())
    assert extraction.quotes
    for quote in extraction.quotes:
        assert quote.span is not None
        assert wire().text[quote.span.start : quote.span.end] == quote.text
        assert not quote.text.startswith(("\"", "“")) and not quote.text.endswith(("\"", "”", ","))


def test_speaker_named_in_previous_sentence() -> None:
    quotes = extract_offline(wire()).quotes
    reopen = _by_text(quotes, "The port must reopen")  # follows "…," Okafor said in an interview.
    assert reopen.speaker == "Ngozi Okafor"
    losing = _by_text(quotes, "stopped losing")  # "… talks, Okafor said in a statement. "Nobody won …""
    assert losing.speaker == "Ngozi Okafor"


def test_quote_spanning_sentences_is_one_quote() -> None:
    losing = _by_text(extract_offline(wire()).quotes, "Nobody won this dispute")
    assert losing.text == "Nobody won this dispute. We simply stopped losing."


def test_according_to_and_partial_quote_inside_sentence() -> None:
    partial = _by_text(extract_offline(wire()).quotes, "cannot pay a single velor more")
    assert partial.speaker == "Ada Bello"
    assert partial.speaker_role == "spokeswoman for the ministry"


def test_single_word_scare_quote_is_not_a_speech() -> None:
    quotes = extract_offline(wire()).quotes
    assert not any(q.text == "historic" for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The harbour is closed until further notice," Piet Varga said on Monday.', "Piet Varga"),
        ("“The harbour is closed until further notice,” said Piet Varga.", "Piet Varga"),
        ("Piet Varga, the harbour master, said: “The harbour is closed until further notice.”", "Piet Varga"),
        ("'The harbour is closed until further notice,' Piet Varga told reporters.", "Piet Varga"),
        ("Harbour master Piet Varga warned that the port was “closed until further notice” for now.", "Piet Varga"),
        ("“The harbour is closed,” Varga, a spokesman for the port, said. “Ships must wait.”", "Varga"),
    ],
)
def test_attribution_patterns(text: str, speaker: str) -> None:
    quotes = extract_offline(article(text)).quotes
    assert quotes, text
    assert all(q.speaker == speaker for q in quotes), [(q.speaker, q.text) for q in quotes]


def test_pronoun_speaker_resolves_to_nearest_person() -> None:
    text = ("Finance Minister Ngozi Okafor visited the docks on Tuesday. "
            "\"We have offered a fair raise and that offer stands,\" she said.")
    quote = extract_offline(article(text)).quotes[0]
    assert quote.speaker == "Ngozi Okafor"


def test_quote_running_on_into_next_paragraph_keeps_its_speaker() -> None:
    text = ('Ngozi Okafor spoke for an hour. "We inherited a port that had not been modernised," she said. '
            '"And we are fixing it, berth by berth.\n\n"Nobody should expect miracles by the summer."')
    quotes = extract_offline(article(text)).quotes
    assert [q.text for q in quotes][-1] == "Nobody should expect miracles by the summer."
    assert [q.speaker for q in quotes] == ["Ngozi Okafor"] * 3


def test_transcript_style_names_the_speaker_inside_the_quote() -> None:
    text = '"VARGA: Well, look, the port will reopen when the union agrees to the safety plan and not before."'
    quote = extract_offline(article(text)).quotes[0]
    assert quote.speaker == "Varga"  # written as prose writes names
    assert quote.text.startswith("Well, look")


def test_quoted_programme_title_is_not_a_quote() -> None:
    text = "Okafor told the radio show “Morning at the Docks” that wages would rise."
    assert extract_offline(article(text)).quotes == []


def test_possessor_of_a_speech_noun_is_the_speaker() -> None:
    text = "Analysts doubted Okafor's claim that the port would be “fully modernised within a year.”"
    quote = extract_offline(article(text)).quotes[0]
    assert quote.speaker == "Okafor"
    assert quote.text == "fully modernised within a year."


def test_a_date_or_a_thing_is_never_a_speaker() -> None:
    text = ("Port lawyer Mara Lind said the union would appeal the fine.\n"
            "“The Marenza union is not finished,” she said in an email. “It will appeal the fine in full.”\n"
            "Tomas Prell was detained in April for a March 21 phone call he made to the port office.")
    quotes = extract_offline(article(text)).quotes
    assert _by_text(quotes, "It will appeal").speaker == "Mara Lind"
    assert all(q.speaker is None or ("phone" not in q.speaker and "March" not in q.speaker) for q in quotes)


@pytest.mark.parametrize(("phrase", "thing"), [
    ("a March 21 phone", True), ("the 4 May", True), ("a statement", True), ("the letter", True),
    ("a spokeswoman for the ministry", False), ("the Jan. 6 committee", False), ("the port authority", False),
])
def test_thing_phrases(phrase: str, thing: bool) -> None:
    assert is_thing(phrase) is thing


def test_a_speaker_reached_through_a_pronoun_is_marked_inferred() -> None:
    text = ("Maria Lind, the mayor of Orvel, spoke to reporters on Friday. “We will rebuild the bridge,” she said. "
            "“It is done,” said Tomas Berg.")
    quotes = extract_offline(article(text)).quotes
    assert [(q.speaker, q.speaker_inferred) for q in quotes] == [("Maria Lind", True), ("Tomas Berg", False)]
