"""A quote "they" said belongs to the plural people named just before, not to a single person named nearer:
"they" agrees in number."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from tests.offline.articles import article


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_offline(article(text)).quotes]


def test_they_are_the_plural_people_not_the_person_named_after_them() -> None:
    speakers = _speakers("Mayor Ivo Crane joined the call after four former councillors urged Pia Holm to resign. "
                         "In a letter on Monday, they said her plan was \"a danger to the harbour.\"\n\n"
                         "\"The town deserves better. The vote must wait,\" they said.")
    assert speakers and all(s is not None and s.endswith("councillors") for s in speakers), speakers


def test_they_after_economists_across_a_date() -> None:
    speakers = _speakers("The figures came out on Friday.\n\nTarvian economists said only the bank could explain it. "
                         "\"A cut would be needed to reach the target,\" they said.")
    assert speakers == ["Tarvian economists"]


def test_a_single_person_still_speaks_as_he() -> None:
    assert _speakers("Officials met Ivo Crane on Monday. Crane left early. \"We will see,\" he said.") == ["Ivo Crane"]
