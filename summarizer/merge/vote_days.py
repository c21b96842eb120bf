"""The day a vote was held, told apart by outlets: one tally, two days.

"The assembly approved the bill this Wednesday 16 of June by 214 votes in favour, 187 against" (a
translation) and "capped ... after the assembly voted 214-187 on Thursday" tell of one vote: the same
tally is what only one vote shares, however far apart the wordings. Each sentence stating a tally (see
:mod:`summarizer.tallies`) and a day gives that outlet's day for that vote: the day written nearest the
tally, less one a word before it says is a start or a deadline ('from 1 January', 'until Friday'). Independent
outlets giving one tally different days are a date discrepancy; an outlet giving one tally two days (a first
and a final reading) is not compared. Different tallies are the tally finder's business, not a second vote.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Sequence

from summarizer.dates import article_day_first, find_dates
from summarizer.dates.patterns import FORWARD
from summarizer.merge.date_conflicts import DatedSentence, date_discrepancy, day_buckets
from summarizer.schema import Article, Discrepancy, Span
from summarizer.tallies import read_tallies
from summarizer.text import sentence_spans


def vote_day_discrepancies(articles: Sequence[Article], independent_of: Callable[[str], str],
                           live: Collection[str]) -> list[Discrepancy]:
    """Independent outlets giving one tally's vote different days (see the module docstring)."""
    told: dict[str, dict[str, dict[str, list[DatedSentence]]]] = {}  # tally -> independent source -> day -> sentences
    for article in articles:
        if article.id not in live or article.published is None:
            continue
        tallies = read_tallies(article.text)
        if not tallies:
            continue
        spans = sentence_spans(article.text)
        starts = [start for start, _ in spans]
        dayfirst = article_day_first(article.text, article.language, article.removed)
        for tally in tallies:
            at = bisect.bisect_right(starts, tally.start) - 1
            if at < 0:
                continue
            start, end = spans[at]
            text = article.text[start:end]
            days = [(min(abs(d.start - (tally.start - start)), abs(d.end - (tally.end - start))), d.value)
                    for d in find_dates(text, article.published, dayfirst, order_known=True)
                    if len(d.value) == len("2000-01-01") and not FORWARD.search(text, max(0, d.start - 24), d.start)]
            if not days:
                continue
            day = min(days)[1]
            sentence = DatedSentence(article.id, Span(source=article.id, start=start, end=end, text=text))
            told.setdefault(tally.shown, {}).setdefault(independent_of(article.id), {}).setdefault(day, []).append(sentence)
    out: list[Discrepancy] = []
    for shown, by_source in told.items():
        named = {source: next(iter(days.items())) for source, days in by_source.items() if len(days) == 1}
        days_told = sorted({day for day, _ in named.values()})
        if len(named) < 2 or len(days_told) < 2:
            continue
        buckets = day_buckets(named)
        out.append(date_discrepancy(f"the vote ({shown})", buckets, subject=f"Date of the vote ({shown})"))
    return out
