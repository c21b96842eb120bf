"""A company named with its legal form or a foreign 'group' word ('X Gruppe AG', 'X GmbH', 'X SpA', 'X S.A.') and
afterwards by its short name 'X' is one organisation, on invented articles."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from tests.offline.articles import article

CASES = [
    ("Varnholt Gruppe AG agreed on Tuesday to buy a rival. Varnholt will pay cash, Varnholt said.", "Varnholt Gruppe AG"),
    ("Brenzoni SpA said it had won the tender. Brenzoni will build the bridge, the company said.", "Brenzoni SpA"),
    ("Kestrava GmbH is cutting 300 jobs. Kestrava said demand had fallen.", "Kestrava GmbH"),
    ("Orlanda S.A. posted a loss on Friday. Orlanda blamed the weather.", "Orlanda S.A"),
    ("The deal with Haverick Groupe was signed. Haverick said it was pleased.", "Haverick Groupe"),
]


@pytest.mark.parametrize(("text", "formal"), CASES)
def test_a_legal_form_makes_one_organisation_with_its_short_name(text: str, formal: str) -> None:
    entities = {e.name: e for e in extract_offline(article(text)).entities}
    assert formal in entities, sorted(entities)
    assert entities[formal].type == "organization"
    short = formal.split()[0]
    assert short not in entities and short in entities[formal].aliases


def test_a_lowercase_form_closes_the_name_it_follows_and_opens_none() -> None:
    names = {e.name: e.type for e in extract_offline(article("Pellisar plc said profits rose. Shares in the plc fell.")).entities}
    assert names.get("Pellisar plc") == "organization"
    assert not any(name.lower() == "plc" for name in names)


def test_a_filings_defined_terms_are_no_entities() -> None:
    text = ("Pellisar plc said its chief executive would step down as a director of the Company with immediate effect. "
            "The Board has begun a search for a successor. Pellisar expects the Group to meet its forecasts.")
    names = {e.name for e in extract_offline(article(text)).entities}
    assert "Pellisar plc" in names
    assert not names & {"Company", "Board", "Group"}, sorted(names)


def test_a_body_named_with_a_defined_terms_word_stays() -> None:
    text = "The Harbour Board met on Monday. The Harbour Board said the quay would reopen."
    assert "Harbour Board" in {e.name for e in extract_offline(article(text)).entities}
