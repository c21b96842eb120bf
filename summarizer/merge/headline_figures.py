"""Headlines whose figure their own article never gives: "Landslide traps 250 passengers" over a text that
counts 186 on board.

Titles are written apart from the text, often early, by someone else or by a machine, and a wrong figure in
one is a common fault of aggregators and translations. The check reads the headline's counts with the
same reader as the claims' (:func:`summarizer.quantities.parse_quantities`) and stays narrow: it speaks
only where the article's own text states that kind of count (the unit, and the act where both name one)
and no figure it states could be the headline's (rounding and "more than" allowed). The warning names the
sentence that gives the text's figure, and the other independent sources that give the text's figure or
the headline's, so an editor can tell a stale or wrong headline from a real disagreement.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizer.merge._text import sorted_sources
from summarizer.merge.independence import Independence
from summarizer.merge.numbers import compatible
from summarizer.quantities import Stated, parse_quantities
from summarizer.schema import Article, Notice, Span
from summarizer.text import sentence_spans

Found = list[tuple[Stated, tuple[int, int]]]


def headline_figure_warnings(articles: Sequence[Article], independence: Independence) -> list[Notice]:
    """One warning per headline figure of one kind that its article's text states only otherwise."""
    ok = [a for a in articles if a.status == "ok"]
    # Each text's figures are read only when a headline figure asks for them: most headlines give none, and
    # reading every sentence of every article took 5% of the merge on 48 real articles (after the last answer).
    stated = _Stated({a.id: a.text for a in ok})
    out: list[Notice] = []
    for article in ok:
        title = (article.title or "").strip()
        titled = [q for q in parse_quantities(title) if q.unit and _counted(title, q)] if title else []
        for figure in titled:
            same = [(q, at) for q, at in stated[article.id] if _same_kind(figure, q)]
            # "nine … 20 mg batches": where one of the headline's figures of a kind is the text's, so is the kind
            if not same or any(compatible(t, q) for t in titled if _same_kind(t, figure) for q, _ in same):
                continue
            body, (start, end) = same[0]
            others = [a.id for a in ok if independence.of(a.id) != independence.of(article.id)]
            agree = _giving(others, stated, body)
            also = _giving(others, stated, figure)
            sentence = article.text[start:end]
            notes = "".join([f"; {', '.join(agree)} also give {_told(body)}" if agree else "",
                             f"; {', '.join(also)} give {_told(figure)} too" if also else ""])
            out.append(Notice(
                source=article.id, kind="headline",
                message=f"headline “{title}” gives {_told(figure)}, but the article's own text gives {_told(body)}: "
                        f"“{sentence}”{notes}.",
                span=Span(source=article.id, start=start, end=end, text=sentence),
            ))
            break  # one warning per headline
    return out


class _Stated(dict[str, Found]):
    """Source id -> the figures its text states, each read at its first lookup."""

    def __init__(self, texts: dict[str, str]) -> None:
        super().__init__()
        self.texts = texts

    def __missing__(self, source: str) -> Found:
        self[source] = found = _figures(self.texts[source])
        return found


def _counted(title: str, figure: Stated) -> bool:
    """The headline counts the thing right after its figure ("250 passengers", "kills 12"): not "20 mg batches"
    (a dose, the unit read past it) nor "nine Tensiqor" (a name)."""
    if figure.unit_text is None:
        return True
    return not figure.unit_text[:1].isupper() and f"{figure.text} {figure.unit_text}".lower() in title.lower()


def _figures(text: str) -> Found:
    return [(q, (start, end)) for start, end in sentence_spans(text) for q in parse_quantities(text[start:end]) if q.unit]


def _same_kind(a: Stated, b: Stated) -> bool:
    """A count of the same thing: the unit, and the act where both state one ('killed' / 'injured')."""
    return a.unit == b.unit and (a.predicate is None or b.predicate is None or a.predicate == b.predicate)


def _giving(sources: Sequence[str], stated: dict[str, Found], figure: Stated) -> list[str]:
    return sorted_sources(s for s in sources
                          if any(_same_kind(figure, q) and compatible(figure, q) for q, _ in stated[s]))


def _told(figure: Stated) -> str:
    """The figure with the noun it counts, as written ("Two miners"; "12" where the count's noun is implied)."""
    return f"{figure.text} {figure.unit_text}" if figure.unit_text and figure.unit_text not in figure.text else figure.text
