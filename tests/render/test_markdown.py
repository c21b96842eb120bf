"""The Markdown briefing: citations, a discrepancies table, sources last, and nothing from articles as markup."""

from __future__ import annotations

import re

from summarizer.render.markdown import md, render_markdown
from summarizer.schema import Briefing


def test_structure_reads_top_down_with_sources_last(briefing: Briefing) -> None:
    text = render_markdown(briefing)
    assert text.startswith("# Tessel harbour reopens after four-day closure\n")
    headings = re.findall(r"^## (.+)$", text, re.M)
    assert headings == ["Key points", "Where sources disagree", "Timeline", "Quotes", "People and organisations",
                        "Warnings", "Sources"]
    sources = text.split("## Sources\n", 1)[1]
    assert [line[:10] for line in sources.strip().splitlines()] == ["- **[S1]**", "- **[S2]**", "- **[S3]**"]


def test_key_points_cite_sources_and_say_how_corroborated(briefing: Briefing) -> None:
    text = render_markdown(briefing)
    assert ("- The harbour of Tessel reopened on Tuesday after a four-day closure. [S1, S2] "
            "_(2 independent sources, per the harbour board)_") in text
    assert "[S2] _(single source)_" in text


def test_discrepancies_are_a_table_one_row_per_position(briefing: Briefing) -> None:
    rows = [line for line in render_markdown(briefing).splitlines() if line.startswith("| ")]
    assert rows[0] == "| Subject | Position | Sources |"
    assert rows[1] == "| **Boats that returned** (number) | about 300 | [S1] |"
    assert rows[2].startswith("|  | 500 \\<script\\>") and rows[2].endswith("| [S2] |")
    assert len(rows) == 5


def test_quotes_grouped_by_speaker_with_variants(briefing: Briefing) -> None:
    text = render_markdown(briefing)
    assert text.count("**Ines Kolar**, harbourmaster") == 1
    assert "> “We are open for business again,” [S1, S2]" in text
    assert "> also worded: “We are open again,” [S2]" in text
    assert "**Unattributed**" in text


def test_entities_cite_once(briefing: Briefing) -> None:
    text = render_markdown(briefing)
    assert "- **Ines Kolar** (also: Kolar): harbourmaster [S1]\n" in text
    assert "- **Tessel Harbour Board** [S1]\n" in text
    assert "**Tessel**\n" not in text and "- **Tessel** " not in text  # places are not people


def test_article_markup_is_inert(briefing: Briefing) -> None:
    text = render_markdown(briefing)
    # Every "<" is escaped except in our own autolink: no raw HTML reaches a CMS.
    assert re.findall(r"(?<!\\)<(?!https://tessel)", text) == []
    assert "\\<script\\>" in text and "\\<img src=x" in text
    assert "<javascript:" not in text and "javascript:window.\\_\\_pwned=1" in text
    assert "<https://tessel.example/harbour>" in text
    assert "**FAILED**: empty file" in text
    assert md("see [this](http://x) *now*") == "see \\[this\\](http://x) \\*now\\*"


def test_disagreements_and_warnings_come_first_in_one_line_each(briefing: Briefing) -> None:
    text = render_markdown(briefing)
    top = text.split("## Key points", 1)[0]
    assert top.index("Reports differ on how many boats returned.") < top.index("**Sources disagree on 2 points:**")
    lines = top.split("**Sources disagree on 2 points:**\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert lines == ["- Boats that returned — about 300 [S1] vs 500 \\<script\\>window.\\_\\_pwned=1\\</script\\> [S2]",
                     "- Cost of repairs — 2 million florins [S1] vs 3 million florins [S2]"]
    assert "**Check before use:**\n\n- [S2] instruction-like text in the article" in top
    assert "- [S3] missing.txt failed: empty file" in top
    assert "\\<img src=x" in top  # the quoted article markup stays inert
    # The full table and the full warnings stay in their sections.
    assert "| **Cost of repairs** (number) | 2 million florins | [S1] |" in text
    assert text.split("## Warnings", 1)[1].count("instruction-like text") == 1


def test_no_summary_when_sources_agree(briefing: Briefing) -> None:
    text = render_markdown(briefing.model_copy(update={"discrepancies": [], "warnings": [], "sources": []}))
    assert "Sources disagree" not in text and "Check before use" not in text
    assert "## Where sources disagree" not in text


def test_a_copy_of_a_quote_is_no_other_wording_but_each_rewording_is_shown_once(briefing: Briefing) -> None:
    """Outlets copying a quote differ only in a closing full stop, case or quote marks: no reader calls that
    a rewording. A real rewording is shown once, with every source that words it so."""
    from summarizer.render._html_sections import Chips, render_quotes
    from summarizer.schema import MergedQuote, QuoteVariant

    def variant(source: str, text: str) -> QuoteVariant:
        return QuoteVariant(source=source, text=text, start=0, end=len(text), speaker="Ines Kolar")

    quote = MergedQuote(speaker="Ines Kolar", text="The quay is safe again.", sources=["S1", "S2", "S3", "S4"],
                        variants=[variant("S1", "The quay is safe again."), variant("S2", "the quay is safe again"),
                                  variant("S3", "The quay is once more safe,"), variant("S4", "The quay is once more safe")])
    text = render_markdown(briefing.model_copy(update={"quotes": [quote]}))
    assert text.count("also worded") == 1
    assert "> also worded: “The quay is once more safe,” [S3, S4]" in text
    html = render_quotes(briefing.model_copy(update={"quotes": [quote]}), Chips({}, {}))
    assert html.count("<li>") == 1 and "once more safe" in html and "the quay is safe again" not in html
