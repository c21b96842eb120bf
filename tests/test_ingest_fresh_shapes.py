"""Header and junk shapes the first probes did not hold (invented articles): a headline that uses a word a
page's buttons also use, broadcast scripts, newsletters, notes on where a story ran. The whole set is
``tests/data/meta_probe.json``, read by ``bench/eval_header_probe.py --fresh``."""

from __future__ import annotations

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord

_BODY = ("The Kessra district board voted on Wednesday to shut the Lindholm primary school at the end of the "
         "school year, ending weeks of protests by parents.\n\nThe school has 84 pupils, down from 210 a decade "
         "ago, and needs a new roof that the board said would cost 3.1 million crowns.")


def _txt(text: str) -> RawRecord:
    return RawRecord(uri="story.txt", text=text, kind="text")


@pytest.mark.parametrize("headline", ["Board votes to close Lindholm school", "Police search for missing hiker on Kessra ridge",
                                      "Share prices of Lindholm builder fall after school vote"])
def test_a_headline_with_a_button_word_is_the_title(headline: str) -> None:
    article = build_article("S1", _txt(f"{headline}\n\n{_BODY}"))
    assert article.title == headline


@pytest.mark.parametrize("label", ["Print this page", "Share this article", "Close", "12 comments", "Be the first to comment",
                                   "Log in or register"])
def test_a_button_label_still_goes(label: str) -> None:
    article = build_article("S1", _txt(f"Board votes on Lindholm school\n\n{_BODY}\n\n{label}\n\n{_BODY.replace('84', '85')}"))
    assert label not in article.text
