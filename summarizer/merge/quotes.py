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

import re
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from summarizer.align import Vectors, differs, embed, lsh_keys, signature, word_alignment
from summarizer.align.thresholds import REPEAT, SAME_QUOTE, SAME_QUOTE_LONE, SAME_QUOTE_WORDS
from summarizer.merge._text import STOPWORDS, anchors, content_tokens, sorted_sources, source_order
from summarizer.merge.cluster import Group, LeaderIndex
from summarizer.merge.entities import CONNECTORS, strip_article
from summarizer.merge.independence import Independence
from summarizer.schema import Article, Discrepancy, ExtractionRecord, MergedQuote, Position, Quote, QuoteVariant, Span
from summarizer.text import normalize, sentence_spans

SAME = 0.85
SHORT = 3  # content words; shorter fragments match only verbatim and from the same speaker
LONE_SHARED = 2  # content words two lone quotes of one speaker must share to be one statement
LONE_LENGTH = 1.6  # and their lengths may differ at most by this factor
LONE_TRIES = 8  # earlier groups of the same speaker a lone quote is compared with (bounded work)


@dataclass(frozen=True, slots=True)
class QuoteItem:
    source: str
    independent: str
    quote: Quote
    span: Span
    speaker: str | None  # resolved entity root, None when the article names no speaker
    named: bool  # the speaker reads as a person's or organisation's name, not a date or a phrase
    norm: str
    tokens: frozenset[str]
    anchors: frozenset[str]
    language: str | None
    sentences: tuple[int, ...] = ()  # rows of this quote's sentences in the merge's sentence vectors


class _Semantic:
    """Sentence vectors of every quote, and the best sentence-pair closeness of two quotes."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.sentences: list[str] = []
        self.rows: list[tuple[int, ...]] = []
        for text in texts:
            parts = [text[a:b] for a, b in sentence_spans(text)] or [text]
            self.rows.append(tuple(range(len(self.sentences), len(self.sentences) + len(parts))))
            self.sentences.extend(parts)
        self.vectors: Vectors = embed(self.sentences)
        self.whole: Vectors = embed(list(texts))

    def translated(self, a: QuoteItem, b: QuoteItem) -> bool:
        """Moderately close sentences whose words pair up one to one, with no hard difference: a
        speaker's lone quote and its machine translation (the bars in :mod:`summarizer.align.thresholds`)."""
        close = max((round(float(np.dot(self.vectors[i], self.vectors[j])), 4) for i in a.sentences for j in b.sentences),
                    default=0.0)
        if close < SAME_QUOTE_LONE or word_alignment(a.quote.text, b.quote.text) < SAME_QUOTE_WORDS:
            return False
        return not differs(signature(a.quote.text), signature(b.quote.text))

    def same(self, a: QuoteItem, b: QuoteItem) -> bool:
        """Some sentence of one is close to some sentence of the other, with no hard difference."""
        for i in a.sentences:
            for j in b.sentences:
                if round(float(np.dot(self.vectors[i], self.vectors[j])), 4) < SAME_QUOTE:
                    continue
                if not differs(signature(self.sentences[i]), signature(self.sentences[j])):
                    return True
        return False


def _speakers_agree(a: QuoteItem, b: QuoteItem) -> bool:
    return a.speaker == b.speaker or a.speaker is None or b.speaker is None or not (a.named and b.named)


def _similar(a: QuoteItem, b: QuoteItem, semantic: _Semantic | None = None) -> float:
    words = _worded(a, b)
    if words >= SAME or semantic is None:
        return words
    if a.source != b.source and _speakers_agree(a, b) and semantic.same(a, b):
        return SAME
    return words


def _worded(a: QuoteItem, b: QuoteItem) -> float:
    if a.language and b.language and a.language != b.language:
        if a.speaker is None or a.speaker != b.speaker:
            return 0.0
        shared, union = a.anchors & b.anchors, a.anchors | b.anchors
        return 1.0 if shared and len(shared) / len(union) >= 0.5 else 0.0
    if min(len(a.tokens), len(b.tokens)) < SHORT:
        return 1.0 if a.norm == b.norm and a.speaker == b.speaker else 0.0  # scare quotes: 'positive'
    score = max(fuzz.ratio(a.norm, b.norm), fuzz.token_set_ratio(a.norm, b.norm) - 5) / 100.0
    if min(len(a.norm), len(b.norm)) >= 25:
        score = max(score, fuzz.partial_ratio(a.norm, b.norm) / 100.0 - 0.05)
    return score


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
        return own is None or own.norm == item.norm or _worded(item, own) >= REPEAT

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
        roles = [i.quote.speaker_role for i in (ranked[0][1] if ranked else group) if i.quote.speaker_role]
        texts = [i.norm for i in group]
        lead = max(group, key=lambda i: (texts.count(i.norm), len(i.norm), -source_order(i.source)[1]))
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
        self.after: dict[str, set[str]] = {}
        self.known: dict[tuple[str, str], bool] = {}

    def of(self, speaker: str | None, source: str) -> bool:
        if speaker is None:
            return False
        if (speaker, source) not in self.known:
            text = self.bodies.get(source, "")
            if source not in self.after:
                self.after[source] = {w for m in _DESCRIBED_AFTER.finditer(text) for w in m.groups() if w}
            plain = re.fullmatch(r"\w+", speaker) is not None
            self.known[(speaker, source)] = (not plain or speaker in self.after[source]) and _description(speaker, text)
        return self.known[(speaker, source)]


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
    agreed = {speaker for speaker, sources in inferred.items()
              if len(sources) >= 2 or any((speaker, other) in named_by for other in {i.independent for i in group} - sources)}
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
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day|tomorrow)"
)
_NAME_LINKS = CONNECTORS | {"bin", "ibn"}


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


def _join_lone(groups: list[list[QuoteItem]], semantic: _Semantic | None = None) -> list[list[QuoteItem]]:
    """Join groups that are one speaker's only quote in each of their sources and say one thing.

    A translated or reworded quote ("We have reached a fair agreement that protects every family"
    against "We arrived at a just accord which protects all the families") defeats string
    similarity, but when an article quotes a speaker once, and another article quotes the same
    speaker once with some of the same words at a similar length, both report one statement; so does
    a pair whose sentences are moderately close and whose words pair up one to one (a machine
    translation sharing no content word: "every tap has tested clean" / "each faucet gives clean").
    A group's speaker is the one most of its sources name: a source that names nobody, or another
    person, does not stop the others' lone quote from joining (that disagreement stays visible).
    Speakers quoted several times in an article keep the strict wording match.
    """
    quoted: dict[tuple[str, str], int] = {}
    for group in groups:
        for item in group:
            if item.speaker is not None:
                quoted[(item.source, item.speaker)] = quoted.get((item.source, item.speaker), 0) + 1
    out: list[list[QuoteItem]] = []
    lone_of: dict[str, list[int]] = {}  # speaker -> indexes in ``out`` of its lone groups
    for group in groups:
        speaker = _leading_speaker(group)
        if speaker is None or any(quoted[(i.source, speaker)] != 1 for i in group if i.speaker == speaker):
            out.append(group)
            continue
        target = next((k for k in lone_of.get(speaker, [])[-LONE_TRIES:] if _one_statement(out[k], group, semantic)),
                      None)
        if target is None:
            lone_of.setdefault(speaker, []).append(len(out))
            out.append(group)
        else:
            out[target] = out[target] + group
    return out


TRANSLATION_TRIES = 12  # groups of one speaker compared pairwise for a translation (bounded work)


def _join_translations(groups: list[list[QuoteItem]], semantic: _Semantic) -> list[list[QuoteItem]]:
    """Join each speaker's statement to its translation where the speaker is quoted several times.

    :func:`_join_lone` needs the speaker quoted once per source; a translated report quoting the same
    person twice, like the original, does not qualify. There, two groups join when they pass the
    translation test (:meth:`_Semantic.translated`) and are each other's closest partner by word
    alignment among that speaker's groups, so two statements of one speaker never both claim one
    translation.
    """
    by_speaker: dict[str, list[int]] = {}
    for k, group in enumerate(groups):
        speaker = _leading_speaker(group)
        if speaker is not None:
            by_speaker.setdefault(speaker, []).append(k)
    best: dict[int, tuple[float, int]] = {}
    for indexes in by_speaker.values():
        _closest_partners(groups, indexes[:TRANSLATION_TRIES], semantic, best)
    joined: dict[int, int] = {}
    for i, (_, j) in best.items():
        if i < j and best.get(j, (0.0, -1))[1] == i:
            joined[j] = i
    out: dict[int, list[QuoteItem]] = {}
    for k, group in enumerate(groups):
        out.setdefault(joined.get(k, k), []).extend(group)
    return list(out.values())


def _closest_partners(groups: list[list[QuoteItem]], indexes: list[int], semantic: _Semantic,
                      best: dict[int, tuple[float, int]]) -> None:
    """Record in ``best`` each group's closest translation partner among ``indexes`` (score, index)."""
    for n, i in enumerate(indexes):
        for j in indexes[n + 1 :]:
            score = _translation_score(groups[i], groups[j], semantic)
            if score is None:
                continue
            if score > best.get(i, (-1.0, -1))[0]:
                best[i] = (score, j)
            if score > best.get(j, (-1.0, -1))[0]:
                best[j] = (score, i)


def _translation_score(a: list[QuoteItem], b: list[QuoteItem], semantic: _Semantic) -> float | None:
    """The word alignment of two groups' longest wordings when they read as one statement translated."""
    if {i.independent for i in a} & {i.independent for i in b}:
        return None
    x, y = max(a, key=lambda i: len(i.norm)), max(b, key=lambda i: len(i.norm))
    short, long_ = sorted((len(x.norm), len(y.norm)))
    if not (short > 0 and long_ / short <= LONE_LENGTH) or not semantic.translated(x, y):
        return None
    return word_alignment(x.quote.text, y.quote.text)


def _leading_speaker(group: list[QuoteItem]) -> str | None:
    """The speaker more of the group's sources name than any other (None on a tie or with none)."""
    counts: dict[str, set[str]] = {}
    for item in group:
        if item.speaker is not None:
            counts.setdefault(item.speaker, set()).add(item.source)
    ranked = sorted(counts.items(), key=lambda kv: -len(kv[1]))
    if not ranked or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None
    return ranked[0][0]


def _one_statement(a: list[QuoteItem], b: list[QuoteItem], semantic: _Semantic | None = None) -> bool:
    if {i.independent for i in a} & {i.independent for i in b}:
        return False
    x, y = max(a, key=lambda i: len(i.norm)), max(b, key=lambda i: len(i.norm))
    short, long_ = sorted((len(x.norm), len(y.norm)))
    if not (short > 0 and long_ / short <= LONE_LENGTH):
        return False
    return len(x.tokens & y.tokens) >= LONE_SHARED or (semantic is not None and semantic.translated(x, y))
