"""A role's qualifier is read from the text in front of the name, wherever the name is in a long article."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from summarizer.merge.written_roles import as_written
from summarizer.schema import EntityRole

_TOKENS = ["President", "president", "Former", "former", "acting", "ex-", "Doe", "Jane", " ", " ", ", ", "the ",
           "said", "x" * 30]


def _reference(role: EntityRole, name: str, texts: dict[str, str]) -> EntityRole:
    """The plain scan over the whole text that ``as_written`` must agree with."""
    from summarizer.merge.written_roles import _qualifier

    words = re.escape(role.role)
    found: set[str] = set()
    for source in role.sources:
        text = texts.get(source, "")
        surname = re.compile(rf"\b{re.escape(name.split()[-1])}")  # a name is read where a word starts, not in 'PresidentDoe'
        hits = [m for m in re.finditer(rf"\b{words}\b", text, re.IGNORECASE)
                if surname.search(text[m.end() : m.end() + 60])]
        qualifiers = {_qualifier(text[max(0, m.start() - 12) : m.start()]) for m in hits}
        if not hits or "" in qualifiers:
            return role
        found |= qualifiers
    if len(found) != 1:
        return role
    qualifier = "former" if found == {"then"} else next(iter(found))
    return EntityRole(role=f"{qualifier} {role.role}", sources=role.sources)


@given(st.lists(st.sampled_from(_TOKENS), max_size=40), st.lists(st.sampled_from(_TOKENS), max_size=40))
def test_same_reading_as_a_whole_text_scan(first: list[str], second: list[str]) -> None:
    texts = {"S1": "".join(first), "S2": "".join(second)}
    role = EntityRole(role="President", sources=["S1", "S2"])
    assert as_written(role, "Jane Doe", texts) == _reference(role, "Jane Doe", texts)


def test_the_qualifier_before_a_late_mention_is_found() -> None:
    filler = "The council met and nothing of note happened. " * 2000
    texts = {"S1": filler + "Former President Jane Doe spoke.", "S2": "Jane Doe, former President Jane Doe, said."}
    role = EntityRole(role="President", sources=["S1", "S2"])
    assert as_written(role, "Jane Doe", texts).role == "former President"
