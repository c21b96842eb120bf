"""Two ways a quote went to the wrong speaker, on invented reports: a name an outlet's report marks in quotation
marks was credited to the outlet as its words, and a pronoun went to a person whose own clause says the other
gender ("Jo Pell, who lost his son, ..." is no "she")."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.schema import Article


def _quotes(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in extract_offline(Article(id="S1", uri="mem://a", text=text)).quotes}


@pytest.mark.parametrize("sentence", [
    'The Valley Times reports that the council\'s "rescue plan" is in trouble after the vote.',
    'According to the Harbour Post, the so-called "rescue plan" will be dropped.',
    'The Valley Times reported on Monday that the "emergency levy" will go.',
])
def test_a_name_an_outlet_marks_is_no_quote_of_the_outlet(sentence: str) -> None:
    quotes = _quotes(f"Harrow council met on Monday. {sentence} Mayor Ana Lund said the council would review it.")
    assert "rescue plan" not in quotes and "emergency levy" not in quotes


def test_an_outlet_s_own_words_stay_its_quotes() -> None:
    """A longer fragment after 'reports that' is cited from the outlet's story; a statement is its own."""
    quotes = _quotes('The Valley Times reports that the toll was "dead on arrival" once the budget vote failed. '
                     '"We stand by our reporting," the Valley Times said in a statement.')
    assert quotes == {"dead on arrival": "Valley Times", "We stand by our reporting": "Valley Times"}


@pytest.mark.parametrize(("text", "speaker"), [
    ('Jo Pell, who lost his son in a crash on the bridge, met Kim Arden. "We need a safer crossing," she said.',
     "Kim Arden"),
    ('Jo Pell, who lost his son in a crash on the bridge, met Kim Arden. "We need a safer crossing," he said.',
     "Jo Pell"),
    ('Kim Arden and her husband spoke after Jo Pell on Monday. "We need a safer crossing," he said.', "Jo Pell"),
    # No gender stated for either: the subject the text follows, as before.
    ('Kim Arden spoke after Jo Pell at the meeting on Monday. "We need a safer crossing," she said.', "Kim Arden"),
    # "her" before a determiner is an object, someone else: Jo Pell's gender is not stated by it.
    ('Jo Pell told her the plan had failed. "We need a safer crossing," he said.', "Jo Pell"),
])
def test_a_pronoun_goes_to_no_one_whose_own_clause_says_the_other_gender(text: str, speaker: str) -> None:
    assert _quotes(text) == {"We need a safer crossing": speaker}


@pytest.mark.parametrize("text", [
    'Ana Lund visited the bridge. The Valley Times quoted Lund as saying the deck was "as good as new."',
    'The Valley Times quoted the mayor, Ana Lund, as saying that the deck was "as good as new" after the repairs.',
    'Nordwire cited Ana Lund as saying the deck was "as good as new" this month.',
])
def test_who_is_quoted_as_saying_speaks_not_who_quotes_her(text: str) -> None:
    assert list(_quotes(text).values()) == ["Ana Lund"]
