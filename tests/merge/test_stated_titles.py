"""Titles an outlet states before a name or attributes to someone, read for the title check."""

from __future__ import annotations

from datetime import date

from helpers import Doc

from summarizer.extract.offline import extract_offline
from summarizer.merge import merge
from summarizer.merge.titles import roles_conflict
from summarizer.schema import Briefing, ExtractionRecord


def _read(*docs: Doc) -> Briefing:
    articles = [d.article() for d in docs]
    return merge(articles, [ExtractionRecord(source=x.id, backend="offline", extraction=extract_offline(x)) for x in articles])


def _titles(briefing: Briefing) -> list[list[tuple[str, list[str]]]]:
    return [[(p.value, p.sources) for p in d.positions] for d in briefing.discrepancies if d.kind == "title"]


def _doc(source: str, *sentences: str) -> Doc:
    doc = Doc(source, published=date(2031, 9, 4))
    for sentence in sentences:
        doc.say(sentence)
    return doc


def test_a_title_before_the_name_and_one_the_article_attributes_to_the_company() -> None:
    a = _doc("S1", "A flare at the Halvik refinery burned for six hours on Wednesday.",
             "Brenna Colt, the refinery's general manager, said the flare was under control.")
    b = _doc("S2", "Residents of Tolby saw the flare from miles away.",
             "The refinery's general manager, Brenna Colt, said the flare was under control by midnight.")
    c = _doc("S3", "The flare lit up the sky over Tolby.",
             "Ms Brenna Colt, described by Halvik Oil as the company's environment director, told reporters the flare was "
             "under control.")
    d = _doc("S4", "On Wednesday a flare burned at the refinery of Halvik.",
             "The general manager of the refinery, Brenna Colt, has declared that the flare is under control.")
    assert _titles(_read(a, b, c, d)) == [[("refinery's general manager", ["S1", "S2", "S4"]),
                                         ("company's environment director", ["S3"])]]


def test_the_same_office_in_other_words_or_a_relation_before_the_name_is_no_conflict() -> None:
    a = _doc("S1", "A flare at the Halvik refinery burned for six hours on Wednesday.",
             "The refinery's general manager, Brenna Colt, said the flare was under control.")
    b = _doc("S2", "On Wednesday a flare burned at the refinery of Halvik.",
             "The general manager of the refinery, Brenna Colt, has declared that the flare is under control.")
    # A relation and a time before the name are no titles.
    c = _doc("S3", "Her daughter, Brenna Colt, watched the flare from Tolby.",
             "The next morning, Brenna Colt said the flare was out.")
    assert _titles(_read(a, b, c)) == []


def test_an_office_held_at_the_time_is_a_former_one_and_an_initialism_opens_no_sentence() -> None:
    assert not roles_conflict("former Port Director", "director at the time")
    assert roles_conflict("Port Director", "director at the time")
    from summarizer.merge.stated_roles import stated_roles

    def read(text: str) -> list[str]:
        return [role for _, role, _ in stated_roles("Brenna Colt", [], ["S1"], {"S1": text}, lambda role: True)]

    assert read("The inquiry opened. The chief inspector, Brenna Colt, spoke first.") == ["chief inspector"]
    assert read("A week later, the T.R.A. chief inspector, Brenna Colt, spoke first.") == []


def test_an_and_inside_one_office_keeps_it_whole() -> None:
    assert roles_conflict("plant's health and safety manager", "Acme's managing director")
    assert not roles_conflict("plant's health and safety manager", "head of health and safety at the plant")
    assert not roles_conflict("Trade Minister", "Minister of Trade and Industry")
    assert roles_conflict("Trade Minister", "Minister of Finance and Industry")


def test_a_chief_officer_and_the_director_of_the_same_field_are_one_office() -> None:
    assert not roles_conflict("chief financial officer", "financial director")
    assert not roles_conflict("CFO", "finance director")
    assert not roles_conflict("chief operating officer", "head of operations")
    assert roles_conflict("chief financial officer", "operations director")
    assert roles_conflict("chief financial officer", "deputy finance director")
    assert roles_conflict("CEO", "finance director")
