"""The overview is read as prose across outlets: a sentence opening on a pronoun leans on a sentence the
overview does not carry, and a hedged point names who says it without lower-casing a name (found on real
news clusters; invented text here)."""

from __future__ import annotations

from summarizer.schema import Briefing, KeyPoint, MergedEntity, Span
from summarizer.synthesize import headline_and_overview


def _point(text: str, source: str, score: float, **kw: object) -> KeyPoint:
    return KeyPoint(text=text, sources=[source], evidence=[Span(source=source, start=0, end=len(text), text=text)],
                    score=score, **kw)  # type: ignore[arg-type]


def test_a_point_opening_on_a_pronoun_stays_out_of_the_overview() -> None:
    briefing = Briefing(key_points=[
        _point("The Skarnes harbour board closed the old ferry quay for six weeks of repairs.", "S1", 3.0),
        _point("It has been in use since 1931 and carries 400 cars a day.", "S2", 2.5),
        _point("“It is a scandal that nothing was done,” said councillor Ola Brekke.", "S3", 2.2),
        _point("The ferry to Utvær will berth at the fish landing in the meantime.", "S4", 2.0),
    ])
    _, overview = headline_and_overview(briefing)
    assert "It has been in use" not in overview
    assert "fish landing" in overview and "“It is a scandal" in overview  # a quote names its speaker


def test_a_hedged_point_keeps_a_name_s_capital_after_according_to() -> None:
    briefing = Briefing(
        key_points=[_point("Brekke warned the board about the cracks in 2029.", "S1", 3.0, hedged=True,
                           attribution=["Skarnes Avis"]),
                    _point("The harbour board says repairs will cost four million crowns.", "S2", 2.0, hedged=True,
                           attribution=["Fjord Radio"])],
        entities=[MergedEntity(name="Ola Brekke", type="person", aliases=["Brekke"], sources=["S1"])],
    )
    _, overview = headline_and_overview(briefing)
    assert "According to Skarnes Avis, Brekke warned" in overview
    assert "According to Fjord Radio, the harbour board says" in overview
