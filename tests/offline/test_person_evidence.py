"""A name shaped like a person's is one only with evidence (see ``extract/offline/people.py``). On real news about a
sixth of all entities were typed "other", many of them people the article did show to be people: a list beside a
known person, a legislator's party tag, a job noun before the name, an Irish surname with an apostrophe. Invented
text of the same shapes."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article


def _types(text: str) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.roles) for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}


def test_a_list_beside_a_known_person_is_of_people_and_a_comma_alone_joins_no_list() -> None:
    text = ("The council heard rivals like Mayor Ola Brekke and Tove Rask, who have never run a port. Former councillors "
            "Jan Vikstrom, Ida Moen, Per Lindahl and Siv Aas wrote a letter. Vikstrom said so. According to Skarnes Radio, "
            "Brekke is ahead. Harbour Dues and Quay Fees will rise.")
    found = _types(text)
    assert {n for n in ("Tove Rask", "Ida Moen", "Per Lindahl", "Siv Aas") if found[n][0] == "person"} == {
        "Tove Rask", "Ida Moen", "Per Lindahl", "Siv Aas"}
    assert found["Skarnes Radio"][0] != "person"
    assert found["Harbour Dues"][0] == "other" and found["Quay Fees"][0] == "other"


def test_a_party_tag_after_a_name_says_a_legislator() -> None:
    found = _types("Two senators did not vote: Tim Vasko (D-Ore.) and Lena Brandt (I-Vt.), who was on leave.")
    assert found["Tim Vasko"][0] == "person" and found["Lena Brandt"][0] == "person"


def test_a_job_noun_before_a_name_is_a_role_and_an_apostrophe_surname_is_one_word() -> None:
    text = ("The leading candidate, businessman Ivo Crane, released an ad. It came before a book by the veteran "
            "journalist Pia Holm. The jailed dissident Oskar Lind wrote to Colm O'Hanlon and the eventual nominee, "
            "Rita Sandvik.")
    found = _types(text)
    assert found["Ivo Crane"] == ("person", ["businessman"])
    assert found["Pia Holm"] == ("person", ["veteran journalist"])
    assert found["Oskar Lind"] == ("person", ["jailed dissident"])
    assert found["Rita Sandvik"] == ("person", ["eventual nominee"])
    assert "Colm O'Hanlon" in found and "Hanlon" not in found and "Colm" not in found


def test_a_name_described_as_a_firm_or_followed_by_which_is_an_organisation() -> None:
    text = ("Tessaly Marine, the ferry operator based in Orvik, cancelled all sailings on Friday. Halden Brothers, a "
            "logistics company, moved its depot. Strand Optics, which makes lenses, hired 40 people. The chief "
            "executive, Ivo Crane, said so; Pia Holm, a marine engineer, agreed, and Lea Dahl, the company chairman, "
            "did not.")
    found = _types(text)
    assert found["Tessaly Marine"][0] == "organization"
    assert found["Halden Brothers"][0] == "organization"
    assert found["Strand Optics"][0] == "organization"
    assert found["Ivo Crane"][0] == "person" and found["Pia Holm"][0] == "person"
    assert found["Lea Dahl"][0] == "person"  # "company" qualifies her office


def test_a_firm_s_short_name_and_its_full_name_are_one_entity_across_outlets() -> None:
    from summarizer.merge import merge
    from summarizer.schema import ExtractionRecord

    texts = ["Tessaly Marine, the ferry operator based in Orvik, cancelled all sailings on Friday. Tessaly said the "
             "storm made the crossing unsafe.",
             "Ferry firm Tessaly cancelled every sailing on Friday because of the storm, Tessaly Marine said."]
    articles = [Article(id=f"S{i + 1}", uri=f"{i}.txt", text=t) for i, t in enumerate(texts)]
    records = [ExtractionRecord(source=a.id, backend="offline", extraction=extract_offline(a)) for a in articles]
    named = {e.name: e for e in merge(articles, records).entities}
    assert "Tessaly" not in named and named["Tessaly Marine"].type == "organization"
    assert named["Tessaly Marine"].sources == ["S1", "S2"]
