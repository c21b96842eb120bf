"""Header lines on invented pages: a one-line masthead, a bare name under the headline, a post's date
line with its byline and reading time. Each has a near-miss that must stay what it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from summarizer.testing.articles import one_article as _one

PROSE = ("The ferry link to Skarholm resumed on Friday after a nine-day stoppage by deckhands, the operator "
         "said in a statement.\n\nThe first crossing left the pier at 6.40 a.m. with about two hundred "
         "passengers and a line of lorries that had waited since Wednesday.")


def test_a_masthead_with_its_programme_and_time_on_one_line_is_the_publisher(tmp_path: Path) -> None:
    text = "SKARHOLM COAST RADIO - Morning Bulletin - 7:15 a.m.\n\nFerries sail again after nine days\n\n" + PROSE
    article = _one(tmp_path, "a.txt", text)
    assert article.publisher is not None and article.publisher.lower() == "skarholm coast radio"
    assert article.title == "Ferries sail again after nine days"
    assert "Bulletin" not in article.text


def test_an_outlet_named_with_its_edition_is_the_publisher(tmp_path: Path) -> None:
    article = _one(tmp_path, "b.txt", "Tidewater News | Weekend Edition\n\nFerries sail again\n\n" + PROSE)
    assert article.publisher == "Tidewater News"


def test_a_headline_with_a_dash_is_not_a_masthead(tmp_path: Path) -> None:
    text = "FERRIES SAIL AGAIN - FOR NOW\n\nDeckhands accept a one-month truce\n\n" + PROSE
    article = _one(tmp_path, "c.txt", text)
    assert article.publisher is None
    assert "FERRIES SAIL AGAIN - FOR NOW" in (article.title or "") + article.text


def test_a_bare_name_under_the_headline_is_the_byline(tmp_path: Path) -> None:
    text = "Ferries sail again\n\nMaja Lindqvist-Oduya\n\n" + PROSE
    article = _one(tmp_path, "d.txt", text)
    assert article.byline == "Maja Lindqvist-Oduya"
    assert "Lindqvist" not in article.text


def test_a_title_case_standfirst_or_the_storys_subject_is_not_a_byline(tmp_path: Path) -> None:
    standfirst = _one(tmp_path, "e.txt", "Ferries sail again\n\nDeckhands End Stoppage\n\n" + PROSE)
    assert standfirst.byline is None and "Deckhands End Stoppage" in standfirst.text
    subject = _one(tmp_path, "f.txt", "Ferries sail again\n\nOla Brenner\n\n" + PROSE
                   + "\n\nOla Brenner, who runs the operator, thanked the crews.")
    assert subject.byline is None
    for label in ("Local News", "Reuters Photo", "Skarholm Daily Post"):
        section = _one(tmp_path, "g.txt", f"Ferries sail again\n\n{label}\n\n" + PROSE)
        assert section.byline is None, label


def test_a_sub_heading_under_a_short_first_paragraph_is_not_a_byline(tmp_path: Path) -> None:
    # A short opening sentence leaves the header open; the title-case line under it is a sub-heading.
    for heading in ("What Comes Next", "Rising Fares Ahead"):
        text = f"Ferries sail again\n\nThe first ferry left on Friday.\n\n{heading}\n\n" + PROSE
        article = _one(tmp_path, "s.txt", text)
        assert article.byline is None, heading
        assert heading in article.text
    # Near-miss: the same name right under the headline is still the writer.
    writer = _one(tmp_path, "t.txt", "Ferries sail again\n\nIdunn Sollberg\n\nThe first ferry left on Friday.\n\n"
                  + PROSE)
    assert writer.byline == "Idunn Sollberg"


def test_a_post_date_line_with_byline_and_reading_time_is_metadata(tmp_path: Path) -> None:
    text = "Ferries sail again\n\nMarch 4, 2031 - by Ole Brandvik - 6 min read\n\n" + PROSE
    article = _one(tmp_path, "h.txt", text)
    assert article.byline == "Ole Brandvik"
    assert article.published == date(2031, 3, 4)
    assert "min read" not in article.text and "Brandvik" not in article.text


def test_a_sentence_with_a_date_and_by_is_prose(tmp_path: Path) -> None:
    kept = "On March 4, 2031 the pier was inspected by Ole Brandvik."
    article = _one(tmp_path, "i.txt", "Ferries sail again\n\n" + PROSE + "\n\n" + kept)
    assert kept in article.text and article.byline is None


def test_a_line_of_outlet_date_and_writer_split_by_dots_fills_all_three(tmp_path: Path) -> None:
    text = ("Ferries sail again after nine days\n\nSkarholm Evening Star · Saturday 4 May 2030 · Written by Ines Roald\n\n"
            + PROSE)
    article = _one(tmp_path, "d.txt", text)
    assert (article.publisher, article.byline, article.published) == ("Skarholm Evening Star", "Ines Roald", date(2030, 5, 4))
    assert "Written by" not in article.text


def test_a_date_clock_and_labelled_author_line_gives_the_writer_and_the_time(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\n14.05.2030 | 09:40 | Author: Ines Roald\n\n" + PROSE
    article = _one(tmp_path, "e.txt", text)
    assert (article.byline, article.published) == ("Ines Roald", date(2030, 5, 14))


def test_a_bar_line_with_a_field_of_words_is_no_metadata(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\n\n04.05.2030 | 09:40 | Deckhands back at work\n\n" + PROSE
    article = _one(tmp_path, "f.txt", text)
    assert article.byline is None


def test_a_dated_byline_under_a_site_name_is_not_swallowed_by_the_masthead(tmp_path: Path) -> None:
    text = "Skarholm Islander\nMay 4, 2030 — by Ines Roald\n\nFerries sail again after nine days\n\n" + PROSE
    article = _one(tmp_path, "g.txt", text)
    assert (article.byline, article.published) == ("Ines Roald", date(2030, 5, 4))
    assert article.publisher == "Skarholm Islander"


def test_a_copyright_line_names_the_publisher_without_its_year(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\n\n" + PROSE + "\n\n© Skarholm Islander 2030. All rights reserved."
    assert _one(tmp_path, "h.txt", text).publisher == "Skarholm Islander"


def test_a_dotted_date_with_nothing_else_to_go_by_is_day_first(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\n04.05.2030 | 09:40 | Author: Ines Roald\n\n" + PROSE
    assert _one(tmp_path, "i.txt", text).published == date(2030, 5, 4)
    slashed = "Ferries sail again after nine days\n04/05/2030 | 09:40 | Author: Ines Roald\n\n" + PROSE
    assert _one(tmp_path, "j.txt", slashed).published == date(2030, 4, 5)  # slashes with nothing to go by: as before


def test_a_labelled_writer_line_is_the_byline(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\n\nSaturday, 4 May 2030 at 10:05\nReporter: Ines Roald\n\n" + PROSE
    article = _one(tmp_path, "k.txt", text)
    assert article.byline == "Ines Roald" and "Reporter" not in article.text


def test_a_byline_in_capitals_with_the_paper_s_staff_line_under_it(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\nBy INES ROALD\nSkarholm Chronicle staff\nMay 4, 2030\n\n" + PROSE
    article = _one(tmp_path, "l.txt", text)
    assert (article.title, article.byline, article.publisher) == ("Ferries sail again after nine days", "Ines Roald",
                                                                 "Skarholm Chronicle")
    assert "staff" not in article.text


def test_a_masthead_s_date_and_a_name_with_its_role_under_the_headline(tmp_path: Path) -> None:
    text = "SKARHOLM ISLANDER — Saturday 4 May 2030\n\nFerries sail again after nine days\n\nInes Roald, Transport Reporter\n\n" + PROSE
    article = _one(tmp_path, "m.txt", text)
    assert (article.byline, article.published) == ("Ines Roald", date(2030, 5, 4))


def test_a_name_with_a_clause_after_its_comma_is_no_byline(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\n\nInes Roald, who runs the kiosk\n\n" + PROSE
    assert _one(tmp_path, "n.txt", text).byline is None


def test_an_outlet_name_standing_alone_under_the_date_line_is_the_publisher(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\nPosted on May 4, 2030 by Ines Roald\n\nSkarholm Sentinel\n\n" + PROSE
    article = _one(tmp_path, "o.txt", text)
    assert (article.publisher, article.byline) == ("Skarholm Sentinel", "Ines Roald")
    assert "Sentinel" not in article.text


def test_a_short_line_with_no_outlet_word_under_the_date_line_stays(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\nPosted on May 4, 2030 by Ines Roald\n\nSkarholm Harbour\n\n" + PROSE
    article = _one(tmp_path, "p.txt", text)
    assert article.publisher is None


def test_a_station_named_radio_first_with_its_programme_and_a_bulletin_date_line(tmp_path: Path) -> None:
    # "Radio Kessmoor": the broadcaster's head word opens the name, as stations of that shape write it; the line
    # under it dates the bulletin, with the programme's own word after the clock.
    text = ("RADIO KESSMOOR - EVENING NEWS TRANSCRIPT\nFriday 4 April 2031, 18:00 bulletin\n\n"
            "Ferries sail again after nine days\n\n" + PROSE)
    article = _one(tmp_path, "e.txt", text)
    assert article.publisher == "Radio Kessmoor"
    assert article.published == date(2031, 4, 4)
    assert "bulletin" not in article.text


def test_a_headline_opening_with_radio_is_not_a_station(tmp_path: Path) -> None:
    text = "RADIO MAST FALLS - CRANE CALLED IN\n\nWinds topple the Kessmoor mast\n\n" + PROSE
    article = _one(tmp_path, "f.txt", text)
    assert article.publisher is None


def test_a_language_editions_label_is_not_part_of_the_outlets_name(tmp_path: Path) -> None:
    # "- edicion en ingles" names the edition; without it the masthead is an outlet's name of four words.
    text = ("El Eco del Valle - edicion en ingles\n[Text translated automatically from Spanish.]\n\n"
            "Ferries sail again after nine days\n\nNuria Salvat Roig | 10/04/2031 08:20\n\n" + PROSE)
    article = _one(tmp_path, "g.txt", text)
    assert article.publisher == "El Eco del Valle"
    assert article.byline == "Nuria Salvat Roig"



def test_a_date_line_with_a_whole_hour_glued_to_its_half_of_the_day_is_header(tmp_path: Path) -> None:
    text = "Ferries sail again after nine days\n\nBy Maja Lindqvist\n\nFriday 4 April 2031, 9pm\n\n" + PROSE
    article = _one(tmp_path, "i.txt", text)
    assert article.published == date(2031, 4, 4)
    assert "9pm" not in article.text


def test_a_capitals_masthead_over_a_tagline_of_sentences_is_the_publisher(tmp_path: Path) -> None:
    text = ("THE FERRY LOG\nTimetables lie. Skippers don't.\n\nHome | Routes | About\n\nFERRIES SAIL AGAIN\n\n" + PROSE)
    article = _one(tmp_path, "m.txt", text)
    assert article.publisher is not None and article.publisher.lower() == "the ferry log"
    assert "Skippers" not in article.text


def test_a_capitals_first_line_over_a_long_sentence_is_no_masthead(tmp_path: Path) -> None:
    text = "FERRIES SAIL AGAIN\nDeckhands went back to work on Friday morning after the long stoppage ended.\n\n" + PROSE
    article = _one(tmp_path, "n.txt", text)
    assert article.publisher is None
