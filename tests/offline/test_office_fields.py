"""An office written with its field ('deputy director of public health', 'Vice-Chancellor for Estates') before or
after a person's name was read as no title (the field's last word ended the phrase, or a hyphened office that is
no title of address alone, like 'Vice-Provost', was a name's start). Invented."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.merge.titles import roles_conflict
from summarizer.schema import Article


def _roles(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.roles) for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}


def test_an_office_with_its_field_is_the_persons_title() -> None:
    assert _roles("The inquiry was opened by deputy director of public health Ilse Marrow on Monday.")["Ilse Marrow"] == (
        "person", ["deputy director of public health"])
    assert _roles("The review was led by Vice-Provost for Estates Dara Quennell on Monday.")["Dara Quennell"] == (
        "person", ["Vice-Provost for Estates"])
    found = _roles("The plan was drawn up by Dr Dara Quennell, Vice-Provost for Estates, in March.")["Dara Quennell"]
    assert "Vice-Provost for Estates" in found[1]
    # near-miss: a body named after a comma is no office
    assert _roles("The fund was set up by Dara Quennell, Bank of Ostria, in 2020.")["Dara Quennell"][1] == []


def test_an_office_and_the_deputy_office_with_a_field_conflict() -> None:
    assert roles_conflict("the college's provost", "Vice-Provost for Estates")
    assert roles_conflict("Chief Constable", "Assistant Chief Constable for Operations")
    # near-misses: one office with its field written before or after the noun
    assert not roles_conflict("Minister for Transport", "Transport Minister")
    assert not roles_conflict("Vice-Provost for Estates", "estates vice-provost")
