"""A quotation of several sentences is one sentence of the text (invented text): cut at its inner stops, one piece
would open a quotation it never closes and the next close one it never opened, and a key point made of either would
show a stray mark. A quotation left open to the paragraph's end (a speech running on into the next paragraph) and a
line break in a page's text (its paragraphs) are still cut; a text wrapped at a width is read across its breaks."""

from __future__ import annotations

from summarizer.extract.offline.engine import extract_offline
from summarizer.schema import Article
from summarizer.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def _balanced(sentence: str) -> bool:
    return sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0


def test_a_quotation_of_two_sentences_is_not_cut_inside() -> None:
    text = ('The lock keeper, Ivar Mendes-Holt, said: "The gates held for ninety years. Tonight they did not." '
            "The canal stays shut until Friday. “We heard it go. Then the water came,” a boatman said. Nobody was hurt.")
    assert _sentences(text) == ['The lock keeper, Ivar Mendes-Holt, said: "The gates held for ninety years. Tonight they did not."',
                                "The canal stays shut until Friday.", "“We heard it go. Then the water came,” a boatman said.",
                                "Nobody was hurt."]


def test_a_quotation_open_to_the_paragraphs_end_or_across_a_line_is_still_cut() -> None:
    running = "“The canal will reopen. We owe that to the boat families.\n\n“And we will pay for the repairs,” she said."
    assert _sentences(running)[:2] == ["“The canal will reopen.", "We owe that to the boat families."]
    lines = "She said: “The canal will reopen. We owe that to them.\nThe repairs,” she added, “are paid for.”"
    assert _sentences(lines)[0] == "She said: “The canal will reopen."


def test_claims_of_a_multi_sentence_quotation_show_balanced_marks() -> None:
    text = ("The Harlow Cut canal was closed on Monday after a lock gate failed near Dunmere, the waterways trust said.\n\n"
            'Ivar Mendes-Holt, the lock keeper, said: "The gates held for ninety years. Tonight they did not, and the whole '
            'flight drained in an hour."\n\n'
            "The trust said repairs would cost about 2 million pounds and take until March.")
    claims = extract_offline(Article(id="S1", uri="x.txt", text=text)).claims
    assert any("flight drained" in claim.text for claim in claims)
    assert all(_balanced(claim.text) for claim in claims)


def test_a_quotation_across_the_breaks_of_a_text_wrapped_at_a_width_is_whole() -> None:
    text = ('The chief executive said in a statement that the results were in line with guidance: "We had a\n'
            'strong quarter. Our mills ran at full capacity and we will move quickly." The shares rose 4 percent on\n'
            "the news in early trading on Tuesday morning, the exchange said in a note to its members.\n"
            "Analysts had expected a loss of two cents a share on revenue of about one billion and a\n"
            "half, according to the consensus of the firms that cover the stock for the market.\n")
    assert all(_balanced(sentence) for sentence in _sentences(text))
