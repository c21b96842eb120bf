"""A legislator's party and state, set after the name news style ("R-Ore.", "Democrat of Vermont"), is a label of
the person named before it, never the speaker or the source."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.speaker_phrases import parse_before_cue
from summarizer.schema import Article


@pytest.mark.parametrize(("clause", "name"), [
    ("Sen. Corin Haldane, R-Ore., ", "Corin Haldane"),
    ("Haldane, D-N.M., ", "Haldane"),
    ("Senator Tova Brisk, Republican of Vermont, ", "Tova Brisk"),
    ("Representative Oda Feld, Democrat from New Hampshire, ", "Oda Feld"),
    ("Tova Brisk, the committee chair, ", "Tova Brisk"),  # an appositive that is no label, as before
])
def test_the_name_before_a_party_label_speaks(clause: str, name: str) -> None:
    phrase = parse_before_cue(clause)
    assert phrase is not None and phrase.name == name


def test_a_quote_and_a_claim_go_to_the_legislator_not_the_state() -> None:
    text = ('"The bridge money is long overdue," Sen. Corin Haldane, R-Ore., said on Tuesday.\n\n'
            "Sen. Tova Brisk, D-Vt., said the vote would come before the recess.")
    extraction = extract_offline(Article(id="S1", uri="mem://bridge", text=text))
    assert [q.speaker for q in extraction.quotes] == ["Corin Haldane"]
    vote = next(c for c in extraction.claims if "recess" in c.text)
    assert vote.attribution == "Tova Brisk"
