"""One number parser: extraction, grounding and merging read the same figure from the same words."""

from __future__ import annotations

import pytest

from summarizer.extract.offline.numbers import find_quantities
from summarizer.ground import ground
from summarizer.numbers import parse_number
from summarizer.quantities import parse_quantities
from summarizer.schema import Article, ArticleExtraction, Claim, Quantity


@pytest.mark.parametrize(("token", "value"), [
    ("twenty-five", 25.0), ("twenty five", 25.0), ("ninety-nine", 99.0), ("a dozen", 12.0), ("two dozen", 24.0),
    ("one hundred and five", 105.0), ("a hundred", 100.0), ("12 500", 12500.0), ("12\u00a0500", 12500.0),
    ("3,412", 3412.0), ("58,2", 58.2), ("49.6", 49.6), ("seventeen", 17.0), ("one two", None), ("ships", None),
])
def test_parse_number(token: str, value: float | None) -> None:
    assert parse_number(token) == value


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    ("The navy sent twenty-five ships to the strait.", 25.0, "ships"),
    ("The fine came to 12 500 euros, the court in Ostvale said.", 12500.0, "EUR"),
    ("Inspectors counted one hundred and five damaged barns.", 105.0, "barns"),
])
def test_extraction_and_merging_agree(sentence: str, value: float, unit: str) -> None:
    extracted = find_quantities(sentence)
    merged = parse_quantities(sentence)
    assert [q.value for q in extracted][:1] == [value]
    assert extracted[0].unit == unit
    assert [q.value for q in merged][:1] == [value]


@pytest.mark.parametrize("sentence", [
    "Hospital sources say the death toll stands at 10 with over 30 injured.",
    "Exports rose to 366,000 from 235,000 a year earlier.",
    "The toll climbed to 14 after two more bodies were found.",
])
def test_a_function_word_after_a_figure_is_no_counted_noun(sentence: str) -> None:
    # 'stands at 10 with …' counts no 'with': the figure's unit is the quantity reader's ('people killed'),
    # so the merger compares it with other outlets' tolls instead of filing it under a unit of its own.
    extracted = find_quantities(sentence)
    assert extracted and all(q.unit is None or (q.unit.isalpha() and q.unit not in {"with", "from", "after"}) for q in extracted)
    claim = Claim(text=sentence, evidence=sentence, quantities=extracted)
    from summarizer.merge.numbers import claim_quantities

    assert [q.unit for q in claim_quantities(claim)][:1] == [parse_quantities(sentence)[0].unit]


def test_grounding_keeps_a_figure_its_evidence_writes_in_words() -> None:
    text = "The coastguard of Brisa said twenty-five ships were waiting outside the harbour on Monday."
    article = Article(id="S1", uri="mem://s1", text=text)
    claim = Claim(text="25 ships were waiting outside the harbour.", evidence=text,
                  quantities=[Quantity(value=25, unit="ships", text="25 ships")])
    grounded, report = ground(article, ArticleExtraction(claims=[claim]))
    assert grounded.claims[0].text == "25 ships were waiting outside the harbour."  # not rewritten
    assert [q.value for q in grounded.claims[0].quantities] == [25]
    assert report.rewritten == 0


def test_dot_grouped_thousands_read_alike_in_extraction_and_merging() -> None:
    sentence = "According to the agency approximately 38.000 patients have received the tablets."
    assert [q.value for q in find_quantities(sentence)] == [38000.0]
    assert [q.value for q in parse_quantities(sentence)] == [38000.0]
    # A percentage or an amount keeps its decimal point.
    assert [q.value for q in find_quantities("Turnout was 61.400 percent.")] == [61.4]


@pytest.mark.parametrize(("sentence", "bound"), [
    ("The ferry carried about 40 passengers.", None),
    ("The ferry carried up to 40 passengers.", "max"),
    ("The ferry carried no more than 40 passengers.", "max"),  # not the floor its "more than" ends in
    ("The ferry carried in excess of 40 passengers.", "min"),
])
def test_both_readers_take_the_same_hedges(sentence: str, bound: str | None) -> None:
    extracted, = find_quantities(sentence)
    read, = parse_quantities(sentence)
    assert extracted.approximate and (read.approximate or read.bound == bound)
    assert read.bound == bound


def test_both_readers_take_the_same_currencies() -> None:
    assert [q.unit for q in find_quantities("The levy raised 3,000 francs and 40 bucks.")] == ["CHF", "USD"]
    assert [q.unit for q in parse_quantities("The levy raised 3,000 francs and 40 bucks.")] == ["CHF", "USD"]


@pytest.mark.parametrize("hedge", ["about", "approximately", "fewer than", "no more than"])
def test_a_count_named_before_its_figure_takes_any_hedge(hedge: str) -> None:
    read, = parse_quantities(f"By noon the number of homes without power had fallen to {hedge} 4,200.")
    assert read.unit_text == "homes"


@pytest.mark.parametrize(("token", "value"), [
    ("three point six", 3.6), ("nine point zero five", 9.05), ("sixty-two point five", 62.5),
    ("eleven-hundred", 1100.0), ("three-hundred-and-twenty", 320.0), ("point six", None),
])
def test_spelled_decimals_and_hyphened_hundreds(token: str, value: float | None) -> None:
    assert parse_number(token) == value


@pytest.mark.parametrize(("sentence", "value", "unit"), [
    # A decimal read out as words is one figure, not a 3 and a separate 6 million.
    ("The council priced the new sea wall at three point six million euros.", 3_600_000.0, "EUR"),
    # A hyphened compound adjective keeps its hundreds: not "eleven" of a unit called "hundred".
    ("An eleven-hundred-tonne dredger ran aground off Mossholm.", 1100.0, "tonne"),
])
def test_spelled_figures_read_whole_by_extraction_and_merging(sentence: str, value: float, unit: str) -> None:
    extracted = find_quantities(sentence)
    assert [(q.value, q.unit) for q in extracted] == [(value, unit)]
    if unit == "EUR":
        assert [(q.value, q.unit) for q in parse_quantities(sentence)] == [(value, unit)]


def test_at_one_point_is_no_decimal() -> None:
    values = [q.value for q in parse_quantities("At one point three wardens were trapped on the roof.")]
    assert 3.0 in values and 1.3 not in values


@pytest.mark.parametrize(("phrase", "bound"), [
    ("No fewer than nine patients were given the wrong dose.", "min"), ("Not less than 40 tonnes were spilt.", "min"),
    ("Fewer than nine patients were given the wrong dose.", "max"), ("No more than 40 tonnes were spilt.", "max"),
])
def test_no_fewer_than_is_a_floor(phrase: str, bound: str) -> None:
    # 'no fewer than 9' ends in the ceiling's 'fewer than': read as a ceiling it agreed with a rival 6.
    assert [q.bound for q in parse_quantities(phrase)] == [bound]
