"""Header shapes met on the session 19 probe story, in invented texts: a translated paper's name opening with its
article, a post's date line carrying its categories and comment count, a headline of a topic and a wh-question, an
issuer's release headed by its desk and a bare "Statement" label, and a consent banner on a page that speaks to its
reader throughout."""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.ingest import build_article
from summarizer.ingest.junk import _junk
from summarizer.ingest.records import RawRecord


def _article(text: str, kind: str = "text"):  # type: ignore[no-untyped-def]
    return build_article("S1", RawRecord(uri="a.html" if kind == "html" else "a.txt", text=text, kind=kind))


_BODY = ("ORVANE - The dairy cooperative of the Orvane valley closed its cheese plant on Monday, after inspectors found "
         "listeria in two batches of soft cheese, said the regional health office.\n\n"
         "The cooperative said that 240 workers will stay at home on full pay while the plant is cleaned.\n")


@pytest.mark.parametrize("outlet", ["Le Journal de Brisac", "La Gazzetta di Vell", "Il Corriere di Sorno", "El Diario del Norte"])
def test_a_paper_named_with_its_article_first_is_the_publisher(outlet: str) -> None:
    article = _article(f"{outlet} - 03/11/2031 - 07:15\n\nListeria: the cheese plant of Orvane stops\n\n"
                       f"By Claire Dumont-Achterberg\n\n[Automatically translated from French]\n\n{_BODY}")
    assert (article.publisher, article.published) == (outlet, date(2031, 11, 3))
    assert article.title == "Listeria: the cheese plant of Orvane stops"


@pytest.mark.parametrize("labels", ["Filed under: Food safety, Dairy | 12 comments", "Tags: listeria | No comments",
                                    "Posted in Health | Leave a comment", "Categories: Recalls"])
def test_a_post_date_line_with_its_labels_gives_the_writer_and_the_date(labels: str) -> None:
    article = _article(f"Curd Nerd\nCheese news and comment since 2019\n\n"
                       f"Orvane plant shut: what we know so far\n\n"
                       f"Posted on 4 November 2031 by Tomas Lindqvist-Ayodele | {labels}\n\n{_BODY}")
    assert (article.byline, article.published) == ("Tomas Lindqvist-Ayodele", date(2031, 11, 4))
    assert article.title == "Orvane plant shut: what we know so far"


def test_a_headline_of_a_topic_and_a_question_in_the_first_person_plural_is_the_title() -> None:
    article = _article(f"Orvane listeria: how we got here\n\nBy Ana Lund\n\n{_BODY}")
    assert article.title == "Orvane listeria: how we got here"


def test_a_release_headed_by_the_issuers_desk_and_a_statement_label() -> None:
    article = _article("ORVANE DAIRY - PRESS OFFICE\n\nSTATEMENT\n\nUpdate on the Orvane cheese plant\n\n"
                       "ORVANE, 3 November 2031\n\nOrvane Dairy has closed its cheese plant while it is cleaned. "
                       "Orvane Dairy will pay its 240 workers in full.\n\nENDS\n\nNotes to editors\nAbout Orvane Dairy\n")
    assert (article.publisher, article.title) == ("Orvane Dairy", "Update on the Orvane cheese plant")
    assert "PRESS OFFICE" not in article.text and "STATEMENT" not in article.text


def test_a_statement_line_inside_the_text_is_no_label() -> None:
    article = _article("Dairy closes plant\n\nThe cooperative issued a statement.\n\nIt said 240 workers would be paid.\n")
    assert "The cooperative issued a statement." in article.text


@pytest.mark.parametrize("line", ["Valley Chronicle and our partners use cookies to personalise content and ads.",
                                  "This website uses cookies to improve your experience."])
def test_a_consent_banner_is_junk_even_on_a_page_that_speaks_to_its_reader(line: str) -> None:
    # A live blog or a column says "we" and "you" throughout, so the voice test is off there (voice=False).
    assert _junk(line, False, voice=False) is not None


@pytest.mark.parametrize("line", ["The regulator fined the retailer, which uses cookies to track shoppers, 2 million euros.",
                                  "Cookies and biscuits sold out at the fair on Saturday."])
def test_cookies_in_the_news_stay(line: str) -> None:
    article = _article(f"Fair ends\n\nBy Ana Lund\n\n{line}\n\nThe organisers said 9,000 people came.\n")
    assert line in article.text


@pytest.mark.parametrize("line", ["A helpline for families of the pupils is open on 0800 555 0182.",
                                  "Readers with questions can call the clinic on +44 20 7946 0113 until Friday.",
                                  "The hotline, (555) 013-2277, is staffed around the clock."])
def test_a_line_giving_a_telephone_number_is_a_contact_line(line: str) -> None:
    assert _junk(line, False) == "tip line"


@pytest.mark.parametrize("line", ["The cooperative employs 2,300 people in 14 countries and 5,100 worldwide.",
                                  "The budget of 1 200 000 euros for 2031 was cut on 14 03 2031.",
                                  "The bill passed 214-198, with 12 members abstaining."])
def test_figures_that_are_no_telephone_number_stay(line: str) -> None:
    assert _junk(line, False) is None


@pytest.mark.parametrize("line", ["Fans who cannot make the new date can claim a refund at example-arena.com/refunds.",
                                  "The full schedule is published on www.example.org",
                                  "Parents can register for the meeting via https://example-school.org/meeting."])
def test_a_sentence_sending_the_reader_to_a_web_address_is_a_link_line(line: str) -> None:
    assert _junk(line, False) == "link"


@pytest.mark.parametrize("line", ["The tickets were sold on Example.com within an hour, the club said.",
                                  "The book is sold on Amazon.com."])
def test_a_company_named_by_its_domain_stays(line: str) -> None:
    assert _junk(line, False) is None
