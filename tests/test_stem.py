"""The crude stemmer gives every inflected form of a word one stem (invented word families)."""

from __future__ import annotations

import pytest

from summarizer.quantities import parse_quantities
from summarizer.text import stem

FAMILIES = [
    "close closes closed closing",  # a base ending in 'e'
    "rule rules ruled ruling",
    "fire fires fired firing",
    "leave leaves leaving",
    "stop stops stopped stopping",  # a consonant the inflection doubles
    "plan plans planned planning",
    "admit admits admitted admitting",
    "cancel cancels cancelled cancelling canceled",  # British 'll'
    "control controls controlled controlling",
    "carry carries carried carrying",  # '-ied'
    "deny denies denied denying",
    "agree agrees agreed agreeing",  # '-ee' and '-eed'
    "proceed proceeds proceeded proceeding",
    "use uses used using",
    "tie ties tied tying",
    "box boxes boxed",
    "status statuses",
    "Israeli Israelis",
]


@pytest.mark.parametrize("family", FAMILIES)
def test_every_form_of_a_word_has_one_stem(family: str) -> None:
    forms = family.split()
    assert {form: stem(form) for form in forms} == {form: stem(forms[0]) for form in forms}


def test_a_plural_only_noun_is_not_another_word() -> None:
    assert stem("news") != stem("new")
    assert stem("hoped") == stem("hope") != stem("hopped") == stem("hop")


def test_the_quantity_reader_finds_people_in_any_form_of_their_noun() -> None:
    """Its lists of people hold words; the counted noun is read by its stem."""
    (killed,) = parse_quantities("Four refugees were killed when the boat capsized.")
    assert killed.unit == "person"
