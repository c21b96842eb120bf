"""A page's machine-translation note: read at ingest, shown with the source, and the point worded natively (invented)."""

from __future__ import annotations

from pathlib import Path

from helpers import Doc, build

from summarizer import summarize
from summarizer.ingest.translation import UNKNOWN, translated_from
from summarizer.merge import merge


def test_the_note_names_the_language() -> None:
    assert translated_from(["Share this", "[This report was translated automatically from Finnish.]"]) == "Finnish"
    assert translated_from(["(Automatic translation from the Catalan)"]) == "Catalan"
    assert translated_from(["Machine-translated copy"]) == UNKNOWN
    assert translated_from(["All rights reserved", "Sign up for our newsletter"]) is None


def test_a_translated_page_is_labelled_in_the_briefing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Ferry sails again\n\n(This article was translated automatically from Estonian.)\n\n"
        "The ferry to Kessel island sailed again on Monday after a week of storms. The operator said all "
        "routes would run normally from Tuesday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Kessel ferry back\n\nThe Kessel island ferry resumed sailing on Monday after storms kept it in port for a "
        "week, its operator said.\n", encoding="utf-8")
    briefing = summarize([str(tmp_path)], backend="offline", cache_dir=tmp_path / "cache")
    by_uri = {Path(s.uri).name: s for s in briefing.sources}
    assert by_uri["a.txt"].translated_from == "Estonian" and by_uri["b.txt"].translated_from is None
    assert "machine-translated from Estonian" in briefing.to_markdown()


def test_every_note_cleaning_removes_is_one_the_reader_names() -> None:
    # One pattern for both: a note written "translated by machine" or set in italics is removed from the
    # article text and read, not kept as prose.
    from summarizer.ingest.clean import clean_text

    for note, language in (("*Translated from the Dutch.*", "Dutch"), ("This page was translated by machine.", UNKNOWN)):
        cleaned = clean_text(f"Dyke holds\n\n{note}\n\nThe dyke at Ossen held through the night, the water board said.\n")
        assert note not in cleaned.text and translated_from(cleaned.removed) == language


def test_a_native_wording_words_the_point() -> None:
    # S1's wording shares most words with both others (the most central), but it is a translation.
    a = Doc("S1").say("Kessel Line has suspended all the crossings to the island for three days because of the storm.")
    b = Doc("S2").say("Kessel Line suspended all crossings to the island for three days.")
    c = Doc("S3").say("All crossings to the island were suspended for three days because of the storm, Kessel Line said.")
    articles, records = build(a, b, c)
    articles = [x.model_copy(update={"translated_from": "Danish"}) if x.id == "S1" else x for x in articles]
    point = next(p for p in merge(articles, records).key_points if len(p.sources) >= 2)
    assert len(point.sources) == 3 and "all the crossings" not in point.text, point.text
