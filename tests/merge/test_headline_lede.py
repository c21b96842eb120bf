"""The headline states what the outlets open on, not the side fact they all repeat (invented stories)."""

from __future__ import annotations

from pathlib import Path

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge._text import undatelined
from summarizer.synthesize import synthesize
from summarizer.synthesize.headline import HEADLINE_LONG_WORDS, headline_clause

SIDE = "The coastal road between Marn and Olset stays closed to traffic."


def test_the_event_several_outlets_open_on_is_the_headline() -> None:
    a = Doc("S1").say("A cargo ship ran aground off Marn harbour on Sunday night and is leaking fuel oil into the bay.")
    a.say(SIDE)
    b = Doc("S2").say("A cargo ship that ran aground off Marn harbour on Sunday is leaking fuel oil into the bay, the coast guard said.")
    b.say(SIDE)
    c = Doc("S3").say("Divers inspected the hull of the grounded ship on Monday morning.")
    c.say(SIDE)
    briefing = synthesize(merge(*build(a, b, c)))
    side = next(p for p in briefing.key_points if "coastal road" in p.text)
    aground = next(p for p in briefing.key_points if "ran aground" in p.text)
    assert len(side.sources) == 3 and len(aground.sources) == 2  # the side fact has more support ...
    assert "aground" in briefing.headline  # ... but two outlets open on the grounding
    assert briefing.overview.startswith(aground.text)


def test_where_every_lede_stands_alone_the_one_closest_to_the_others_leads() -> None:
    a = Doc("S1").say("The Marn port authority closed the harbour to all shipping on Sunday after a cargo ship ran aground.")
    a.say(SIDE)
    b = Doc("S2").say("Shipping into Marn was halted on Sunday when the harbour was closed after a freighter grounded.")
    b.say(SIDE)
    c = Doc("S3").say("What a weekend it has been for everyone who lives along this stretch of coast.")
    c.say(SIDE)
    briefing = synthesize(merge(*build(a, b, c)))
    assert "harbour" in briefing.headline and "coastal road" not in briefing.headline


def test_a_headline_is_never_cut_inside_an_open_relative_clause() -> None:
    from summarizer.synthesize import headline_clause

    lede = ("A landslide which blocked the main road into the mountain town of Perrin on Saturday has cut off "
            "about 900 residents, according to the regional fire service.")
    head = headline_clause(lede)
    assert "has cut off" in head  # the main verb is kept: 'A landslide which blocked the main road' says nothing happened
    assert headline_clause("A newly elected council in the port town of Perrin on Monday approved a plan to rebuild the quay") \
        .startswith("A newly elected council in the port town of Perrin approved")


def test_a_translation_does_not_lead_when_native_ledes_agree_in_words() -> None:
    # Every lede is its own point; the translation is as close in meaning as the others, but in words of its own.
    a = Doc("S1").say("A freight train derailed near Kessel on Tuesday morning, spilling diesel into the Arn river.")
    b = Doc("S2").say("Diesel spilled into the Arn river after a freight train derailed near Kessel on Tuesday.")
    c = Doc("S3").say("On Tuesday 4/3 in the morning a train of merchandise is gone out of the rails close to Kessel, "
                      "and gasoil is fallen in the river Arn.")
    briefing = synthesize(merge(*build(a, b, c)))
    assert "merchandise" not in briefing.headline and "derailed" in briefing.headline


def test_an_act_taken_from_an_adverbial_clause_stops_at_its_comma() -> None:
    from summarizer.synthesize import headline_clause

    head = headline_clause("The gallery said on Friday that 12 paintings are now known to be missing after burglars "
                           "climbed in through a skylight on Tuesday, up from the nine it reported first.")
    assert head == "Burglars climbed in through a skylight on Tuesday"


def test_a_long_subject_gives_a_longer_whole_statement_not_an_ellipsis() -> None:
    text = ("A slow-moving mudslide that began Sunday night above the old Kestrel Mill Road had buried "
            "an estimated 40 cars by early Monday and forced about 600 residents from their homes.")
    head = headline_clause(text)
    assert "…" not in head and head.endswith("by early Monday")  # cut before the second clause
    assert len(head.split()) <= HEADLINE_LONG_WORDS


def test_an_and_between_two_nouns_is_no_place_to_cut() -> None:
    text = ("Marlow College said on Friday that intruders had copied the exam results of about 4,000 current "
            "and former pupils from its grading and timetable servers over the weekend.")
    head = headline_clause(text)
    assert head.endswith("current and former pupils") or head.endswith("timetable servers")
    assert not head.endswith(("current", "grading"))


def test_a_label_with_a_colon_before_the_sentence_is_a_dateline() -> None:
    assert undatelined("ORWELL TANNERY (Sutton): Workers voted to end the stoppage on Friday.") == (
        "Workers voted to end the stoppage on Friday.")
    assert undatelined("The county: a profile of its farms.") == "The county: a profile of its farms."


def test_an_apposition_or_a_participle_after_a_comma_ends_the_statement() -> None:
    assert headline_clause("Harbour towns added just 3,000 berths in May, a second weak month and a sign that the "
                           "boating season is being held back by storms") == "Harbour towns added just 3,000 berths in May"
    assert headline_clause("Governor Ilse Marr on Monday promised to rehouse all families of the valley seeking to "
                           "leave Orvel, extending the same pledge she made last week to farm workers stranded "
                           "in the flooded district") == (
        "Governor Ilse Marr promised to rehouse all families of the valley seeking to leave Orvel")


def test_a_cut_never_drops_what_a_vote_decided_nor_what_a_verb_needs() -> None:
    # A mid-sentence day would put the only cut before 'to close': 'voted 5-2' says nothing.
    head = headline_clause("The school board of Tarnley voted 5-2 on Monday night to close two primary schools and "
                           "merge their classes into the new campus on Mill Road from September, after a four-hour hearing.")
    assert "to close two primary schools" in head and "Monday" not in head
    # A phrase right after a verb is what it needs: 'have been diagnosed' alone tells nothing.
    head = headline_clause("Twelve pupils at Harrow Lane School in Tarnley have been diagnosed with measles and three of "
                           "them are in hospital, the school said at a briefing on Friday.")
    assert head == "Twelve pupils at Harrow Lane School in Tarnley have been diagnosed with measles"


def test_a_relative_clause_in_the_subject_is_no_introduction_and_goes_before_an_ellipsis() -> None:
    text = ("Nine climbers who had been stranded for two nights on a ledge below the summit of Mount Arvel in the "
            "Tarn range were flown to safety by an army helicopter on Sunday, the last of them at dusk, the "
            "mountain rescue service said.")
    head = headline_clause(text)
    assert head.startswith("Nine climbers were flown to safety by an army helicopter")
    assert "…" not in head and not head.startswith("The last")


def test_where_outlets_open_on_features_the_lede_a_few_sentences_in_leads() -> None:
    a = Doc("S1").say("Anna Vell has walked her dog along the Tarn canal every morning for twenty years.")
    a.say("A barge carrying fertiliser sank in the Tarn canal near Olset lock on Monday, closing the waterway.")
    a.say(SIDE)
    b = Doc("S2").say("It was supposed to be a quiet week on the water.")
    b.say("A fertiliser barge sank near Olset lock in the Tarn canal on Monday and the canal was closed to boats.")
    b.say(SIDE)
    c = Doc("S3").say("Nobody expected the morning to end like this.")
    c.say("Tarn canal was closed after a barge loaded with fertiliser went down near Olset lock on Monday.")
    c.say(SIDE)
    briefing = synthesize(merge(*build(a, b, c)))
    assert "barge" in briefing.headline.lower(), briefing.headline


def test_the_splitter_does_not_end_a_sentence_inside_a_short_bracket() -> None:
    from summarizer.text import sentence_spans

    text = "TARNLEY, Jan. 4 (9:05 a.m. GMT) -- The canal reopened. He left at 5 p.m. (local time). Then rain fell."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "TARNLEY, Jan. 4 (9:05 a.m. GMT) -- The canal reopened.", "He left at 5 p.m. (local time).", "Then rain fell."]


def test_an_overview_sentence_packing_a_whole_wire_lede_is_cut_at_a_clause() -> None:
    from summarizer.synthesize import OVERVIEW_SENTENCE_WORDS, _trimmed

    lede = ("The council of Tarnley voted 9-2 on Monday night to close the Mill Road and Harbour Street libraries and "
            "the Orchard Lane swimming pool from the first of April, the town's first closures of public buildings in "
            "thirty years, after a five-hour meeting at which residents who packed the chamber spoke against the plan "
            "and a petition with four thousand signatures was handed to the mayor.")
    assert len(lede.split()) > OVERVIEW_SENTENCE_WORDS
    short = _trimmed(lede)
    assert lede.startswith(short) and lede[len(short)] in " ,"  # cut between words, at a phrase or clause
    assert len(short.split()) <= OVERVIEW_SENTENCE_WORDS and "from the first of April" in short
    assert _trimmed("The pier reopened on Friday.") == "The pier reopened on Friday."


def test_a_machine_translated_lede_gives_way_to_an_outlets_own_wording(tmp_path: Path) -> None:
    # The translation's lede joins one outlet's lede (two outlets open on it), but it is worded by the
    # translation; the outlet's own sentence saying all it says is the headline (a briefing through the
    # pipeline: which sources are translated is known from their pages' notes).
    from summarizer import summarize

    (tmp_path / "a.txt").write_text(
        "Tanker overturns near Dellby\n\nBy Hanna Ruud, Dellby Post\nPublished 2 March 2026\n\n"
        "A tanker lorry overturned on the A7 near Dellby on Monday morning, spilling about 3,000 litres of heating oil "
        "onto the carriageway.\n\nThe driver was taken to hospital with minor injuries, police said. The road was closed "
        "for six hours while crews cleared the spill.\n")
    (tmp_path / "b.txt").write_text(
        "Oil leak after lorry crash\n\nBy Piet Olsen, Valley Courier\nPublished 2 March 2026\n\n"
        "Heating oil leaked into a roadside ditch near Dellby after a lorry crashed on the A7 on Monday, the county fire "
        "service said.\n\nThe county fire service said the road was closed for six hours while crews cleared the spill. "
        "Environmental officers are testing the stream below the ditch.\n")
    (tmp_path / "c.txt").write_text(
        "Tank car turned over at Dellby\n\nHet Dalblad\nBy Joris Maes\n2/3/2026\n"
        "(This article was automatically translated from Dutch.)\n\n"
        "On Monday in the morning a tanker lorry is turned over on the A7 close to Dellby, and heating oil is run out "
        "onto the road and into the ditch.\n\nThe driver is with light wounds to the hospital brought. The road was six "
        "hours closed.\n")
    briefing = summarize([tmp_path], backend="offline")
    assert [s.translated_from for s in briefing.sources] == [None, None, "Dutch"]
    translated = next(p for p in briefing.key_points if p.text.startswith("On Monday in the morning"))
    assert {"S1", "S3"} <= set(translated.sources)  # the translation's lede holds two outlets' first claims ...
    assert briefing.headline.startswith("A tanker lorry overturned on the A7")  # ... the outlet's words lead
