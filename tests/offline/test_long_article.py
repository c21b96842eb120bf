"""A pasted document of about a megabyte is extracted whole: nothing is cut, and its last paragraph
yields a quote, a claim and an event like the first does. (Speed is measured by bench/bench_offline.py;
tests assert no timings.)"""

from __future__ import annotations

import random

import pytest

from summarizer.extract.offline import extract_offline
from tests.offline.articles import WIRE, article

LAST = ("The last ships left Marenza on 14 March 2025, harbour master Piet Varga said. \"It is over at last,\" "
        "said Varga.")


def _long_text(size: int) -> str:
    """The wire story's paragraphs, reshuffled with changing numbers and names, then one last paragraph."""
    rng = random.Random(7)
    paragraphs = [p for p in WIRE.split("\n\n") if p.strip()]
    out: list[str] = []
    total = 0
    while total < size:
        paragraph = rng.choice(paragraphs).replace("12 percent", f"{rng.randint(2, 30)} percent")
        paragraph = paragraph.replace("1,200", f"{rng.randint(2, 9)},{rng.randint(100, 999)}")
        out.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join([*out, LAST]) + "\n"


@pytest.mark.slow
def test_a_one_megabyte_article_is_extracted_to_its_last_paragraph() -> None:
    text = _long_text(1_000_000)
    assert len(text) > 1_000_000
    last_start = text.index(LAST)
    extraction = extract_offline(article(text))

    spans = [s for s in (*(c.span for c in extraction.claims), *(q.span for q in extraction.quotes),
                         *(e.span for e in extraction.events)) if s is not None]
    assert all(text[s.start : s.end] == s.text for s in spans), "every span points into the stored text"
    assert max(s.end for s in spans) > last_start

    quote = next(q for q in extraction.quotes if q.span and q.span.start > last_start)
    assert quote.text == "It is over at last"
    assert quote.speaker == "Piet Varga"
    events = [e for e in extraction.events if e.span and e.span.start >= last_start]
    assert [e.date for e in events] == ["2025-03-14"]
    assert any(c.span and c.span.start >= last_start for c in extraction.claims)
    first_quotes = [q for q in extraction.quotes if q.span and q.span.start < 2_000]
    assert first_quotes, "the start is read as well as the end"


def test_a_long_paste_without_blank_lines_still_attributes_its_last_quote() -> None:
    """One paragraph of 200 kB: each quote reads only the text near it, and still finds its speaker."""
    text = _long_text(200_000).replace("\n\n", "\n")
    extraction = extract_offline(article(text))
    last = [q for q in extraction.quotes if q.span and q.span.start > text.index(LAST)]
    assert [(q.text, q.speaker) for q in last] == [("It is over at last", "Piet Varga")]


def test_sentence_helpers_read_backwards_as_a_forward_pass_would() -> None:
    """The bounded look-backs give what a scan from the start of the stretch gives."""
    from summarizer.extract.offline.near_quote import _ABBREV_END, _SENTENCE_END, _last_sentence_start
    from summarizer.text import _WORD_BEFORE, _word_before

    rng = random.Random(3)
    pieces = ["Mr.", "Dr. Okafor", "said.", "No. 5", "U.S.", "J.", "the port", "Strike!", "“Go.”", "A" * 70 + ".",
              "\n", "  ", "ships", "e.g.", "Gov.", "end?"]
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 400)))
        start, end = sorted(rng.sample(range(len(text) + 1), 2)) if len(text) > 1 else (0, len(text))
        cut = 0
        segment = text[start:end]
        for match in _SENTENCE_END.finditer(segment):
            if not _ABBREV_END.search(segment[max(0, match.start() - 6) : match.start()]):
                cut = match.end()
        assert _last_sentence_start(text, start, end) == start + cut
        dots = [i for i in range(start, end) if text[i] == "."]
        for dot in dots[-3:]:
            naive = _WORD_BEFORE.search(text[start : dot + 1])
            fast = _word_before(text, start, dot + 1)
            assert (naive.group(1) if naive else None) == (fast.group(1) if fast else None)
