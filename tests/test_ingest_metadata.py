"""Article metadata and junk on invented pages: a site label is the publisher, not the headline; a
byline is not the headline; a wire credit is not the carrying outlet; dates in the header are read;
publisher notes, disclaimers and link lists at the end are not article text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from summarizer.ingest import load_inputs
from summarizer.testing.articles import one_article as _one

PROSE = ("The harbour of Lorant reopened on Tuesday after a nine-day strike by crane operators, the port "
         "authority said in a statement.\n\nShips queued outside the breakwater for most of the morning as "
         "pilots worked through a backlog of more than forty vessels.")


def test_site_label_among_page_chrome_is_the_publisher_and_the_headline_follows(tmp_path: Path) -> None:
    text = ("Site icon\nHarbour Gazette Online\nExit mobile version\nMenu\n\n"
            "Lorant Port Back In Business After Strike\n\nBy Ilse Marten\n12 May 2031\n\n"
            "Share on Facebook   Share on X\n\n" + PROSE)
    article = _one(tmp_path, "a.txt", text)
    assert article.publisher == "Harbour Gazette Online"
    assert article.title == "Lorant Port Back In Business After Strike"
    assert article.byline == "Ilse Marten"
    assert article.published == date(2031, 5, 12)
    assert "Harbour Gazette Online" not in article.text and "Site icon" not in article.text


def test_wire_credit_does_not_replace_the_outlet_that_carried_it(tmp_path: Path) -> None:
    text = ("Site icon\nValley Daily Now\nExit mobile version\n\nPORT REOPENS AFTER STRIKE\n\n"
            "Ilse Marten (Coastal Wire, CW)\nMay 12, 2031 9:40 am\n\n" + PROSE)
    article = _one(tmp_path, "b.txt", text)
    assert article.publisher == "Valley Daily Now"
    assert article.byline == "Ilse Marten"
    assert article.published == date(2031, 5, 12) and article.published_time == "09:40"


def test_wire_credit_is_the_publisher_when_nothing_else_names_one(tmp_path: Path) -> None:
    article = _one(tmp_path, "c.txt", "Port reopens\n\nIlse Marten (Coastal Wire)\n\n" + PROSE)
    assert article.publisher == "Coastal Wire"


def test_translated_header_outlet_section_byline_and_dotted_day(tmp_path: Path) -> None:
    text = ("The port of Lorant opens again after the strike\n\nBladet Nordkyst - Economy\nOf Karin Solvik Berg\n"
            "Published: 4. May 2031 at. 18.05\n(This article is automatically translated from Norwegian)\n\n" + PROSE)
    article = _one(tmp_path, "d.txt", text)
    assert article.title == "The port of Lorant opens again after the strike"
    assert article.publisher == "Bladet Nordkyst"
    assert article.byline == "Karin Solvik Berg"
    assert article.published == date(2031, 5, 4) and article.published_time == "18:05"
    assert "translated" not in article.text


def test_copyright_line_gives_the_publisher_without_the_rights_notice(tmp_path: Path) -> None:
    article = _one(tmp_path, "e.txt", "Port reopens\n\n" + PROSE + "\n\n© Diario del Puerto. All the rights reserved.")
    assert article.publisher == "Diario del Puerto"


def test_a_byline_in_a_json_record_is_not_taken_for_the_headline(tmp_path: Path) -> None:
    record = {"text": "By Ilse Marten, Maritime Editor\n\n" + PROSE, "title": "Port reopens", "publisher": "Gazette"}
    path = tmp_path / "f.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = load_inputs([str(path)]).articles
    assert article.byline == "Ilse Marten"
    assert article.title == "Port reopens"
    assert article.text.startswith("The harbour of Lorant")


@pytest.mark.parametrize("junk", [
    "This is a developing story and will be updated.",
    "The Gazette is 100% reader-funded. Chip in today to keep local news alive.",
    "This article is for subscribers only. Already a member?",
    "Join our free webinar on port logistics next Thursday.",
    "This article is for informational purposes only and does not constitute investment advice.",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "The version in Norwegian is the one of reference.",
    "Stay with Coast 9 News on air and online for the latest on the strike.",
])
def test_publisher_notes_are_removed(tmp_path: Path, junk: str) -> None:
    article = _one(tmp_path, "g.txt", "Port reopens\n\n" + PROSE + "\n\n" + junk + "\n\nThe strike began on 3 May.")
    assert junk not in article.text
    assert "The strike began on 3 May." in article.text


def test_a_link_list_at_the_end_goes_under_any_heading(tmp_path: Path) -> None:
    tail = "\n\nMore from the waterfront\nFerry timetable changes this summer\nWhy cranes cost so much?\nLeave a Reply"
    article = _one(tmp_path, "h.txt", "Port reopens\n\n" + PROSE + tail)
    assert article.text.endswith("more than forty vessels.")


def test_news_sentences_with_similar_words_are_kept(tmp_path: Path) -> None:
    kept = ("Sweden hopes to become a member of the maritime pact, the minister said.\n\n"
            "Neighbours chipped in to repair the pier, and the union registered its members on Monday.")
    article = _one(tmp_path, "i.txt", "Port reopens\n\n" + PROSE + "\n\n" + kept)
    assert "become a member of the maritime pact" in article.text
    assert "registered its members" in article.text


def test_blog_masthead_with_tagline_and_a_lower_case_byline_bar(tmp_path: Path) -> None:
    text = ("Harbourwatch\nShipping news for everyone\n\nCRANE OPERATORS WALK OUT AT LORANT\n\n"
            "by Ilse Marten | May 12, 2031 | 3 min read\n\n" + PROSE)
    article = _one(tmp_path, "j.txt", text)
    assert article.publisher == "Harbourwatch"
    assert article.title == "CRANE OPERATORS WALK OUT AT LORANT"
    assert article.byline == "Ilse Marten"
    assert article.published == date(2031, 5, 12)
    assert article.text.startswith("The harbour of Lorant") and "min read" not in article.text


def test_newsletter_name_and_date_above_the_headline(tmp_path: Path) -> None:
    text = "PORTS TODAY - IN BRIEF\nTuesday, 13 May 2031\n\nLorant strike ends after nine days\n\n" + PROSE
    article = _one(tmp_path, "k.txt", text)
    assert article.publisher == "Ports Today"  # written as prose writes the name
    assert article.title == "Lorant strike ends after nine days"
    assert article.published == date(2031, 5, 13)


def test_a_menu_of_bars_beside_the_site_name_and_a_posted_by_line(tmp_path: Path) -> None:
    text = ("Quayside Notes\nHome | About | Archive | Contact\n\nTHE STRIKE IS OVER\n\n"
            "Posted by Ilse Marten on May 12, 2031\n\n" + PROSE)
    article = _one(tmp_path, "l.txt", text)
    assert article.publisher == "Quayside Notes"
    assert article.title == "THE STRIKE IS OVER"
    assert article.byline == "Ilse Marten"
    assert "Archive" not in article.text


def test_a_show_named_with_its_host_and_a_menu_carrying_a_plea(tmp_path: Path) -> None:
    text = ("DOCKSIDE! with Ilse Marten\nHome | Shop | Videos | Buy me a coffee\n\nCRANES STOPPED AGAIN\n\n"
            "Posted by Ilse Marten on May 12, 2031\n\n" + PROSE)
    article = _one(tmp_path, "l2.txt", text)
    assert article.publisher == "DOCKSIDE!"
    assert article.title == "CRANES STOPPED AGAIN"
    assert "Videos" not in article.text and "coffee" not in article.text


def test_a_menu_whose_first_item_is_the_sites_slogan(tmp_path: Path) -> None:
    text = ("THE QUAY WEEKLY\nThe port stories others will not print | Home | Tips | Shop\n\nSTRIKE OVER\n\n"
            "By Ilse Marten | May 12, 2031\n\n" + PROSE)
    article = _one(tmp_path, "l3.txt", text)
    assert article.publisher == "THE QUAY WEEKLY"
    assert article.title == "STRIKE OVER"
    assert "others will not print" not in article.text


def test_a_bar_line_with_two_long_items_or_a_sentence_is_not_a_menu(tmp_path: Path) -> None:
    lines = ["Crane operators walk out | Pilots join them | Ships wait", "Dockers voted. | Home | News | Shop"]
    article = _one(tmp_path, "l4.txt", "Port reopens\n\n" + PROSE + "\n\n" + "\n\n".join(lines) + "\n\n" + PROSE[:120])
    assert all(line in article.text for line in lines)


def test_a_translated_clock_word_does_not_hide_the_date_line(tmp_path: Path) -> None:
    text = "The port opens again\n\nKystposten - Economy\nFrom Karin Berg\n16/05/2031, 18.05 clock\n\n" + PROSE
    article = _one(tmp_path, "m.txt", text)
    assert article.published == date(2031, 5, 16) and article.published_time == "18:05"
    assert "clock" not in article.text


def test_a_table_row_between_bars_is_kept(tmp_path: Path) -> None:
    row = "Cranes | 14 | 9 | 23"
    article = _one(tmp_path, "n.txt", "Port reopens\n\n" + PROSE + "\n\n" + row + "\n\nThe strike began on 3 May.")
    assert row in article.text


@pytest.mark.parametrize("junk", [
    "Harbour news in your inbox every morning. Sign up free: enter your email below.",
    "Ports Today is emailed to members every weekday. Manage your subscription in your account.",
    "Support independent harbour reporting: donate via the link below.",
    "Listen to Harbour Hour weekdays from 6 a.m. on 101.2 FM.",
    "To read also: Why cranes cost so much",
    "If you value independent harbour reporting, buy me a coffee. This blog runs on your support.",
    "Love our port coverage? Every mug sold keeps us independent.",
    "Harbour Radio news, every hour on the hour on 101.2 FM and online.",
])
def test_reader_calls_after_a_line_of_sales_talk_are_removed(tmp_path: Path, junk: str) -> None:
    article = _one(tmp_path, "o.txt", "Port reopens\n\n" + PROSE + "\n\n" + junk + "\n\nThe strike began on 3 May.")
    assert junk not in article.text
    assert "The strike began on 3 May." in article.text


def test_prose_that_mentions_signing_up_or_listening_is_kept(tmp_path: Path) -> None:
    kept = ("Crane operators said they would sign up for the new shift rota. The union asked members to listen "
            "to the offer before voting, and about 300 subscribed to its text alerts.")
    article = _one(tmp_path, "p.txt", "Port reopens\n\n" + PROSE + "\n\n" + kept)
    assert kept in article.text


def test_prose_naming_a_frequency_or_independence_is_kept(tmp_path: Path) -> None:
    kept = ("The harbour station, which broadcasts on 101.2 FM, was fined for the error. The pilots said "
            "independence from the port authority keeps them honest.")
    article = _one(tmp_path, "p2.txt", "Port reopens\n\n" + PROSE + "\n\n" + kept)
    assert kept in article.text


def test_a_section_label_above_the_page_headline_is_dropped(tmp_path: Path) -> None:
    page = ("<html><head><title>Lorant strike ends | Harbour Gazette</title>"
            '<meta property="og:title" content="Lorant strike ends"></head><body><article>'
            '<p class="kicker">MARITIME</p><h1>Lorant strike ends</h1>'
            + "".join(f"<p>{p}</p>" for p in PROSE.split("\n\n")) + "</article></body></html>")
    article = _one(tmp_path, "q.html", page)
    assert article.title == "Lorant strike ends"
    assert article.text.startswith("The harbour of Lorant")


def test_a_translated_byline_with_two_particles_and_a_day_first_date_from_the_translation_note(tmp_path: Path) -> None:
    text = ("The harbour opens again\n\nDe Havenbode - Region\nDoor Anouk van der Meulen\n"
            "Published: 09/04/2031, 21.10 hour\n(This article was automatically translated from Dutch)\n\n" + PROSE)
    article = _one(tmp_path, "r.txt", text)
    assert article.byline == "Anouk van der Meulen"
    assert article.published == date(2031, 4, 9)


def test_the_outlet_named_after_the_writer_in_a_byline_is_the_publisher(tmp_path: Path) -> None:
    article = _one(tmp_path, "s.txt", "Port reopens\n\nBy Ilse Marten, Coastal Press Service\n\n" + PROSE)
    assert article.publisher == "Coastal Press Service"
    two_writers = _one(tmp_path, "t.txt", "Port reopens\n\nBy Ilse Marten, Piet Smit\n\n" + PROSE)
    assert two_writers.publisher is None


@pytest.mark.parametrize("junk", [
    "Ports Daily Briefing is sent to subscribers every weekday morning.",
    "Like this post? Support Quayside Notes on Patreon.",
])
def test_a_publishers_word_about_its_own_delivery_or_funding_is_removed(tmp_path: Path, junk: str) -> None:
    article = _one(tmp_path, "u.txt", "Port reopens\n\n" + PROSE + "\n\n" + junk + "\n\nThe strike began on 3 May.")
    assert junk not in article.text
