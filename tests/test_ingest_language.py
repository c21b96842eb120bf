"""Language labels and legacy encodings on invented text: Northern and Eastern European languages are
labelled, the shipped model loads with no network, and cp1251 / Shift-JIS files are not mojibake."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from summarizer.ingest import language, load_inputs
from summarizer.ingest.language import detect_language

TEXTS = {
    "sv": "Hamnarbetarna i Lorant lade ner arbetet på måndagen, och facket sade att strejken ska pågå tills lönerna höjs.",
    "da": "Havnearbejderne i Lorant nedlagde arbejdet mandag, og fagforeningen sagde, at strejken fortsætter.",
    "pl": "Dokerzy w porcie Lorant przerwali w poniedziałek pracę, a związek zapowiedział, że strajk potrwa dłużej.",
    "ro": "Docherii din portul Lorant au oprit lucrul luni, iar sindicatul a declarat că greva va continua.",
    "ru": "Докеры порта Лорант в понедельник прекратили работу, а профсоюз заявил, что забастовка продлится.",
    "en": "Dockworkers in the port of Lorant walked off the job on Monday, and the union said the strike would go on.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_languages_are_labelled(code: str) -> None:
    assert detect_language(TEXTS[code]) == code


def test_too_little_text_gets_no_label() -> None:
    assert detect_language("Lorant, 12.") is None


def test_the_model_loads_from_the_package_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    language._identifier.cache_clear()
    assert detect_language(TEXTS["da"]) == "da"


@pytest.mark.parametrize(("encoding", "code"), [("cp1251", "ru"), ("shift_jis", "ja")])
def test_legacy_non_western_encodings_decode(tmp_path: Path, encoding: str, code: str) -> None:
    text = {"ru": TEXTS["ru"] + " " + TEXTS["ru"],
            "ja": "ロラント港の港湾労働者は月曜日に仕事を止め、国内最大の港の交通が止まった。"
                  "組合は賃金が上がるまでストを続けると述べた。"}[code]
    path = tmp_path / "a.txt"
    path.write_bytes(f"Headline\n\n{text}\n".encode(encoding))
    (article,) = load_inputs([str(path)]).articles
    assert article.text == text
    assert article.language == code


def test_cp1252_is_still_preferred_for_western_text(tmp_path: Path) -> None:
    text = "Les dockers de Lorant ont cessé le travail lundi, a déclaré le syndicat « à Düsseldorf »."
    path = tmp_path / "a.txt"
    path.write_bytes(f"Grève\n\n{text}\n".encode("cp1252"))
    (article,) = load_inputs([str(path)]).articles
    assert article.text == text and article.title == "Grève"


@pytest.mark.parametrize("encoding", ["cp1250", "iso8859_2"])
def test_polish_in_a_central_european_charset_decodes(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(f"Strajk\n\n{TEXTS['pl']}\n".encode(encoding))
    (article,) = load_inputs([str(path)]).articles
    assert article.text == TEXTS["pl"]
    assert article.language == "pl"


@pytest.mark.parametrize("text", [
    # Near-misses: Western text whose symbols sit where Central European letters would, kept as cp1252.
    "O sindicato do porto de Lorant parou o trabalho na segunda-feira, nº 5 pela 1ª vez, ¿por qué? disse.",
    "Hafnarverkamenn í Lorant lögðu niður störf á mánudag, sagði stéttarfélagið um Alþingi og það.",
    "Die Hafenarbeiter streikten am Montag auf 3½ km Kai bei 20°C, sagte die Gewerkschaft.",
    # Near-misses of the Cyrillic, Czech and Romanian readings below: Western accents, kept as cp1252.
    "Il traghetto si è arenato lunedì vicino al porto. Perché nessuno è rimasto ferito, la riparazione durerà così.",
    "Færgen Marlow gik på grund mandag nær havnen i Dunmore. Ifølge kaptajnen kom ingen til skade.",
    "Le ferry s'est échoué près du port. Selon le capitaine, personne n'a été blessé à bord, déjà réparé.",
])
def test_western_symbols_and_accents_keep_cp1252(tmp_path: Path, text: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(f"Strike\n\n{text}\n".encode("cp1252"))
    (article,) = load_inputs([str(path)]).articles
    assert article.text == text


@pytest.mark.parametrize(("encoding", "text", "code"), [
    # A short KOI8-R text sniffs as Shift-JIS (half-width katakana); read as cp1251 its letters flip case.
    ("koi8_r", "Паром сел на мель у причала в Тарвии, сообщил капитан.", "ru"),
    ("koi8_r", "Власти города Тарвия заявили в понедельник, что паром сел на мель у причала. По словам капитана, "
               "никто не пострадал, а ремонт займёт две недели.", "ru"),
    # Czech in cp1250 read as cp1252 stays letters ("pondìlí"), with no mark to give it away.
    ("cp1250", "Přístav Dunmore zůstane zavřený až do čtvrtka, řekl kapitán.", "cs"),
    ("cp1250", "Trajekt Marlow najel v pondělí na mělčinu u přístavu Dunmore. Podle kapitána nebyl nikdo zraněn, "
               "oprava však potrvá dva týdny.", "cs"),
    # Romanian in ISO-8859-16: comma-below ș and ț, which cp1250 reads as ş and ţ.
    ("iso8859_16", "Feribotul Marlow a eșuat luni în apropierea portului Dunmore. Potrivit căpitanului, nimeni nu a "
                   "fost rănit, însă reparațiile vor dura două săptămâni și portul rămâne închis.", "ro"),
])
def test_cyrillic_czech_and_romanian_charsets_decode(tmp_path: Path, encoding: str, text: str, code: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(f"Headline\n\n{text}\n".encode(encoding))
    (article,) = load_inputs([str(path)]).articles
    assert article.text == text
    assert article.language == code
