"""Quote speakers read from the context (issue 13), on invented text: a family name written first, the
subject of the sentence before a pronoun, and a subject behind an office or an opening clause."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from tests.offline.articles import article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_offline(article(text)).quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ('Premier Qiao Wenjun addressed the forum in Lianbei. "Trade must stay open," Qiao said.', "Qiao Wenjun"),
    ('Okada Rentaro, the governor of Nagaro, ordered the evacuation. "The slope is moving," Okada told reporters.',
     "Okada Rentaro"),
])
def test_a_family_name_written_first_names_the_person(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]
    entities = {e.name: e for e in extract_offline(article(text)).entities}
    assert expected.split()[0] in entities[expected].aliases  # one person, not a second entity


def test_a_lone_word_two_people_share_names_neither() -> None:
    text = ('Qiao Wenjun and Qiao Lirong ran the stall. "We sold nothing," Qiao said.')
    assert _speakers(text) == ["Qiao"]


def test_a_pronoun_after_a_sentence_naming_two_people_is_its_subject() -> None:
    text = 'Mayor Tilde Brask thanked fire chief Oskar Lind on Monday. "Without the crews we would have lost the school," she said.'
    assert _speakers(text) == ["Tilde Brask"]


def test_a_pronoun_in_the_sentence_naming_two_people_is_the_nearer() -> None:
    # Within one sentence, the nearer name holds: the subject rule reads only the sentence before.
    text = ('Their father, Ruben Vahl, backs the plan, and the younger Vahl, Ines Vahl, agreed when she added, '
            '"Freedom means freedom for everyone."')
    assert _speakers(text) == ["Ines Vahl"]


@pytest.mark.parametrize(("text", "expected"), [
    ('Talks broke down at midnight. Union official Mette Skov walked out first. "They want us to work for less, again."',
     "Mette Skov"),
    ('Asked whether Governor Pell Arwin would resign, his deputy, Noor Haddad, shook her head. "He has my full support."',
     "Noor Haddad"),
])
def test_an_unattributed_quote_after_a_sentence_about_a_named_person(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]


def test_they_after_a_body_is_the_body() -> None:
    text = 'The Kelmby Dockers Union voted to strike. "We have been patient for two years," they said in a statement.'
    assert _speakers(text) == ["Kelmby Dockers Union"]


def test_they_after_people_named_since_the_body_is_not_the_body() -> None:
    text = ('The Kelmby Dockers Union voted to strike, and its leaders, Ada Brun and Ole Tamm, left the hall. '
            '"We have been patient for two years," they said.')
    assert _speakers(text) != ["Kelmby Dockers Union"]


def test_the_bare_age_is_the_person_named_before() -> None:
    text = 'Priya Nandakumar lost her home in the fire. "We got out with the clothes we wore," the 45-year-old said.'
    assert _speakers(text) == ["Priya Nandakumar"]


def test_an_arabic_article_joined_by_a_hyphen_stays_in_the_name() -> None:
    text = "Gen. Karim al-Haddadi met Colonel Samir el-Tounsi in Qadir. Al-Haddadi said the truce would hold."
    people = {e.name: e.aliases for e in extract_offline(article(text)).entities if e.type == "person"}
    assert set(people) == {"Karim al-Haddadi", "Samir el-Tounsi"}
    assert people["Karim al-Haddadi"] == ["Al-Haddadi"]


def test_two_firms_joined_by_and_at_a_sentence_end_are_two() -> None:
    text = "Brask Engineering won the contract, beating Ostby Construction and Lind Partners."
    names = {e.name: e.type for e in extract_offline(article(text)).entities}
    assert names.get("Ostby Construction") == "organization" and names.get("Lind Partners") == "organization"


def test_they_after_a_sentence_about_a_group_is_the_group() -> None:
    text = ('Mayor Ana Brekke visited the street on Monday. Residents said the water ran brown for days. '
            '"We could not even wash," they said.')
    assert _speakers(text) == ["Residents"]


def test_they_after_a_sentence_about_one_person_is_no_group() -> None:
    # No group is the subject: the pronoun falls back to the person named last, as before.
    text = 'Mayor Ana Brekke visited the street on Monday. "We will fix the pipes," they said.'
    assert _speakers(text) == ["Ana Brekke"]


@pytest.mark.parametrize(("text", "expected"), [
    # What a cue names after it is its object, not its speaker.
    ('One survivor, Rafa Quintal, described the moment the wave hit: "It sounded like a train."', "Rafa Quintal"),
    # A three-word name written family first.
    ('Tran Van Hoang, the plant director, said the fire began in a store. "We lost everything," Tran said.',
     "Tran Van Hoang"),
    # "the owner" is the person the article made owner.
    ("Union leader Greta Sandvik met the company's owner, Leon Mastek, on Friday. "
     '"We made progress," the owner said afterwards.', "Leon Mastek"),
])
def test_speaker_shapes_of_the_last_probe(text: str, expected: str) -> None:
    assert _speakers(text) == [expected]


def test_a_script_label_with_a_title_names_the_person() -> None:
    text = "PRESENTER: The minister joins us now.\nMINISTER TOMAS ABELSEN: Good morning. The tunnel opens in June."
    assert [(s or "").lower() for s in _speakers(text)] == ["tomas abelsen"]
