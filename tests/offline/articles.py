"""Fictional articles for the offline engine's tests (invented country, people and outlets)."""

from __future__ import annotations

from datetime import date

from summarizer.schema import Article

PUBLISHED = date(2025, 3, 5)  # a Wednesday

WIRE = "\n\n".join([
    (
        'Dockworkers at the Port of Marenza ended a nine-day strike on Monday after the government agreed to '
        'raise wages by 12 percent, the Port Authority said.'
    ),
    (
        'Finance Minister Ngozi Okafor said the strike had cost the economy about $3.2 million a day. "We '
        'will not negotiate under threat," Okafor said in an interview. "The port must reopen."'
    ),
    (
        '“This is a fight for our families,” said Tomas Brenn, the leader of the Velorian Dockworkers Union '
        '(VDU). The VDU says 1,200 workers joined the walkout, which began on 22 February 2025.'
    ),
    (
        'Ada Bello, a spokeswoman for the ministry, said the offer was final. According to Bello, the '
        'treasury “cannot pay a single velor more” this year.'
    ),
    (
        'The deal was signed after a long night of talks, Okafor said in a statement. "Nobody won this '
        'dispute. We simply stopped losing."'
    ),
    (
        'Union members called the agreement "historic" but said they would watch how it is applied. Brenn '
        'said the union had warned the government last month.'
    ),
    (
        'Twelve cargo ships were reportedly waiting offshore on Tuesday, though officials did not confirm the'
        ' figure. According to The Lorant Courier, the cabinet met earlier this year to discuss port reform.'
    ),
]) + "\n"


def wire(published: date | None = PUBLISHED) -> Article:
    return Article(id="S1", uri="mem://wire", text=WIRE, published=published)


def article(text: str, published: date | None = PUBLISHED, source: str = "S1") -> Article:
    return Article(id=source, uri=f"mem://{source}", text=text, published=published)
