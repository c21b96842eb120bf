"""The LLM adjudication call: the rules' grounded evidence decides what is shown, whatever the model says."""

from __future__ import annotations

import asyncio
from typing import TypeVar

from pydantic import BaseModel

from summarizer.adjudicate_llm import ATTEMPTS, Adjudication, Verdict, adjudicate_with_model
from summarizer.errors import ExtractionError
from summarizer.merge.candidates import MAX_PAIRS, ClaimPair
from summarizer.schema import Briefing, Discrepancy, KeyPoint, Position, SourceInfo, Span, Update, UpdateValue, Usage

T = TypeVar("T", bound=BaseModel)


class FakeClient:
    """The structured-call interface with a canned answer (or a failure)."""

    def __init__(self, answer: Adjudication | None) -> None:
        self.answer = answer
        self.messages: list[dict[str, str]] = []

    async def complete(self, messages: list[dict[str, str]], response_model: type[T], label: str,
                       attempts: int | None = None) -> tuple[T, Usage]:
        self.messages = messages
        assert attempts == ATTEMPTS and label == "adjudication"
        if self.answer is None:
            raise ExtractionError(label, "model server error (HTTP 503)")
        assert response_model is Adjudication
        return self.answer, Usage(calls=1, attempts=1, prompt_tokens=300, completion_tokens=40)  # type: ignore[return-value]


def _span(source: str, text: str) -> Span:
    return Span(source=source, start=0, end=len(text), text=text)


def _briefing() -> Briefing:
    toll = Discrepancy(subject="Number of people killed", kind="number",
                       summary="Sources give different figures: 14 (S1, S2) vs 21 (S3).",
                       positions=[Position(value="14", sources=["S1", "S2"],
                                           evidence=[_span("S1", "The Perrow landslide killed 14 people.")]),
                                  Position(value="21", sources=["S3"], evidence=[_span("S3", "The Perrow landslide left 21 dead.")])])
    title = Discrepancy(subject="Title of Ana Rook", kind="title",
                        summary="Sources give Ana Rook different titles: Mayor (S1) vs Senator (S4).",
                        positions=[Position(value="Mayor", sources=["S1"]), Position(value="Senator", sources=["S4"])])
    update = Update(subject="Number of people displaced", summary="rose", values=[
        UpdateValue(value="400", sources=["S1"], time="2031-04-09T06:00", evidence=[_span("S1", "About 400 residents left.")]),
        UpdateValue(value="900", sources=["S2"], time="2031-04-09T18:00", evidence=[_span("S2", "About 900 residents left.")]),
    ])
    return Briefing(discrepancies=[toll, title], updates=[update])


def test_a_model_calling_a_real_conflict_the_same_fact_changes_nothing_but_warns() -> None:
    answer = Adjudication(verdicts=[Verdict(item=1, verdict="same"), Verdict(item=2, verdict="conflict")])
    briefing, usage = asyncio.run(adjudicate_with_model(_briefing(), FakeClient(answer)))
    assert [d.subject for d in briefing.discrepancies] == ["Number of people killed", "Title of Ana Rook"]
    assert briefing.discrepancies[0].summary == _briefing().discrepancies[0].summary
    assert any("called “Number of people killed” same" in w.message for w in briefing.warnings)
    assert usage.calls == 1


def test_a_model_inventing_a_conflict_out_of_an_update_or_an_unknown_item_adds_nothing() -> None:
    answer = Adjudication(verdicts=[Verdict(item=3, verdict="conflict", kind="number", summary="S1 says 400 [S1], S2 says 900 [S2]."),
                                    Verdict(item=9, verdict="conflict", kind="account", summary="S5 says the dam broke [S5].")])
    briefing, _ = asyncio.run(adjudicate_with_model(_briefing(), FakeClient(answer)))
    assert len(briefing.discrepancies) == 2 and len(briefing.updates) == 1
    assert any("stays an update" in w.message for w in briefing.warnings)
    assert any("item 9" in w.message for w in briefing.warnings)


def test_a_conflict_summary_is_used_only_when_it_cites_the_items_own_sides() -> None:
    good = Verdict(item=1, verdict="conflict", kind="number", summary="S1 and S2 put the toll at 14 [S1, S2]; S3 says 21 [S3].",
                   sources=["S1", "S2", "S3"])
    foreign = Verdict(item=2, verdict="conflict", kind="title", summary="Rook is mayor [S1], senator [S4] and governor [S7].",
                      sources=["S1", "S4", "S7"])
    briefing, _ = asyncio.run(adjudicate_with_model(_briefing(), FakeClient(Adjudication(verdicts=[good, foreign]))))
    assert briefing.discrepancies[0].summary == good.summary
    assert briefing.discrepancies[1].summary == _briefing().discrepancies[1].summary
    assert any("cites sources outside it" in w.message for w in briefing.warnings)


def test_failed_call_keeps_the_rule_based_result_with_a_warning() -> None:
    briefing, usage = asyncio.run(adjudicate_with_model(_briefing(), FakeClient(None)))
    assert briefing.discrepancies == _briefing().discrepancies
    assert any("adjudication by the model failed" in w.message for w in briefing.warnings)
    assert usage.calls == 0


def test_evidence_is_fenced_data_and_items_are_numbered() -> None:
    client = FakeClient(Adjudication(verdicts=[]))
    asyncio.run(adjudicate_with_model(_briefing(), client))
    system, user = client.messages[0]["content"], client.messages[1]["content"]
    fence = user.splitlines()[0]
    assert fence.startswith("<<<ARTICLE-") and fence in system and user.rstrip().endswith(fence)
    assert "Item 1 (conflict): Number of people killed" in user and "Item 3 (update)" in user
    assert 'S3: "The Perrow landslide left 21 dead."' in user


def test_nothing_to_review_makes_no_call() -> None:
    client = FakeClient(None)
    briefing, usage = asyncio.run(adjudicate_with_model(Briefing(), client))
    assert client.messages == [] and usage.calls == 0 and briefing.warnings == []


def _pair(a: str, b: str, sources: tuple[str, str] = ("S2", "S4")) -> ClaimPair:
    return ClaimPair(_span(sources[0], a), a, _span(sources[1], b), b, 0.8, "negation")


PAIR = ("The Perrow quarry will reopen in May.", "The Perrow quarry will not reopen in May.")


def test_an_unclassified_pair_the_model_calls_a_conflict_is_listed_with_its_own_evidence() -> None:
    verdict = Verdict(item=4, verdict="conflict", kind="account",
                      summary="S2 says the quarry reopens in May [S2]; S4 says it will not [S4].")
    client = FakeClient(Adjudication(verdicts=[verdict]))
    briefing, _ = asyncio.run(adjudicate_with_model(_briefing(), client, pairs=[_pair(*PAIR)]))
    assert "Item 4 (unclassified pair)" in client.messages[1]["content"]
    added = briefing.discrepancies[-1]
    assert len(briefing.discrepancies) == 3 and added.kind == "account" and added.summary == verdict.summary
    assert [(p.value, p.sources, [s.text for s in p.evidence]) for p in added.positions] == [
        (PAIR[0], ["S2"], [PAIR[0]]), (PAIR[1], ["S4"], [PAIR[1]])]


def test_an_unclassified_pair_called_same_or_with_a_foreign_citation_adds_nothing() -> None:
    same = Verdict(item=4, verdict="same")
    foreign = Verdict(item=5, verdict="conflict", kind="number", summary="S2 says May [S2], S4 says June [S4], S9 agrees [S9].")
    pairs = [_pair(*PAIR), _pair("The toll rose to 30.", "The toll rose to 31.", ("S1", "S3"))]
    briefing, _ = asyncio.run(adjudicate_with_model(_briefing(), FakeClient(Adjudication(verdicts=[same, foreign])), pairs=pairs))
    assert [d.subject for d in briefing.discrepancies] == ["Number of people killed", "Title of Ana Rook"]
    assert any("without a summary citing both" in w.message for w in briefing.warnings)


def test_pairs_alone_are_reviewed_and_bounded() -> None:
    client = FakeClient(Adjudication(verdicts=[]))
    pairs = [_pair(f"The Perrow quarry will reopen in May {n}.", f"The quarry will not reopen in May {n}.") for n in range(MAX_PAIRS + 5)]
    asyncio.run(adjudicate_with_model(Briefing(), client, pairs=pairs))
    user = client.messages[1]["content"]
    assert f"Item {MAX_PAIRS} (unclassified pair)" in user and f"Item {MAX_PAIRS + 1} " not in user


def _with_points() -> Briefing:
    def point(text: str, source: str, score: float) -> KeyPoint:
        return KeyPoint(text=text, sources=[source], evidence=[_span(source, text)], score=score, single_source=True)

    return _briefing().model_copy(update={"sources": [SourceInfo(id=f"S{n}", uri=f"{n}.txt") for n in range(1, 5)],
                                          "key_points": [point("The Perrow road is shut.", "S1", 2.0),
                                                         point("Drivers are turned back from the Perrow road.", "S2", 1.5),
                                                         point("The Perrow landslide killed 14 people.", "S3", 1.4),
                                                         point("The Perrow landslide left 21 dead.", "S4", 1.3)]})


def test_key_points_the_model_calls_one_fact_are_listed_to_it_and_joined() -> None:
    client = FakeClient(Adjudication(verdicts=[], same_points=[[1, 2]]))
    briefing, _ = asyncio.run(adjudicate_with_model(_with_points(), client))
    assert "P1 [S1]: The Perrow road is shut." in client.messages[1]["content"]
    assert [(p.text, p.sources) for p in briefing.key_points] == [
        ("The Perrow road is shut.", ["S1", "S2"]), ("The Perrow landslide killed 14 people.", ["S3"]),
        ("The Perrow landslide left 21 dead.", ["S4"])]
    assert any("1 key point(s) restating another were joined" in w.message for w in briefing.warnings)


def test_a_group_outside_the_listed_points_or_across_a_hard_difference_joins_nothing() -> None:
    client = FakeClient(Adjudication(verdicts=[], same_points=[[3, 9], [3, 4]]))
    briefing, _ = asyncio.run(adjudicate_with_model(_with_points(), client))
    assert [p.sources for p in briefing.key_points] == [["S1"], ["S2"], ["S3"], ["S4"]]
    assert any("differ on a number" in w.message for w in briefing.warnings)
