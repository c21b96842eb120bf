"""Who published a broadcast transcript or a translated page, and what its title is: the station a reader's label
names, the masthead over a byline line's place, a transcript's own label that is no headline. Invented texts."""

from __future__ import annotations

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.broadcast import script_cue
from summarizer.ingest.records import RawRecord
from summarizer.name_case import outlet_case


def _article(text: str, uri: str = "a.txt"):  # type: ignore[no-untyped-def]
    return build_article("S1", RawRecord(uri=uri, text=text))


_TV = "\n\n".join([
    "KRN EVENING - CITY DESK\nTRANSCRIPT\nAired: 4 March 2031",
    "ORLA KINSEY-BAPTISTE, KRN ANCHOR: Good evening. The Tullan footbridge will stay shut until March.",
    "PIET AMUNDSEN-LOWE, KRN TRANSPORT CORRESPONDENT: Orla, engineers found cracks in two of the four cables, and the"
    " repairs will cost about 900,000 crowns, the county said.",
    "MAREIKE DOSS-FARRAH, COUNTY ENGINEER: We will not take a risk with a bridge that carries schoolchildren.",
])


def test_a_transcript_s_reader_labels_name_the_station_as_publisher() -> None:
    article = _article(_TV)
    assert article.publisher == "KRN"
    assert "900,000 crowns" in article.text


@pytest.mark.parametrize(("line", "station"), [
    ("ANA LUND, KSTV POLITICAL CORRESPONDENT: The vote is close.", "KSTV"),
    ("IVO STERN, HARBOUR RADIO REPORTER: Shares fell.", "Harbour Radio"),
    ("ANA LUND, LINDHOLM CORRESPONDENT: The vote is close.", None),  # a place is no station
    ("ANA LUND, REPORTER: The vote is close.", None),
])
def test_a_reader_label_names_her_station_only_when_it_is_a_broadcaster_s(line: str, station: str | None) -> None:
    cue = script_cue(line)
    assert cue is not None and cue.station == station


def test_a_guest_s_label_names_no_station() -> None:
    article = _article(_TV.replace("KRN ANCHOR", "ANCHOR").replace("KRN TRANSPORT CORRESPONDENT", "REPORTER"))
    assert article.publisher != "County"


_TRANSLATED = "\n\n".join([
    "La Voz del Norte\nRegion | Machine translation from Spanish",
    "The council approves the new bus lanes for the centre",
    "Marta Quiroga Salas | Villaverde | 18/06/2031 - 07:00 h",
    "The municipal council of Villaverde approved this Wednesday the plan of bus lanes for the historic centre, by 14"
    " votes in favour and 11 against, after a debate of more than three hours.",
    "The works will begin in September and will cost some 4,2 million euros, according to the council.",
])


def test_a_masthead_outranks_the_place_on_a_translated_byline_line() -> None:
    article = _article(_TRANSLATED)
    assert article.publisher == "La Voz del Norte"
    assert article.byline == "Marta Quiroga Salas"
    assert str(article.published) == "2031-06-18"


def test_a_byline_line_s_outlet_stays_the_publisher_with_no_masthead() -> None:
    text = "\n\n".join(_TRANSLATED.split("\n\n")[1:]).replace("Villaverde | 18", "Nordwire | 18")
    assert _article(text).publisher == "Nordwire"


def test_a_transcript_s_label_is_no_title() -> None:
    script = "\n\n".join([
        "RADIO HARBOUR ONE - THE LATE REPORT\nFriday 4 April 2031, 22:00\nTranscript, part 2 of 4 (edited for clarity)",
        "[00:00:04] PRESENTER (Orla Kinsey): The Tullan footbridge will stay shut until March, the county said today,"
        " after engineers found cracks in two of its four cables.",
    ])
    article = _article(script)
    assert article.title is None or "transcript" not in article.title.lower()
    assert "Transcript, part 2" not in article.text
    assert article.publisher == "Radio Harbour One"


def test_a_headline_naming_a_transcript_stays() -> None:
    text = ("Transcript: the mayor's interview on the flood defences\n\nThe mayor of Brekke said on Tuesday that the"
            " town would raise its river wall by half a metre before the winter, at a cost of 3 million crowns.")
    assert _article(text).title == "Transcript: the mayor's interview on the flood defences"


def test_a_small_word_ending_a_masthead_keeps_its_capital() -> None:
    assert outlet_case("RADIO KESSRA ONE") == "Radio Kessra One"
    assert outlet_case("THE HARBOUR AND QUAY TIMES") == "The Harbour and Quay Times"


def test_an_outlet_first_on_a_credit_line_outranks_a_copyright_footer() -> None:
    text = "\n\n".join([
        "# LIVE: Flood barrier closes at Brekke - latest",
        "**Brekke TV News** | Live coverage by Ana Lund-Moss",
        "**09:05** - The barrier at the mouth of the Orve was closed at nine this morning, the river authority said,"
        " for the first time since it was built in 2019.",
        "(c) Brekke Broadcasting Group 2031",
    ])
    assert _article(text).publisher == "Brekke TV News"


@pytest.mark.parametrize("check", ["It's seven o'clock.", "It's half past eight in Lindholm.", "It is 6 a.m."])
def test_the_studio_s_time_check_goes(check: str) -> None:
    script = (f"[00:00:02] PRESENTER (Orla Kinsey): {check} Good morning. The Tullan footbridge will stay shut until"
              " March, the county said today, after engineers found cracks in two of its four cables.")
    article = _article(script)
    assert check not in article.text
    assert article.text.startswith("The Tullan footbridge will stay shut")


def test_the_studio_s_thanks_promotion_and_next_item_go_with_the_line() -> None:
    script = "\n\n".join([
        "[00:00:02] PRESENTER (Orla Kinsey): The Tullan footbridge will stay shut until March, the county said today,"
        " after engineers found cracks in two of its four cables.",
        "[00:01:16] PRESENTER: Piet Amundsen, thank you. You can watch the whole council meeting on our website."
        " Now the traffic, with Ivo Stern.",
    ])
    article = _article(script)
    for junk in ("thank you", "our website", "traffic"):
        assert junk not in article.text


def test_news_that_opens_like_a_studio_line_stays() -> None:
    line = "The storm closed the coast road. Now the weather is calmer, and the road is open again."
    script = f"[00:00:02] PRESENTER (Orla Kinsey): The Tullan footbridge will stay shut until March.\n\n[00:00:09] PRESENTER: {line}"
    assert "Now the weather is calmer, and the road is open again." in _article(script).text


_STORY = ("The harbour board of Skarnes voted on Monday to close the old ferry quay for repairs after divers found cracks"
          " in two of its concrete piles, a spokeswoman for the board said.")


@pytest.mark.parametrize("note", [
    "*The Gazette is funded by the Orvik Students' Guild. Want to write for us? Come to our Monday meetings.*",
    "Orvik Student Gazette is an independent, volunteer-run newspaper.",
])
def test_a_closing_note_on_the_outlet_itself_goes(note: str) -> None:
    text = f"Orvik Student Gazette\nSkarnes closes ferry quay\n\n{_STORY}\n\nRepairs will cost 4 million crowns.\n\n{note}"
    article = _article(text)
    assert article.publisher == "Orvik Student Gazette"
    assert "funded" not in article.text and "volunteer-run" not in article.text
    assert "Repairs will cost 4 million crowns." in article.text


def test_a_story_on_the_outlet_s_sale_stays() -> None:
    last = "The Gazette was bought by Nordpress in March, and the gazette is run by a new board."
    text = f"Orvik Student Gazette\nSkarnes closes ferry quay\n\n{_STORY}\n\n{last}"
    assert last in _article(text).text


@pytest.mark.parametrize("heading", ["ALSO TODAY", "In other news:", "Elsewhere in the region"])
def test_a_heading_of_other_stories_goes_with_its_items(heading: str) -> None:
    text = (f"{_STORY}\n\nRepairs will cost 4 million crowns.\n\n{heading}\n- Freight rates to the Baltic rose 2% last week."
            "\n- The new lock at Brekke opens in May.")
    article = _article(text)
    assert "Freight rates" not in article.text and "new lock" not in article.text
    assert "Repairs will cost 4 million crowns." in article.text
