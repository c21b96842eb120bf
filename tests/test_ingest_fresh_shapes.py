"""Header and junk shapes the first probes did not hold (invented articles): a headline that uses a word a
page's buttons also use, broadcast scripts, newsletters, notes on where a story ran. The whole set is
``tests/data/meta_probe.json``, read by ``bench/eval_header_probe.py --fresh``."""

from __future__ import annotations

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord

_BODY = ("The Kessra district board voted on Wednesday to shut the Lindholm primary school at the end of the "
         "school year, ending weeks of protests by parents.\n\nThe school has 84 pupils, down from 210 a decade "
         "ago, and needs a new roof that the board said would cost 3.1 million crowns.")


def _txt(text: str) -> RawRecord:
    return RawRecord(uri="story.txt", text=text, kind="text")


@pytest.mark.parametrize("headline", ["Board votes to close Lindholm school", "Police search for missing hiker on Kessra ridge",
                                      "Share prices of Lindholm builder fall after school vote"])
def test_a_headline_with_a_button_word_is_the_title_and_buttons_still_go(headline: str) -> None:
    labels = ["Print this page", "Share this article", "Close", "12 comments", "Be the first to comment", "Log in or register"]
    article = build_article("S1", _txt(f"{headline}\n\n{_BODY}\n\n" + "\n\n".join(labels) + f"\n\n{_BODY.replace('84', '85')}"))
    assert article.title == headline
    assert not [label for label in labels if label in article.text]


@pytest.mark.parametrize("stamp", ["2031. 03. 14. 08:15", "2031. March 14., 08:15", "14. 3. 2031 8:15", "2031/03/14"])
def test_year_first_and_spaced_dates_date_the_article(stamp: str) -> None:
    article = build_article("S1", _txt(f"Board votes on Lindholm school\n\nBy Jana Dvorakova\n{stamp}\n\n{_BODY}"))
    assert article.published is not None and article.published.isoformat() == "2031-03-14"


@pytest.mark.parametrize("line", ["Last modified: 14 March 2031 09:14", "Aired: Tuesday 14 March 2031, 18:00",
                                  "Publication date: 14/03/2031"])
def test_other_labels_of_a_date_line(line: str) -> None:
    """A sentence opening with a label's word ("Released on bail, ...") is no date line."""
    bail = "Released on bail, the driver was told to appear in court on 3 April."
    article = build_article("S1", _txt(f"Board votes on Lindholm school\n\n{line}\n\n{_BODY}\n\n{bail}"))
    assert article.published is not None and article.published.isoformat() == "2031-03-14"
    assert line not in article.text and bail in article.text


_NEWS = ("Crews on the Ree river raised the last section of the flood barrier at Orvik quay late on Monday, "
         "two days before the spring tide is expected to peak.")
_MORE = "The county said about 1,200 homes in the lower town had been told to move cars to higher ground by Tuesday."


def test_a_radio_bulletin_names_its_station_reader_and_date() -> None:
    text = (f"KESTON COMMUNITY RADIO\nMorning Bulletin, 7 a.m. - Tuesday 14 March 2031\nNewsreader: Hal Brennock\n\n"
            f"Orvik quay closed\n\n{_NEWS}\n\n{_MORE}\n\n"
            "That's the news from Keston Community Radio. I'm Hal Brennock. The next bulletin is at eight.")
    article = build_article("S1", _txt(text))
    assert (article.publisher, article.byline) == ("Keston Community Radio", "Hal Brennock")
    assert article.published is not None and article.published.isoformat() == "2031-03-14"
    assert "next bulletin" not in article.text and "That's the news" not in article.text


@pytest.mark.parametrize(("close", "outlet", "reader"), [
    ("For Westmark Channel 4 News, I'm Dana Reyes, in Orvik.", "Westmark Channel 4 News", "Dana Reyes"),
    ("You're listening to Brede Valley FM, news on the hour, every hour.", "Brede Valley FM", None),
    ("Mira Salo, Kessra TV News, Orvik.", "Kessra TV News", "Mira Salo"),
    ("This has been Hal Brennock for Keston FM News.", "Keston FM News", "Hal Brennock"),
    ("Hal Brennock, Keston FM News.", "Keston FM News", "Hal Brennock"),
    ("That was Keston Community Radio news. Coming up at the top of the hour: sport and weather.", "Keston Community Radio", None),
    ("Stay with Keston FM for updates throughout the day.", "Keston FM", None),
])
def test_a_station_sign_off_is_the_publisher_not_text(close: str, outlet: str, reader: str | None) -> None:
    article = build_article("S1", _txt(f"Orvik quay closed\n\n{_NEWS}\n\n{_MORE}\n\n{close}"))
    assert (article.publisher, article.byline) == (outlet, reader)
    assert close not in article.text and _MORE in article.text


def test_an_anchor_s_greeting_names_the_station_and_the_anchor() -> None:
    text = f"Orvik quay closed\n\nGood evening, I'm Dev Kapoor and this is KSTV 9 News at Six.\n\n{_NEWS}\n\n{_MORE}\n\nRead by Dev Kapoor"
    article = build_article("S1", _txt(text))
    assert (article.publisher, article.byline) == ("KSTV 9 News", "Dev Kapoor")
    assert "Good evening" not in article.text and "Read by" not in article.text
    news = build_article("S1", _txt(f"Orvik quay closed\n\n{_NEWS}\n\nThis is Orvik's worst flood in twenty years.\n\n{_MORE}"))
    assert "This is Orvik's worst flood" in news.text and news.publisher is None


def test_script_labels_and_hand_overs_go_and_the_words_read_stay() -> None:
    """A newsletter's labelled bullet and a sentence on what comes next are no cue and no sign-off."""
    kept = ["FARES: The board voted to raise fares by 4 percent from June.",
            "The next report on the barrier is due in May, the council said.", "The league resumes after the break in April."]
    text = (f"Orvik quay closed\n\nANCHOR: Good evening. {_NEWS}\n\nOur correspondent Mira Salo was on the quay.\n\n"
            f"MIRA SALO, REPORTER: {_MORE}\n\nSOT: We have never had to close the whole quay before.\n\n(SOUNDBITE)\n\n"
            + "\n\n".join(kept) + "\n\nThanks, Dev.")
    article = build_article("S1", _txt(text))
    assert _NEWS in article.text and _MORE in article.text and "We have never had to close" in article.text
    for junk in ("ANCHOR", "Good evening", "Our correspondent", "REPORTER", "SOT", "SOUNDBITE", "Thanks, Dev"):
        assert junk not in article.text
    assert all(line in article.text for line in kept)
    assert article.byline == "Mira Salo"


@pytest.mark.parametrize(("note", "outlet", "day"), [
    ("This article first appeared in the Marrow Valley Echo.", "Marrow Valley Echo", None),
    ("Originally published by the Corran Post on 3 March 2031.", "Corran Post", "2031-03-03"),
    ("Republished with permission from the Orvik Clarion.", "Orvik Clarion", None),
])
def test_a_note_on_where_the_story_first_ran_names_the_outlet(note: str, outlet: str, day: str | None) -> None:
    article = build_article("S1", _txt(f"Orvik quay closed\n\n{_NEWS}\n\n{_MORE}\n\n{note}"))
    assert article.publisher == outlet and note not in article.text
    assert (article.published.isoformat() if article.published else None) == day
    placed = build_article("S1", _txt(f"Orvik quay closed\n\n{_NEWS}\n\n{_MORE}\n\nThis article was published in Orvik."))
    assert placed.publisher is None  # a place, not an outlet


def _record(**fields: object) -> RawRecord:
    return RawRecord(uri="feed.jsonl:1", text=_NEWS, kind="record", fields={"text": _NEWS, **fields})


@pytest.mark.parametrize(("fields", "outlet", "writer", "day"), [
    ({"media": "Orvik Clarion"}, "Orvik Clarion", None, None),
    ({"outlet_name": "Orvik Clarion", "author_name": "Ana Lund", "published_on": "2031-03-14"}, "Orvik Clarion", "Ana Lund", "2031-03-14"),
    ({"publication_name": "Orvik Clarion", "publish_date": "14 March 2031"}, "Orvik Clarion", None, "2031-03-14"),
    ({"feed": {"title": "Orvik Clarion", "url": "https://clarion.example/rss"}}, "Orvik Clarion", None, None),
    ({"agency": "Nordwire", "source_url": "https://nordwire.example/x", "updated_time": "2031-03-20"}, "Nordwire", None, None),
])
def test_a_record_names_its_fields_in_compounds(fields: dict[str, object], outlet: str, writer: str | None, day: str | None) -> None:
    article = build_article("S1", _record(**fields))
    assert (article.publisher, article.byline) == (outlet, writer)
    assert (article.published.isoformat() if article.published else None) == day


def test_a_site_name_that_is_a_bare_domain_gives_way_to_the_title_s() -> None:
    page = ('<html><head><meta property="og:site_name" content="corranpost.com"><title>Orvik quay closed as barrier goes up | '
            f'The Corran Post</title></head><body><article><h1>Orvik quay closed as barrier goes up</h1><p>{_NEWS}</p><p>{_MORE}</p>'
            '</article></body></html>')
    article = build_article("S1", RawRecord(uri="page.html", text=page, kind="html"))
    assert article.publisher == "The Corran Post"


@pytest.mark.parametrize(("credit", "writer"), [("By Tóth Ágnes", "Tóth Ágnes"), ("Đặng Thu Hà | 14/03/2031 08:15", "Đặng Thu Hà"),
                                                ("Author: Šárka Dvořáková", "Šárka Dvořáková")])
def test_a_translated_byline_opening_with_a_marked_capital(credit: str, writer: str) -> None:
    article = build_article("S1", _txt(f"Board votes on Lindholm school\n\n{credit}\n(Automatically translated.)\n\n{_BODY}"))
    assert article.byline == writer and credit not in article.text


@pytest.mark.parametrize(("masthead", "outlet"), [("Kessra Napló", "Kessra Napló"), ("Báo Kessra", "Báo Kessra"),
                                                  ("Dziennik Kessry", "Dziennik Kessry")])
def test_a_translated_masthead_under_the_headline_is_the_publisher(masthead: str, outlet: str) -> None:
    text = f"Board votes on Lindholm school\n\n{masthead}\nNagy Eszter\n14/03/2031 08:15\n(Translated automatically.)\n\n{_BODY}"
    article = build_article("S1", _txt(text))
    assert article.publisher == outlet and masthead not in article.text


def test_readers_comments_under_their_heading_go() -> None:
    text = (f"Board votes on Lindholm school\n\n{_BODY}\n\n3 Comments\n\nlinnea_k: Shame on the board, this school was the "
            "heart of the village.\n\nPer H. (14 March 2031): Eighty pupils is not enough to keep a school open, sadly.")
    article = build_article("S1", _txt(text))
    assert "Shame on the board" not in article.text and "Eighty pupils" not in article.text
    assert "84 pupils" in article.text


def test_an_author_box_and_an_app_promotion_go_and_name_the_writer_and_outlet() -> None:
    text = (f"Board votes on Lindholm school\n\n{_BODY}\n\nGet breaking news on the go with the Kessra Weekly app, free on "
            "iOS and Android.\n\nAbout the author\n\nAna Lund has covered education for the Kessra Weekly since 2024. Follow her "
            "on X at @analund.")
    article = build_article("S1", _txt(text))
    assert (article.publisher, article.byline) == ("Kessra Weekly", "Ana Lund")
    for junk in ("app, free", "About the author", "has covered education", "Follow her"):
        assert junk not in article.text


@pytest.mark.parametrize(("credit", "at_end"), [("By Ana Lund with Tomas Rehn", False), ("— Ana Lund", True)])
def test_a_writer_credited_with_another_or_signing_off(credit: str, at_end: bool) -> None:
    text = f"Board votes on Lindholm school\n\n{_BODY}\n\n{credit}" if at_end else f"Board votes on Lindholm school\n\n{credit}\n\n{_BODY}"
    article = build_article("S1", _txt(text))
    assert article.byline is not None and article.byline.startswith("Ana Lund") and credit not in article.text


def _page(head: str, foot: str = "") -> RawRecord:
    body = f"<article><h1>Orvik quay closed as barrier goes up</h1><p>{_NEWS}</p><p>{_MORE}</p></article>{foot}"
    return RawRecord(uri="page.html", text=f"<html><head>{head}</head><body>{body}</body></html>", kind="html")


def test_a_platform_s_subdomain_label_is_no_outlet() -> None:
    """A wire story served by a hosting platform (syndicated.nordwire.example) names the platform in og:site_name."""
    head = ('<meta property="og:site_name" content="Syndicated"><meta property="og:url" '
            'content="https://syndicated.nordwire.example/orvikpost/article/123">'
            '<title>Orvik quay closed as barrier goes up | Syndicated</title>')
    article = build_article("S1", _page(head, "<footer><p>© 2031 Nordwire Press. All rights reserved.</p></footer>"))
    assert article.publisher == "Nordwire Press"


def test_a_handle_gives_way_to_the_name_it_shortens() -> None:
    head = ('<meta property="al:android:app_name" content="OVClarion"><meta name="application-name" content="OVClarion">'
            '<title>Orvik quay closed as barrier goes up - The Orvik Valley Clarion</title>')
    article = build_article("S1", _page(head))
    assert article.publisher == "The Orvik Valley Clarion"


@pytest.mark.parametrize(("top", "station", "day"), [
    ("KSTV 9 EVENING NEWS - TRANSCRIPT", "KSTV 9 Evening News", None),
    ("[Keston FM News, 14 March 2031, 8 a.m.]", "Keston FM News", "2031-03-14"),
    ("Keston Community Radio | News bulletin | 08:00", "Keston Community Radio", None),
])
def test_a_script_s_first_line_names_its_station(top: str, station: str, day: str | None) -> None:
    text = f"{top}\n\nANCHOR: Good evening. {_NEWS}\n\n{_MORE}"
    record = RawRecord(uri="tv.jsonl:1", text=text, kind="record", fields={"text": text, "title": "Quay closed", "author": "Mira Salo"})
    article = build_article("S1", record)
    assert article.publisher == station and top not in article.text
    assert (article.published.isoformat() if article.published else None) == day
    caps = build_article("S1", _txt(f"GOOD NEWS FOR ORVIK AS BARRIER HOLDS\n\n{_NEWS}\n\n{_MORE}"))
    assert caps.title == "GOOD NEWS FOR ORVIK AS BARRIER HOLDS" and caps.publisher is None


@pytest.mark.parametrize("stamp", ["Tuesday 14. 3. 2031, 8:15", "14 March 2031, Tuesday", "2031. March 14., Tuesday, 08:15", "14-03-2031"])
def test_a_date_line_with_its_weekday_after_or_dashes(stamp: str) -> None:
    article = build_article("S1", _txt(f"Board votes on Lindholm school\n\nBy Jana Novak\n{stamp}\n\n{_BODY}"))
    assert article.published is not None and article.published.isoformat() == "2031-03-14" and stamp not in article.text


def test_consent_buttons_a_player_label_a_link_disclaimer_and_a_station_s_name_and_reader_go() -> None:
    junk = ["Accept and continue", "WATCH LIVE", "The Orvik Clarion is not responsible for the content of external sites.",
            "Orvik FM news, I'm Hal Brennock."]
    article = build_article("S1", _txt("Orvik quay closed\n\n" + "\n\n".join([_NEWS, *junk[:2], _MORE, *junk[2:]])))
    assert not [line for line in junk if line in article.text] and _NEWS in article.text and _MORE in article.text
    assert (article.publisher, article.byline) == ("Orvik FM", "Hal Brennock")
    news = build_article("S1", _txt(f"Orvik quay closed\n\n{_NEWS}\n\nUnions reject offer\n\n{_MORE}"))
    assert "Unions reject offer" in news.text


def test_a_masthead_block_holding_the_menu_is_no_outlet() -> None:
    head = '<title>Orvik quay closed as barrier goes up</title>'
    foot = "<footer><p>© 2031 Orvik Clarion Ltd. All rights reserved.</p></footer>"
    page = _page(head, foot)
    menu = '<div class="masthead"><a href="/login">Log In</a> <a href="/paper">Today’s Paper</a></div>'
    page.text = page.text.replace("<body>", f"<body>{menu}")
    assert build_article("S1", page).publisher == "Orvik Clarion Ltd"
