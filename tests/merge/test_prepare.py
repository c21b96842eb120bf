"""Each article's share of the merge, computed while the other answers are awaited, changes nothing.

The pipeline embeds a record's texts as its answer lands (``summarizer.merge.prepare``); the merge
after the last answer must then find every vector it needs and decide exactly as without it.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from story import STORY

from summarizer.align import WordLlamaEmbedder, use_embedder
from summarizer.merge import merge
from summarizer.merge.candidates import unclassified_pairs
from summarizer.merge.prepare import prepare
from summarizer.pipeline import Options, _MergePreparation, arun
from summarizer.schema import Article, ArticleExtraction, ExtractionRecord
from summarizer.testing.fake_openai import FakeOpenAI, FixtureResponder

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "llm"


def _llm_story() -> tuple[list[Article], list[ExtractionRecord]]:
    with FakeOpenAI(FixtureResponder(FIXTURES)) as server:
        env = {"OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "x"}
        result = asyncio.run(arun([str(STORY)], Options(env=env, use_cache=False, synthesize=False, adjudicate=False)))
    return [a for a in result.articles if a.status != "failed"], result.records


def _counting(monkeypatch: pytest.MonkeyPatch, embedder: WordLlamaEmbedder) -> list[str]:
    computed: list[str] = []
    pooled = embedder._pooled

    def counted(model: object, texts: list[str]) -> object:
        computed.extend(texts)
        return pooled(model, texts)

    monkeypatch.setattr(embedder, "_pooled", counted)
    return computed


def _misses_after_preparing(helpers: tuple[Any, ...], articles: list[Article], records: list[ExtractionRecord]) -> list[int]:
    """Each cached reader's misses after its cache is emptied and every record is prepared, as answers land."""
    for helper in helpers:
        helper.cache_clear()
    by_id = {a.id: a for a in articles}
    for record in records:
        prepare(by_id[record.source], record)
    return [helper.cache_info().misses for helper in helpers]


def test_prepared_records_leave_the_merge_nothing_to_embed_and_the_same_briefing(monkeypatch: pytest.MonkeyPatch) -> None:
    articles, records = _llm_story()
    assert sum(len(r.extraction.claims) + len(r.extraction.quotes) for r in records) > 10
    with use_embedder(WordLlamaEmbedder()):
        expected = merge(articles, records)
        expected_pairs = unclassified_pairs(articles, records, expected)
    fresh = WordLlamaEmbedder()
    computed = _counting(monkeypatch, fresh)
    with use_embedder(fresh):
        by_id = {a.id: a for a in articles}
        for record in records:
            prepare(by_id[record.source], record)
        assert computed  # the vectors were made here, ahead of the merge
        computed.clear()
        briefing = merge(articles, records)
        pairs = unclassified_pairs(articles, records, briefing)
    assert computed == []
    assert briefing.model_dump_json() == expected.model_dump_json()
    assert pairs == expected_pairs


def test_records_wait_for_the_later_stages_to_load_then_are_prepared_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    prepared: list[str] = []
    monkeypatch.setattr("summarizer.merge.prepare.prepare", lambda article, record: prepared.append(record.source))
    records = [ExtractionRecord(source=f"S{n}", backend="llm", extraction=ArticleExtraction()) for n in (1, 2, 3)]
    loaded = threading.Event()
    loading = threading.Thread(target=loaded.wait)
    loading.start()
    preparation = _MergePreparation()
    preparation.start(loading)
    article = Article(id="S1", uri="mem://S1", text="A story.")
    preparation.add(article, records[0])
    preparation.add(article, records[1])
    assert prepared == []  # loading the model on the event loop would stall the requests behind it
    loaded.set()
    loading.join()
    preparation.add(article, records[2])
    assert prepared == ["S1", "S2", "S3"]
    idle = _MergePreparation()
    idle.start(None)  # offline, or an --embeddings endpoint: nothing to prepare
    idle.add(article, records[0])
    assert prepared == ["S1", "S2", "S3"]


def test_once_every_answer_is_in_the_rest_is_left_to_the_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    # Preparing ahead pays only while answers are awaited; afterwards the merge reads the rest in one
    # batch, cheaper than record by record. Records queued behind the model's loading are dropped too.
    prepared: list[str] = []
    monkeypatch.setattr("summarizer.merge.prepare.prepare", lambda article, record: prepared.append(record.source))
    records = [ExtractionRecord(source=f"S{n}", backend="llm", extraction=ArticleExtraction()) for n in (1, 2, 3, 4)]
    article = Article(id="S1", uri="mem://S1", text="A story.")
    loaded = threading.Event()
    loading = threading.Thread(target=loaded.wait)
    loading.start()
    preparation = _MergePreparation()
    preparation.start(loading)
    preparation.add(article, records[0])
    loaded.set()
    loading.join()
    preparation.add(article, records[1])
    assert prepared == ["S1", "S2"]
    preparation.all_in()
    preparation.add(article, records[2])
    assert prepared == ["S1", "S2"]
    late = _MergePreparation()
    waiting = threading.Thread(target=threading.Event().wait, args=(0.2,))
    waiting.start()
    late.start(waiting)
    late.add(article, records[3])  # queued behind the loading
    late.all_in()
    waiting.join()
    late.add(article, records[3])
    assert prepared == ["S1", "S2"]


def test_prepared_records_leave_the_merge_no_claim_to_read_again() -> None:
    """What the merge reads in each claim (tokens, names, acts, figures, main clause) is remembered per text."""
    from summarizer.merge import _text, claim_names, claims
    from summarizer.merge.independence import detect_copies
    from summarizer.quantities import _parsed

    articles, records = _llm_story()
    from summarizer.merge.independence import _shingles

    helpers = (_text.content_tokens, _text.anchors, _text.main_clause, claims.actions, claims._act_words,
               claim_names.unnamed_text, _parsed, _shingles)
    misses = _misses_after_preparing(helpers, articles, records)
    items = claims.collect_claims(articles, records, detect_copies(articles))  # the copy detector too
    claims.ClaimMatcher(items)  # the claims without their names, for the embedding
    assert len(items) > 10
    assert [helper.cache_info().misses for helper in helpers] == misses


def test_prepared_records_leave_the_merge_no_decision_to_read_again() -> None:
    """Which decision each claim reports (the ledger's and the account finder's reading) is read once per
    text, as its answer lands; the merge after the last answer reads none again."""
    from summarizer.merge.accounts import decision

    articles, records = _llm_story()
    decision.cache_clear()
    by_id = {a.id: a for a in articles}
    for record in records:
        prepare(by_id[record.source], record)
    read = decision.misses
    assert read > 10
    merge(articles, records)
    assert decision.misses == read


def test_a_remembered_decision_holds_the_claim_it_is_asked_about() -> None:
    """Two outlets' claims in the same words share one reading, and each gets it back as its own (the
    account finder cites the claim's source and span from it)."""
    from helpers import Doc, build

    from summarizer.merge.accounts import decision
    from summarizer.merge.claims import collect_claims
    from summarizer.merge.independence import Independence

    sentence = "The Orvel Canal Trust ordered the lock keepers to drain basin four."
    articles, records = build(Doc("S1").say(sentence), Doc("S2").say("Boats queued at dawn.").say(sentence))
    first, second = (i for i in collect_claims(articles, records, Independence({})) if i.claim.text == sentence)
    decision.cache_clear()
    one, other = decision(first), decision(second)
    assert decision.misses == 1
    assert one is not None and other is not None
    assert (one.item, other.item) == (first, second)
    assert (one.item.source, other.item.source) == ("S1", "S2")
    assert one.name == other.name == "ordered / approved"
    assert decision(first) is not None and decision(first).item is first  # type: ignore[union-attr]


def test_prepared_articles_leave_the_merge_no_word_index_to_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each article's word starts (what the title and affiliation finders look names up in) are built as
    its answer lands; the merge takes them, builds none after the last answer, and keeps none after it."""
    from summarizer.merge import _text

    articles, records = _llm_story()
    built: list[str] = []

    class Counted(_text.WordStarts):
        def __init__(self, text: str) -> None:
            built.append(text)
            super().__init__(text)

    monkeypatch.setattr(_text, "WordStarts", Counted)
    with use_embedder(WordLlamaEmbedder()):
        expected = merge(articles, records).model_dump_json()
        assert built  # without preparing, the merge builds them
        built.clear()
        by_id = {a.id: a for a in articles}
        for record in records:
            prepare(by_id[record.source], record)
        assert sorted(built) == sorted({by_id[r.source].text for r in records})
        built.clear()
        assert merge(articles, records).model_dump_json() == expected
    assert built == []
    assert not any(a.text in _text._INDEXED for a in articles)


def test_prepared_records_leave_the_merge_no_denial_to_read_again() -> None:
    """Whether each claim denies an act, and its negation and modality, are read as its answer lands; the
    denied-act finder after the last answer reads none again."""
    from summarizer.align.constraints import signature
    from summarizer.merge.denied_acts import _denial

    articles, records = _llm_story()
    _denial.cache_clear()
    signature.cache_clear()
    by_id = {a.id: a for a in articles}
    for record in records:
        prepare(by_id[record.source], record)
    read, signed = _denial.misses, signature.cache_info().misses
    assert read > 10
    claims = {c.text for r in records for c in r.extraction.claims if c.span is not None}
    merge(articles, records)
    assert _denial.misses == read
    assert signature.cache_info().misses - signed < len(claims) // 4  # at most the few other texts the finders sign


def test_prepared_records_leave_the_timeline_no_event_to_read_again() -> None:
    """Each event's undated words, turns and subject, and what its sentence says of who acted, what was done and
    when in the day, are read as its answer lands; the timeline after the last answer reads no event again."""
    from summarizer.dates.clock import times_of_day
    from summarizer.merge import event_items, event_reading

    articles, records = _llm_story()
    helpers = (event_items._reading, event_reading.undated, event_reading.actor, event_reading.main_acts,
               event_reading.dates_the_act, times_of_day)
    misses = _misses_after_preparing(helpers, articles, records)
    assert misses[0] > 5
    merge(articles, records)
    assert [helper.cache_info().misses for helper in helpers] == misses


def test_prepared_records_leave_the_merge_no_name_quotation_tally_or_whole_to_read_again() -> None:
    """Each claim's quoted words, vote counts and 'all'/'full' phrases, each entity's and speaker's name forms and
    roles (their patterns compiled), and where an article writes a label before a name, are read as the answer
    lands; the merge after the last answer reads none of them again."""
    from summarizer.merge import _text, affiliations, entity_names, scope, written_roles
    from summarizer.tallies import _read

    articles, records = _llm_story()
    helpers = (_text.quoted_tokens, _read, scope.whole_reading, entity_names._bare_name, affiliations.label_ends,
               written_roles.role_pattern)
    misses = _misses_after_preparing(helpers, articles, records)
    assert all(misses)
    merge(articles, records)
    assert [helper.cache_info().misses for helper in helpers] == misses
