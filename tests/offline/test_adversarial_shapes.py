"""Adversarial shapes keep their meaning when rules read bounded windows instead of whole paragraphs.

(The time per megabyte on these shapes is measured by bench/bench_scaling.py; tests assert no timings.)
"""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.extract.offline.speakers import CueIndex, find_cues
from tests.offline.articles import article


def test_the_cue_index_finds_the_same_cues_as_a_scan_of_the_stretch() -> None:
    text = ('Okafor later said the port would reopen. "Soon," she also told reporters, according to '
            'the Courier. The so-called deal, Brenn argued, was "dead," adding that talks were over.')
    index = CueIndex(text)
    for lo, hi in ((0, len(text)), (0, 40), (41, len(text)), (60, 120)):
        assert [(c.start, c.end, c.word) for c in index.within(lo, hi)] == \
            [(c.start, c.end, c.word) for c in find_cues(text[lo:hi])]
    assert [c.word for c in index.within(0, len(text), last=2)] == ["argued", "adding"]


def test_a_quote_after_a_long_cue_dense_run_is_credited_to_the_name_before_it() -> None:
    noise = "said told added " * 400  # one sentence of bare cue words, no name anywhere
    text = f"{noise}and then Harbour master Piet Varga said: \"The berths are empty and the cranes are idle.\""
    quotes = extract_offline(article(text)).quotes
    assert [q.speaker for q in quotes] == ["Piet Varga"]


def test_an_acronym_in_brackets_after_an_endless_capitalised_run_is_still_an_alias() -> None:
    run = " ".join(["Alpha Beta"] * 300)
    text = (f"{run}.\n\nThe Keldra Dockworkers Union (KDU) called the strike. Members of the KDU voted on "
            "Monday, the Keldra Dockworkers Union said.")
    entities = extract_offline(article(text)).entities
    union = next(e for e in entities if e.name == "Keldra Dockworkers Union")
    assert "KDU" in union.aliases
