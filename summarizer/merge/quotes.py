"""Quotes: one entry per statement, with every source's wording, and disputed speakers surfaced.

Two sources quoting the same sentence often differ in punctuation, trimming or translation; they
become one quote with variants. Grouping is by the words, never by the speaker alone, so different
statements by the same person stay apart, and when sources put the same words in different mouths
the briefing reports it as an attribution discrepancy instead of picking one.

A rewording or a machine translation ("We talk, we negotiate, but a strike won't happen" / "We are
talking, we are negotiating, but there will be no strike") defeats string similarity; the shipped
sentence embedding (:mod:`summarizer.align`) joins such variants when the speakers agree (or one
side names none) and no hard constraint separates them. One quote often carries two sentences
where another source keeps one, so the comparison is sentence by sentence, best pair.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence

from summarizer.align import lsh_keys
from summarizer.align.thresholds import REPEAT
from summarizer.calendar_words import MONTH_WORD_RE, WEEKDAY_STEM_RE
from summarizer.extract.offline.lexicon import is_honorific
from summarizer.merge._text import STOPWORDS, TEXT_MEMO, anchors, content_tokens, sorted_sources, source_order
from summarizer.merge.cluster import Group, LeaderIndex
from summarizer.merge.entities import CONNECTORS, strip_article
from summarizer.merge.independence import Independence
from summarizer.merge.quote_similarity import (
    SAME,
    QuoteItem,
    _join_lone,
    _join_translations,
    _Semantic,
    _similar,
    _worded_reaches,
)
from summarizer.schema import Article, Discrepancy, ExtractionRecord, MergedQuote, Position, QuoteVariant
from summarizer.text import normalize


def merge_quotes(
    articles: Sequence[Article],
    records: Sequence[ExtractionRecord],
    independence: Independence,
    speaker_of: Callable[[str], str | None],
    speaker_name: Callable[[str], str],
) -> tuple[list[MergedQuote], list[Discrepancy]]:
    """``speaker_of`` maps a quote key ('S1/q0') to its entity; ``speaker_name`` names an entity."""
    languages = {a.id: (a.language or "").split("-")[0].lower() or None for a in articles}
    descriptions = _Descriptions({a.id: a.text for a in articles})
    kept = [
        (record, i, quote)
        for record in sorted(records, key=lambda r: source_order(r.source))
        for i, quote in enumerate(record.extraction.quotes)
        if quote.span is not None and quote.text.strip()
    ]
    semantic = _Semantic([quote.text for _, _, quote in kept])
    near = lsh_keys(semantic.whole)

    def one_per_source(item: QuoteItem, group: Group[QuoteItem]) -> bool:
        # A source quoting one line twice is one voice; its second, different line is another statement.
        own = next((m for m in group.members if m.source == item.source), None)
        return own is None or own.norm == item.norm or _worded_reaches(item, own, REPEAT)

    index: LeaderIndex[QuoteItem] = LeaderIndex(
        lambda a, b: _similar(a, b, semantic), SAME, weight=lambda t: 0.3 if isinstance(t, tuple) else 1.0, compatible=one_per_source
    )
    for n, (record, i, quote) in enumerate(kept):
        assert quote.span is not None
        item = QuoteItem(
            record.source,
            independence.of(record.source),
            quote,
            quote.span,
            speaker_of(f"{record.source}/q{i}"),
            named_speaker(quote.speaker)
            and not quote.speaker_inferred
            and not descriptions.of(quote.speaker, record.source),
            normalize(quote.text),
            content_tokens(quote.text),
            anchors(quote.text),
            languages.get(record.source),
            semantic.rows[n],
        )
        speaker_token: set[Hashable] = {f"who:{item.speaker}"} if item.speaker else set()
        keys = [("near", band, code) for band, code in enumerate(near[n])]
        index.add(item, set(item.tokens) | speaker_token | set(keys), keys)
    quotes: list[MergedQuote] = []
    discrepancies: list[Discrepancy] = []
    for group in _join_translations(_join_lone([g.members for g in index.groups], semantic), semantic):
        # Only named speakers can dispute who said it: "a March 21 phone", no speaker at all, or a
        # speaker reached only through "she said" beside "Sonya Zoghlin" is an extraction that
        # missed the name, not a rival speaker.
        named = _named(group, independence)
        by_speaker: dict[str, list[QuoteItem]] = {}
        for item in named or group:
            if item.speaker is not None:
                by_speaker.setdefault(item.speaker, []).append(item)
        by_speaker = _same_person(by_speaker, speaker_name)
        ranked = sorted(
            by_speaker.items(),
            # Most independent sources, then most sources at all; the first source only breaks a true tie.
            key=lambda kv: (-independence.count({i.source for i in kv[1]}), -len({i.source for i in kv[1]}),
                            source_order(kv[1][0].source)),
        )
        speaker = speaker_name(ranked[0][0]) if ranked else None
        roles = [i.quote.speaker_role for i in (ranked[0][1] if ranked else group) if i.quote.speaker_role
                 and not is_honorific(i.quote.speaker_role)]
        copies = Counter(i.norm for i in group)  # (counted once, not per member: one long page quotes one line thousands of times)
        lead = max(group, key=lambda i: (copies[i.norm], len(i.norm), -source_order(i.source)[1]))
        variants = [
            QuoteVariant(source=i.source, text=i.quote.text, start=i.span.start, end=i.span.end, speaker=i.quote.speaker,
                         alignment=i.span.alignment)
            for i in sorted(group, key=lambda i: (source_order(i.source), i.span.start))
        ]
        quotes.append(
            MergedQuote(
                speaker=speaker,
                speaker_role=strip_article(roles[0]) if roles else None,
                text=lead.quote.text,
                sources=sorted_sources(i.source for i in group),
                variants=variants,
            )
        )
        if named and len(ranked) > 1 and len({i.independent for _, items in ranked for i in items}) > 1:
            discrepancies.append(_attribution(lead.quote.text, ranked, speaker_name))
    return quotes, discrepancies


@functools.lru_cache(maxsize=2048)  # (whole articles in the keys: a bounded few)
def _description(speaker: str | None, text: str) -> bool:
    """'a Republican', 'one Democrat': a capitalised word the article uses with an article is a
    description of someone, not a name, and cannot dispute a named speaker."""
    if speaker is None or len(speaker.split()) != 1 or speaker.isupper():
        return False
    word = re.escape(speaker)
    if re.search(rf"\b(?:a|an|one|another)\s+{word}\b", text):
        return True
    # 'his Republican opponent', 'Senator X, Republican of Iowa': used as a description, and never
    # after a given name or an honorific ('Bruce Braley', 'Mr. Braley') as a surname would be.
    described = re.search(rf"\b(?:the|his|her|their|its|fellow|ranking)\s+{word}\b|,\s+{word}\s+of\s+[A-Z]", text)
    before = re.findall(rf"(\S+)\s+{word}\b", text)
    named = any(w[:1].isupper() and not w.endswith(",") and w.lower().strip(".") not in STOPWORDS for w in before)
    return bool(described) and not named


# The words a description places a one-word speaker after: whatever _description's patterns see
# before the speaker (a determiner, or ', … of X'), read from an article in one pass.
_DESCRIBED_AFTER = re.compile(
    r"\b(?:a|an|one|another|the|his|her|their|its|fellow|ranking)\s+(?=(\w+))|,(?=\s+(\w+)\s+of\s+[A-Z])"
)


class _Descriptions:
    """:func:`_description` per article, each answer computed once.

    Each answer scans the whole article; asked per quote, that was quadratic on a long article (a
    quote every few lines, a new one-word speaker each). A one-word speaker made of word
    characters that the article never places after a determiner cannot match any of the patterns,
    so it is answered from one pass over the article.
    """

    def __init__(self, bodies: dict[str, str]) -> None:
        self.bodies = bodies
        self.known: dict[tuple[str, str], bool] = {}

    def of(self, speaker: str | None, source: str) -> bool:
        if speaker is None:
            return False
        if (speaker, source) not in self.known:
            self.known[(speaker, source)] = described(speaker, self.bodies.get(source, ""))
        return self.known[(speaker, source)]


def described(speaker: str, text: str) -> bool:
    """:func:`_description`, answered from one pass over the article where it can be (see :class:`_Descriptions`);
    both passes are remembered per article (read as each answer lands, by merge.prepare)."""
    plain = re.fullmatch(r"\w+", speaker) is not None
    return (not plain or speaker in _described_after(text)) and _description(speaker, text)


@functools.lru_cache(maxsize=512)
def _described_after(text: str) -> frozenset[str]:
    return frozenset(w for m in _DESCRIBED_AFTER.finditer(text) for w in m.groups() if w)


def _named(group: list[QuoteItem], independence: Independence) -> list[QuoteItem]:
    """Members whose speaker can dispute another's: named outright, or reached through the context
    (a pronoun after the name) by two independent sources that agree on who it is, or by one that
    agrees with a source naming that speaker outright: a reading another outlet confirms is a vote
    for that speaker, so that one outlet's odd credit is outvoted rather than winning a tie."""
    inferred: dict[str, set[str]] = {}
    for item in group:
        if item.speaker is not None and not item.named and item.quote.speaker_inferred and named_speaker(item.quote.speaker) \
                and len((item.quote.speaker or "").split()) > 1:
            inferred.setdefault(item.speaker, set()).add(item.independent)
    named_by = {(i.speaker, i.independent) for i in group if i.named}
    outlets = {i.independent for i in group}
    agreed = {speaker for speaker, sources in inferred.items()
              if len(sources) >= 2 or any((speaker, other) in named_by for other in outlets - sources)}
    return [i for i in group if i.speaker is not None and (i.named or i.speaker in agreed)]


def _same_person(by_speaker: dict[str, list[QuoteItem]], speaker_name: Callable[[str], str]) -> dict[str, list[QuoteItem]]:
    """'FSA Director-General Ida Marsh' and 'Ida Marsh' are one speaker: every name word
    of one appears in the other. 'Tove Berg' and 'Tove Bergman-Lund' stay two."""
    words = {root: set(normalize(speaker_name(root)).replace("-", " ").split()) for root in by_speaker}
    out: dict[str, list[QuoteItem]] = {}
    for root in sorted(by_speaker, key=lambda r: -len(by_speaker[r])):
        mine = words[root]
        home = next((kept for kept in out if mine and words[kept] and (mine <= words[kept] or words[kept] <= mine)), None)
        if home is None:
            out[root] = list(by_speaker[root])
        else:
            out[home].extend(by_speaker[root])
    return out


_CALENDAR = re.compile(
    rf"(?:{MONTH_WORD_RE}|(?:{WEEKDAY_STEM_RE}|to|yester)day|tomorrow)"
)
_NAME_LINKS = CONNECTORS | {"bin", "ibn"}


@functools.lru_cache(maxsize=TEXT_MEMO)
def named_speaker(speaker: str | None) -> bool:
    """Does ``speaker`` read as a name ('Sonya Zoghlin', 'Interior Ministry', 'WHO')?

    Extraction sometimes takes a phrase for the speaker ('a March 21 phone', 'the call recalled
    that he said'). A name is capitalised word by word (linking words such as 'of' aside), has
    no digits and is not made of calendar words; anything else cannot dispute a named speaker.
    """
    if speaker is None:
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*|\d+", speaker)
    if not words or any(w[0].isdigit() for w in words):
        return False
    names = [w for w in words if w.lower() not in _NAME_LINKS]
    if not names or any(not any(part[:1].isupper() for part in re.split(r"['’-]", w)) for w in names):
        return False
    return not all(_CALENDAR.fullmatch(w.lower().strip(".")) for w in names)


def _attribution(text: str, ranked: list[tuple[str, list[QuoteItem]]], speaker_name: Callable[[str], str]) -> Discrepancy:
    short = text if len(text) <= 80 else text[:77].rstrip() + "…"
    positions = [
        Position(
            value=speaker_name(root),
            sources=sorted_sources(i.source for i in items),
            evidence=[i.span for i in sorted(items, key=lambda i: (source_order(i.source), i.span.start))],
        )
        for root, items in ranked
    ]
    who = " vs ".join(f"{p.value} ({', '.join(p.sources)})" for p in positions)
    return Discrepancy(
        subject=f"Who said “{short}”",
        kind="attribution",
        summary=f"Sources attribute this quote to different speakers: {who}.",
        positions=positions,
    )
