"""Transcripts with time codes and turn labels, a wire's versioned copy, and text copied out of a PDF: the studio's
labels, the wire's notes and the pages' furniture go; a guest's words stay credited to her. Invented texts."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.ingest import build_article
from summarizer.ingest.records import RawRecord

_SCRIPT = "\n\n".join([
    "HARROWMERE COMMUNITY RADIO - LUNCHTIME NEWS\nTranscript",
    "[00:00:02] HOST (Orla Kinsey-Baptiste): The Tullan footbridge will stay shut until March, the"
    " county said today. Our transport reporter, Piet Amundsen-Lowe, was at the meeting.",
    "[00:00:15] PIET AMUNDSEN-LOWE: Orla, the engineers found cracks in two of the four cables."
    " Repairs will cost about 900,000 crowns.",
    "[00:00:31] CLIP - MAREIKE DOSS-FARRAH, COUNTY ENGINEER: We will not take a risk with a bridge"
    " that carries schoolchildren every morning.",
    "[00:00:40] AMUNDSEN-LOWE: Shop owners on the east bank say trade has halved since the closure.",
    "[00:00:47] GUSTAV ILVES-MARR, BAKERY OWNER: Half my customers came over that bridge, and now"
    " they simply do not come.",
    "[00:00:55] [APPLAUSE]",
    "[00:00:58] KINSEY-BAPTISTE: Thank you, Piet.",
    "THIS IS AN UNEDITED TRANSCRIPT AND MAY NOT BE IN ITS FINAL FORM.\n",
])


def _article(text: str, uri: str = "a.txt"):  # type: ignore[no-untyped-def]
    return build_article("S1", RawRecord(uri=uri, text=text))


def test_a_transcripts_time_codes_stage_directions_and_own_labels_go() -> None:
    article = _article(_SCRIPT)
    for junk in ("[00:0", "HOST", "AMUNDSEN-LOWE:", "KINSEY-BAPTISTE:", "[APPLAUSE]", "CLIP -", "UNEDITED TRANSCRIPT"):
        assert junk not in article.text
    assert "Orla, the engineers found cracks in two of the four cables." in article.text
    assert "Shop owners on the east bank say trade has halved since the closure." in article.text


def test_a_guests_words_in_a_transcript_stay_hers() -> None:
    quotes = {((q.speaker or "").lower(), q.text.strip("“”\"")) for q in extract_offline(_article(_SCRIPT)).quotes}
    assert ("mareike doss-farrah", "We will not take a risk with a bridge that carries schoolchildren every morning.") in quotes
    assert ("gustav ilves-marr", "Half my customers came over that bridge, and now they simply do not come.") in quotes
    assert not any("amundsen" in speaker or "kinsey" in speaker for speaker, _ in quotes)


def test_a_newsletters_section_labels_are_no_turns() -> None:
    """Without a cue label ("HOST:", "ANCHOR:") the text is no script: "FERRIES:" opens a newsletter's item."""
    text = ("Coastal Notes - Tuesday briefing\n\nFERRIES: The Lisk crossing resumes on Friday after repairs.\n\n"
            "PORTS: Cargo at Harrowmere rose 4% in May.\n")
    article = _article(text)
    assert "FERRIES:" in article.text and "PORTS:" in article.text


@pytest.mark.parametrize("tag", ["UPDATE 2-", "REFILE-", "CORRECTED-", "EXCLUSIVE-"])
def test_a_wires_version_tag_leaves_the_headline(tag: str) -> None:
    text = (f"{tag}Tullan footbridge to stay shut until March\n\nBy Ines Varro-Quill\n\n"
            "HARROWMERE, Feb 3 (Coastwire) - The Tullan footbridge will stay shut until March, the county said on "
            "Tuesday, after engineers found cracks in two of its four cables.\n")
    assert _article(text).title == "Tullan footbridge to stay shut until March"


def test_a_wires_version_note_credits_and_previously_line_go() -> None:
    text = ("Tullan footbridge to stay shut until March\n\n(Adds comment from bakery owner in paragraph 3)\n\n"
            "HARROWMERE, Feb 3 (Coastwire) - The Tullan footbridge will stay shut until March, the county said on "
            "Tuesday, after engineers found cracks in two of its four cables.\n\n"
            "Repairs will cost about 900,000 crowns, the county engineer said.\n\n"
            "Previously: County closes Tullan footbridge after cable alarm (Jan 12)\n\n"
            "((Reporting by Ines Varro-Quill; Additional reporting by Teo Maasik-Brand; Editing by Ulla Stroud))\n")
    article = _article(text)
    for junk in ("Adds comment", "Previously:", "Additional reporting", "Editing by"):
        assert junk not in article.text
    assert "Repairs will cost about 900,000 crowns" in article.text


def test_a_pdf_copys_running_headers_and_page_footers_go() -> None:
    header = "Harrowmere County Council                          Tullan Footbridge Inspection Summary"
    text = (f"{header}\n\nTULLAN FOOTBRIDGE: INSPECTION SUMMARY\n\n"
            "Engineers inspected the Tullan footbridge on 28 January and found cracks in two of its four main\n"
            "cables. The bridge will stay closed to all users until repairs are complete in March.\n\n"
            "Harrowmere County Council - Inspection Summary                          Page 1 of 2\n\n"
            f"{header}\n\n"
            "Repairs are expected to cost about 900,000 crowns and will be paid from the county's roads budget.\n\n"
            "Harrowmere County Council - Inspection Summary                          Page 2 of 2\n")
    article = _article(text)
    assert "Page 1 of 2" not in article.text and "Page 2 of 2" not in article.text
    assert article.text.count("Tullan Footbridge Inspection Summary") == 0
    assert "Repairs are expected to cost about 900,000 crowns" in article.text


def test_a_results_statements_boilerplate_paragraphs_go() -> None:
    """The paragraphs under a statement's disclaimer, call, contacts and about-us headings are the issuer's own."""
    text = ("Harrow Mills plc half-year results\n\n"
            "Revenue rose 4% to 212 million crowns in the six months to June, Harrow Mills plc said today, as\n"
            "flour prices recovered. The company will close its Lindmark plant by December.\n\n"
            "Conference call\nThe board will host a call for analysts at 10:00 today. Access code 55120.\n\n"
            "Cautionary statement\nThis report holds statements about the future that carry risks. Results\n"
            "may differ from them.\n\n"
            "About Harrow Mills\nHarrow Mills plc mills flour in four plants and employs 900 people.\n\n"
            "Contacts\nMirela Stokke-Aro, head of communications\n")
    article = _article(text)
    for junk in ("Conference call", "Access code", "Cautionary", "Results\nmay differ", "employs 900", "Contacts", "Stokke-Aro"):
        assert junk not in article.text
    assert "The company will close its Lindmark plant by December." in article.text


def test_a_news_paragraph_about_a_company_stays() -> None:
    """A heading's words inside prose, or a heading before any prose, are not the issuer's boilerplate."""
    text = ("Harrow Mills to close Lindmark plant\n\nHarrow Mills said on Monday it would close its Lindmark plant.\n\n"
            "The contacts between the union and the board broke down in May, the union said.\n")
    assert "The contacts between the union and the board broke down in May" in _article(text).text


def test_a_bulletins_top_story_line_goes() -> None:
    text = ("KESTON FM - EVENING NEWS\n\nANCHOR: Our top story tonight: the Tullan footbridge stays shut. The county "
            "said on Tuesday that engineers found cracks in two of its cables.\n")
    article = _article(text)
    assert "top story" not in article.text and "engineers found cracks in two of its cables" in article.text


def test_a_transcripts_air_time_on_its_own_line_is_the_publication_time() -> None:
    text = ("KESTON FM - EVENING NEWS\nTRANSCRIPT\nAir date: 14 March 2031\nAir time: 18:30\n\n"
            "ANCHOR: The Tullan footbridge will stay shut until March, the county said on Tuesday.\n")
    article = _article(text)
    assert (str(article.published), article.published_time) == ("2031-03-14", "18:30")


def test_two_clock_lines_give_no_publication_time() -> None:
    """Which of two times is the publication's cannot be told: none is taken."""
    text = ("KESTON FM - EVENING NEWS\nAir date: 14 March 2031\nStart: 18:30\nEnd: 19:00\n\n"
            "ANCHOR: The Tullan footbridge will stay shut until March, the county said on Tuesday.\n")
    assert _article(text).published_time is None
