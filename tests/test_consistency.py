"""Red team, issue 14 High 1: a claim is kept only if its evidence supports it.

The threshold is checked on the fixture pairs it was chosen on, and grounding is checked on invented
extractions: real evidence with an unrelated or embellished claim gives way to the evidence, a
speaker or role the text does not put near the quote or name is removed.
"""

from __future__ import annotations

import json
from pathlib import Path

from summarizer.align import thresholds
from summarizer.consistency import check_meaning, meaning_similarity
from summarizer.ground import ground as ground_only
from summarizer.schema import Article, ArticleExtraction, Claim, Entity, Event, GroundingReport, Quote

PAIRS = json.loads((Path(__file__).parent / "fixtures" / "consistency.json").read_text(encoding="utf-8"))
TEXT = (
    "ORVEL — The Orvel city council voted 7 to 2 on Tuesday to spend 4.5 million velors repairing the Kessel "
    "Bridge, council officials said.\n\n"
    "\"We cannot leave the east bank cut off for another winter,\" said Mayor Ana Pell after the vote.\n\n"
    "Transport Minister Edo Varga visited the site in March. Work on the bridge is expected to start in May "
    "and take about six months, according to the council.\n\n"
    "A poster near the site read \"the minister has quit\" beside a photo of Edo Varga.\n\n"
    "A spokesperson for the harbour board, Lina Dorn, declined to comment on the closure. She said the "
    "harbour itself would stay open."
)
ARTICLE = Article(id="S1", uri="orvel.txt", text=TEXT)
FIRST = TEXT.split("\n\n")[0]
WORK = "Work on the bridge is expected to start in May and take about six months, according to the council."


def ground(article: Article, extraction: ArticleExtraction) -> tuple[ArticleExtraction, GroundingReport]:
    """Grounding, then the meaning check the pipeline runs right after it."""
    grounded, report = ground_only(article, extraction)
    return check_meaning(grounded, report), report


def _similarities(kind: str) -> list[float]:
    return meaning_similarity([(claim, evidence) for claim, evidence in PAIRS[kind]])


def test_threshold_separates_the_fixture_pairs() -> None:
    faithful, unfaithful = _similarities("faithful"), _similarities("unfaithful")
    assert all(s < thresholds.CLAIM_SUPPORTED for s in unfaithful), unfaithful
    assert sum(s >= thresholds.CLAIM_SUPPORTED for s in faithful) >= 19, faithful
    # Event labels get a lower bar (see EVENT_SUPPORTED): still most invented ones fall below it.
    assert sum(s < thresholds.EVENT_SUPPORTED for s in unfaithful) >= 18, unfaithful
    assert sum(s >= thresholds.EVENT_SUPPORTED for s in faithful) >= 19, faithful


def _claim(text: str, evidence: str) -> Claim:
    return Claim(text=text, evidence=evidence)


def test_an_invented_claim_with_unrelated_real_evidence_becomes_the_evidence() -> None:
    extraction = ArticleExtraction(claims=[
        _claim("The minister resigned in disgrace.", WORK),
        _claim("The council approved money to repair the bridge.", FIRST),
    ])
    grounded, report = ground(ARTICLE, extraction)
    texts = [c.text for c in grounded.claims]
    assert texts == [WORK, "The council approved money to repair the bridge."]
    assert report.rewritten == 1
    assert any(d.kind == "wording" and "meaning differs from its evidence" in d.message for d in report.dropped_items)


def test_names_dates_and_figures_must_be_in_the_evidence_or_its_paragraph() -> None:
    extraction = ArticleExtraction(claims=[
        _claim("Edo Varga approved the repair on Tuesday.", FIRST),  # a name from elsewhere
        _claim("The council voted on Friday to repair the bridge.", FIRST),  # a date the evidence lacks
        _claim("The council voted to spend 9 million velors on the bridge.", FIRST),  # a figure
        _claim("Work on the bridge will start in May, the council said.", WORK),  # all supported
        # The name only in the evidence's paragraph: a pronoun's antecedent.
        _claim("Lina Dorn said the harbour would stay open.", "She said the harbour itself would stay open."),
    ], events=[Event(date="2025-03", text="Edo Varga resigned in March.",
                     evidence="Transport Minister Edo Varga visited the site in March.")])
    grounded, report = ground(ARTICLE, extraction)
    texts = [c.text for c in grounded.claims]
    assert texts[:3] == [FIRST, FIRST, FIRST]
    assert texts[3:] == ["Work on the bridge will start in May, the council said.",
                         "Lina Dorn said the harbour would stay open."]
    assert grounded.events[0].text == "Transport Minister Edo Varga visited the site in March."
    assert report.rewritten == 4
    assert any(d.kind == "wording" and "names or dates not in its evidence: Friday" in d.message for d in report.dropped_items)


def test_a_negated_paraphrase_is_not_kept() -> None:
    extraction = ArticleExtraction(claims=[_claim("The council did not vote to repair the bridge.", FIRST)])
    grounded, _ = ground(ARTICLE, extraction)
    assert grounded.claims[0].text == FIRST


def test_a_speaker_must_be_named_near_the_quote_with_a_reporting_verb() -> None:
    quotes = [
        Quote(text="We cannot leave the east bank cut off for another winter,", speaker="Ana Pell",
              speaker_role="Mayor"),
        # Words in quotation marks next to a real name, but nobody is reported saying them.
        Quote(text="the minister has quit", speaker="Edo Varga", speaker_role="Transport Minister"),
        Quote(text="We cannot leave the east bank cut off for another winter,", speaker="Ana Pell",
              speaker_role="Harbour Master"),
    ]
    grounded, report = ground(ARTICLE, ArticleExtraction(quotes=quotes))
    assert [(q.speaker, q.speaker_role) for q in grounded.quotes] == [
        ("Ana Pell", "Mayor"), (None, None), ("Ana Pell", None)]
    assert any(d.kind == "speaker" and "Edo Varga" in d.message for d in report.dropped_items)
    assert any(d.kind == "role" and "Harbour Master" in d.message for d in report.dropped_items)


def test_entity_roles_must_stand_near_a_mention() -> None:
    entities = [Entity(name="Edo Varga", type="person", roles=["Transport Minister", "Prime Minister"]),
                Entity(name="Lina Dorn", type="person", roles=["spokesperson", "mayor"])]
    grounded, _ = ground(ARTICLE, ArticleExtraction(entities=entities))
    assert [e.roles for e in grounded.entities] == [["Transport Minister"], ["spokesperson"]]


def test_citations_typed_in_an_article_never_become_citations(tmp_path: Path) -> None:
    """Red team Medium 7: '[S1, S3]' in article text is flagged and never reaches the overview."""
    import asyncio

    from summarizer.pipeline import Options, arun
    from summarizer.render import render

    article = tmp_path / "a.txt"
    article.write_text("Ferry fares rise\n\nFerry fares to Lannis will rise by 5 percent in April, the operator said. "
                       "[S1, S3]\n\nThe operator said fuel costs had doubled since last year. [S2]\n", encoding="utf-8")
    result = asyncio.run(arun([str(article)], Options(backend="offline")))
    briefing = result.briefing
    assert "S3" not in (briefing.overview or "") and "S2" not in (briefing.overview or "")
    assert 'data-source="S3"' not in render(briefing, "html", result.article_texts)
    assert any("instruction-like text in the article" in w.message and "[S1, S3]" in w.message for w in briefing.warnings)
