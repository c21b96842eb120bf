"""Bytes to text: news files arrive in UTF-8, UTF-16, cp1252 or Latin-1, and must be read, not rejected."""

from __future__ import annotations

import codecs

from summarizer.errors import InputError


def decode_bytes(data: bytes, uri: str) -> str:
    """Decode with BOM sniffing, then UTF-8, then cp1252/Latin-1; refuse binary data by name."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if _looks_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\x00" else "utf-16-be", errors="replace")
    if b"\x00" in data[:8192]:
        raise InputError(uri, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 100):
        text = data.decode("latin-1")
    control = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > max(8, len(text[:8192]) // 50):
        raise InputError(uri, "binary file, not text")
    return text


def _looks_utf16(data: bytes) -> bool:
    # UTF-16 without a BOM: every other byte is NUL for ASCII-heavy text.
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even, odd) > half * 0.4 and min(even, odd) < half * 0.05
