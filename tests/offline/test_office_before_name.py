"""A body's name before an office and a person ("Harbour Board Counsel Ivo Crane"), and a preposition opening a
sentence before a body ("Outside the Town Hall, …"), made one organisation of the whole run on real news ("White
House Counsel Don McGahn", "Outside the White House" listed as aliases of the White House). And a person named with
a generational suffix in one source ("Ivo P. Crane III") was not joined to the plain name in another. Invented."""

from __future__ import annotations

from summarizer import summarize
from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article


def test_an_office_after_a_bodys_name_is_the_persons_title() -> None:
    text = ("The letter was sent to Harbour Board Counsel Ivo Crane in January. The Harbour Board said nothing.\n\n"
            "Outside the Town Hall, the protest grew. Inside the Town Hall, the council met.")
    found = {e.name: (e.type, e.roles) for e in extract_offline(Article(id="S1", uri="x.txt", text=text)).entities}
    assert found["Ivo Crane"] == ("person", ["Harbour Board Counsel"])
    assert "Harbour Board" in found and "Town Hall" in found
    assert not [n for n in found if n.startswith(("Outside", "Inside", "Harbour Board Counsel"))]


def test_a_suffixed_name_joins_the_plain_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text("Quay inquiry widens\n\nThe inquiry of Ivo P. Crane III into the quay collapse, "
                                    "which the council ordered in a long and unusually public meeting last spring, widened "
                                    "on Monday.\n")
    (tmp_path / "b.txt").write_text("Inquiry into quay widens\n\nSpecial Counsel Ivo Crane widened his inquiry into the "
                                    "quay collapse on Monday.\n")
    briefing = summarize([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], backend="offline")
    cranes = [e for e in briefing.entities if "Crane" in e.name or any("Crane" in a for a in e.aliases)]
    assert len(cranes) == 1 and cranes[0].type == "person"
