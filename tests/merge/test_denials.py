"""A decision denied with 'no' before its object is a denial like 'did not' (invented sentences)."""

from __future__ import annotations

import pytest
from helpers import Doc, build

from summarizer.merge.accounts import decision
from summarizer.merge.claims import collect_claims
from summarizer.merge.independence import detect_copies


def _decided(sentence: str) -> tuple[str, frozenset[str]]:
    articles, records = build(Doc("S1").say(sentence))
    found = decision(collect_claims(articles, records, detect_copies(articles))[0])
    assert found is not None
    return found.name, found.denied


@pytest.mark.parametrize(
    "sentence",
    [
        "No evacuation has been ordered for the valley.",
        "An evacuation was not ordered for the valley.",
        "The mayor has not yet ordered an evacuation.",
        "No curfew was ever ordered in the town.",
    ],
)
def test_every_wording_of_a_denial_is_one_account(sentence: str) -> None:
    assert _decided(sentence)[0] == "not ordered"


def test_an_order_after_a_denied_noun_elsewhere_is_still_an_order() -> None:
    # "no" three content words away does not reach the verb.
    assert _decided("With no warning from the weather office, the mayor ordered an evacuation.")[0] == "ordered / approved"
