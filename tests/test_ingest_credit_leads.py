"""One home for what introduces a writer's credit (header.CREDIT_BY, CREDIT_LABEL): the byline line, the
writer's field of a meta line, a feed's author field and a wire's closing trailer all read the same leads, so
a lead one of them learns ("Writing by", "AUTHOR:") reaches the others. Invented names only."""

from __future__ import annotations

import pytest

from summarizer.ingest.clean import clean_text
from summarizer.ingest.header import meta_fields
from summarizer.ingest.writers import writer_credit

_BODY = ("The ferry to Skerrin Island ran again on Monday after a week of storms kept it in port.\n\n"
         "Harbour staff said the crossing took forty minutes longer than usual because of the swell.")


@pytest.mark.parametrize("lead", ["By", "Written by", "WRITTEN BY", "Reporting by", "Writing by", "Author:", "Reporter:"])
def test_every_reader_takes_the_same_credit_leads(lead: str) -> None:
    assert clean_text(f"Ferry returns to Skerrin\n\n{lead} Oda Kvist\n\n{_BODY}").byline == "Oda Kvist"
    assert writer_credit(f"{lead} Oda Kvist") == ("Oda Kvist", None)
    assert meta_fields(f"Skerrin Herald · 3 June 2031 · {lead} Oda Kvist") == ("Oda Kvist", "3 June 2031", "Skerrin Herald")


@pytest.mark.parametrize("lead", ["Reporting by", "Writing by", "reporting by"])
def test_a_wire_trailer_names_its_writers(lead: str) -> None:
    text = f"Ferry returns to Skerrin\n\n{_BODY}\n\n({lead} Oda Kvist and Per Lien; Editing by Tor Ask)"
    assert clean_text(text).byline == "Oda Kvist and Per Lien"


def test_a_sentence_opening_on_by_is_no_credit() -> None:
    assert clean_text(f"Ferry returns to Skerrin\n\nBy Monday the harbour had reopened.\n\n{_BODY}").byline is None
