"""Builders for fictional article sets: text is written as sentences, spans are computed, not typed."""

from __future__ import annotations

from datetime import date

from summarizer.schema import (
    Article,
    ArticleExtraction,
    Claim,
    Entity,
    Event,
    ExtractionRecord,
    Quantity,
    Quote,
    Span,
)


class Doc:
    """An article under construction: sentences appended to its text, items pointing into them."""

    def __init__(self, source: str, language: str = "en", published: date | None = None, at: str | None = None) -> None:
        self.source = source
        self.language = language
        self.published = published
        self.at = at
        self.text = ""
        self.claims: list[Claim] = []
        self.quotes: list[Quote] = []
        self.entities: list[Entity] = []
        self.events: list[Event] = []
        self.copy_of: str | None = None

    def span(self, fragment: str) -> Span:
        start = self.text.index(fragment)
        return Span(source=self.source, start=start, end=start + len(fragment), text=fragment)

    def say(
        self,
        sentence: str,
        *,
        claim: str | None = None,
        hedged: bool = False,
        attribution: str | None = None,
        salience: float = 0.5,
        quantities: list[Quantity] | None = None,
    ) -> Doc:
        """Append a sentence and record it as a claim (the offline engine's shape unless ``claim`` is given)."""
        self.text += ("" if not self.text else " ") + sentence
        self.claims.append(
            Claim(
                text=claim or sentence,
                evidence=sentence,
                hedged=hedged,
                attribution=attribution,
                salience=salience,
                quantities=quantities or [],
                span=self.span(sentence),
            )
        )
        return self

    def quote(self, words: str, speaker: str | None, role: str | None = None) -> Doc:
        sentence = f"“{words},” {speaker or 'a witness'} said."
        self.text += ("" if not self.text else " ") + sentence
        self.quotes.append(Quote(speaker=speaker, speaker_role=role, text=words, span=self.span(words)))
        return self

    def entity(self, name: str, type_: str = "person", aliases: list[str] | None = None, roles: list[str] | None = None) -> Doc:
        mention = self.span(name) if name in self.text else None
        self.entities.append(
            Entity(
                name=name,
                type=type_,
                aliases=aliases or [],
                roles=roles or [],  # type: ignore[arg-type]
                mentions=[mention] if mention else [],
            )
        )
        return self

    def event(self, when: str, sentence: str, text: str | None = None) -> Doc:
        if sentence not in self.text:
            self.text += ("" if not self.text else " ") + sentence
        self.events.append(Event(date=when, text=text or sentence, evidence=sentence, span=self.span(sentence)))
        return self

    def article(self) -> Article:
        return Article(
            id=self.source,
            uri=f"https://example.invalid/{self.source}",
            text=self.text,
            language=self.language,
            published=self.published,
            published_time=self.at,
            copy_of=self.copy_of,
        )

    def record(self) -> ExtractionRecord:
        return ExtractionRecord(
            source=self.source,
            backend="offline",
            extraction=ArticleExtraction(claims=self.claims, quotes=self.quotes, entities=self.entities, events=self.events),
        )


def build(*docs: Doc) -> tuple[list[Article], list[ExtractionRecord]]:
    return [d.article() for d in docs], [d.record() for d in docs]
