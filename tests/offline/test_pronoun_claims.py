"""A sentence a pronoun attributes ("…, she said.", "She said …") is the person's statement, read as a quote's pronoun
speaker is; a pronoun inside a clause ("a plan that he said nobody liked", "when he said") speaks for that clause
only. Also from real news: "Lund reportedly said" (a hedge between subject and cue) and "House Speaker-to-be Ana
Lund" (an office with -to-be / -elect) lost the speaker, and the second of two people acting together
("Brekke and Lund met …, when he said") was read as the "he". Invented text."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article


def _extract(text: str):  # type: ignore[no-untyped-def]
    return extract_offline(Article(id="S1", uri="x.txt", text=text))


def test_a_pronoun_cue_attributes_the_sentence_to_its_person() -> None:
    x = _extract("Mayor Ana Lund met the ferry crews on Monday. The quay will close in May for repairs, she said. "
                 "On Tuesday, she said the pier was unsafe. Harbour master Ivo Crane disagreed. He made a plan that he "
                 "said nobody liked.")
    claims = {c.text: c.attribution for c in x.claims}
    assert claims["The quay will close in May for repairs, she said."] == "Ana Lund"
    assert claims["On Tuesday, she said the pier was unsafe."] == "Ana Lund"
    assert claims["He made a plan that he said nobody liked."] is None


def test_a_hedged_cue_an_elect_office_and_a_coordinated_subject() -> None:
    x = _extract("Councillor Per Holm and Deputy Mayor-elect Siv Aas met the crews after a meeting with Inspector "
                 "Ivo Crane, when he said he would be “proud” to pay.\n\n“The quay is not safe,” Siv Aas reportedly "
                 "said.\n\nThe Skarnes Courier reports that the repairs will start in May.")
    speakers = {q.text: q.speaker for q in x.quotes}
    assert speakers["The quay is not safe"] == "Siv Aas"
    assert speakers.get("proud") in (None, "Ivo Crane")
    assert any(e.name == "Siv Aas" and e.type == "person" for e in x.entities)
