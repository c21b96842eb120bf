"""The bad-input corpus, written by code so every byte of each case is visible in review."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

GOOD = ("Bridge closed in Orvel\n\nThe bridge in Orvel closed on Friday after engineers found a crack in its "
        "main span, the city said. \"It is unsafe,\" said Mayor Ana Pell.\n")
ACCENTED = ("Café reopens in Brühl\n\nThe café in Brühl reopened on Monday after a fire, its owner Zoë Müller "
            "said. A coffee now costs 5 € there, she said.\n")
GERMAN = ("Brücke in Orvel gesperrt\n\nDie Brücke in Orvel ist seit Freitag gesperrt, nachdem Ingenieure einen "
          "Riss in der Hauptspannweite gefunden hatten, teilte die Stadt mit. Die Bürgermeisterin Ana Pell sagte, "
          "die Reparatur werde mehrere Wochen dauern und sei noch nicht finanziert.\n")
NO_ARTICLE_HTML = ("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News"
                   "</a></nav><footer>© Orvel Times</footer></body></html>")
ARTICLE_HTML = ("<html><head><title>Orvel bridge</title></head><body><article><h1>Orvel bridge closed</h1><p>The "
                "bridge in Orvel closed on Friday after engineers found a crack in its main span, the city said on "
                "Saturday. Repairs are expected to take several weeks, officials said.</p></article></body></html>")
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4

ENCODED = {
    "latin1.txt": ACCENTED.replace("€", "EUR").encode("latin-1"),
    "cp1252.txt": ACCENTED.encode("cp1252"),
    "utf16.txt": ACCENTED.encode("utf-16"),  # with BOM
    "utf16be_nobom.txt": ACCENTED.encode("utf-16-be"),
    "utf8bom.txt": codecs.BOM_UTF8 + ACCENTED.encode("utf-8"),
}


def write_mixed_folder(root: Path) -> Path:
    """A folder as an editor's downloads look: articles of every format, plus things that are not."""
    folder = root / "mixed"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.md").write_text("# Ferry cancelled\n\nThe ferry to Lannis was cancelled on Sunday because of "
                                 "high winds, the operator said.\n", encoding="utf-8")
    (folder / "sub" / "c.html").write_text(ARTICLE_HTML.replace("Friday", "Thursday"), encoding="utf-8")
    (folder / "d.jsonl").write_text(json.dumps({"text": "Traffic in Orvel backed up for six kilometres on "
                                                        "Saturday after the bridge closure, police said."}) + "\n",
                                    encoding="utf-8")
    (folder / "photo.png").write_bytes(BINARY)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n" + BINARY)
    (folder / ".DS_Store").write_bytes(BINARY)
    (folder / "empty.txt").write_bytes(b"")
    return folder
