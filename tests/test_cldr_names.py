"""CLDR's English names are Babel's, whether Babel gives them in this run or a file an earlier run kept does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from summarizer import cldr_names
from summarizer.dates import order
from summarizer.extract.offline import lexicon


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(tmp_path))
    cldr_names.english_names.cache_clear()
    yield tmp_path
    cldr_names.english_names.cache_clear()


def test_a_later_run_reads_the_kept_names_without_babel(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = cldr_names.english_names()
    assert first == cldr_names.from_babel()
    assert len(list((fresh / "models").glob("cldr-en-*.json"))) == 1
    cldr_names.english_names.cache_clear()

    def refused() -> cldr_names.EnglishNames:
        raise AssertionError("Babel was asked again")

    monkeypatch.setattr(cldr_names, "from_babel", refused)
    assert cldr_names.english_names() == first


def test_an_unwritable_cache_folder_leaves_babel_to_answer(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = fresh / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("SUMMARIZER_CACHE_DIR", str(blocked))
    assert cldr_names.english_names() == cldr_names.from_babel()


def test_a_damaged_file_is_replaced(fresh: Path) -> None:
    cldr_names.english_names()
    kept = next((fresh / "models").glob("cldr-en-*.json"))
    kept.write_text('{"territories": [')
    cldr_names.english_names.cache_clear()
    assert cldr_names.english_names() == cldr_names.from_babel()
    cldr_names.english_names.cache_clear()
    assert cldr_names.english_names() == cldr_names.from_babel()


def test_the_lexicon_and_the_date_order_read_what_babel_gives(fresh: Path) -> None:
    from babel import Locale
    from babel.languages import get_official_languages

    english = Locale("en")
    for cached in (lexicon.territory_names, lexicon._territory_words, lexicon._official_language_names,
                   order._language_codes):
        cached.cache_clear()
    cldr_names.english_names()  # the file is written
    cldr_names.english_names.cache_clear()
    assert lexicon.territory_names() == frozenset(name.lower() for name in english.territories.values())
    codes = {code.split("_")[0] for territory in english.territories for code in get_official_languages(str(territory))}
    names = (str(english.languages.get(code, "")).lower() for code in codes)
    assert lexicon._official_language_names() == frozenset(n for n in names if n.isalpha()) - lexicon._territory_words()[0]
    assert order._language_codes() == {name.lower(): code for code, name in english.languages.items() if "_" not in code}
    assert {"danish", "dutch", "greek"} <= lexicon._official_language_names() and "brazil" in lexicon.territory_names()
