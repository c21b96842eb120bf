"""Claims: factual sentences ranked by salience, verbatim evidence, attribution, hedging, numbers."""

from __future__ import annotations

from summarizer.extract.offline import extract_offline
from summarizer.schema import Claim
from tests.offline.articles import article, wire


def _claim(claims: list[Claim], fragment: str) -> Claim:
    for claim in claims:
        if fragment in claim.text:
            return claim
    raise AssertionError(f"no claim with {fragment!r}")


def test_claims_are_sorted_by_salience_and_lead_ranks_high() -> None:
    claims = extract_offline(wire()).claims
    saliences = [c.salience for c in claims]
    assert saliences == sorted(saliences, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in saliences)
    assert "ended a nine-day strike" in claims[0].text  # the lead sentence
    assert _claim(claims, "ended a nine-day").salience > _claim(claims, "Union members called").salience


def test_evidence_is_verbatim_article_text() -> None:
    art = wire()
    for claim in extract_offline(art).claims:
        assert claim.span is not None
        assert claim.evidence == claim.span.text == art.text[claim.span.start : claim.span.end]


def test_attribution_is_kept() -> None:
    claims = extract_offline(wire()).claims
    assert _claim(claims, "the cabinet met earlier").attribution == "The Lorant Courier"
    assert _claim(claims, "had cost the economy").attribution == "Ngozi Okafor"
    assert _claim(claims, "ended a nine-day strike").attribution == "Port Authority"


def test_hedged_claims_are_marked() -> None:
    claims = extract_offline(wire()).claims
    assert _claim(claims, "reportedly waiting offshore").hedged
    assert not _claim(claims, "ended a nine-day strike").hedged
    text = "The harbour master allegedly took bribes from shipping firms, prosecutors said on Tuesday."
    assert extract_offline(article(text)).claims[0].hedged


def test_claims_carry_quantities() -> None:
    claims = extract_offline(wire()).claims
    lead = _claim(claims, "ended a nine-day strike")
    assert any(q.unit == "%" and q.value == 12 for q in lead.quantities)
    cost = _claim(claims, "had cost the economy")
    assert [(q.value, q.unit, q.approximate) for q in cost.quantities] == [(3_200_000.0, "USD", True)]


def test_empty_article_gives_empty_extraction() -> None:
    extraction = extract_offline(article("   \n\n "))
    assert extraction.claims == [] and extraction.quotes == [] and extraction.entities == []


def test_closing_attribution_clause_names_the_source_not_the_subject() -> None:
    text = ("Interior Minister Tomas Reyes asked police for options to reopen the gates on Saturday, "
            "but did not order them to act, a ministry spokeswoman said.")
    claim = extract_offline(article(text)).claims[0]
    assert claim.attribution == "a ministry spokeswoman"


def test_closing_attribution_allows_a_long_office_name_and_a_trailing_qualifier() -> None:
    text = ("Jonas Prell, 55, of Vandermere, a town north of Lorant, admitted threatening a port official, "
            "the U.S. Attorney’s Office for the Northern District of Veloria said in a statement.")
    claim = extract_offline(article(text)).claims[0]
    assert claim.attribution == "U.S. Attorney’s Office for the Northern District of Veloria"
    for closing, source in ((", the ministry's press office said in an email on Tuesday.", "the ministry's press office"),
                            (", a spokeswoman for the Ministry of Finance said to reporters.",
                             "a spokeswoman for the Ministry of Finance"),
                            (", the Velorian Dockworkers Union announced Monday.", "Velorian Dockworkers Union"),
                            (", the port authority said in a release.", "the port authority")):
        text = f"Finance Minister Ngozi Okafor approved the port budget on Monday{closing}"
        assert extract_offline(article(text)).claims[0].attribution == source, closing


def test_closing_attribution_is_not_a_pronoun_or_a_whole_clause() -> None:
    for closing in (", she told reporters.", ", he later said in a statement.",
                    ", and the strike ended after the union leader said.",
                    ", but the dockworkers were told nothing until the ministry said."):
        text = f"Finance Minister Ngozi Okafor approved the port budget on Monday{closing}"
        attribution = extract_offline(article(text)).claims[0].attribution
        assert attribution in (None, "Ngozi Okafor"), (closing, attribution)


def test_an_attribution_is_someone_never_a_date_or_a_document() -> None:
    from summarizer.extract.offline import extract_offline
    from tests.offline.articles import article

    text = ("The union of Keldra accepted the offer, the decision said in a statement Friday. "
            "The crane operators returned to work, March said. "
            "The port reopened after nine days, harbour officials said on Tuesday.")
    claims = {c.text.split(",")[0]: c.attribution for c in extract_offline(article(text)).claims}
    assert claims["The union of Keldra accepted the offer"] is None
    assert claims["The crane operators returned to work"] is None
    assert claims["The port reopened after nine days"] == "harbour officials"


def test_a_short_sentence_is_a_claim_only_when_it_states_a_figure() -> None:
    text = ("A rockfall closed the Veyra pass road on Monday, the county said. Two have died. "
            "Think about that. Crews expect to reopen one lane by Friday, officials said.")
    claims = extract_offline(article(text)).claims
    assert _claim(claims, "Two have died.").quantities[0].unit is None  # "have" is no unit
    assert not any("Think about that" in c.text for c in claims)


def test_a_speaker_named_in_a_later_clause_speaks_only_for_that_clause() -> None:
    """'The ferry pier stays shut, and harbour officials said …': the officials said the second clause;
    the first is nobody's. A subject who acts and then speaks ('… apologised and said …') is still the
    source of both, and a closing attribution still speaks for the whole sentence."""
    text = ("Storm closes Vellmar ferry\n\n"
            "The Vellmar ferry pier remains shut to foot passengers, and harbour officials said it would stay "
            "closed at least until Sunday.\n\n"
            "Harbour master Tilde Ronsager apologised to stranded travellers and said extra buses would run "
            "along the coast road.\n\n"
            "Two mooring lines snapped overnight and a gangway was torn loose, the harbour office said.")
    claims = extract_offline(article(text)).claims
    assert _claim(claims, "pier remains shut").attribution is None
    assert _claim(claims, "would stay closed").attribution == "harbour officials"
    assert _claim(claims, "apologised to stranded").attribution == "Tilde Ronsager"
    assert _claim(claims, "mooring lines snapped").attribution == "the harbour office"


def test_an_attribution_is_a_person_a_body_or_a_group_never_a_thing_a_place_or_nobody() -> None:
    """A describing phrase is a source only when its head is an office, a body or a group of people;
    a name the article places is no source; 'Nobody has reported …' names no one."""
    text = ("Floods close Brevik ferry\n\n"
            "Brevik is a harbour town of 4,000 people on the Selma estuary.\n\n"
            "Lab tests found a bacterium called Vibrio brevis in water samples taken on Monday.\n\n"
            "Nobody has reported falling ill after drinking the water.\n\n"
            "The ferry will not sail before Friday, a spokesman for the harbour board said.\n\n"
            "The pier had flooded twice in a week, two ferry workers said.\n\n"
            "The Selma Ferry Company in Brevik said on Monday that two boats were damaged.")
    claims = extract_offline(article(text)).claims
    assert _claim(claims, "bacterium called").attribution is None
    assert _claim(claims, "Nobody has reported").attribution is None
    assert _claim(claims, "will not sail").attribution == "a spokesman for the harbour board"
    assert _claim(claims, "pier had flooded").attribution == "two ferry workers"
    assert _claim(claims, "two boats were damaged").attribution != "Brevik"  # a town here, not who spoke


def test_according_to_a_date_or_a_thing_names_no_source() -> None:
    from datetime import date

    from summarizer.schema import Article

    text = ("The Marlow ran aground near Dunmore on Tuesday. The repair will cost 4 million crowns, according to "
            "March figures. Twelve crew were rescued, according to the decision in a statement Friday. Fuel leaked "
            "into the bay, according to harbour officials. The crossing will close for a month, according to people "
            "close to the operator. Pensions are kept, according to a summary released by the Dunmore Ferry Workers "
            "Union (DFWU).")
    claims = extract_offline(Article(id="S1", uri="mem://s1", text=text, published=date(2026, 3, 5))).claims
    assert _claim(claims, "4 million crowns").attribution is None
    assert _claim(claims, "Twelve crew").attribution is None
    assert _claim(claims, "Fuel leaked").attribution == "harbour officials"
    assert _claim(claims, "crossing will close").attribution == "people close to the operator"
    assert _claim(claims, "Pensions are kept").attribution == "the Dunmore Ferry Workers Union"  # the author


def test_a_place_after_a_verb_is_its_object_not_the_source() -> None:
    from datetime import date

    from summarizer.schema import Article

    text = ("The Dunmore Fire grew overnight to 2,600 acres, fire officials said at a briefing Wednesday, and the Orrin "
            "County Sheriff's Office upgraded Pine Vale from an evacuation warning to a mandatory evacuation order.")
    claims = extract_offline(Article(id="S1", uri="mem://s1", text=text, published=date(2026, 3, 5))).claims
    assert _claim(claims, "upgraded Pine Vale").attribution == "fire officials"
