"""A machine-translated style article: day-first numeric dates and a quote in a second wording."""

from __future__ import annotations

from datetime import date

from summarizer.extract.offline import extract_offline
from summarizer.text import normalize
from tests.offline.articles import article, wire

# Stilted translation: day-first dates, "declared" for said, the minister's quote worded differently.
TRANSLATED = """The strike of the port workers of Marenza is finished since the 03/03/2025, informed the Port Authority.

The strike had started the 22/02/2025 and has blocked 12 ships in the roadstead. The workers obtained an increase of 12 per cent.

"We will not negotiate under the threat," declared the Minister of Finance, Ngozi Okafor. She added: "The port must open again."

According to the union VDU, the next assembly is on 10/03/2025.
"""


def test_day_first_dates_are_read_day_first() -> None:
    events = extract_offline(article(TRANSLATED, date(2025, 3, 5), "S3")).events
    dates = [e.date for e in events]
    assert "2025-03-03" in dates
    assert "2025-02-22" in dates  # 22/02 can only be day-first, and it sets the order for 03/03 and 10/03
    assert "2025-03-10" in dates


def test_quote_in_second_wording_keeps_speaker_and_role() -> None:
    quotes = extract_offline(article(TRANSLATED, date(2025, 3, 5), "S3")).quotes
    threat = next(q for q in quotes if "negotiate" in q.text)
    assert threat.speaker == "Ngozi Okafor"
    assert threat.speaker_role is not None and "Minister of Finance" in threat.speaker_role
    reopen = next(q for q in quotes if "open again" in q.text)
    assert reopen.speaker == "Ngozi Okafor"


def test_two_wordings_of_one_quote_share_speaker_and_words() -> None:
    original = next(q for q in extract_offline(wire()).quotes if "negotiate" in q.text)
    translated = next(q for q in extract_offline(article(TRANSLATED, date(2025, 3, 5), "S3")).quotes
                      if "negotiate" in q.text)
    assert original.speaker == translated.speaker
    assert normalize(original.text) != normalize(translated.text)
    shared = set(normalize(original.text).split()) & set(normalize(translated.text).split())
    assert {"we", "will", "not", "negotiate", "threat"} <= shared


def test_translated_numbers_are_values() -> None:
    claims = extract_offline(article(TRANSLATED, date(2025, 3, 5), "S3")).claims
    blocked = next(c for c in claims if "blocked" in c.text)
    assert any(q.value == 12 and q.unit == "ships" for q in blocked.quantities)
    raised = next(c for c in claims if "increase" in c.text)
    assert any(q.value == 12 and q.unit == "%" for q in raised.quantities)
