"""Titles in forms the title check was not built on: local offices ('county clerk' against 'county
treasurer'), 'vice' and 'deputy' as one qualifier, a dateline's dash before the title; with near-misses."""

from __future__ import annotations

import pytest
from helpers import Doc, build

from summarizer.extract.offline import extract_offline
from summarizer.merge import merge
from summarizer.merge.titles import roles_conflict
from summarizer.schema import Article, Briefing


def _titles(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "title"]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("county clerk", "county treasurer", True),
        ("county coroner", "county sheriff", True),
        ("county clerk", "clerk of the county", False),
        ("former deputy mayor", "former vice mayor", False),  # a translation's word for the same office
        ("vice president", "deputy president", False),
        ("Deputy Vice-Chancellor", "Vice-Chancellor", True),  # both qualifiers: another office
        ("Vice President", "President", True),
        ("deputy mayor", "former deputy mayor", True),
    ],
)
def test_local_offices_and_vice_as_deputy(a: str, b: str, conflict: bool) -> None:
    assert roles_conflict(a, b) is conflict


def test_a_clerk_called_treasurer_by_one_outlet_and_a_vice_mayor_who_is_the_deputy() -> None:
    a = Doc("S1").say("County clerk Hollis Brandt ordered a recount.").entity("Hollis Brandt", roles=["County clerk"])
    a.say("Former deputy mayor Rhea Calloway won.").entity("Rhea Calloway", roles=["Former deputy mayor"])
    b = Doc("S2").say("The county clerk Hollis Brandt ordered a new counting.").entity("Hollis Brandt", roles=["county clerk"])
    b.say("The former vice mayor Rhea Calloway has won.").entity("Rhea Calloway", roles=["former vice mayor"])
    c = Doc("S3").say("County treasurer Hollis Brandt is talking about a recount.").entity("Hollis Brandt", roles=["County treasurer"])
    assert _titles(merge(*build(a, b, c))) == [[("County clerk", ["S1", "S2"]), ("County treasurer", ["S3"])]]


def test_a_lowercase_local_office_before_a_name_is_read_as_the_role() -> None:
    text = "Ballots were recounted on Monday, county clerk Hollis Brandt said."
    entities = extract_offline(Article(id="S1", uri="mem://S1", text=text)).entities
    assert [e.roles for e in entities if e.name == "Hollis Brandt"] == [["county clerk"]]


def test_a_datelines_dash_is_not_shown_as_part_of_the_title() -> None:
    a = Doc("S1").say("DUNMERE (Wire) - Former deputy mayor Rhea Calloway won.").entity(
        "Rhea Calloway", roles=["- Former deputy mayor"])
    b = Doc("S2").say("Former mayor Rhea Calloway won.").entity("Rhea Calloway", roles=["former mayor"])
    assert _titles(merge(*build(a, b))) == [[("Former deputy mayor", ["S1"]), ("former mayor", ["S2"])]]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("chief vet", "head of animal care at the park", True),  # a trade with a rank is an office
        ("head keeper", "curator of reptiles", True),
        ("chief vet", "chief veterinarian", False),  # a clipped head is the same word
        ("vet", "head of animal care", False),  # near-miss: a bare trade describes, holds no office
        ("chief executive", "director of the ferry company", False),  # chief officers are read apart
    ],
)
def test_a_trade_with_a_rank_is_an_office(a: str, b: str, conflict: bool) -> None:
    assert roles_conflict(a, b) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("finance chief", "chief executive", True),  # the field before 'chief' names the officer
        ("Vell finance chief", "Vell chief executive", True),  # the company named before, without a possessive
        ("Vell finance chief", "Chief executive", True),
        ("finance chief", "chief financial officer", False),  # one field, two wordings
        ("operations chief", "COO", False),
        ("Vell chief executive", "CEO", False),
        ("fire chief", "chief fire officer", False),
    ],
)
def test_an_officer_named_by_its_field_before_chief(a: str, b: str, conflict: bool) -> None:
    assert roles_conflict(a, b) is conflict
