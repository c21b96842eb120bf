"""The publisher's voice on invented pages: a line that talks to the reader, as the outlet or about its own
page, is no news; reported speech and the writer's own voice in a blog are.

The news sentences are the invented probe corpus (tests/data/junk_probe/real.json, near-misses among
them: calls to action inside quotes, "Readers were told to boil water", short sentences), which
bench/probe_junk.py also measures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.clean import clean_text
from summarizer.ingest.records import RawRecord

PROBE = Path(__file__).parent / "data" / "junk_probe"
REAL = json.loads((PROBE / "real.json").read_text(encoding="utf-8"))
TITLE = "Quarry road reopens after landslip at Brenner Hill"
BEFORE = ("The road past Brenner Hill quarry reopened on Wednesday, eleven days after a landslip buried both lanes, "
          "the county roads office said.")
AFTER = "Bus services on the route resume on Monday, the operator Fjellbuss said."


def _text(line: str) -> str:
    article = build_article("S1", RawRecord(uri="a.txt", text=f"{TITLE}\n\n{BEFORE}\n\n{line}\n\n{AFTER}\n"))
    assert article.status == "ok"
    return article.text


@pytest.mark.parametrize("sentence", REAL)
def test_news_sentences_survive(sentence: str) -> None:
    assert sentence in _text(sentence)


@pytest.mark.parametrize("junk", [
    "Get the morning briefing delivered to your inbox.",  # the reader
    "By continuing to browse you consent to our use of tracking technologies.",
    "Help us hit our year-end goal: 412 of 1,000 supporters so far.",  # the outlet's "us"
    "An earlier version of this story misspelled the name of the harbour master.",  # the page naming itself
    "Read the full story",  # a bare verb and its object, no finite verb
    "Tap to see the full timeline",
    "Follow Valley Radio on Mastodon for the latest road updates.",  # a call with a name as its object
])
def test_the_publisher_talking_to_the_reader_goes(junk: str) -> None:
    text = _text(junk)
    assert junk not in text and BEFORE in text and AFTER in text


def test_a_blog_in_the_second_person_keeps_its_prose() -> None:
    # Two long lines address the reader: the writer's voice, not the publisher's notes.
    blog = ("Quay diary\n\nIf you walked past the slipway this week you will have seen the divers at work on the piles.\n\n"
            "We went down on Tuesday to ask the harbour board what it plans, and you can guess the answer we got.\n\n"
            "Check the tide table before you park on the lower quay.")
    cleaned = clean_text(blog)
    assert "Check the tide table before you park on the lower quay." in cleaned.text
    assert "divers at work" in cleaned.text


def test_a_subject_that_starts_like_a_call_is_a_report() -> None:
    # "Download", "Related" and "Follow" open reports here: a common noun follows, or a hyphen.
    for sentence in ("Download speeds in the valley fell by half.", "Related charges against two men were dropped.",
                     "Follow-up inspections found no further cracks."):
        assert sentence in _text(sentence)


@pytest.mark.parametrize("label", ["Subscriber exclusive", "Paid partner content", "Opinion"])
def test_a_label_above_the_first_paragraph_or_below_the_last_goes(label: str) -> None:
    for text in (f"{TITLE}\n\n{label}\n\n{BEFORE}\n\n{AFTER}\n", f"{TITLE}\n\n{BEFORE}\n\n{AFTER}\n\n{label}\n"):
        article = build_article("S1", RawRecord(uri="a.txt", text=text))
        assert article.title == TITLE
        assert label not in article.text and BEFORE in article.text and AFTER in article.text


def test_a_short_sentence_above_the_first_paragraph_stays() -> None:
    article = build_article("S1", RawRecord(uri="a.txt", text=f"{TITLE}\n\nNobody was hurt.\n\n{BEFORE}\n"))
    assert "Nobody was hurt." in article.text


def test_a_bold_run_in_heading_before_an_escaped_quotation_mark_stands_apart() -> None:
    quoted = "&quot;The slope is stable now,&quot; said Hanne Solberg, the county's chief engineer."
    page = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1><p>{BEFORE}</p>"
            f"<p><strong>Cracks in the Wall</strong> {quoted}</p><p>{AFTER}</p></article></body></html>")
    article = build_article("S1", RawRecord(uri="a.html", text=page, kind="html"))
    assert "Cracks in the Wall\n" in article.text


@pytest.mark.parametrize("junk", [
    "Lena Virtanen/Harbour Press",  # a picture's credit
    "Supported by the Halvorsen Foundation",  # a sponsor's label
    "More details to follow",  # a promise of more
    "Stay informed: turn on notifications.",  # a call after a colon, in lowercase
    "Spotted a problem on the road? Contact the desk.",  # a question, then the call
    "Always read the full terms before acting on anything here.",  # an adverb before the call
    "Further updates to come.",  # a promise of more, with its stop
    "Editor's note: the photographs in this report were supplied by the ferry operator.",
])
def test_credits_sponsors_promises_and_calls_go(junk: str) -> None:
    text = _text(junk)
    assert junk not in text and BEFORE in text and AFTER in text


@pytest.mark.parametrize("news", [
    "Benchmark 30-year bonds last rose 5/32 in price.",  # a noun and a figure, no call
    "Harbour board: slipway shut until May",  # a headline in the text
    "Police closed the road. Expect delays on the coast road until Friday.",  # the report stays with its call
    "Hit by the flood, the bakery on Quay Street shut its doors.",
    "Never before had the river risen so high.",
    "The message to drivers was clear: avoid the coast road until Friday.",
    "More protests are expected to come.",
    "The disclosure came a day after the vote.",
])
def test_reports_shaped_like_labels_or_calls_stay(news: str) -> None:
    assert news in _text(news)


def test_a_run_of_short_lines_goes_but_bulleted_facts_and_a_sub_heading_stay() -> None:
    links = "ALSO ON THE SITE\nCouncil approves new cycle lanes\nSchool heating bills double"
    facts = "What we know\n- The slope is netted\n- Buses resume on Monday"
    text = _text(f"{links}\n\nWhat comes next\n{BEFORE}\n\n{facts}")
    assert "ALSO ON THE SITE" not in text and "cycle lanes" not in text
    assert "What comes next" in text and "- The slope is netted" in text and "What we know" in text
