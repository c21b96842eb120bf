"""A capitalised office set after a name with where it is held ("Tomas Berg, Head of Research at Norvik Bank, said")
was read as no title, and the person was typed 'other': the title check then left that outlet out. A job before an
office ("the auctioneer and the firm's chairman of prints") was compared as the job. Invented sentences."""

from __future__ import annotations

import pytest

from summarizer.extract.offline import extract_offline
from summarizer.merge import merge
from summarizer.merge.titles import roles_conflict
from summarizer.schema import Article, ExtractionRecord


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.roles) for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}


@pytest.mark.parametrize(("sentence", "role"), [
    ("Tomas Berg, Head of Research at Norvik Bank, said rates would rise.", "Head of Research at Norvik Bank"),
    ("Tomas Berg, Chief Economist at Norvik Bank, said rates would rise.", "Chief Economist at Norvik Bank"),
    ("Ilse Marrow, Director of Prints at Kessler & Vahn, who took the sale, said it was a fair price.",
     "Director of Prints at Kessler & Vahn"),
    ("The loan was agreed by Ilse Marrow, Senior Curator at the Mossvale Gallery, on Monday.",
     "Senior Curator at the Mossvale Gallery"),
    ("Tomas Berg, head of research at Norvik Bank, said rates would rise.", "head of research at Norvik Bank"),
])
def test_a_capitalised_office_held_at_a_body_is_the_persons_title(sentence: str, role: str) -> None:
    found = _entities(sentence)
    name = "Tomas Berg" if "Tomas" in sentence else "Ilse Marrow"
    assert found[name] == ("person", [role])
    assert not any(n.startswith(("Head", "Chief", "Director", "Senior")) for n in found)  # the office names no one


@pytest.mark.parametrize("sentence", [
    "Tomas Berg, Norvik Bank, said rates would rise.",  # a body, no office
    "Tomas Berg, Justice Department, said rates would rise.",  # an office word opening a body's name
    "Tomas Berg, Coach House Books, said rates would rise.",
    "Okafor met Tomas Berg, Minister Street, on Monday.",  # a street
])
def test_a_body_or_a_place_after_the_name_is_no_title(sentence: str) -> None:
    assert _entities(sentence)["Tomas Berg"][1] == []


def test_a_job_before_an_office_is_compared_as_the_office() -> None:
    assert roles_conflict("the auctioneer and the firm's chairman of prints", "deputy chairman of Kessler & Vahn")
    assert not roles_conflict("the auctioneer and the firm's chairman of prints", "Chairman of Prints at Kessler & Vahn")
    # near-misses: an office and its founder, one office whose field has an 'and'
    assert not roles_conflict("director and founder", "director")
    assert not roles_conflict("Minister of Trade and Industry", "Trade and Industry Minister")


def test_every_outlet_giving_the_office_is_on_its_side_of_the_title_conflict() -> None:
    texts = {
        "S1": "Kessler & Vahn sold the map on Monday.\n\nIlse Marrow, Chairman of Prints at Kessler & Vahn, who took the "
              "sale, said: \"The room was ready.\"",
        "S2": "The map sold on Monday. Ilse Marrow, the auctioneer and the firm's chairman of prints, told the room: "
              "\"The room was ready.\"",
        "S3": "The map sold on Monday. \"The room was ready,\" said Ilse Marrow, deputy chairman of Kessler & Vahn, "
              "who took the sale.",
    }
    articles = [Article(id=s, uri=f"{s}.txt", text=t) for s, t in texts.items()]
    records = [ExtractionRecord(source=a.id, backend="offline", extraction=extract_offline(a)) for a in articles]
    titles = [[p.sources for p in d.positions] for d in merge(articles, records).discrepancies if d.kind == "title"]
    assert titles == [[["S1", "S2"], ["S3"]]]


def test_a_quote_after_a_capitalised_office_held_at_a_body_and_a_relative_clause_is_the_persons() -> None:
    """'Ilse Marrow, Director of Prints at Kessler & Vahn, who took the sale, said:' was credited to 'the sale'."""
    text = ("Kessler & Vahn sold the map on Monday.\n\nIlse Marrow, Director of Prints at Kessler & Vahn, who took the "
            "sale, said: \"The room was ready.\"\n")
    quotes = extract_offline(Article(id="S1", uri="x.txt", text=text)).quotes
    assert [(q.speaker, q.speaker_role) for q in quotes] == [("Ilse Marrow", "Director of Prints at Kessler & Vahn")]


@pytest.mark.parametrize("sentence", [
    '"We will reopen," said Mara Lindqvist, Director of Communications for the Brenvik Port Authority.',
    "Mara Lindqvist, Head of Press for the Harbour Council, said the quay would reopen.",
])
def test_an_office_ending_in_a_bodys_head_word_leaves_no_lone_head_word_entity(sentence: str) -> None:
    found = _entities(sentence)
    assert found["Mara Lindqvist"][0] == "person"
    assert not {"Authority", "Council"} & set(found), sorted(found)
