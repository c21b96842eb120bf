"""Each block of an HTML page is a line of the article text, and a line with no closing stop (a standfirst,
a caption) ends its sentence: no sentence runs across two blocks."""

from __future__ import annotations

from pathlib import Path

from summarizer.extract.offline import extract_offline
from summarizer.ingest import load_inputs

_PAGE = """<html><head><title>Otters return to the Vell</title></head><body><article>
<h1>Otters return to the Vell</h1>
<p class="standfirst">A family of four seen below the old weir for the first time in decades</p>
<p class="byline">By Marta Quennell</p>
<p>Rangers at the Vell Valley reserve confirmed on Tuesday that a family of otters has settled below the
old weir, the first breeding pair recorded on the river since 1987.</p>
<p>The reserve's warden, Tobin Ashcroft, said the animals had been filmed on three nights in a row.
"We waited thirty years for this," Ashcroft said.</p>
<p>"Nobody here is sleeping much," he added.</p>
<p>Anglers have been asked to keep their dogs on leads along the east bank until the end of the month.</p>
</article></body></html>"""


def test_a_block_with_no_closing_stop_is_no_part_of_the_next_sentence(tmp_path: Path) -> None:
    path = tmp_path / "otters.html"
    path.write_text(_PAGE, encoding="utf-8")
    article = load_inputs([str(path)]).articles[0]
    visible = [" ".join(p.split()) for p in article.text.split("\n")]
    claims = extract_offline(article).claims
    for claim in claims:  # every claim's evidence is one continuous passage of one block of the page
        assert claim.span is not None
        assert any(" ".join(claim.span.text.split()) in block for block in visible), claim.span.text
    assert not any("decades" in c.text and "Rangers" in c.text for c in claims)
    quotes = {q.text: q.speaker for q in extract_offline(article).quotes}
    assert quotes["Nobody here is sleeping much"] == "Tobin Ashcroft"
