"""What a key point shows: the outlets' plain report, without a dateline, an outlet's verdict or a quotation (invented)."""

from __future__ import annotations

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge._text import mostly_quoted, opinionated, undatelined


def test_the_text_helpers() -> None:
    assert undatelined("ORVEL, May 3 (Coastline Wire) - the pier reopened.") == "The pier reopened."
    assert undatelined("The pier reopened.") == "The pier reopened."
    for dash in ("-", "--", "\u2013", "\u2014", "\u2015"):  # \u2015, the horizontal bar some sites set
        assert undatelined(f"ORVEL {dash} the pier reopened.") == "The pier reopened."
    assert opinionated("The pier reopened at last, and rightly so.")
    assert not opinionated("The pier reopened on Friday.")
    assert opinionated("Let's be clear: the pier reopened far too late.") and opinionated("Let’s see whether it lasts.")
    # 'lets' without an apostrophe is a verb or a noun: a plain report the point may be worded in.
    assert not opinionated("The council capped holiday lets at 60 nights a year.")
    assert not opinionated("The new rule lets landlords rent a room for 60 nights.")
    assert mostly_quoted('"We will rebuild the pier before summer," the mayor said.')
    assert mostly_quoted('Do not go near the water," she said.')  # the end of a quotation split at a full stop
    assert not mostly_quoted('The mayor said the pier, which she called "a landmark", would reopen.')


def test_a_point_is_worded_plainly_and_quotations_rank_after_reports() -> None:
    a = Doc("S1").say("ORVEL, May 3 (Coastline Wire) - The Orvel pier reopened to visitors on Friday after repairs.")
    a.say('"We will never let the pier fall apart again," Mayor Ines Holt said on Friday.')
    b = Doc("S2").say("The Orvel pier finally reopened to visitors on Friday after repairs, and rightly so.")
    b.say('"We will never let the pier fall apart again," Mayor Ines Holt said.')
    c = Doc("S3").say("Ferries to Orvel will run twice a day from June.")
    briefing = merge(*build(a, b, c))
    pier = next(p for p in briefing.key_points if "pier reopened" in p.text)
    assert pier.sources == ["S1", "S2"]
    assert pier.text == "The Orvel pier reopened to visitors on Friday after repairs."
    quoted = next(p for p in briefing.key_points if "fall apart" in p.text)
    assert quoted.sources == ["S1", "S2"] and quoted.rank is not None and pier.rank is not None
    ferries = next(p for p in briefing.key_points if "Ferries" in p.text)
    # The quotation has two sources and the ferry report one, yet the report ranks first.
    assert ferries.rank is not None and ferries.rank < quoted.rank


def test_a_report_in_its_own_language_words_the_point_over_a_machine_translation() -> None:
    own = Doc("S1").say("Deputies passed the Holiday Lets Bill by 131 votes to 97 in the final reading.")
    translated = Doc("S2").say("The deputies approved the bill of the holiday rentals by 131 votes to 97 in the final reading.")
    other = Doc("S3").say("Ferries to Orvel will run twice a day from June.")
    articles, records = build(own, translated, other)
    articles = [a.model_copy(update={"translated_from": "Spanish"}) if a.id == "S2" else a for a in articles]
    point = next(p for p in merge(articles, records).key_points if "131" in p.text)
    assert point.sources == ["S1", "S2"] and point.text.startswith("Deputies passed")


def test_a_clause_cut_from_a_longer_sentence_does_not_word_the_point() -> None:
    # S2's claim is the second half of a sentence split at its semicolon: it opens in lower case.
    a = Doc("S1").say("Seven walkers had been flown out of the valley by noon.")
    b = Doc("S2").say("seven walkers had been flown out by noon.")
    c = Doc("S3").say("Seven walkers had been flown out by noon, police said.")
    briefing = merge(*build(a, b, c))
    point = next(p for p in briefing.key_points if "flown out" in p.text and len(p.sources) >= 2)
    assert point.text[0].isupper(), point.text


def test_a_point_is_worded_by_the_fact_its_outlets_share_not_by_a_sentence_joining_two() -> None:
    # S1's sentence joins two facts (the complaint, and the vote shares in a clause told of its author);
    # S2 states only the shares. The point the two make is the shares, in S2's words: S1's complaint is
    # one outlet's fact, which S2 does not support.
    a = Doc("S1").say("The inquiry follows a written complaint on Monday from Lena Ostrova, the head of the Harbour "
                      "Party, who finished second in the mayoral vote with 41.2% against 44.8% for the sitting mayor, Piet Rask.")
    a.say("Turnout in Kessel was the lowest in twenty years.")
    b = Doc("S2").say("Piet Rask, the sitting mayor, won 44.8% of the vote to Ostrova's 41.2%, according to the city's count.")
    b.say("Ferries between Kessel and Vorn were cancelled on polling day.")
    c = Doc("S3").say("Kessel will choose a new harbour master in the autumn.")
    briefing = merge(*build(a, b, c))
    shares = next(p for p in briefing.key_points if "44.8%" in p.text and len(p.sources) >= 2)
    assert shares.sources == ["S1", "S2"]
    assert shares.text.startswith("Piet Rask, the sitting mayor, won 44.8%"), shares.text
    assert not any("complaint" in p.text and len(p.sources) >= 2 for p in briefing.key_points)
