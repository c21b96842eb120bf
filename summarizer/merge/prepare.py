"""What a merge needs from one article alone, computed while the other articles' answers are awaited.

In LLM mode the answers arrive over seconds and the merge starts after the last one. The vectors it
asks for one article's claims, quotes and events, what it reads in each claim (tokens, names,
acts, figures, main clause), each quote's words and names, each event's reading for the timeline
(:func:`read_events`), each entity's and speaker's name forms and role patterns (:func:`read_names`), the
article's shingles for the copy detector, its word starts and labels for the finders that read around
names do not depend on any other article: the pipeline has :func:`prepare` compute them as each answer lands,
and the merge finds them remembered (the shipped embedder keeps
recent vectors, the text helpers and the copy detector recent answers). Nothing is decided here: a text's vector is the
same whichever batch computes it and the helpers are pure, so the briefing is the same with or
without this step; only the time after the last answer shrinks.
"""

from __future__ import annotations

from summarizer.align import embed, signature
from summarizer.align.blas import one_blas_thread
from summarizer.dates.clock import times_of_day
from summarizer.merge._text import (
    anchors,
    content_tokens,
    index_words,
    mostly_quoted,
    opinionated,
    quoted_tokens,
    told_figures,
    undatelined,
)
from summarizer.merge.accounts import decision
from summarizer.merge.affiliations import label_ends
from summarizer.merge.claim_names import unnamed, unnamed_text
from summarizer.merge.claims import _act_words, collect_claims, stated_actions
from summarizer.merge.corroborate import _plain_words, joins_facts
from summarizer.merge.coverage import content_words
from summarizer.merge.denied_acts import _denial
from summarizer.merge.entities import collect_mentions, role_key, strip_article
from summarizer.merge.entity_names import bare_name, core_name, strong_keys, surname_form
from summarizer.merge.event_items import DATE_WORDS, event_items
from summarizer.merge.event_reading import actor, actor_words, dated_part, dates_the_act, figures, happens_again, main_acts, undated
from summarizer.merge.independence import Independence, _shingles
from summarizer.merge.quotes import described, named_speaker
from summarizer.merge.retold import names_in
from summarizer.merge.scope import whole_reading
from summarizer.merge.written_roles import role_pattern
from summarizer.schema import Article, ExtractionRecord
from summarizer.tallies import read_tallies
from summarizer.text import sentence_spans

__all__ = ["embedded_texts", "prepare", "prepare_article"]


def prepare(article: Article, record: ExtractionRecord) -> None:
    """Read the claims of this (grounded) record as the merge will, embed what it will embed, and
    shingle the article for the copy detector."""
    with one_blas_thread():
        _prepare(article, record)


def _prepare(article: Article, record: ExtractionRecord) -> None:
    embed(embedded_texts(record))
    prepare_article(article)
    read_names(record)
    read_events(article, record)
    for quote in record.extraction.quotes:  # whether each quote's speaker reads as a name, not a description
        if quote.span is not None and quote.text.strip() and named_speaker(quote.speaker) and not quote.speaker_inferred:
            described(quote.speaker or "", article.text)


def prepare_article(article: Article) -> None:
    """What the merge reads in the article's text alone: done before its answer is in (the pipeline asks when
    the article's request leaves), it is off the time after the last answer, where a round's answers land."""
    _shingles(article.text)  # the copy detector's
    index_words(article.text)  # the finders that read around names (titles, affiliations) look them up in it
    label_ends(article.text)  # and the affiliations finder where a label or a possessive stands before one
    read_tallies(article.text)  # the vote-day finder reads each article's tallies


def read_names(record: ExtractionRecord) -> None:
    """Read each entity and speaker named as the resolver will: its keys, its bare and surname forms, its roles'
    keys (:mod:`summarizer.merge.entity_names`, each name's words remembered)."""
    for mention in collect_mentions([record]):
        strong_keys(mention)
        core_name(bare_name(mention.name))
        for form in (mention.name, *mention.aliases):
            surname_form(bare_name(form))
        for role in mention.roles:
            role_key(role)
            if mention.type == "person":  # the role as the titles finder looks it up before the name
                role_pattern(strip_article(role))


def read_events(article: Article, record: ExtractionRecord) -> None:
    """Read each event as the timeline and the date finders will: its undated words, turns and subject (less the
    clauses the record dates apart), and what its sentence says of who acted, what was done, when in the day and
    with which figures (:mod:`summarizer.merge.event_reading`, each remembered per text)."""
    for item in event_items([article], [record], Independence({})):
        text, evidence = item.event.text, item.event.evidence
        figures(undated(text))  # the same-day check's shared figures
        figures(text)  # the retold-act finder's anchors
        main_acts(text)
        for read in (times_of_day, actor, actor_words, dates_the_act, happens_again, names_in):
            read(evidence)


def embedded_texts(record: ExtractionRecord) -> list[str]:
    """Every text the merge embeds for this record alone, in the forms each finder asks for.

    The record's claims are read as the merge reads them (:func:`collect_claims`: their tokens, names,
    acts, figures and main clauses, each remembered per text), and the decision each reports (the
    account finder's and the ledger's reading, remembered per text), so that work is done here too.
    """
    texts: list[str] = []
    for item in collect_claims([], [record], Independence({})):
        texts.append(unnamed(item))  # the ledger's view of the claim (ClaimMatcher)
        if item.core is not None:
            texts.append(unnamed_text(item.main_text, item.anchors))  # and of its main clause
        texts.extend(_act_words(item.claim.text))  # its acts, one word each
        texts.extend(content_words(item.claim.text))  # its words, one each (the ledger's word pairing, corroboration)
        texts.append(item.claim.text)  # the review of pairs the rules left unclassified (candidates)
        decision(item)
        signature(item.claim.text)  # its negation and modality: the pair rule's, the denied-act finder's where it states an act
        _denial(item)  # and the act it denies, if any
        stated_actions(item.claim.text.lower())  # and the acts it states
        for text in dict.fromkeys((item.claim.text, item.main_text)):
            stated_actions(text)  # the ledger's pair rule reads each view's stated acts
        joins_facts(item.claim.text)  # the word-by-word pairing sets apart a sentence joining two facts
        told_figures(item.claim.text)  # the pair rule and corroboration compare the figures each tells
        _plain_words(item.claim.text)  # corroboration looks a point's names up in each sentence's words
        opinionated(item.claim.text)  # a key point's wording is a plain report where one is at hand
        mostly_quoted(undatelined(item.claim.text))  # and, as a point, goes after the reported ones if mainly a quotation
        quoted_tokens(item.claim.text)  # the ledger sets apart a quotation and a claim sharing none of its words
        read_tallies(item.claim.text)  # the tally finder reads each claim's vote counts
        whole_reading(item.claim.text)  # and the scope finder what 'all' or 'full' is said of
    for quote in record.extraction.quotes:
        if quote.span is not None and quote.text.strip():
            content_tokens(quote.text)  # the quotes' grouping reads each quote's words and names
            anchors(quote.text)
            texts.append(quote.text)
            texts.extend(quote.text[a:b] for a, b in sentence_spans(quote.text))
    for event in record.extraction.events:
        if event.span is not None:
            texts.append(DATE_WORDS.sub(" ", event.text))  # the timeline's grouping
            texts.append(dated_part(event.evidence))  # and its check of two dated events (the clauses holding the date)
            signature(undated(event.text))  # the same-day and retold-act checks of its figures, dates and times aside
    return texts
