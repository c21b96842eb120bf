"""Which sentences are claims, and whom 'according to' names (invented sentences)."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.claims import according_to
from summarizer.schema import Article


def _claims(text: str) -> dict[str, str | None]:
    extraction = extract_offline(Article(id="S1", uri="a.txt", text=text))
    return {c.text: c.attribution for c in extraction.claims}


def test_according_to_reads_past_a_title_abbreviation() -> None:
    assert according_to("Soil tests are due Monday, according to Dr. Ines Marl, the county's chief chemist.") == "Dr. Ines Marl"
    assert according_to("The toll rose to nine, according to the U.S. Forest Service.") == "the U.S. Forest Service"
    assert according_to("The toll rose to nine, according to police; others put it higher.") == "police"
    claims = _claims("The Orm river was closed to boats on Sunday after a spill. "
                     "Soil tests from the banks are due on Monday, according to Dr. Ines Marl, the county's chief chemist.")
    [source] = [a for t, a in claims.items() if "Soil tests" in t]
    assert source is not None and "Marl" in source


def test_a_question_or_a_sentence_the_writer_opens_as_i_is_no_claim() -> None:
    claims = _claims("The Orm river was closed to boats on Sunday after a chemical spill upstream. "
                     "And what has the county council done about the leaking tanks since May? "
                     "I have been writing about those tanks for six years and nobody listened. "
                     "The clean-up will cost $4 million, according to figures I have seen. "
                     "\"I will not let this happen again,\" the plant manager said on Monday evening.")
    texts = list(claims)
    assert not any(t.endswith("?") for t in texts)
    assert not any(t.startswith("I have been") for t in texts)
    assert any("$4 million" in t for t in texts)  # a figure the writer reports stays
    assert any(t.startswith("\"I will not") for t in texts)  # a quotation is not the writer's voice


def test_clauses_joined_by_a_semicolon_are_separate_claims_with_their_own_spans() -> None:
    text = ("The Orm footbridge is closed to walkers and the towpath remains shut; cyclists are sent round by the "
            "Kell road. Volunteers cleared the debris by noon; then rain fell. "
            "\"We are ready; we are waiting,\" the warden said on Monday evening.")
    extraction = extract_offline(Article(id="S1", uri="a.txt", text=text))
    texts = {c.text for c in extraction.claims}
    assert "The Orm footbridge is closed to walkers and the towpath remains shut" in texts
    # worded as a sentence of its own; the evidence keeps the article's characters
    assert "Cyclists are sent round by the Kell road." in texts
    assert all(c.span is not None and text[c.span.start:c.span.end] == c.evidence for c in extraction.claims)
    assert "cyclists are sent round by the Kell road." in {c.evidence for c in extraction.claims}
    # A clause shorter than four words, or a semicolon inside a quotation, keeps the sentence whole.
    assert "Volunteers cleared the debris by noon; then rain fell." in texts
    assert any(t.startswith("\"We are ready; we are waiting,\"") for t in texts)


def test_a_short_clause_before_a_semicolon_is_a_claim_though_unpunctuated() -> None:
    text = "The Orm river was closed to boats on Sunday. Brisk Police and the river agency are investigating; the plant has shut."
    texts = {c.text for c in extract_offline(Article(id="S1", uri="a.txt", text=text)).claims}
    assert "Brisk Police and the river agency are investigating" in texts
