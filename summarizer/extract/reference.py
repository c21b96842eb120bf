"""The date an undated article's relative dates ("Friday", "next week") are read against.

Without one, "Friday" resolves to nothing (or, worse, to an arbitrary week). Reports of one story
appear within days of each other, so the other articles' publication dates are the best evidence;
failing those, a full date in an article's own dateline. The user can set it (``--date``), and the
briefing's warnings always say which date was assumed and why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from summarizer.dates import find_dates
from summarizer.dates.names import names_an_event
from summarizer.ingest.header import DATELINE
from summarizer.schema import Article, Notice

DATELINE_CHARS = 400  # a dateline sits in the first lines of the text


def assume_reference_dates(articles: Sequence[Article], given: date | None = None) -> list[Notice]:
    """Set ``reference_date`` on every usable article without a publication date; return warnings."""
    undated = [a for a in articles if a.status == "ok" and a.published is None]
    if not undated:
        return []
    dated = sorted(a.published for a in articles if a.status == "ok" and a.published is not None)
    datelines = {a.id: _dateline(a.text) for a in undated} if not dated and given is None else {}
    warnings: list[Notice] = []
    for article in undated:
        if given is not None:
            assumed, why = given, "set with --date"
        elif dated:
            assumed, why = dated[-1], "the latest publication date of the other articles; set --date to change"
        elif (own := datelines.get(article.id)) is not None:
            assumed, why = own, "the first full date in its opening lines; set --date to change"
        elif any(datelines.values()):
            # Reports of one story appear within days: another report's dateline beats leaving "Friday" unread.
            assumed = max(d for d in datelines.values() if d is not None)
            why = "the latest dateline of the other articles; set --date to change"
        else:
            warnings.append(Notice(source=article.id, kind="date", message="no publication date; relative dates in it "
                                   "are left unresolved (set --date)"))
            continue
        article.reference_date = assumed
        filed = _yearless_dateline(article.text, assumed)
        if filed is not None:  # "LONDON, June 17 (Nordwire) -": the wire's own day, its year the story's
            article.published = article.reference_date = filed
            continue
        warnings.append(Notice(source=article.id, kind="date",
                               message=f"no publication date; relative dates read against {assumed.isoformat()} ({why})"))
    return warnings


# 'support given to the hijackers before Sept. 11, 2001': a date that bounds what the sentence tells is no dateline.
_BOUNDING = re.compile(r"\b(?:before|after|since|until|till|by|from|through)\s+$", re.IGNORECASE)


def _dateline(text: str) -> date | None:
    """The first full date in the opening lines, passing over one that names a past happening ('the 20th
    anniversary of the Sept. 11, 2001 attacks' says nothing of when the report was written) or bounds one."""
    for mention in find_dates(text[:DATELINE_CHARS], None):
        if len(mention.value) == 10 and not names_an_event(text, mention.start, mention.end) \
                and not _BOUNDING.search(text, max(0, mention.start - 10), mention.start):
            return date.fromisoformat(mention.value)
    return None


_FILED_WITHIN_DAYS = 7  # a wire's dateline names a day of the week the story's other reports were published in


def _yearless_dateline(text: str, around: date) -> date | None:
    """The day a wire's dateline gives without its year ("PORT ORRIN, June 17 (Nordwire) -"), in the year that puts
    it nearest the story's other reports, if that is within a week of them."""
    match = DATELINE.match(text.lstrip())
    rest = (match.group("rest") or "") if match else ""
    found = [d for d in find_dates(rest, around) if len(d.value) == 10 and d.start == 0 and d.end == len(rest.strip())]
    if not found:
        return None
    filed = date.fromisoformat(found[0].value)
    return filed if abs((around - filed).days) <= _FILED_WITHIN_DAYS else None
