"""Rules rewritten to run in linear time on hostile text give what their plain definitions give.

A plain definition that re-reads everything before each match ("how many words precede this
phrase?") is quadratic on a one-sentence megabyte; the rewrite must not change a single answer.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.align import embedding
from summarizer.align.embedding import WordLlamaEmbedder, shipped_embedder
from summarizer.extract.offline import speakers
from summarizer.extract.offline.lexicon import AUXILIARIES
from summarizer.ground.locate import Locator, _Names, fold
from summarizer.merge import affiliations, titles
from summarizer.merge import stated_roles as stated
from summarizer.merge._text import ArticleTexts, source_order
from summarizer.merge.quotes import _description, _Descriptions
from summarizer.render._html_sections import Chips, utf16_offset
from summarizer.schema import Article, EntityRole, MergedEntity, Span
from summarizer.synthesize import _PHRASE, _phrase_cuts

_TOKENS = st.sampled_from(["in", "on", "by", "and", "according", "saying", "with", "the", "port", "closed",
                           "x,", ",", "  ", "\t", "\n", "Quay", "7"])


def _plain_cuts(head: str, max_words: int) -> list[int]:
    return [m.start() for m in _PHRASE.finditer(head) if len(head[: m.start()].split()) in range(6, max_words + 1)]


@given(st.lists(_TOKENS, max_size=40), st.sampled_from(["", " ", "\t"]), st.integers(min_value=6, max_value=20))
def test_phrase_cuts_match_counting_the_words_before_each_phrase(tokens: list[str], lead: str, max_words: int) -> None:
    head = lead + " ".join(tokens)
    assert _phrase_cuts(head, max_words) == _plain_cuts(head, max_words)


@given(st.text(alphabet=st.sampled_from("ab \n🚢é𝄞"), max_size=60), st.data())
def test_chip_offsets_count_astral_characters_before_them(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    chips = Chips({"S1": text}, {})
    span = Span(source="S1", start=start, end=end, text=text[start:end])
    plain = tuple(i + sum(1 for ch in text[:i] if ord(ch) > 0xFFFF) for i in (start, end))
    assert chips.verified(span, "S1") == (plain if start < end else None)
    assert utf16_offset(text, end) == plain[1]


_PROSE = st.sampled_from(["a", "an", "the", "his", "one", "fellow", "Republican", "Braley", "Braley's", "Mr.", "Bruce",
                          "of", "Iowa", ",", ", ", "  ", "\n", "said", "O'Neil", "Republicans", "é", "Zoë"])


@given(st.lists(_PROSE, max_size=30), st.sampled_from(["Republican", "Braley", "O'Neil", "Zoë", "an", "Iowa"]))
def test_descriptions_answer_as_the_whole_text_scan(words: list[str], speaker: str) -> None:
    text = " ".join(words).replace(" ,", ",")
    assert _Descriptions({"S1": text}).of(speaker, "S1") == _description(speaker, text)


class _Spy:
    """The shipped model, recording the texts of each call that embeds a batch."""

    def __init__(self, model: object) -> None:
        self.model = model
        self.batches: list[list[str]] = []
        self.embedding = model.embedding  # type: ignore[attr-defined]

    def embed(self, texts: list[str], **kwargs: object) -> object:
        self.batches.append(list(texts))
        return self.model.embed(texts, **kwargs)  # type: ignore[attr-defined]

    def tokenize(self, texts: list[str]) -> object:
        return self.model.tokenize(texts)  # type: ignore[attr-defined]

    def token_ids(self, texts: list[str]) -> object:
        return self.model.token_ids(texts)  # type: ignore[attr-defined]


def test_one_run_on_sentence_never_pads_a_whole_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """wordllama pads a batch to its longest text: a long one among short ones once cost gigabytes."""
    monkeypatch.setattr(embedding, "BATCH_CHARS", 4000)
    monkeypatch.setattr(embedding, "BATCH_TOKENS", 64)  # the short ones read a few at a time
    spy = _Spy(shipped_embedder()._load())
    short = [f"The ferry to Lannis number {k} was cancelled on Sunday because of high winds." for k in range(70)]
    long = " ".join(f"the crane {k} on quay {k % 7} stood idle while the union met" for k in range(200))  # ~11k chars
    texts = [*short[:30], long, *short[30:]]
    vectors = WordLlamaEmbedder._pooled(spy, texts)
    assert max(len(b) * max(map(len, b)) for b in spy.batches) <= 4000
    assert max(len(b) for b in spy.batches) <= embedding.BATCH_TEXTS
    alone = np.vstack([spy.model.embed([t], norm=False) for t in short])  # type: ignore[attr-defined]
    assert np.array_equal(np.delete(vectors, 30, axis=0), alone)  # padding never changes a vector
    whole = spy.model.embed([long], norm=False)[0]  # type: ignore[attr-defined]
    assert float(vectors[30] @ whole / np.linalg.norm(vectors[30]) / np.linalg.norm(whole)) > 0.999


def _plain_affiliations(person: MergedEntity, texts: dict[str, str], alias_of: dict[str, str]) -> list[tuple[str, str, Span]]:
    """The whole-text scan: every pattern of every name over every article."""
    forms = sorted({person.name, *person.aliases}, key=len, reverse=True)
    out: list[tuple[str, str, Span]] = []
    for source in sorted(person.sources, key=source_order):
        text = texts.get(source, "")
        seen: set[int] = set()
        for form in forms:
            if form not in text or len(form) < 3:
                continue
            for pattern in affiliations._patterns(form):
                for match in pattern.finditer(text):
                    org = match.group("org").strip()
                    at = match.start("org")
                    if at in seen or not affiliations._party_like(org, alias_of) or \
                            affiliations._PAST.search(text[max(0, at - 40) : at]):
                        continue
                    if affiliations._fold(org) in {affiliations._fold(f) for f in forms}:
                        continue
                    seen.add(at)
                    out.append((source, org, Span(source=source, start=match.start(), end=match.end(), text=match.group(0))))
    return out


_POLITICS = st.sampled_from(["Lena Ostrova", "Ostrova", "Ostrovan", "Lena", "the", "Green Alliance", "Labour", "Party", "candidate",
                             "leader", "MP", "'s", "’s", ",", ", who leads", "of", "former", "(GA)", "(", ")", "said", "  ", "\n",
                             "Ana-Lee Vos", "Vos", "Rural Union", "member of", "ex-", "Tarn", "_", "é"])


@settings(max_examples=400)
@given(st.lists(_POLITICS, max_size=40), st.sampled_from([("Lena Ostrova", ["Ostrova"]), ("Ana-Lee Vos", ["Vos", "Ana-Lee"]),
                                                          ("Ostrova", []), ("(GA) Lena", ["Lena"])]))
def test_affiliations_read_near_mentions_match_the_whole_text_scan(words: list[str], person: tuple[str, list[str]]) -> None:
    text = " ".join(words).replace(" ,", ",").replace(" 's", "'s").replace(" ’s", "’s")
    texts = {"S1": text, "S2": text.replace("Green", "Red")}
    entity = MergedEntity(name=person[0], type="person", aliases=person[1], sources=["S1", "S2"])
    alias_of = {"rural union": "Rural Union", "ru": "Rural Union"}
    assert affiliations._affiliations(entity, texts, alias_of) == _plain_affiliations(entity, texts, alias_of)


def _plain_speaker_titles(entities: list[MergedEntity]) -> dict[str, list[EntityRole]]:
    by_name = {e.name: e for e in entities}
    out: dict[str, list[EntityRole]] = {}
    for entity in entities:
        for other in by_name:
            if other != entity.name and entity.name.endswith(" " + other) and len(other.split()) >= 2:
                prefix = entity.name[: -len(other)].strip()
                if prefix and prefix[:1].isupper():
                    out.setdefault(other, []).append(EntityRole(role=prefix, sources=entity.sources))
    return out


@given(st.lists(st.lists(st.sampled_from(["Ida", "Marsh", "FSA", "Director-General", "deputy", "", " ", "Vos", "Lee"]),
                         min_size=1, max_size=5).map(" ".join), max_size=12))
def test_speaker_titles_match_trying_every_other_name(names: list[str]) -> None:
    entities = [MergedEntity(name=name, type="person", sources=[f"S{k % 3 + 1}"]) for k, name in enumerate(names)]
    assert titles._speaker_titles(entities) == _plain_speaker_titles(entities)


_NAMED = st.sampled_from(["Ida", "Marsh", "Ida Marsh", "Marshall", "McMarsh", "the", "Port", "of", "Velm", "Port of Velm",
                          "Democrats", "said", "aid", "Zoë", "Zoe", "Ana-Lee", "Lee's", ",", ".", "\n", "  ", "(FSA)", "_"])


@settings(max_examples=400)
@given(st.lists(_NAMED, max_size=30), st.sampled_from(["Ida Marsh", "Marsh", "Ida", "Democrat", "Port of Velm", "of Velm",
                                                       "Zoe", "Lee", "Ana-Lee", "AI", "FSA", "Marsh,", "the Port"]))
def test_names_are_found_where_a_scan_for_a_word_start_finds_them(words: list[str], name: str) -> None:
    """Grounding's name lookup (a word index, linear) answers as a whole-article scan does: the name
    starting where a word starts; with ``whole``, also ending where one ends."""
    text = " ".join(words)
    locator = Locator(Article(id="S1", uri="mem://n", text=text or ".", published=date(2025, 3, 5)))
    folded, haystack = fold(name), locator.folded.text
    assert locator.mentions(name) == bool(re.search(r"(?<!\w)" + re.escape(folded), haystack))
    names = _Names(haystack)
    assert names.named(folded, whole=True) == bool(re.search(r"(?<!\w)" + re.escape(folded) + r"(?!\w)", haystack))


def _plain_stated_roles(name: str, forms: list[str], texts: dict[str, str]) -> list[tuple[str, str, Span]]:
    """stated_roles as first written: each full-name form found by a scan of the whole article."""
    out = []
    full = sorted({f for f in (name, *forms) if len(f.split()) >= 2}, key=len, reverse=True)
    for source, text in texts.items():
        seen: set[int] = set()
        for form in full:
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                at, end = match.start(), match.end()
                if at in seen:
                    continue
                seen.add(at)
                lead = stated._LEAD.search(text, max(0, at - stated._REACH), at)
                if lead is not None and stated._closed(text, end):
                    out.append((source, stated._plain(lead.group("role")), stated._span(source, text, lead.start("role"), end)))
                said = stated._ATTRIBUTED.match(text, end)
                if said is not None:
                    out.append((source, stated._plain(said.group("role")), stated._span(source, text, at, said.end("role"))))
    return out


_TITLED = st.sampled_from(["The", "the", "port's", "safety", "manager", "director", "of the port", ",", ", ", ".", ". ", "\n",
                           "Ida Marsh", "Ida Marshall", "Ida Marsh-Lee", "Tarn-Ida Marsh", "xIda Marsh",
                           "Ms Ida Marsh", "Marsh", "described by police as",
                           "the foreman", "said", "-", "Tarn", "Ida"])


@settings(max_examples=400)
@given(st.lists(_TITLED, max_size=40), st.sampled_from([("Ida Marsh", ["Marsh"]), ("Ida Marsh", ["Ms Ida Marsh"]), ("Marsh", [])]))
def test_stated_titles_read_near_mentions_match_the_whole_text_scan(words: list[str], person: tuple[str, list[str]]) -> None:
    text = " ".join(words).replace(" ,", ",").replace(" .", ".")
    texts = {"S1": text, "S2": text.replace("port", "mine")}
    for form in (person[0], *person[1]):
        scan = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
        assert stated._occurrences(ArticleTexts(texts), "S1", form) == scan
    plain = _plain_stated_roles(person[0], person[1], texts)
    assert stated.stated_roles(person[0], person[1], ["S1", "S2"], ArticleTexts(texts), lambda _role: True) == plain
    assert stated.stated_roles(person[0], person[1], ["S1", "S2"], texts, lambda _role: True) == plain


def _plain_inverted(before: str, tail: str) -> bool:
    words = tail.split()
    return bool(re.search(r",\s*$", before)) and len(words) <= speakers.INVERTED_TAIL_WORDS and not any(
        w.strip(".,;:").lower() in AUXILIARIES for w in words)


_TAIL = st.sampled_from(["the", "agency's", "chief", "engineer,", "Ana", "Ruiz,", "on", "Friday.", "had", "is", " ", "  ",
                         "\n", "x" * 150, "\u00a0", "word", '"word"', "said"])


@settings(max_examples=400)
@given(st.sampled_from(["a fine day,", "a fine day", "Keel, ", "x,\n"]), st.lists(_TAIL, max_size=40), st.integers(0, 5))
def test_a_closing_cue_reads_the_words_after_it_as_a_split_of_the_whole_rest_does(before: str, tail: list[str],
                                                                                   lead: int) -> None:
    """The tail of a sentence after a cue is read from a growing window, not split whole at every cue."""
    sentence = "said " * lead + " ".join(tail)
    at = 5 * lead
    assert speakers._inverted(before, sentence, at) == _plain_inverted(before, sentence[at:])
