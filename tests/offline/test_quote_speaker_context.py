"""A quote's speaker from its own sentence's cue before the context: a pronoun cue finds the woman named in
the sentence before, past a place named after "the" and a body's name; an inverted cue with a time after the
name; "affirmed" is a reporting verb (invented articles)."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article


def _speakers(text: str) -> dict[str, str | None]:
    result = extract_offline(Article(id="S1", uri="a.txt", text=text, status="ok"))
    return {q.text[:20]: q.speaker for q in result.quotes}


def test_she_said_finds_the_woman_past_a_place_and_a_man() -> None:
    text = ("Mrs Ilse Brannock had waited at the gate of the Harrow Dene quarry since dawn, a flask going cold "
            "in her hands.\n\nHer brother, Mr Tobias Brannock, 31, was one of six men cut off by the slip. "
            '"I have not eaten all day," she said. "I just watched the gate."')
    speakers = _speakers(text)
    assert speakers["I have not eaten all"] == "Ilse Brannock"
    assert speakers["I just watched the g"] == "Ilse Brannock"


def test_he_said_skips_a_rescue_station_named_like_a_person() -> None:
    text = ("Mr Osric Penhale, who commands the Harrow Dene Rescue Station and went down with the first team, "
            'was plainly tired. "Every one of them is out, and that is what counts," he said.')
    assert _speakers(text)["Every one of them is"] == "Osric Penhale"


def test_inverted_cue_with_a_time_after_the_name() -> None:
    text = ("The water board's boss sounded grim. \"It will take the river years to recover,\" said chief "
            "executive Nadia Forsythe this morning. Nobody argued.")
    assert _speakers(text)["It will take the riv"] == "Nadia Forsythe"


def test_affirmed_is_a_reporting_verb() -> None:
    text = ('The director of the clinic, Joaquim Ferreira, affirmed: "We will not reopen the ward until every '
            'tap tests clean."')
    assert _speakers(text)["We will not reopen t"] == "Joaquim Ferreira"


def test_quote_closing_its_sentence_is_not_credited_to_the_next_sentence_subject() -> None:
    text = ('Good evening. Rescue leader Osric Penhale told us: "Every one of them is out, and that is what counts." '
            "The quarry's manager Ilse Brannock said the shelter had worked as designed.")
    assert _speakers(text)["Every one of them is"] == "Osric Penhale"


def test_quote_with_a_full_stop_and_a_cue_after_it_keeps_that_cue() -> None:
    text = 'The board met on Monday. "We will not close the depot." Ilse Brannock said it twice.'
    assert _speakers(text)["We will not close th"] == "Ilse Brannock"


def test_she_said_reaches_a_double_barrelled_name_past_a_man_before_her() -> None:
    text = ("Tomas Ure, the harbour engineer, said the quay was sound.\n\n"
            "Ilse Varro-Lund, who chairs the harbour board, was blunt. "
            '"Nobody goes back on that quay until we know why it cracked," she said. '
            "Sean O'Dea, the pilot, agreed. \"We have waited long enough,\" he said.")
    speakers = _speakers(text)
    assert speakers["Nobody goes back on "] == "Ilse Varro-Lund"
    assert speakers["We have waited long "] == "Sean O'Dea"


def test_a_surname_alone_is_the_relative_named_last_before_it() -> None:
    text = ("Ilse Brannock was still at the gate when her phone rang. \"He said the wall had gone,\" she said.\n"
            "Her brother, Tobias Brannock, 31, was cut off by the slip for six hours.\n"
            "Two men were hurt in all: Mr Brannock and a driver, who was sent home.")
    speakers = _speakers(text)
    assert speakers["He said the wall had"] == "Ilse Brannock"
    aliases = {e.name: e.aliases for e in extract_offline(Article(id="S1", uri="a.txt", text=text, status="ok")).entities}
    assert "Brannock" in aliases.get("Tobias Brannock", []) and "Brannock" not in aliases.get("Ilse Brannock", [])
