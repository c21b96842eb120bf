"""A newsletter's post in Markdown, in invented text: the writer's line in italics with a reading time, the calls
to subscribe and share under it, the copyright footer naming the newsletter, and the readers' comments under a
Markdown heading with each handle in bold."""

from __future__ import annotations

from datetime import date

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord

_POST = """# Kiln Watch

## Why the kiln maker sold out

*Ruth Amberley-Soto · Thursday 4 November 2032 · 5 min read*

[Subscribe now](https://kiln.example/subscribe) | [Share](https://kiln.example/p/kiln/share)

So the kiln maker finally sold itself to the Danish group, at 212p a share in cash, which is a fair price for a \
company that has not grown its sales in five years.

The board said the deal was the best outcome for shareholders, and the pension fund has already agreed to it.

The sale still needs a vote of the shareholders in December, which the board expects to win easily.

### 9 comments

**PotterBob:** Sold at 205p last week. Gutted, but the price was never going to get better.

**ClayQueen:** The pension fund folded far too easily on this one.

[Load more comments](https://kiln.example/p/kiln/comments)

© 2032 Kiln Watch · [Unsubscribe](https://kiln.example/unsubscribe)
"""


def _post(text: str = _POST):  # type: ignore[no-untyped-def]
    return build_article("S1", RawRecord(uri="kiln.md", text=text))


def test_the_italic_writer_line_with_a_reading_time_gives_byline_and_date() -> None:
    article = _post()
    assert (article.byline, article.published) == ("Ruth Amberley-Soto", date(2032, 11, 4))
    assert "min read" not in article.text


def test_a_call_to_subscribe_is_no_publisher_and_the_copyright_holder_is() -> None:
    assert _post().publisher == "Kiln Watch"
    assert _post(_POST.replace("© 2032 Kiln Watch · [Unsubscribe](https://kiln.example/unsubscribe)\n", "")).publisher is None


def test_comments_under_a_markdown_heading_with_bold_handles_are_left_out() -> None:
    text = _post().text
    assert "PotterBob" not in text and "ClayQueen" not in text and "folded" not in text
    assert "vote of the shareholders" in text
