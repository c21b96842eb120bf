"""Roles an editor would strike, seen on real news and written here as invented text of the same shape: a courtesy
title ("Mr.") listed as a role, a comma's adverbial ("according to a summary", "speaking at a dinner") or a clause
("before Midsummer, the deputy had raised that figure") read as an appositive role, and a person's state
("Rep. Ivo Crane of Tarvia, the minority leader,") joined to the name or given the role."""

from __future__ import annotations

from pathlib import Path

from summarizer import summarize
from summarizer.extract.offline.engine import extract_offline
from summarizer.merge.titles import roles_conflict
from summarizer.schema import Article


def _entities(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.roles) for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}


def test_a_state_after_a_titled_person_is_a_place_and_the_role_after_it_is_the_persons() -> None:
    text = ("Pressed by Deputy Governor Ana Lund and Representative Ivo Crane of Tarvia, the incoming minority leader, "
            "the council gave way. Senator Pia Holm of Ostrava, the top Liberal on the harbour panel, said so in a letter.")
    found = _entities(text)
    assert "Ivo Crane of Tarvia" not in found
    assert found["Ivo Crane"] == ("person", ["Representative", "incoming minority leader"])
    assert found["Pia Holm"][1] == ["Senator", "top Liberal on the harbour panel"]
    assert found["Tarvia"] == ("place", []) and found["Ostrava"] == ("place", [])


def test_an_adverbial_or_a_clause_after_a_comma_is_no_role() -> None:
    text = ("The audit was ordered by Mayor Ola Brekke, according to a summary of the audit released on Friday. "
            "Councillor Jan Vik, speaking at a dinner in Skarnes, said it. In the hours before Midsummer, the deputy "
            "had raised that figure. The port lost trade to its rivals, including former harbour master Tove Rask. "
            "Ida Moen, the retired engineer who was one of the first divers, left.")
    found = _entities(text)
    assert found["Ola Brekke"][1] == ["Mayor"]
    assert found["Jan Vik"][1] == ["Councillor"]
    assert found["Tove Rask"][1] == ["former harbour master"]
    assert found["Ida Moen"][1] == ["retired engineer who was one of the first divers"]
    assert "Midsummer" not in found or found["Midsummer"][1] == []


def test_a_courtesy_title_is_no_role_of_an_entity_or_a_quote(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Harbour fees rise in May\n\nMr. Ola Brekke, who runs the Skarnes ferry, said the fees were unfair. "
        "\"We cannot pay this,\" Mr. Brekke said. Mrs. Tove Rask, the harbour master, said the quay needed repairs.\n")
    briefing = summarize([str(tmp_path / "a.txt")], backend="offline")
    roles = {e.name: [r.role for r in e.roles] for e in briefing.entities}
    assert not {r for rs in roles.values() for r in rs} & {"Mr.", "Mrs.", "Mr", "Mrs"}
    assert roles["Tove Rask"] == ["harbour master"]
    assert all(q.speaker_role not in ("Mr.", "Mrs.") for q in briefing.quotes)
    assert any(q.speaker == "Ola Brekke" for q in briefing.quotes)


def test_an_owners_post_before_a_titled_name_is_the_persons_role_whatever_its_noun() -> None:
    text = ("The aquarium's chief diver, Dr Ilse Varro, said the tank held. "
            "The harbour's north side, Kessel Point, was flooded.")
    found = _entities(text)
    assert found["Ilse Varro"][1] == ["Dr", "chief diver"]
    assert found.get("Kessel Point", ("place", []))[1] == []  # near-miss: no person, no post


def test_who_represents_or_trains_a_person_is_a_post_whose_rival_wordings_conflict() -> None:
    # "her agent" and "her coach" name posts (a sports agent, a coach, a referee), as "her spokeswoman" does: the
    # apposition before the name is the person's role, and two outlets giving one man both is a title conflict.
    found = _entities("Her agent, Tor Eskeland, says the skater will appeal. The referee, Ulla Brask, sent him off.")
    assert found["Tor Eskeland"] == ("person", ["agent"])
    assert found["Ulla Brask"] == ("person", ["referee"])
    assert roles_conflict("coach", "agent") and roles_conflict("referee", "coach")
    assert not roles_conflict("coach", "head coach")


def test_a_currency_code_before_an_amount_is_no_organisation() -> None:
    found = _entities("The club must pay EUR 18,500 and USD 2,000 in costs, the Kessmoor Football Association said.")
    assert "EUR" not in found and "USD" not in found
    assert found["Kessmoor Football Association"][0] == "organization"


def test_a_headlands_name_before_a_place_word_is_a_place_not_a_title() -> None:
    found = _entities("The rocket lifted off from Kessmoor Head Spaceport at noon, and Brisk Head Pier was closed. "
                      "Department Head Ivo Crane said so.")
    assert found["Kessmoor Head Spaceport"] == ("place", [])
    assert found["Brisk Head Pier"][0] == "place"
    assert found["Ivo Crane"] == ("person", ["Department Head"])  # a title before a person's name stays one
