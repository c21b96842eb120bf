"""Sub-headings are lines of their own, never the first words of the sentence below them.

Invented pages and texts (the Lorant port strike); the HTML cases go through trafilatura as a run does.
"""

from __future__ import annotations

from summarizer.ingest.html import extract_html
from summarizer.text import sentence_spans

TEXT = ("Dockworkers at the port of Lorant walked out on Monday, the union said.\n"
        "Talks Stall\n"
        "Union leaders left the meeting after three hours.\n"
        "What comes next\n"
        "The port authority said it would publish a new offer on Friday.")


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_a_heading_line_is_its_own_sentence() -> None:
    assert _sentences(TEXT) == [
        "Dockworkers at the port of Lorant walked out on Monday, the union said.", "Talks Stall",
        "Union leaders left the meeting after three hours.", "What comes next",
        "The port authority said it would publish a new offer on Friday."]


def test_hard_wrapped_text_keeps_its_sentences_whole() -> None:
    wrapped = ("Dockworkers at the port of Lorant walked out on Monday after\n"
               "talks with the port authority broke down over wages and\n"
               "shift patterns, the union said in a statement issued late on\n"
               "Monday. The offer was made by Finance Minister\n"
               "Ngozi Okafor, who said the port must reopen within days and\n"
               "that the government would not raise it again.")
    assert len(_sentences(wrapped)) == 2
    # A line ending in a function word runs on even in unwrapped text.
    assert len(_sentences("The offer was rejected by the\nUnion of Port Workers on Friday.")) == 1


PAGE = """<html><head><title>Port strike talks stall</title></head><body><article>
<h1>Port strike talks stall</h1>
<p>Dockworkers at the port of Lorant walked out on Monday after talks with the port authority broke down
over wages and shift patterns, the union said in a statement.</p>
<h2>Talks Stall</h2>
<p>Union leaders walked out of the meeting after three hours, saying the offer of a 3 percent raise was far
below inflation and would not be put to a vote.</p>
<p><strong>Ships wait</strong> More than 40 ships are anchored off the coast waiting to unload, according to
the harbour master.</p>
<p><strong>Editor's note:</strong> This story was updated with the harbour master's figures.</p>
<p><strong>Ana Lund</strong> said the union would meet again on Friday.</p>
</article></body></html>"""


def test_html_headings_and_bold_run_in_headings_stand_apart() -> None:
    text = extract_html(PAGE, "page.html").text
    sentences = _sentences(text)
    assert "Talks Stall" in sentences and "Ships wait" in sentences
    assert any(s.startswith("Union leaders walked out") for s in sentences)
    assert any(s.startswith("More than 40 ships") for s in sentences)
    # A bold lead ending in punctuation, or running into lowercase, is part of its paragraph.
    assert "Editor's note: This story" in text.replace("\n", " ")
    assert any(s.startswith("Ana Lund said the union") for s in sentences)


def test_a_line_of_spaces_is_no_long_line() -> None:
    """A page's layout can leave a long run of spaces on a line of its own; the splitter read it as a long line
    and failed on its empty last character."""
    from summarizer.text import sentence_spans

    lines = ["The harbour board of Skarnes voted on Monday to close the old ferry quay for repairs", " " * 300,
             "after divers found cracks in two of its concrete piles, a spokeswoman for the board said",
             "on Tuesday, and the ferry to Utvær will berth at the fish landing in the meantime.",
             "Repairs are expected to cost about four million crowns and to take six weeks."]
    text = "\n".join(lines)
    spans = sentence_spans(text)
    assert spans and all(text[s:e].strip() for s, e in spans)
