"""The reference date of undated articles: --date, else the cluster's publication dates, else a dateline;
the briefing's warnings say which date was assumed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.extract.reference import assume_reference_dates
from summarizer.schema import Article

UNDATED = "The harbour of Lorant will reopen on Friday, the port authority said."


def _article(source: str, text: str, published: date | None = None) -> Article:
    return Article(id=source, uri=f"mem://{source}", text=text, published=published)


def test_an_undated_article_takes_the_latest_date_of_the_cluster() -> None:
    articles = [_article("S1", UNDATED), _article("S2", "Cranes stood idle.", date(2031, 5, 12)),
                _article("S3", "Ships waited.", date(2031, 5, 13))]
    warnings = assume_reference_dates(articles)
    assert articles[0].reference_date == date(2031, 5, 13) and articles[0].published is None
    assert warnings and warnings[0].source == "S1" and warnings[0].kind == "date" and "2031-05-13" in warnings[0].message


def test_a_dateline_dates_an_article_when_nothing_else_does() -> None:
    articles = [_article("S1", "LORANT, 12 May 2031 - " + UNDATED)]
    assume_reference_dates(articles)
    assert articles[0].reference_date == date(2031, 5, 12)


def test_with_no_evidence_nothing_is_assumed_and_the_warning_says_so() -> None:
    articles = [_article("S1", UNDATED)]
    (warning,) = assume_reference_dates(articles)
    assert articles[0].reference_date is None and "--date" in warning.message and warning.kind == "date"


def test_the_date_option_resolves_weekdays_and_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Port reopens\n\n" + UNDATED + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["brief", str(path), "--backend", "offline", "--date", "2031-05-14",
                                      "--format", "json", "-q"])
    assert result.exit_code == 0, result.output
    briefing = json.loads(result.stdout)
    assert any(w["kind"] == "date" and "2031-05-14" in w["message"] and "--date" in w["message"] for w in briefing["warnings"])
    assert any(entry["date"] == "2031-05-16" for entry in briefing["timeline"])


def test_a_bad_date_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(UNDATED + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["brief", str(path), "--date", "May 14", "-q"])
    assert result.exit_code == 2


def test_with_no_publication_dates_an_article_borrows_another_reports_dateline() -> None:
    articles = [_article("S1", UNDATED), _article("S2", "LORANT, 12 May 2031 - Cranes stood idle."),
                _article("S3", "LORANT, 14 May 2031 - Ships waited.")]
    warnings = assume_reference_dates(articles)
    assert [a.reference_date for a in articles] == [date(2031, 5, 14), date(2031, 5, 12), date(2031, 5, 14)]
    assert "dateline of the other articles" in warnings[0].message


def test_a_date_naming_a_past_happening_is_no_dateline() -> None:
    # 'the 20th anniversary of the Oct. 4, 2011 bombing' says when the bombing was, not when this was written.
    articles = [_article("S1", "The Lorant port museum marked the 20th anniversary of the Oct. 4, 2011 bombing "
                               "with a vigil on Saturday. " + UNDATED)]
    (warning,) = assume_reference_dates(articles)
    assert articles[0].reference_date is None and "--date" in warning.message


def test_a_date_bounding_what_is_told_is_no_dateline() -> None:
    articles = [_article("S1", "The port released a report on Saturday on repairs made before March 3, 2031. " + UNDATED)]
    (warning,) = assume_reference_dates(articles)
    assert articles[0].reference_date is None and "--date" in warning.message
