"""One weight written in kilograms by one outlet and in tonnes by another is one figure; a different weight is a
conflict, shown in the units its sources wrote. Invented."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.numbers import compatible
from summarizer.quantities import Stated, parse_quantities
from summarizer.schema import Briefing


def _numbers(briefing: Briefing) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.subject, [(p.value, p.sources) for p in d.positions]) for d in briefing.discrepancies if d.kind == "number"]


def _one(text: str) -> Stated:
    (q,) = parse_quantities(text)
    return q


def test_kilograms_and_tonnes_are_one_measure() -> None:
    found = _one("Inspectors found 1.8 tonnes of fake cheese.")
    assert (found.value, found.unit) == (1800.0, "kilogram")
    assert compatible(_one("They found 1.8 tonnes of cheese."), _one("They found 1,830 kilos of cheese."))  # 1.8 t: 1,750-1,850 kg
    assert compatible(_one("They found two tonnes of cheese."), _one("They found 2,300 kg of cheese."))
    # near-misses: a weight the rounding cannot reach, and two figures written in one unit (no rounding between them)
    assert not compatible(_one("They found 1.8 tonnes of cheese."), _one("They found 1,900 kilograms of cheese."))
    assert not compatible(_one("They found 2 tonnes of cheese."), _one("They found 2.3 tonnes of cheese."))


def test_a_weight_in_another_unit_agrees_and_a_different_one_conflicts() -> None:
    a = Doc("S1").say("Inspectors at Varnholm found 1,830 kilograms of fake cheese in a lorry on Tuesday.")
    b = Doc("S2").say("Inspectors at Varnholm found 1.8 tonnes of fake cheese in a lorry on Tuesday.")
    assert _numbers(merge(*build(a, b))) == []
    c = Doc("S3").say("Inspectors at Varnholm found 1.2 tonnes of fake cheese in a lorry on Tuesday.")
    assert _numbers(merge(*build(a, b, c))) == [("Weight", [("1.8 tonnes / 1,830 kilograms", ["S1", "S2"]), ("1.2 tonnes", ["S3"])])]
