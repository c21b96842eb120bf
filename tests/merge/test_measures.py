"""A rate stated of one measure in different words ('turnout' / 'participation') is one measure."""

from __future__ import annotations

import pytest
from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.measures import measure_of
from summarizer.schema import Briefing


def _numbers(briefing: Briefing) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(d.subject, [(p.value, p.sources) for p in d.positions]) for d in briefing.discrepancies if d.kind == "number"]


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        ("Turnout in Orrin on Saturday was 47.2%, officials said.", "47.2%", "turnout"),
        ("The participation was of 44,9% of the registered voters.", "44,9%", "turnout"),
        ("The referendum drew a 47% turnout.", "47%", "turnout"),
        ("The jobless rate stood at 6.1% in April.", "6.1%", "unemployment"),
        ("Unemployment rate rose to 6.4%.", "6.4%", "unemployment"),
        ("Quarterly revenue was $3.2 billion.", "$3.2 billion", "revenu"),
        ("A wage rise of 4% was agreed.", "4%", "pay rise"),
        # A change stated as a share is keyed by what changed and which way, in any of its shapes.
        ("The accord gives nurses raises totalling 9% over three years.", "9%", "pay rise"),
        ("The settlement lifts nothing but raises salaries by 9 percent.", "9 percent", "pay rise"),
        ("The offer amounts to a rise of the wages of 9% by 2029.", "9%", "pay rise"),
        ("Staff would get a 9% pay rise.", "9%", "pay rise"),
        ("Bus fares rose 6% in the spring.", "6%", "fare rise"),
        ("The council will cut the library budget by 3%.", "3%", "budget fall"),
        ("Support for the plan rose to 44% in the poll.", "44%", "support"),  # a level reached, not a change
        ("Harbour shares fell 8% in morning trading.", "8%", "shar fall"),  # what fell, not a measure called trading
        ("The new lock could cost about $9 million, the engineer said.", "$9 million", "lock cost"),
        # any hedge of summarizer.numbers may stand before the figure
        ("The new lock could cost approximately $9 million, the engineer said.", "$9 million", "lock cost"),
        ("The new lock will cost no more than $9 million.", "$9 million", "lock cost"),
        ("The rebuilt pier will cost 12 million euros.", "12 million euros", "pier cost"),
        ("The hijackers are asking for 3 million euros.", "3 million euros", "demand"),
        ("The gang demanded a ransom of 3 million euros.", "3 million euros", "demand"),
        ("The port now faces a legal bill of 2 million euros.", "2 million euros", "legal cost"),
        ("The port must pay legal costs of 2 million euros.", "2 million euros", "legal cost"),
        ("The port was told to pay 2 million euros in legal costs to the fishermen.", "2 million", "legal cost"),
        ("The council set aside $4 million for the repairs.", "$4 million", "repair"),
        # a value said with a verb whose object runs long, or as 'a value of': one story's value
        ("The merger values the combined group of Ostra and Vell at about 3.4 billion euros.", "3.4 billion euros", "value"),
        ("The bid, valuing the club at $900 million, was accepted.", "$900 million", "value"),
        ("Analysts put a value of 2.2 billion kroner on the whole fleet.", "2.2 billion kroner", "value"),
        ("It would mean a valuation of $40 million for the start-up.", "$40 million", "value"),
    ],
)
def test_the_noun_a_figure_is_stated_of_names_its_measure(text: str, figure: str, key: str) -> None:
    found = measure_of(text, figure)
    assert found is not None and found[0] == key


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Turnout was 47.2%, well above the 39% recorded six years ago.", "39%"),  # an earlier vote's
        ("Turnout was 39% in 2019.", "39%"),
        ("The previous turnout was 39%.", "39%"),
        ("Okafor was at 51.3% with most districts counted.", "51.3%"),  # whose share, not what measure
        ("The blaze was 20% contained by noon.", "20%"),  # how far done: left to the wording
        ("Prices saw a rise of 4% in March.", "4%"),  # a rise of what, unsaid
        ("The share was 12%.", "12%"),
        ("The port must pay 2 million euros in costs.", "2 million"),  # costs of what, unsaid
        ("The closure cost the harbour about $2 million a week.", "$2 million"),  # a loss to someone, not a price
    ],
)
def test_no_measure_is_read_where_the_sentence_names_none(text: str, figure: str) -> None:
    assert measure_of(text, figure) is None


def test_turnout_and_participation_with_a_decimal_comma_are_one_measure() -> None:
    a = Doc("S1").say("Turnout in the Orrin referendum was 47.2%, the electoral office said.")
    b = Doc("S2").say("Turnout on Saturday was 47.2%, well above the 39% recorded six years ago.")
    c = Doc("S3").say("The participation was of 44,9% of the registered voters.")
    # Near-misses: a share of something else, and a rate stated without the noun of any measure.
    d = Doc("S4").say("The yes side won 58.1% of the vote in the coastal districts.")
    e = Doc("S5").say("The port city of Valn reported 61% of its ballots counted by midnight.")
    found = _numbers(merge(*build(a, b, c, d, e)))
    assert found == [("Turnout", [("47.2%", ["S1", "S2"]), ("44.9%", ["S3"])])]


def test_one_measure_given_two_values_by_one_source_is_not_compared_across() -> None:
    a = Doc("S1").say("Turnout was 52% in the north.").say("Turnout was 41% in the south.")
    b = Doc("S2").say("Turnout was 47% across the region.")
    assert _numbers(merge(*build(a, b))) == []


def test_the_same_turnout_in_other_words_is_no_discrepancy() -> None:
    a = Doc("S1").say("Turnout in the Orrin referendum was 47.2%, the electoral office said.")
    b = Doc("S2").say("The participation was of 47,2% of the registered voters.")
    assert _numbers(merge(*build(a, b))) == []


def test_an_earlier_value_named_before_the_verb_is_no_measure_of_now() -> None:
    assert measure_of("Turnout four years ago was 39%.", "39%") is None
    assert measure_of("Turnout in 2019 was 39%.", "39%") is None


def test_a_models_share_unit_written_as_a_phrase_is_still_a_share() -> None:
    from summarizer.merge.numbers import claim_quantities
    from summarizer.schema import Claim, Quantity

    claim = Claim(text="Okafor had 51.2% of the vote in the first count.", evidence="x",
                  quantities=[Quantity(value=51.2, unit="% of the vote", text="51.2%")])
    assert [(q.value, q.unit) for q in claim_quantities(claim)] == [(51.2, "%")]
    turnout = Claim(text="Turnout was 44,9% of registered voters.", evidence="x",
                    quantities=[Quantity(value=44.9, unit="% turnout", text="44,9%")])
    assert [(q.value, q.unit) for q in claim_quantities(turnout)] == [(44.9, "%")]


def test_two_outlets_pricing_one_repair_in_other_words_disagree() -> None:
    a = Doc("S1").say("Engineers at the Orrin lock said a permanent repair could cost about $9 million.")
    b = Doc("S2").say("The full repair will cost $90 million, according to a local blog, and boaters will pay for it.")
    c = Doc("S3").say("The town also approved a $1.5 million grant for the harbour school.")  # another amount, not a rival
    found = _numbers(merge(*build(a, b, c)))
    assert [positions for _, positions in found] == [[("about $9 million", ["S1"]), ("$90 million", ["S2"])]]


def test_a_sum_demanded_in_other_words_is_one_measure_and_no_decision() -> None:
    a = Doc("S1").say("The hijackers of the Orrin ferry demanded a ransom of 3 million euros, the coastguard said.")
    b = Doc("S2").say("The ferry's owner says the hijackers want €3m and that it has refused to pay.")
    c = Doc("S3").say("The pirates are asking for 30 million euros.")
    briefing = merge(*build(a, b, c))
    assert [positions for _, positions in _numbers(briefing)] == [[("€3 million", ["S1", "S2"]), ("€30 million", ["S3"])]]
    assert [d for d in briefing.discrepancies if d.kind == "account"] == []


def test_one_pay_rise_told_as_a_noun_and_as_a_verb_is_one_measure_and_a_lower_figure_disputes_it() -> None:
    a = Doc("S1").say("The three-year accord gives nurses raises totalling 9% and a one-off bonus of $800, the board said.")
    b = Doc("S2").say("The settlement raises salaries by 9 percent over three years and keeps the night allowance.")
    c = Doc("S3").say("After ten weeks out, the ward staff got a raise of 6% over three years from the hospital board.")
    d = Doc("S4").say("The agreement foresees a rise of the wages of 9% in three years.")
    found = _numbers(merge(*build(a, b, c, d)))
    assert found == [("Pay rise", [("9%", ["S1", "S2", "S4"]), ("6%", ["S3"])])]


def test_rises_of_different_things_are_different_measures() -> None:
    a = Doc("S1").say("Bus fares rose 6% this spring, the transit board said.")
    b = Doc("S2").say("The settlement raises salaries by 9 percent over three years.")
    assert _numbers(merge(*build(a, b))) == []


@pytest.mark.parametrize(
    ("text", "figure", "key"),
    [
        # A cost said with whom it costs between, or as a noun priced "at" an amount; a value likewise.
        ("The storm would cost the ferry line about $4 million, its chief said.", "$4 million", "storm cost"),
        ("The flood will cost them 2 million euros.", "2 million euros", "flood cost"),
        ("The engineer put the cost at about €3 million.", "€3 million", "cost"),
        ("The insurer put the value of the stolen paintings at €7 million.", "€7 million", "painting value"),
        ("Police valued the haul at about 2 million pounds.", "2 million pounds", "haul value"),
        ("The thieves took jewels worth 9 million euros.", "9 million euros", "jewel value"),
        # A change told by both its ends: each end is its own measure.
        ("The board voted to raise the single fare from $2.80 to $3.40.", "$2.80", "fare from"),
        ("The board voted to raise the single fare from $2.80 to $3.40.", "$3.40", "fare to"),
        ("- FARES: single fare $2.80 -> $3.10; weekly pass $25 -> $30.", "$3.10", "fare to"),
        ("Turnout rose from 55% to 61%.", "61%", "turnout to"),
    ],
)
def test_costs_values_and_the_ends_of_a_change_name_their_measure(text: str, figure: str, key: str) -> None:
    found = measure_of(text, figure)
    assert found is not None and found[0] == key


def test_a_currency_word_after_an_amount_names_no_measure() -> None:
    assert measure_of("The airline says it lost 20 million dollars.", "20 million") is None


def test_one_cost_per_outlet_in_its_own_words_is_one_cost_of_the_story() -> None:
    a = Doc("S1").say("Finance chief Ilse Varga said the breakdown would cost the ferry line about $4 million.")
    b = Doc("S2").say("Ilse Varga put the cost of the week at roughly $4 million.")
    c = Doc("S3").say("The ferry line now says the shutdown cost it eleven million dollars.")
    d = Doc("S4").say("The town approved a $1.5 million grant for the harbour school.")  # another amount, not a cost
    found = _numbers(merge(*build(a, b, c, d)))
    assert [positions for _, positions in found] == [[("about $4 million", ["S1", "S2"]), ("$11 million", ["S3"])]]


def test_an_outlet_giving_two_costs_keeps_each_to_its_own_thing() -> None:
    a = Doc("S1").say("The breakdown would cost the ferry line about $4 million.")
    b = Doc("S2").say("The repairs will cost $1 million.").say("The new engines will cost $9 million.")
    assert _numbers(merge(*build(a, b))) == []


def test_the_new_fare_differs_while_the_old_one_agrees() -> None:
    a = Doc("S1").say("The Tarn transit board voted on Monday to raise the single fare from $2.80 to $3.40.")
    b = Doc("S2").say("Riders in Tarn face a rise of the single fare from $2.80 to $3.40 from June.")
    c = Doc("S3").say("- NEW FARES: single fare $2.80 -> $3.10; weekly pass $25 -> $30.")
    found = _numbers(merge(*build(a, b, c)))
    assert [positions for _, positions in found] == [[("$3.40", ["S1", "S2"]), ("$3.10", ["S3"])]]


def test_an_amount_before_the_thing_it_prices_is_that_things_value() -> None:
    assert measure_of("The hull was a £6 million racing yacht owned by a banker.", "£6 million") == ("yacht value", "racing yacht value")
    a = Doc("S1").say("The insurer valued the yacht at £6 million, its broker said.")
    b = Doc("S2").say("The Brisa Alta, a £9 million racing yacht built for the Kessmoor regatta, sank on Sunday.")
    found = _numbers(merge(*build(a, b)))
    assert [positions for _, positions in found] == [[("£6 million", ["S1"]), ("£9 million", ["S2"])]]
    # Near-miss: an amount before another thing ('a £9 million grant') is that thing's, not a rival value of the yacht.
    c = Doc("S3").say("The marina also won a £9 million grant for the Kessmoor regatta, officials said on Sunday.")
    assert _numbers(merge(*build(a, c))) == []


def test_an_amount_paid_towards_the_costs_of_a_thing_is_that_things_cost_and_no_measure_named_towards() -> None:
    assert measure_of("The panel ordered that he pay €2,400 towards the cost of the appeal.", "€2,400") == ("appeal cost", "appeal cost")
    assert measure_of("He must pay €2,400 towards the costs.", "€2,400") is None  # costs of what, unsaid
    a = Doc("S1").say("The panel ordered that the jockey pay €2,400 towards the cost of the case brought by the board.")
    b = Doc("S2").say("On Monday the panel also ordered him to pay €24,000 towards the costs of the case, his lawyer said.")
    found = _numbers(merge(*build(a, b)))
    assert found == [("Case cost", [("€2,400", ["S1"]), ("€24,000", ["S2"])])]


def test_a_deal_valued_in_other_words_is_one_value_and_told_apart() -> None:
    # 'approximately 1.46 billion' is said to the ten million: it admits no 1.39 billion, though 10% would.
    a = Doc("S1").say("The agreed offer values the whole of Brisk Ferries at approximately 1.46 billion euros.")
    b = Doc("S2").say("The deal values Brisk Ferries at 1.46 billion euros, the company said.")
    c = Doc("S3").say("By my reckoning the bid puts a value of 1.39 billion euros on the ferry line.")
    found = _numbers(merge(*build(a, b, c)))
    assert [positions for _, positions in found] == [[("€1.46 billion", ["S1", "S2"]), ("€1.39 billion", ["S3"])]]


def test_a_hedge_buys_ten_percent_or_five_steps_of_the_written_place() -> None:
    from summarizer.merge.numbers import compatible
    from summarizer.quantities import Stated

    def q(value: float, text: str, approximate: bool = True) -> Stated:
        return Stated(value, "EUR", text, approximate, False, None)

    assert not compatible(q(1.46e9, "1.46 billion"), q(1.39e9, "1.39 billion", False))
    assert compatible(q(1.46e9, "1.46 billion"), q(1.42e9, "1.42 billion", False))  # within five ten-millions
    assert compatible(q(240, "240"), q(220, "220", False))  # two significant digits: the full 10%
    assert compatible(q(2e6, "two million"), q(1.85e6, "1.85 million", False))  # in words: the full 10%
    assert not compatible(q(1.46e9, "1.46 billion", False), q(1.39e9, "1.39 billion", False))


def test_jobs_a_translation_calls_workplaces_are_jobs() -> None:
    a = Doc("S1").say("The new owner will keep the 1,800 jobs at the Varn plant for at least two years.")
    b = Doc("S2").say("The buyer has committed to keep the 1.300 workplaces of the Varn plant for at least two years.")
    found = _numbers(merge(*build(a, b)))
    assert [positions for _, positions in found] == [[("1,800 jobs", ["S1"]), ("1,300", ["S2"])]]
