"""An outlet whose longer sentence states all a main point says supports it; a partial or rival one does not (invented)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.corroborate import _clauses, corroborate, joins_facts


def _point(briefing: object, needle: str) -> object:
    return next(p for p in briefing.key_points if needle in p.text)  # type: ignore[attr-defined]


FILLER = ["Three streets in Orvel were flooded to the kerb.", "Schools in the valley stayed open.",
          "Bottled water was handed out at the town hall.", "The company apologised to its customers.",
          "Repairs are expected to take two days."]


def _doc(n: int, first: str) -> Doc:
    doc = Doc(f"S{n}").say(first)
    for k, sentence in enumerate(FILLER):
        if (k + n) % 2 == 0:
            doc.say(sentence)
    return doc


def test_a_longer_sentence_stating_the_whole_point_adds_its_outlet() -> None:
    blamed = "The water company blamed a faulty valve that failed overnight."
    longer = ("Some 9,000 homes lost their supply when a valve failed overnight, and the water company blamed the "
              "faulty part for the burst.")
    briefing = merge(*build(_doc(1, blamed), _doc(2, blamed), _doc(3, longer),
                            _doc(4, "Engineers in Orvel started repairs to the pumping station on Monday.")))
    point = _point(briefing, "blamed a faulty valve")
    assert point.sources == ["S1", "S2", "S3"] and point.independent_sources == 3  # type: ignore[attr-defined]
    assert any(e.source == "S3" and e.text.startswith("Some 9,000") for e in point.evidence)  # type: ignore[attr-defined]
    # S3's sentence says more than the point it supports: it keeps its own point too.
    assert _point(briefing, "Some 9,000 homes").sources == ["S3"]  # type: ignore[attr-defined]


def test_a_sentence_covering_one_clause_or_naming_another_place_or_figure_does_not() -> None:
    closed = "The Orvel library is closed until Monday and police are asking for witnesses."
    witnesses = "Police are asking for witnesses who saw a white van parked near the Orvel library late on Friday night."
    reopen = "The Orvel library will reopen after repairs to its roof."
    briefing = merge(*build(_doc(1, closed), _doc(2, closed), _doc(3, witnesses), _doc(4, reopen)))
    assert _point(briefing, "closed until Monday").sources == ["S1", "S2"]  # type: ignore[attr-defined]



def test_a_point_names_what_a_supporting_sentence_must_name() -> None:
    from summarizer.merge.corroborate import _names, _plain_words

    names = _names("Firefighters evacuated 40 homes in the Pine Hollow district of Orvel on Monday.")
    assert names == {"pine", "hollow", "orvel", "monday"}
    assert not names <= _plain_words("Firefighters evacuated 40 homes in the Mill End district of Orvel.")
    assert names <= _plain_words("In Orvel's Pine Hollow district, 40 homes were evacuated by firefighters on Monday.")
    assert not names <= _plain_words("In Orvel's Pine Hollow district, 40 homes were evacuated by firefighters.")


def test_a_point_splits_into_its_coordinated_clauses() -> None:
    assert _clauses("The pier is closed until Friday and police are asking for witnesses.") == [
        "The pier is closed until Friday", "police are asking for witnesses."]
    assert _clauses("The mayor and the council approved the budget.") == ["The mayor and the council approved the budget."]


def test_a_copy_of_a_supporting_wire_story_is_listed_with_the_original() -> None:
    """A republished wire story states the point as its original does: both files are the point's sources,
    counted as one independent source."""
    blamed = "The water company blamed a faulty valve that failed overnight."
    longer = ("Some 9,000 homes lost their supply when a valve failed overnight, and the water company blamed the "
              "faulty part for the burst.")
    wire, copy = _doc(3, longer), _doc(4, longer)
    copy.source = "S4"
    copy.copy_of = "S3"
    copy.claims = [c.model_copy(update={"span": c.span.model_copy(update={"source": "S4"})}) for c in copy.claims]  # type: ignore[union-attr]
    briefing = merge(*build(_doc(1, blamed), _doc(2, blamed), wire, copy,
                            _doc(5, "Engineers in Orvel started repairs to the pumping station on Monday.")))
    point = _point(briefing, "blamed a faulty valve")
    assert point.sources == ["S1", "S2", "S3", "S4"]  # type: ignore[attr-defined]
    assert point.independent_sources == 3  # type: ignore[attr-defined]
    assert {e.source for e in point.evidence if e.text.startswith("Some 9,000")} == {"S3", "S4"}  # type: ignore[attr-defined]



def _corroborated(members: list[tuple[str, str, str | None]], others: list[tuple[str, str]]) -> list[object]:
    """Main points of the ``members`` (one point: source, sentence, speaker) and of each other sentence,
    after corroboration: the ledger's grouping is given, so only corroboration decides."""
    from summarizer.merge.claims import ClaimMatcher, collect_claims
    from summarizer.merge.independence import detect_copies
    from summarizer.merge.ledger import key_points

    docs = {s: Doc(s) for s, _, _ in members} | {s: Doc(s) for s, _ in others if s not in {m[0] for m in members}}
    for source, sentence, speaker in members:
        docs[source].say(sentence, attribution=speaker)
    for source, sentence in others:
        docs[source].say(sentence)
    articles, records = build(*docs.values())
    independence = detect_copies(articles)
    items = collect_claims(articles, records, independence)
    matcher = ClaimMatcher(items)
    grouped = [[i for i in items if (i.source, i.claim.text) in {(s, t) for s, t, _ in members}]]
    grouped += [[i] for i in items if i not in grouped[0]]
    points = [p.model_copy(update={"tier": "main"}) for p in key_points(grouped, independence)]
    return list(corroborate(points, items, matcher, independence, []))


def test_a_point_made_mostly_of_names_counts_them_in_its_coverage() -> None:
    """'The Kestrel County depot on Harrow Lane' says most of what 'Residents can collect sandbags at the
    Kestrel County depot on Harrow Lane' says: a sentence naming the depot and its sandbags supports the
    point, though it has no word for the residents who collect them."""
    depot = [("S1", "Residents can collect sandbags at the Kestrel County depot on Harrow Lane.", None),
             ("S2", "Residents may collect free sandbags from the Kestrel County depot on Harrow Lane.", None),
             ("S3", "People in the flood zone can pick up sandbags at the Kestrel County depot on Harrow Lane.", None)]
    given = "The Kestrel County depot on Harrow Lane had given out 4,000 sandbags by Monday evening."
    points = _corroborated(depot, [("S4", given)])
    point = next(p for p in points if "collect sandbags" in p.text)  # type: ignore[attr-defined]
    assert point.sources == ["S1", "S2", "S3", "S4"]  # type: ignore[attr-defined]
    assert any(e.source == "S4" and e.text == given for e in point.evidence)  # type: ignore[attr-defined]


def test_a_speakers_name_is_not_what_a_point_says() -> None:
    """'Mayor Ilse Brandt said the barrier held' is about the barrier: another sentence naming the mayor and
    the embankment, about its raising, does not support it (counting her name in the coverage, it would)."""
    said = "Mayor Ilse Brandt said the Tamm embankment barrier had held through the night."
    members = [(s, said, "Ilse Brandt") for s in ("S1", "S2", "S3")]
    other = "Mayor Ilse Brandt said the Tamm embankment would be raised next year."
    points = _corroborated(members, [("S4", other)])
    point = next(p for p in points if p.text == said)  # type: ignore[attr-defined]
    assert point.sources == ["S1", "S2", "S3"]  # type: ignore[attr-defined]


def test_support_refusals_lists_every_lack_the_merger_finds() -> None:
    """The diagnosis names what a sentence lacks by the merger's own checks, all of them, and none for a
    sentence the merger adds (invented)."""
    from summarizer.merge.claims import ClaimMatcher, collect_claims
    from summarizer.merge.corroborate import support_refusals
    from summarizer.merge.independence import detect_copies
    from summarizer.merge.ledger import key_points

    point_text = "The Kestrel County depot on Harrow Lane handed out 4,000 sandbags on Monday."
    docs = [Doc("S1").say(point_text),
            Doc("S2").say("On Monday the Kestrel County depot on Harrow Lane handed 4,000 sandbags to residents."),
            Doc("S3").say("Volunteers in Orvel filled sandbags all night.")]
    articles, records = build(*docs)
    independence = detect_copies(articles)
    items = collect_claims(articles, records, independence)
    matcher = ClaimMatcher(items)
    point = key_points([[items[0]]], independence)[0].model_copy(update={"tier": "main"})
    agrees, covered = support_refusals(point, items[1], items, matcher, independence, [])
    assert agrees == [] and covered >= 0.45
    lacks, _ = support_refusals(point, items[2], items, matcher, independence, [])
    assert any(r.startswith("figures not stated: ['#4000']") for r in lacks)
    assert any(r.startswith("names not stated:") and "kestrel" in r and "monday" in r for r in lacks)
    assert any(r.startswith("coverage ") for r in lacks)
    assert [p.sources for p in corroborate([point], items, matcher, independence, []) if p.text == point_text] == [["S1", "S2"]]


def test_a_sentence_joining_two_facts() -> None:
    assert joins_facts("The ferry from Vorn was cancelled and the harbour office closed its doors at noon.")
    assert joins_facts("The appeal came from Mara Loft, the head of the Dune Society, who counted 310 nesting terns in May.")
    # One fact: a clause that says which survey (no comma), a name's title, a trailing source.
    assert not joins_facts("The council relied on a tern count that was four years old.")
    assert not joins_facts("Mara Loft, the head of the Dune Society, counted 310 nesting terns in May, the society said.")
    assert not joins_facts('"The count is out of date," Loft said as she left the hall.')


def test_a_name_referred_to_by_its_head_noun_counts_as_named() -> None:
    from summarizer.merge.corroborate import _described, _names, _plain_words

    point = "Inspectors found mould in the ceilings of the Brenna Wing at Orvel Hospital."
    later = "In the wing, inspectors found mould in the ceilings, a report on Orvel Hospital said."
    assert not _names(point) <= _plain_words(later)
    assert _names(point) <= _plain_words(later) | _described(point, later)
    # Another wing, or the head noun with another word before it, is not the point's place.
    assert "brenna" not in _described(point, "Inspectors found mould in the east wing at Orvel Hospital.")
    assert "brenna" not in _described(point, "Inspectors found mould at Orvel Hospital, in its laundry.")


def test_an_amount_in_another_currency_in_brackets_is_a_conversion_not_asked_of_a_supporter() -> None:
    from summarizer.merge.figure_tokens import converted_figures

    assert converted_figures("The council sold the depot for 8.2 million euros ($9.1 million) to a developer.") == {"#9100000"}
    assert converted_figures("Some 20 million gallons (about 76 million litres) leaked.") == {"#76000000"}
    # A bracket taking a part out of a count, or saying more than an amount, is no conversion.
    assert not converted_figures("Twelve people (five of them children) were hurt in Orvel.")
    assert not converted_figures("Five buyers (four on the telephone) bid for it.")
    assert not converted_figures("It weighs 3.5 tonnes (3,500 kg) in all.")  # one figure in two units: one token anyway


def test_a_full_date_states_its_weekday() -> None:
    from summarizer.merge.corroborate import _dated_weekdays

    assert _dated_weekdays("ORVEL, 14 March 2028 – The council sold the depot.") == {"tuesday"}
    assert _dated_weekdays("On 15/03/2028 the council met.") == {"wednesday"}
    assert not _dated_weekdays("The council sold the depot on 14 March.")  # no year: no weekday to read


def test_a_sentence_with_the_amount_in_one_currency_and_the_full_date_supports_a_point_with_both() -> None:
    from summarizer.merge.claims import ClaimMatcher, collect_claims
    from summarizer.merge.independence import detect_copies
    from summarizer.schema import KeyPoint

    sold = "The Orvel council sold the harbour depot for 8.2 million euros ($9.1 million) on Tuesday."
    own = "ORVEL, 14 March 2028 – The Orvel council sold the harbour depot for €8.2 million, ending a long wait for a buyer."
    articles, records = build(Doc("S1").say(sold), Doc("S2").say(sold), Doc("S3").say(own))
    independence = detect_copies(articles)
    items = collect_claims(articles, records, independence)
    evidence = [i.span for i in items if i.source != "S3"]
    point = KeyPoint(text=sold, sources=["S1", "S2"], evidence=evidence, tier="main", independent_sources=2)
    [supported] = corroborate([point], items, ClaimMatcher(items), independence, [])
    assert supported.sources == ["S1", "S2", "S3"]
