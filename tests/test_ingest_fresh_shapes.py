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


@pytest.mark.parametrize("stamp", ["2031. 03. 14. 08:15", "2031. March 14., 08:15", "14. 3. 2031 8:15", "2031/03/14"])
def test_year_first_and_spaced_dates_date_the_article(stamp: str) -> None:
    article = build_article("S1", _txt(f"Board votes on Lindholm school\n\nBy Jana Dvorakova\n{stamp}\n\n{_BODY}"))
    assert article.published is not None and article.published.isoformat() == "2031-03-14"


@pytest.mark.parametrize("line", ["Last modified: 14 March 2031 09:14", "Aired: Tuesday 14 March 2031, 18:00",
                                  "Publication date: 14/03/2031"])
def test_other_labels_of_a_date_line(line: str) -> None:
    article = build_article("S1", _txt(f"Board votes on Lindholm school\n\n{line}\n\n{_BODY}"))
    assert article.published is not None and article.published.isoformat() == "2031-03-14"
    assert line not in article.text


def test_a_sentence_opening_with_a_label_word_stays() -> None:
    article = build_article("S1", _txt(f"Board votes on Lindholm school\n\n{_BODY}\n\nReleased on bail, the driver was "
                                       "told to appear in court on 3 April."))
    assert "Released on bail" in article.text
