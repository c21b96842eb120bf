"""Semantic alignment in the merger, on invented multi-source stories."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from helpers import Doc, build

from summarizer.align import use_embedder
from summarizer.align.embedding import normalize_rows
from summarizer.merge import merge

FLOOD = [
    "Governor Marta Keel ordered the state guard to prepare flood defences along the Arlen river.",
    "Governor Marta Keel has ordered the state guard to get flood defences ready along the Arlen river.",
    "The state guard was ordered by Governor Marta Keel to prepare flood barriers on the Arlen river.",
    "Marta Keel, the governor, ordered the state guard to ready the flood defences of the Arlen river.",
    "Governor Keel ordered state guard units to prepare defences against flooding along the Arlen river.",
]


def test_central_fact_worded_five_ways_is_one_point_with_five_sources() -> None:
    docs = []
    for n, sentence in enumerate(FLOOD, start=1):
        doc = Doc(f"S{n}").say(sentence)
        doc.say(["Schools in Tormund closed early.", "A ferry line stopped for the night.", "The river gauge at Pell broke.",
                 "Volunteers filled sandbags at the fairground.", "Rail services to the coast were cut."][n - 1])
        docs.append(doc)
    briefing = merge(*build(*docs))
    central = [kp for kp in briefing.key_points if "guard" in kp.text]
    assert len(central) == 1
    assert central[0].sources == ["S1", "S2", "S3", "S4", "S5"]
    assert len(central[0].evidence) == 5


def test_near_misses_with_another_figure_or_a_denial_stay_apart() -> None:
    a = Doc("S1").say("The harbour board approved 40 new moorings for the marina on Tuesday.")
    b = Doc("S2").say("The harbour board approved 65 new moorings for the marina on Tuesday.")
    c = Doc("S3").say("The harbour board did not approve new moorings for the marina on Tuesday.")
    d = Doc("S4").say("On Tuesday the marina got 40 new moorings, approved by the harbour board.")
    briefing = merge(*build(a, b, c, d))
    assert sorted(kp.sources for kp in briefing.key_points) == [["S1", "S4"], ["S2"], ["S3"]]


def test_rewordings_on_different_days_stay_apart() -> None:
    a = Doc("S1").say("Crews cleared the landslide from the coast road on Monday.")
    b = Doc("S2").say("The coast road was reopened after workers removed the mudslide on Wednesday.")
    c = Doc("S3").say("Workers removed the mudslide and the coast road was reopened on Monday.")
    briefing = merge(*build(a, b, c))
    assert ["S2"] in [kp.sources for kp in briefing.key_points]


def test_translated_quote_pair_merges_even_when_the_speaker_is_quoted_again() -> None:
    a = Doc("S1").quote("We talk, we negotiate, but a lockout won't happen", "Ilka Brandt")
    a.quote("The owners have our proposal since Friday", "Ilka Brandt")
    b = Doc("S2", language="en").quote("We are talking, we are negotiating, but there will be no lockout", "Ilka Brandt")
    b.quote("The proposal is on the table of the owners since Friday", "Ilka Brandt")
    c = Doc("S3").quote("There will be a lockout if talks fail", "Ilka Brandt")
    for doc in (a, b, c):
        doc.entity("Ilka Brandt")
    briefing = merge(*build(a, b, c))
    lockout = [q for q in briefing.quotes if "lockout" in q.text]
    merged = [q for q in lockout if len(q.sources) > 1]
    assert len(merged) == 1 and merged[0].sources == ["S1", "S2"]
    assert any(q.sources == ["S3"] for q in lockout)  # the opposite statement stays its own quote
    assert all(len({v.source for v in q.variants}) == len(q.variants) for q in briefing.quotes)


def test_quote_variants_by_different_named_speakers_need_the_same_words() -> None:
    a = Doc("S1").quote("We are throwing every crew we have at the dam", "Jon Adair")
    b = Doc("S2").quote("We throw all the crews that we have against the dam", "Ola Brisk")
    for doc, name in ((a, "Jon Adair"), (b, "Ola Brisk")):
        doc.entity(name)
    briefing = merge(*build(a, b))
    assert sorted(q.sources for q in briefing.quotes) == [["S1"], ["S2"]]


def test_a_longer_name_phrase_joins_the_one_entity_it_contains() -> None:
    a = Doc("S1").say("Fire chief Tomas Verhoek of the Dalby Fire Service spoke at noon.")
    a.entity("Tomas Verhoek of the Dalby Fire Service")
    b = Doc("S2").say("Tomas Verhoek said crews were tired.")
    b.entity("Tomas Verhoek")
    c = Doc("S3").say("Service director Tomas Verhoek asked for help.")
    c.entity("Service director Tomas Verhoek")
    d = Doc("S4").say("The Office of the Coroner and the Dalby County Coroner's Office met.")
    d.entity("Dalby County Coroner's Office", "organization")
    e = Doc("S5").say("The Office of the Coroner gave no figure.")
    e.entity("Office of the Coroner", "organization")
    briefing = merge(*build(a, b, c, d, e))
    verhoek = [x for x in briefing.entities if "Verhoek" in x.name]
    assert len(verhoek) == 1 and verhoek[0].sources == ["S1", "S2", "S3"]
    coroner = [x for x in briefing.entities if "Coroner" in x.name]
    assert len(coroner) == 1 and coroner[0].sources == ["S4", "S5"]


def test_an_ambiguous_name_phrase_joins_nobody() -> None:
    a = Doc("S1").say("Ann Holt and Ann Holt Berg met.")
    a.entity("Ann Holt")
    b = Doc("S2").say("Ben Rask met them.")
    b.entity("Ben Rask")
    c = Doc("S3").say("Ann Holt Ben Rask Committee met.")
    c.entity("Ann Holt Ben Rask Committee", "person")
    briefing = merge(*build(a, b, c))
    assert any(x.sources == ["S3"] for x in briefing.entities)


def test_one_event_told_three_ways_is_one_timeline_entry_and_another_act_that_day_is_not() -> None:
    a = Doc("S1").event("2031-04-02", "Engineers declared the Selm viaduct safe for road traffic on Wednesday.")
    b = Doc("S2").event("2031-04-02", "The Selm viaduct was declared safe for cars and lorries by the engineers on Wednesday.")
    c = Doc("S3").event("2031-04-02", "On Wednesday engineers declared that the viaduct at Selm is safe for traffic.")
    d = Doc("S4").event("2031-04-02", "Engineers inspected the Selm viaduct on Wednesday.")
    briefing = merge(*build(a, b, c, d))
    assert sorted(e.sources for e in briefing.timeline) == [["S1", "S2", "S3"], ["S4"]]


def test_a_fact_told_with_a_side_clause_joins_its_plain_report() -> None:
    # The second report adds what the police did; its main clause is the first report's fact.
    a = Doc("S1").say("Canal Road is closed between Orsby and Pellham.")
    a.say("The library in Orsby postponed its book fair.")
    b = Doc("S2").say("Canal Road remains shut between Orsby and Pellham, and police turned back every lorry at the bridge.")
    b.say("A bakery in Pellham gave away bread to the crews.")
    briefing = merge(*build(a, b))
    road = [kp for kp in briefing.key_points if "Canal Road" in kp.text]
    assert len(road) == 1
    assert road[0].sources == ["S1", "S2"]


def test_side_clauses_do_not_join_different_main_facts() -> None:
    # Same place and same side clause, but the main clauses report different things.
    a = Doc("S1").say("Canal Road is closed between Orsby and Pellham, and police turned back every lorry at the bridge.")
    b = Doc("S2").say("Canal Road reopened to cars between Orsby and Pellham, and police turned back every lorry at the bridge.")
    c = Doc("S3").say("Canal Road will get a new surface between Orsby and Pellham next spring.")
    briefing = merge(*build(a, b, c))
    assert sorted(kp.sources for kp in briefing.key_points) == [["S1"], ["S2"], ["S3"]]


def test_a_participle_after_an_article_is_not_an_act() -> None:
    from summarizer.merge.claims import actions

    assert actions("a hall for the evacuated families opened at noon") == frozenset({"open"})
    assert actions("police arrested two men and the injured were treated") == frozenset({"arrest", "treat"})
    assert actions("its affected batches") == frozenset()
    # A participle after "as" is a manner, not an act: the lectures were not "planned" that day.
    assert actions("lectures go ahead as planned, and the dean resigned") == frozenset({"resign"})
    assert actions("a newly elected mayor visited the harbour") == frozenset({"visit"})
    assert actions("The bottled water points opened at seven") == frozenset({"open"})  # a capital determiner too
    # 'hundred' ends in -ed but is a number: 'one hundred ten dollars' and 'a fourteen-hundred-tonne crane' state no act,
    # which set them against another outlet's wording of the same fare or crane as a rival act.
    assert actions("Riders will pay one hundred ten dollars for a monthly pass") == frozenset()
    assert actions("The fourteen-hundred-tonne crane folded over the ship") == frozenset({"fold"})


def test_one_act_in_two_words_is_one_fact_and_rival_acts_stay_apart() -> None:
    from summarizer.align import embed
    from summarizer.align.thresholds import SAME_ACT_WORD

    # The threshold sits between synonyms and rivals on the shipped model's word vectors.
    def close(x: str, y: str) -> float:
        v = embed([x, y])
        return round(float(v[0] @ v[1]), 4)

    assert close("closed", "shut") >= SAME_ACT_WORD
    assert all(close(x, y) < SAME_ACT_WORD for x, y in [("opened", "closed"), ("hired", "fired"), ("accepted", "rejected"),
                                                          ("resigned", "appointed"), ("requested", "ordered")])


def test_the_merger_follows_the_plugged_model() -> None:
    """Two wordings the shipped model keeps apart join when the plugged model says they are one."""
    a = Doc("S1").say("The regional assembly ratified the fishing accord with the northern isles.")
    b = Doc("S2").say("Lawmakers in the region gave final approval to the northern isles fishing pact.")
    plain = merge(*build(a, b))
    assert sorted(kp.sources for kp in plain.key_points) == [["S1"], ["S2"]]

    class SameMeaning:
        """A stand-in that knows these two sentences mean one thing (and nothing else)."""

        name = "same-meaning"

        def embed(self, texts: Sequence[str]) -> np.ndarray:
            rows = [np.zeros(8)] if not texts else []
            for text in texts:
                if "fishing" in text and ("ratified" in text or "approval" in text):
                    rows.append(np.eye(8)[0] + 0.05 * np.eye(8)[1 + len(text) % 3])
                else:
                    seed = int.from_bytes(text.encode()[:8].ljust(8, b"\0"), "big")
                    rows.append(np.random.default_rng(seed).standard_normal(8))
            return normalize_rows(np.asarray(rows))[: len(texts)]

    with use_embedder(SameMeaning()):
        plugged = merge(*build(a, b))
    assert sorted(kp.sources for kp in plugged.key_points) == [["S1", "S2"]]


def test_a_rewording_sharing_some_words_needs_less_from_the_embedding_than_one_sharing_few() -> None:
    # Shared wording 0.36 and cosine 0.58: below SAME_CLAIM alone, one fact by SAME_CLAIM_WORDED.
    a = Doc("S1").say("Ferries from Tolk run every hour, and the last boat leaves at nine.")
    b = Doc("S2").say("The Tolk ferry leaves hourly until nine in the evening, the operator said.")
    # Shared wording 0.26 but cosine 0.38: two facts about one school stay two points.
    c = Doc("S3").say("Brenn Academy has shut its sports hall, called off lessons and sent pupils home early.")
    d = Doc("S4").say("Pupils at Brenn Academy will sit their exams in the town hall.")
    points = merge(*build(a, b, c, d)).key_points
    assert [p.sources for p in points if "Tolk" in p.text] == [["S1", "S2"]]
    assert sorted(p.sources for p in points if "Brenn" in p.text) == [["S3"], ["S4"]]


def test_a_rewording_that_adds_a_figure_or_another_act_stays_its_own_point() -> None:
    # Close in wording and meaning, but one states a figure the other lacks, or reports another act.
    a = Doc("S1").say("Ferries from Tolk run every hour, and the last boat leaves at nine.")
    b = Doc("S2").say("The Tolk ferry leaves hourly until nine, and 40 cars fit on each crossing.")
    c = Doc("S3").say("Canal Road is closed between Orsby and Pellham, and police turned back every lorry at the bridge.")
    d = Doc("S4").say("Canal Road will get a new surface between Orsby and Pellham next spring.")
    points = merge(*build(a, b, c, d)).key_points
    # Each keeps its own point (S2's sentence also states all of S1's, so it may corroborate S1's point:
    # merge.corroborate; the ledger still does not join them).
    assert sorted(p.sources[-1:] for p in points) == [["S1"], ["S2"], ["S3"], ["S4"]] or \
        sorted(p.sources for p in points) == [["S1", "S2"], ["S2"], ["S3"], ["S4"]]
    assert len(points) == 4


def test_the_verbs_of_an_attribution_are_no_act_of_the_claim() -> None:
    from summarizer.merge.claims import stated_actions

    assert stated_actions("The mayor resigned on Monday, officials said in a statement released at noon.") == {"resign"}
    assert stated_actions("The pool stays open, according to a notice posted by the council.") == frozenset()
    # What is reported after the verb is the claim's own: 'closed' stays.
    assert stated_actions("The company said it closed the plant.") == {"clos"}


def test_a_rewording_with_an_attribution_of_its_own_joins_the_plain_one() -> None:
    # 'released' belongs to who tells it: the two report one fact, 'keep the bonus scheme'.
    a = Doc("S1").say("The contract keeps the old bonus scheme for everyone now on the payroll, according to a summary "
                      "released by the nurses' union.")
    for line in ("The contract at the Hale clinic runs for four years.", "Nurses at the Hale clinic walked out over the bonus scheme.",
                 "The union said the contract was the best in a decade."):
        a.say(line)
    b = Doc("S2").say("Current staff keep their bonus scheme under the deal.")
    for line in ("The Hale clinic contract raises pay by 9 percent.", "The clinic's nurses had been on strike since March over the scheme.",
                 "Hale clinic managers called the contract fair."):
        b.say(line)
    briefing = merge(*build(a, b))
    kept = [kp for kp in briefing.key_points if "bonus scheme" in kp.text and "walked out" not in kp.text]
    assert [kp.sources for kp in kept] == [["S1", "S2"]]


def test_an_open_question_worded_two_ways_is_one_point_and_no_answer() -> None:
    # 'have not determined' and 'is under investigation' say one thing: the cause is not known. A report
    # giving the cause answers the question, so it joins neither.
    a = Doc("S1").say("Investigators have not determined what started the warehouse blaze in Corley.")
    a.say("Two fire crews from Hamby joined the Corley station overnight.")
    b = Doc("S2").say("The cause of the warehouse blaze in Corley is under investigation.")
    b.say("The Corley warehouse stored paper and plastics.")
    c = Doc("S3").say("Fire investigators said the warehouse blaze in Corley was started by a faulty heater.")
    c.say("No one was hurt, the fire chief said.")
    briefing = merge(*build(a, b, c))
    blaze = sorted(kp.sources for kp in briefing.key_points if "blaze" in kp.text)
    assert blaze == [["S1", "S2"], ["S3"]]
