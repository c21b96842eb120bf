"""A second thing a source said, added after its attribution, is a claim of its own (invented sentences)."""

from __future__ import annotations

from summarizer.consistency import check_meaning
from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.clauses import clauses
from summarizer.ground import ground
from summarizer.schema import Article


def _parts(sentence: str) -> list[tuple[str, str]]:
    """(the claim's wording, its evidence) per clause."""
    return [(c.text, sentence[c.start:c.end]) for c in clauses(sentence, 0, len(sentence))]


def test_a_participle_after_a_closing_attribution_is_the_speakers_own_claim() -> None:
    sentence = ('"The lake is safe for boats," Hallam council engineer Ines Marlow said on Tuesday, urging swimmers '
                "not to enter the water until the algae tests are back.")
    assert _parts(sentence) == [
        ('"The lake is safe for boats," Hallam council engineer Ines Marlow said on Tuesday',
         '"The lake is safe for boats," Hallam council engineer Ines Marlow said on Tuesday'),
        ("Hallam council engineer Ines Marlow urged swimmers not to enter the water until the algae tests are back.",
         "urging swimmers not to enter the water until the algae tests are back."),
    ]
    # The speaker after the verb, with a title set off by commas; a statement's source, not only a quotation's.
    after = ('"We are not done yet," said Dr. Oskar Fenn, head of the survey team, adding that a second dive '
             "would start on Friday.")
    assert _parts(after)[1][0] == "Dr. Oskar Fenn added that a second dive would start on Friday."
    plain = ("The ferry will sail from Pellow again on Monday, the Orrin harbour board said, warning passengers "
             "to expect a reduced timetable.")
    assert [text for text, _ in _parts(plain)] == [
        "The ferry will sail from Pellow again on Monday, the Orrin harbour board said",
        "The Orrin harbour board warned passengers to expect a reduced timetable."]
    # A sentence that opens with its attribution has no part before the clause.
    assert [text for text, _ in _parts("The Orrin harbour board said on Monday, urging passengers to book ahead.")] == [
        "The Orrin harbour board urged passengers to book ahead."]


def test_a_participle_is_left_in_its_sentence_where_it_is_no_second_report() -> None:
    for sentence in (
        "The ferry will sail again on Monday, she said, warning passengers to expect delays.",  # a pronoun speaker
        '"We will not sell," the Orrin union said, adding: "Not now, not ever."',  # the clause quotes again
        "The strike ended after the minister said, adding that pay would rise.",  # a clause, not a speaker
        "The board said on Monday, noting delays.",  # too short to be a fact
    ):
        assert _parts(sentence) == [(sentence, sentence)], sentence


def test_the_reported_clause_passes_grounding_with_its_wording_kept() -> None:
    text = ("Pellow council closed the harbour wall on Monday. \"The wall is cracked in two places,\" council engineer "
            "Ines Marlow said in a statement, urging anglers not to climb onto the wall until repairs are finished.")
    article = Article(id="S1", uri="a.txt", text=text)
    grounded, report = ground(article, extract_offline(article))
    grounded = check_meaning(grounded, report)
    urged = next(c for c in grounded.claims if c.text.startswith("Council engineer Ines Marlow urged anglers"))
    assert urged.evidence == "urging anglers not to climb onto the wall until repairs are finished."
    assert urged.span is not None and text[urged.span.start:urged.span.end] == urged.evidence
    assert report.rewritten == 0


def test_what_the_subject_said_while_acting_is_a_claim_of_its_own() -> None:
    assert [text for text, _ in _parts("The Orrin harbour board shut the pier on Monday, warning that the deck was "
                                       "unsafe after the storm.")] == [
        "The Orrin harbour board shut the pier on Monday",
        "The Orrin harbour board warned that the deck was unsafe after the storm."]
    # A second participle chained to the first is worded as the speaker's act too.
    assert _parts("The Orrin harbour board shut the pier, warning that the deck was unsafe and adding that repairs "
                  "would take a month.")[1][0] == ("The Orrin harbour board warned that the deck was unsafe and added "
                                                   "that repairs would take a month.")
    sentence = "Pellow's mayor Ada Quist stepped down in March, saying that she had misled the council about the loan."
    assert _parts(sentence)[1] == ("Pellow's mayor Ada Quist said that she had misled the council about the loan.",
                                   "saying that she had misled the council about the loan.")


def test_a_participle_after_an_act_is_left_where_its_subject_is_in_doubt() -> None:
    for sentence in (
        "The camera shows the quay, and she grows upset, shouting at the crew as they pass.",  # whose clause?
        "On Monday the harbour board shut the pier, warning of storm damage to the deck.",  # no subject opens it
        'The board shut the pier, saying: "It is not safe."',  # the clause quotes
        "He shut the pier on Monday, saying the deck was unsafe.",  # a pronoun subject
    ):
        assert _parts(sentence) == [(sentence, sentence)], sentence
