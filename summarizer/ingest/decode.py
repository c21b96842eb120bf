"""Bytes to text: news files arrive in UTF-8, UTF-16, cp1252, Latin-1 or a national charset, and must be read.

A charset the container declares (HTTP ``Content-Type``, an HTML ``<meta>``) is used when it decodes
cleanly; otherwise the bytes are sniffed. A UTF-8 file with a few bad bytes stays UTF-8 (the bad bytes
become U+FFFD and a warning says how many) instead of turning the whole file into cp1252 mojibake.
Control characters (NUL, terminal escapes) never get past this point: they are not news, and a NUL or
an ESC in an output file or on a terminal does harm.
"""

from __future__ import annotations

import codecs
import itertools
import re

from summarizer.errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Valid multi-byte UTF-8 sequences almost never occur by chance in cp1252 text: when they outnumber
# the invalid bytes, the file is damaged UTF-8, not a legacy encoding.
_MAX_BAD_SHARE = 1.0
_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def decode_bytes(data: bytes, uri: str, declared: str | None = None, warnings: list[str] | None = None) -> str:
    """Decode with BOM sniffing, the declared charset, then UTF-8, then cp1252/Latin-1; refuse binary data."""
    return _CONTROL.sub("", _decode(data, uri, declared, warnings))


def _decode(data: bytes, uri: str, declared: str | None, warnings: list[str] | None) -> str:
    marked = _by_byte_order(data)
    if marked is not None:
        return marked
    if b"\x00" in data[:8192]:
        raise InputError(uri, "binary file, not text")
    for charset in (declared, _meta_charset(data)):
        text = _try_charset(data, charset)
        if text is not None:
            return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        text, bad = damaged
        if warnings is not None:
            warnings.append(f"{uri}: {bad} byte(s) are not valid UTF-8; shown as \ufffd")
        return text
    return _single_byte(data, uri)


def _by_byte_order(data: bytes) -> str | None:
    """UTF-8 or UTF-16 text its byte order mark (or UTF-16's zero bytes) announces; None otherwise."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if _looks_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", errors="replace")
    return None


def _single_byte(data: bytes, uri: str) -> str:
    """Bytes that are not UTF-8: cp1252, or the charset they sniff as when cp1252 makes mojibake, else
    Latin-1; refused when even that reads as control characters (binary data)."""
    text = data.decode("cp1252", errors="replace")
    if _not_western(text):
        sniffed = _least_odd([reading for reading in (_sniffed(data), *_cyrillic(data)) if reading is not None])
        if sniffed is not None:
            return sniffed
    elif _central_marks(text) >= _MIN_CENTRAL_MARKS:
        return _as_romanian(data, _central_reading(data, text))
    elif _NON_ASCII.search(text):
        central = _central_by_language(data, text)
        if central is not None:
            return central
    if text.count("\ufffd") > max(8, len(text) // 100):
        text = data.decode("latin-1")
    control = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > max(8, len(text[:8192]) // 50):
        raise InputError(uri, "binary file, not text")
    return text


# Western European text read as cp1252 is mostly ASCII letters with a few accented ones; Cyrillic in
# cp1251 or Japanese in Shift-JIS read as cp1252 is mostly accented letters, symbols and holes.
_MAX_WESTERN_ODD_SHARE = 0.3
_WESTERN = frozenset(["cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "ascii", "utf_8", "cp850"])


def _not_western(text: str) -> bool:
    sample = text[:20000]
    letters = sum(1 for c in sample if c.isalpha())
    odd = sum(1 for c in sample if ord(c) > 0x7F and not c.isspace())
    return letters > 0 and odd > _MAX_WESTERN_ODD_SHARE * letters


# Polish or Romanian in cp1250 / ISO-8859-2 / -16, read as cp1252, is mostly ASCII too, but letters with an
# ogonek, a stroke, a dot or a cedilla land on cp1252's symbols: "Rz¹d og³osi³ ¿e" (Rząd ogłosił że), "ºi"
# (şi). A symbol between two letters, or a º ¹ ³ opening a lowercase word, is no Western spelling ("Nº 5",
# "1ª", "¿qué", "3½" keep theirs). charset_normalizer guesses short texts of this kind wrong (cp1257), so the
# Central European charsets are tried and the one leaving fewest such marks is kept.
_CENTRAL_MARKS = re.compile(r"(?<=[^\W\d_])[\u00a1-\u00bf](?=[^\W\d_])|(?<![^\W\d_])[\u00b9\u00b3\u00ba](?=[a-z])")
_MIN_CENTRAL_MARKS = 2
_CENTRAL_CHARSETS = ("cp1250", "iso8859_2", "iso8859_16")


def _central_marks(text: str) -> int:
    return len(_CENTRAL_MARKS.findall(text[:20000]))


def _central_reading(data: bytes, western: str) -> str:
    """The Central European reading with the fewest marks, if it has fewer than the cp1252 one."""
    best, marks = western, _central_marks(western)
    for charset in _CENTRAL_CHARSETS:
        text = data.decode(charset, errors="replace")
        found = _central_marks(text) + text.count("\ufffd")
        if found < marks:
            best, marks = text, found
    return best


def _sniffed(data: bytes) -> str | None:
    """charset_normalizer's reading of bytes that cp1252 turns into mojibake (cp1251, Shift-JIS, GB18030…)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding.replace("-", "_").lower() in _WESTERN:
        return None
    try:
        return data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return None


# Russian and Ukrainian arrive in cp1251 or KOI8-R; each read as the other (or as Shift-JIS, which a short
# KOI8-R text sniffs as) is letters of the wrong case inside words or half-width katakana.
_CYRILLIC_CHARSETS = ("cp1251", "koi8_r")
_ODD_SAMPLE = 20000


def _cyrillic(data: bytes) -> list[str]:
    return [data.decode(charset, errors="replace") for charset in _CYRILLIC_CHARSETS]


def _oddities(text: str) -> int:
    """Signs of a wrong charset: holes, half-width katakana, and a capital right after a small letter ("чМБУФЙ")."""
    sample = text[:_ODD_SAMPLE]
    flips = sum(1 for a, b in itertools.pairwise(sample) if a.islower() and b.isupper())
    return sample.count("\ufffd") + sum(1 for c in sample if "\uff61" <= c <= "\uff9f") + flips


def _least_odd(readings: list[str]) -> str | None:
    """The reading with the fewest oddities; the first (charset_normalizer's) on a tie."""
    return min(readings, key=_oddities) if readings else None


# Czech or Slovak in cp1250 read as cp1252 stays letters ("pondìlí" for pondělí, "pøístav" for přístav), so no
# mark gives it away; the language identifier does: it reads the right charset as Czech with more confidence.
# A Central European reading is kept only when it reads as a Central European language, at least as surely.
_CENTRAL_LANGUAGES = frozenset(["cs", "sk", "pl", "hu", "ro", "sl", "hr", "bs"])
_CENTRAL_ONLY = re.compile("[\u0100-\u017f\u0218-\u021b]")  # ě ř ů ł ő ă ș …: letters cp1252 cannot write


def _central_by_language(data: bytes, western: str) -> str | None:
    from summarizer.ingest.language import language_guess

    central = data.decode("cp1250", errors="replace")
    if "\ufffd" in central or not _CENTRAL_ONLY.search(central):
        return None
    label, confidence = language_guess(central)
    _, western_confidence = language_guess(western)
    if label not in _CENTRAL_LANGUAGES or confidence < western_confidence:
        return None
    return _as_romanian(data, central)


def _as_romanian(data: bytes, text: str) -> str:
    """Romanian is written with comma-below ș and ț, which ISO-8859-16 has and cp1250 lacks (its ş and ţ sit at
    the same bytes): Romanian text is read in ISO-8859-16 when that decodes it."""
    if not re.search("[şţŞŢșțȘȚ]", text):
        return text
    from summarizer.ingest.language import language_guess

    if language_guess(text)[0] != "ro":
        return text
    try:
        romanian = data.decode("iso8859_16")
    except UnicodeDecodeError:
        return text
    return text if _CONTROL.search(romanian) else romanian


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match[1].decode("ascii") if match else None


def _try_charset(data: bytes, charset: str | None) -> str | None:
    """The declared charset if it is known and decodes the bytes cleanly; a wrong label is ignored."""
    if not charset:
        return None
    try:
        return data.decode(codecs.lookup(charset.strip().lower()).name)
    except (LookupError, UnicodeDecodeError):
        return None


def _damaged_utf8(data: bytes) -> tuple[str, int] | None:
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(text))
    multibyte = len(_NON_ASCII.findall(text)) - bad
    if multibyte == 0 or bad > _MAX_BAD_SHARE * multibyte:
        return None
    return data.decode("utf-8", errors="replace"), bad


def _looks_utf16(data: bytes) -> bool:
    # UTF-16 without a BOM: every other byte is NUL for ASCII-heavy text.
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even, odd) > half * 0.4 and min(even, odd) < half * 0.05
