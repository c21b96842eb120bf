"""Headline and overview from the top key points, and the citation check for model-written text."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.synthesize import check_citations, split_cited, synthesize, verify_overview


def _briefing():  # type: ignore[no-untyped-def]
    a = Doc("S1").say("Police in Dunmore arrested three suspects after the warehouse fire.")
    a.say("The mayor of Dunmore promised an inquiry.")
    b = Doc("S2").say("Three suspects were arrested by Dunmore police after the warehouse fire.")
    b.say("The warehouse was insured, its owner said.", hedged=True, attribution="its owner")
    return synthesize(merge(*build(a, b)))


def test_overview_cites_sources_and_headline_is_top_point() -> None:
    briefing = _briefing()
    assert briefing.headline == "Police in Dunmore arrested three suspects after the warehouse fire"
    first = briefing.overview.split(" [")[0]
    assert first == "Police in Dunmore arrested three suspects after the warehouse fire."
    assert briefing.overview.count("[S1, S2]") == 1
    # the hedged warehouse point shares the story's central words, so it outranks the mayor
    assert [c for _, c in split_cited(briefing.overview)] == [["S1", "S2"], ["S2"], ["S1"]]
    assert "its owner said" in briefing.overview


def test_citation_check_keeps_supported_and_flags_unsupported() -> None:
    briefing = _briefing()
    checks = check_citations(
        [("Dunmore police arrested three suspects.", ["S1", "S2"]), ("The mayor promised an inquiry.", ["S2", "S1"])],
        briefing,
    )
    assert [(c.supported, c.unsupported) for c in checks] == [(["S1", "S2"], []), (["S1"], ["S2"])]


def test_verify_overview_drops_unsupported_citations_and_sentences() -> None:
    briefing = _briefing()
    text, warnings = verify_overview("Dunmore police arrested three suspects [S1, S3]. The city will build a new stadium [S2].", briefing)
    assert text == "Dunmore police arrested three suspects. [S1]"
    assert len(warnings) == 3
    assert any("sentence dropped" in w.message for w in warnings)
    assert {(w.kind, w.source) for w in warnings} == {("synthesis", None)}


def test_empty_briefing_has_empty_headline() -> None:
    briefing = synthesize(merge([], []))
    assert (briefing.headline, briefing.overview) == ("", "")


def test_merge_restores_the_garbage_collector_state() -> None:
    import gc

    assert gc.isenabled()
    merge([], [])
    assert gc.isenabled()
    gc.disable()
    try:
        merge([], [])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_long_headline_keeps_the_first_of_two_coordinated_clauses() -> None:
    from summarizer.synthesize import headline_clause

    text = ("The ferry service to Tarn Island will resume on Friday, June 5, and must carry only freight until the "
            "harbour crane is repaired, which the port expects by June 20, the harbour master told reporters.")
    assert headline_clause(text) == "The ferry service to Tarn Island will resume on Friday, June 5"
