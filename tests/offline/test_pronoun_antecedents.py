"""Quotes credited as an editor reads them, on invented reports shaped like court and threat stories:
a quote closed with the other style of mark, a pronoun speaker that continues the sentences' subject
(not a person named as an object, not a person the quote talks about), reported speech nested in an
attribution, and a word the sentence gives someone ('called Reyes a “coward”')."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.clauses import clauses
from summarizer.schema import Article

_THREAT = (
    "A Hallam man admitted on Tuesday that he threatened to kill Mayor Lucia Reyes, the county attorney said.\n"
    "Tobias Wren, 61, faces up to five years in prison. Sentencing is set for May 2.\n"
    "He was arrested in March for the June 3 call to the office of Reyes.\n"
    "During the call, he praised the old council, called Reyes a “coward” and said, “someone should take her "
    "badge away,\" the county attorney's office said. Reyes is one of the first women to lead the town.\n"
    "The dispatcher who took the call recalled that he said, \"I'll end her career,\" the office said.\n"
    "Marta Quell, Wren's lawyer, told the Hallam Courier that her client never meant any harm to Reyes.\n"
    "“Tobias Wren regrets his words,” she said in an email.\n"
    "Wren was first questioned over a letter he left at Reyes’s office, in which he said he would “ruin her "
    "within a year.”\n"
)


def _quotes() -> dict[str, str | None]:
    extraction = extract_offline(Article(id="S1", uri="mem://threat", text=_THREAT))
    return {q.text: q.speaker for q in extraction.quotes}


def test_a_quote_closed_by_the_other_style_of_mark_ends_there() -> None:
    quotes = _quotes()
    assert "someone should take her badge away" in quotes  # not run on into "…, the office said. Reyes is …"
    assert not any("Reyes is one of" in text for text in quotes)


def test_a_pronoun_continues_the_subject_not_the_person_named_as_an_object() -> None:
    quotes = _quotes()
    assert quotes["someone should take her badge away"] == "Tobias Wren"  # 'he' of 'He was arrested …', not Reyes
    assert quotes["ruin her within a year."] == "Tobias Wren"  # Reyes's office is where the letter went


def test_nested_reported_speech_keeps_the_innermost_speaker() -> None:
    # The dispatcher recalled what he said: not the dispatcher's words, not the office's, and not Reyes's,
    # whom the text calls one of the first women and the quote calls "her".
    assert _quotes()["I'll end her career"] == "Tobias Wren"


def test_she_after_a_sentence_is_its_subject_not_its_object() -> None:
    assert _quotes()["Tobias Wren regrets his words"] == "Marta Quell"


def test_a_word_given_to_a_person_is_never_credited_to_that_person() -> None:
    assert _quotes().get("coward") != "Lucia Reyes"


def test_the_last_item_of_a_list_of_nouns_is_no_clause() -> None:
    text = ("Wren is a convicted felon and kept a shotgun, two pistols, three rifles and hundreds of rounds of "
            "ammunition at his farm, deputies said.")
    parts = [c.text for c in clauses(text, 0, len(text))]
    assert not any(p.startswith("Wren hundreds") for p in parts)
    assert any("hundreds of rounds" in p and "kept" in p for p in parts)


def test_a_list_of_verb_phrases_is_still_split() -> None:
    text = "The new depot employs 300 drivers, serves four towns and opens every day of the year."
    parts = [c.text for c in clauses(text, 0, len(text))]
    assert "The new depot opens every day of the year." in parts


def test_a_possessive_in_the_object_is_no_source() -> None:
    text = ("Councillor Ana Pike on Monday linked the closure of the Elm Street library to radio host Tom Vey’s "
            "remarks on the budget.")
    (claim,) = extract_offline(Article(id="S1", uri="mem://pike", text=text)).claims
    assert claim.attribution != "Tom Vey"


def test_a_verb_phrase_in_a_list_shares_the_clause_subject_not_the_object_before_it() -> None:
    from summarizer.extract.offline.speaker_phrases import parse_before_cue

    for clause, name in (("During the hearing, he praised the old council, ", "he"),
                         ("Mayor Ana Lund thanked the volunteers, ", "Ana Lund"),
                         ("Tova Brisk, the committee chair, ", "Tova Brisk")):
        phrase = parse_before_cue(clause)
        assert phrase is not None and phrase.name == name, (clause, phrase)


def test_after_a_modal_a_word_in_s_is_no_verb_of_the_list() -> None:
    text = "A second bill would provide money for the remaining closed agencies and departments through May."
    parts = [c.text for c in clauses(text, 0, len(text))]
    assert parts == [text]  # not "A second bill departments through May."


def test_the_name_a_participle_cue_follows_speaks() -> None:
    text = ("The talks ended on Friday.\n\n"
            'Despite Lund saying the sides had "moved a long way," the union left without a deal.')
    (quote,) = extract_offline(Article(id="S1", uri="mem://talks", text=text)).quotes
    assert quote.speaker == "Lund"
