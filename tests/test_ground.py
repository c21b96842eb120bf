"""Grounding: found items get exact spans in the article's own characters; the rest are dropped."""

from __future__ import annotations

from summarizer.ground import ground
from summarizer.schema import Article, ArticleExtraction, Claim, Entity, Event, Quote

TEXT = (
    "The council of Brisa voted on Tuesday to close the old bridge.\n\n"
    "“We have no choice,” said Mayor Ana Duarte, adding that repairs would cost 2 million euros."
)
ARTICLE = Article(id="S1", uri="x", text=TEXT)


def test_exact_and_folded_quotes_are_located_with_article_characters() -> None:
    extraction = ArticleExtraction(quotes=[
        Quote(speaker="Ana Duarte", speaker_role="Mayor", text='"We have no choice,"'),  # straight marks added
    ])
    grounded, report = ground(ARTICLE, extraction)
    quote = grounded.quotes[0]
    assert quote.span is not None
    assert TEXT[quote.span.start : quote.span.end] == quote.text == "We have no choice,"
    assert report.kept == 1 and report.dropped == 0


def test_paraphrased_evidence_is_located_fuzzily_and_rewritten() -> None:
    extraction = ArticleExtraction(claims=[
        Claim(text="The council voted to close the bridge.",
              evidence="The council of Brisa voted on Tuesday to close the  old bridge"),
    ])
    grounded, _ = ground(ARTICLE, extraction)
    span = grounded.claims[0].span
    assert span is not None and TEXT[span.start : span.end] == grounded.claims[0].evidence
    assert grounded.claims[0].evidence.startswith("The council of Brisa voted")


def test_invented_items_are_dropped_and_counted() -> None:
    extraction = ArticleExtraction(
        claims=[Claim(text="x", evidence="The army moved into the city centre overnight.")],
        quotes=[Quote(speaker="Ana Duarte", text="We will rebuild within a month.")],
        events=[Event(date="2025-01-02", text="x", evidence="Protesters gathered at dawn in the square.")],
        entities=[Entity(name="Carlos Mendes", type="person")],
    )
    grounded, report = ground(ARTICLE, extraction)
    assert grounded.claims == [] and grounded.quotes == [] and grounded.events == [] and grounded.entities == []
    assert report.dropped == 4
    assert any(item.kind == "quote" for item in report.dropped_items)


def test_speaker_not_named_in_article_is_removed() -> None:
    extraction = ArticleExtraction(quotes=[Quote(speaker="Carlos Mendes", speaker_role="Governor", text="We have no choice")])
    grounded, _ = ground(ARTICLE, extraction)
    assert grounded.quotes[0].speaker is None
    assert grounded.quotes[0].speaker_role is None


def test_surname_alone_names_the_speaker() -> None:
    text = "Duarte spoke on Monday. “It is done,” she said."
    article = Article(id="S2", uri="y", text=text)
    grounded, _ = ground(article, ArticleExtraction(quotes=[Quote(speaker="Ana Duarte", text="It is done,")]))
    assert grounded.quotes[0].speaker == "Ana Duarte"


def test_figures_not_in_evidence_do_not_stand() -> None:
    from summarizer.schema import Quantity

    extraction = ArticleExtraction(claims=[
        Claim(text="Repairs will cost 3 million euros.",  # the paraphrase changes the figure
              evidence="“We have no choice,” said Mayor Ana Duarte, adding that repairs would cost 2 million euros.",
              quantities=[Quantity(value=2_000_000, unit="EUR", text="2 million euros"),
                          Quantity(value=3_000_000, unit="EUR", text="3 million euros")]),
        Claim(text="Repairs will cost two million euros.",
              evidence="“We have no choice,” said Mayor Ana Duarte, adding that repairs would cost 2 million euros.",
              quantities=[Quantity(value=2_000_000, unit="EUR", text="2 million")]),
    ])
    grounded, report = ground(ARTICLE, extraction)
    changed, kept = grounded.claims
    assert [q.value for q in changed.quantities] == [2_000_000]
    assert changed.text == changed.evidence  # the wrong figure never reaches the briefing
    assert kept.text == "Repairs will cost two million euros."  # same value, other wording: fine
    assert report.rewritten == 1
    assert report.dropped == 1 and any(i.kind == "quantity" for i in report.dropped_items)


def test_every_span_says_how_it_was_found() -> None:
    extraction = ArticleExtraction(claims=[
        Claim(text="The council voted.", evidence="The council of Brisa voted on Tuesday to close the old bridge."),
        Claim(text="Repairs would cost money.", evidence='adding that repairs would cost 2 million euros'),
        Claim(text="The council voted to close it.",
              evidence="The council of Brisa voted on Tuesday to close the  old bridge"),
        Claim(text="Repairs cost 2 million.", evidence="ADDING THAT REPAIRS WOULD COST 2 MILLION EUROS."),
        Claim(text="Repairs would cost 2 million.", evidence="adding that the repairs would cost 2 million euros"),
    ])
    grounded, _ = ground(ARTICLE, extraction)
    alignments = [c.span.alignment for c in grounded.claims if c.span is not None]
    assert alignments == ["exact", "exact", "folded", "folded", "fuzzy"]
    for claim in grounded.claims:
        assert claim.span is not None and TEXT[claim.span.start : claim.span.end] == claim.span.text


def test_an_alias_the_text_lacks_is_kept_and_marked_not_from_the_text() -> None:
    text = "O Partido Verde de Brisa venceu em Orvel. O Partido Verde disse que vai governar sozinho."
    article = Article(id="S1", uri="x", text=text)
    entity = Entity(name="Partido Verde de Brisa", type="organization", aliases=["Partido Verde", "Green Party of Brisa"])
    grounded, _ = ground(article, ArticleExtraction(entities=[entity]))
    (kept,) = grounded.entities
    assert kept.aliases == ["Partido Verde", "Green Party of Brisa"]
    assert kept.aliases_not_in_text == ["Green Party of Brisa"]


def test_fast_fold_matches_the_offset_mapped_fold() -> None:
    """``fold`` (str.translate) and ``_Folded`` (with offsets) must fold alike, or spans drift from checks."""
    from hypothesis import given
    from hypothesis import strategies as st

    from summarizer.ground.locate import _Folded, fold

    alphabet = st.sampled_from(list("aZ é—–“”‘’«»\u00a0\t\n.,'\"-ßİﬁ½0"))

    @given(st.text(alphabet=alphabet, max_size=40))
    def check(text: str) -> None:
        assert fold(text) == _Folded.build(text).text.strip()

    check()


def test_a_colon_after_the_name_attributes_the_quote() -> None:
    # A newsletter's "Role Name: “…”" and a translation's "…, Name, affirmed: “…”" name the speaker with
    # no reporting verb a reporter would use; the name still stands right before the quote.
    for text in ("Trade update. CEO Ivo Brandt: “We expect a full recovery by spring.”",
                 "The director of the port, Ivo Brandt, affirmed: “We expect a full recovery by spring.”"):
        article = Article(id="S3", uri="z", text=text)
        grounded, _ = ground(article, ArticleExtraction(quotes=[Quote(speaker="Ivo Brandt",
                                                                      text="We expect a full recovery by spring.")]))
        assert grounded.quotes[0].speaker == "Ivo Brandt", text


def test_a_name_in_an_earlier_sentence_before_a_colon_is_not_the_speaker() -> None:
    text = ("Ivo Brandt runs the port, which handles most of the region's grain and timber. The board's "
            "statement ended: “We expect a full recovery by spring.”")
    article = Article(id="S4", uri="w", text=text)
    grounded, _ = ground(article, ArticleExtraction(quotes=[Quote(speaker="Ivo Brandt",
                                                                  text="We expect a full recovery by spring.")]))
    assert grounded.quotes[0].speaker is None


def test_a_pronoun_cue_keeps_a_speaker_named_in_the_paragraph_before() -> None:
    # "she said" beside the quote points back to the woman named just before; her son's mention nearer
    # the quote carries no reporting verb, and must not make the grounding drop her.
    text = ("Mrs Eda Quarrie had waited at the quay since dawn.\n\n"
            "Her son, Mr Tam Quarrie, 31, was one of the six crew. “I kept my eyes on the sea,” she said.")
    article = Article(id="S5", uri="v", text=text)
    quote = Quote(speaker="Eda Quarrie", text="I kept my eyes on the sea", speaker_inferred=True)
    grounded, _ = ground(article, ArticleExtraction(quotes=[quote]))
    assert grounded.quotes[0].speaker == "Eda Quarrie"
    # With no pronoun cue by the quote, a name in the paragraph before is not enough.
    plain = Article(id="S6", uri="u", text=text.replace(" she said.", " The boat came in at noon."))
    grounded, _ = ground(plain, ArticleExtraction(quotes=[quote]))
    assert grounded.quotes[0].speaker is None


def test_a_dash_introduction_and_a_signature_keep_their_speakers() -> None:
    text = ("Board chair Ruth Vance gave us her big line - “Nobody wanted this” - and voted yes.\n\n"
            "- QUOTE OF THE WEEK: “The rent must rise.” - Housing Director Ivo Brandt\n- WHO: Sam Pike.")
    article = Article(id="S7", uri="t", text=text)
    quotes = [Quote(speaker="Ruth Vance", text="Nobody wanted this"), Quote(speaker="Ivo Brandt", text="The rent must rise.")]
    grounded, _ = ground(article, ArticleExtraction(quotes=quotes))
    assert [q.speaker for q in grounded.quotes] == ["Ruth Vance", "Ivo Brandt"]
    # A name on the next line is no signature.
    grounded, _ = ground(article, ArticleExtraction(quotes=[Quote(speaker="Sam Pike", text="The rent must rise.")]))
    assert grounded.quotes[0].speaker is None


def test_a_quote_cued_by_the_role_the_article_gives_its_speaker_keeps_her() -> None:
    # A translation names the skater once, then calls her "the skater" two paragraphs on.
    text = ("KESSMOOR. The federation suspended on Monday the skater Tove Lindahl (22) for two years.\n\n"
            "The panel also ordered her to pay costs. The hearing ended on 3 of May.\n\n"
            "\"I never used anything forbidden, and I will show it,\" affirmed the skater in a communique.")
    article = Article(id="S8", uri="s", text=text)
    quote = Quote(speaker="Tove Lindahl", speaker_role="skater", text="I never used anything forbidden, and I will show it,")
    grounded, _ = ground(article, ArticleExtraction(quotes=[quote]))
    assert grounded.quotes[0].speaker == "Tove Lindahl"
    # Near-miss: a role the article never gives her ("the coach") cues someone else.
    other = Article(id="S9", uri="r", text=text.replace("affirmed the skater", "affirmed the coach"))
    coach = quote.model_copy(update={"speaker_role": "coach"})
    grounded, _ = ground(other, ArticleExtraction(quotes=[coach]))
    assert grounded.quotes[0].speaker is None
