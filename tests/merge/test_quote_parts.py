"""A speaker's lone statement quoted whole by one outlet and only its first line, machine-translated, by another
is one statement with two wordings (the lengths differed too much for the lone-quote join). Invented."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge


def _groups(*docs: Doc) -> list[list[str]]:
    return sorted(q.sources for q in merge(*build(*docs)).quotes)


_WHOLE = "I never moved any money to enrich myself. The accounts were kept badly for years, and I take the blame for that."


def test_a_translated_line_of_a_longer_statement_is_one_statement() -> None:
    a = Doc("S1").quote(_WHOLE, "Ines Valcourt").entity("Ines Valcourt")
    b = Doc("S2", language="de").quote("I have never relocated money in order to fatten myself", "Ines Valcourt")
    assert _groups(a, b.entity("Ines Valcourt")) == [["S1", "S2"]]


def test_a_line_that_denies_what_the_other_says_stays_apart() -> None:
    a = Doc("S1").quote(_WHOLE, "Ines Valcourt").entity("Ines Valcourt")
    b = Doc("S2", language="de").quote("I have relocated money in order to fatten myself", "Ines Valcourt")
    assert _groups(a, b.entity("Ines Valcourt")) == [["S1"], ["S2"]]


def test_a_lone_rewording_joins_the_wording_of_its_length_in_a_group() -> None:
    # S1 quotes the statement whole, S2 its first line in S1's words (one group); S3's rewording of that line shares
    # two content words with it, not enough of the whole statement's length to be compared with it.
    a = Doc("S1").quote(_WHOLE, "Ines Valcourt").entity("Ines Valcourt")
    b = Doc("S2").quote("I never moved any money to enrich myself.", "Ines Valcourt").entity("Ines Valcourt")
    c = Doc("S3").quote("Never did I move the money for my own gain, not one cent.", "Ines Valcourt").entity("Ines Valcourt")
    assert _groups(a, b, c) == [["S1", "S2", "S3"]]


def test_a_lone_quote_on_another_matter_stays_apart_from_the_group() -> None:
    a = Doc("S1").quote(_WHOLE, "Ines Valcourt").entity("Ines Valcourt")
    b = Doc("S2").quote("I never moved any money to enrich myself.", "Ines Valcourt").entity("Ines Valcourt")
    c = Doc("S3").quote("The board will meet again in the spring.", "Ines Valcourt").entity("Ines Valcourt")
    assert _groups(a, b, c) == [["S1", "S2"], ["S3"]]


def test_a_translation_rendering_a_line_word_for_word_with_other_nouns_is_one_statement() -> None:
    a = Doc("S1").quote("It is far too early to say why the furnace failed.", "Tove Marsh-Ekdahl").entity("Tove Marsh-Ekdahl")
    b = Doc("S2", language="fr").quote("It is much too early to say why the boiler gave out", "Tove Marsh-Ekdahl")
    assert _groups(a, b.entity("Tove Marsh-Ekdahl")) == [["S1", "S2"]]


def test_two_lines_of_one_speaker_on_two_matters_stay_apart() -> None:
    a = Doc("S1").quote("It is far too early to say why the furnace failed.", "Tove Marsh-Ekdahl").entity("Tove Marsh-Ekdahl")
    b = Doc("S2", language="fr").quote("The families will be told before anyone else", "Tove Marsh-Ekdahl")
    assert _groups(a, b.entity("Tove Marsh-Ekdahl")) == [["S1"], ["S2"]]
