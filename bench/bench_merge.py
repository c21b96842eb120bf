"""Merge time for 10, 100 and 1000 synthetic articles (~15 claims each) and the growth ratio.

The articles are built from a seeded pseudo-vocabulary: most claims paraphrase shared facts
(reordered, a word dropped, sometimes a different count), the rest are unique, and each article
also names entities, quotes a speaker and dates events, so every merge stage does real work.
Targets: 1000 articles under 10 s on one core; 10x the articles at most 15x the time.

    taskset -c 0 python bench/bench_merge.py [--sizes 10 100 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import itertools
import random
import time

from summarizer.merge import merge
from summarizer.schema import Article, ArticleExtraction, Claim, Entity, Event, ExtractionRecord, Quote, Span

CLAIMS_PER_ARTICLE = 15
SHARED_PER_ARTICLE = 10


def _vocabulary(rng: random.Random, n: int) -> list[str]:
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def synthetic(n_articles: int, seed: int = 7) -> tuple[list[Article], list[ExtractionRecord]]:
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 6000)
    names = [w.capitalize() + " " + rng.choice(vocab).capitalize() for w in vocab[:300]]
    n_facts = 30 + n_articles // 2
    facts = [
        (rng.choice(names), rng.sample(vocab, 6), rng.choice(["ships", "people", "homes", "vehicles"]), rng.randint(2, 90))
        for _ in range(n_facts)
    ]
    quotes = [" ".join(rng.sample(vocab, 8)) for _ in range(n_facts)]
    articles: list[Article] = []
    records: list[ExtractionRecord] = []
    for k in range(n_articles):
        source = f"S{k + 1}"
        sentences: list[str] = []
        for _ in range(SHARED_PER_ARTICLE):
            who, words, unit, count = facts[
                min(int(rng.paretovariate(1.2)) - 1, n_facts - 1) if rng.random() < 0.5 else rng.randrange(n_facts)
            ]
            body = list(words)
            rng.shuffle(body)
            body.pop(rng.randrange(len(body)))
            count = count if rng.random() < 0.9 else count + rng.randint(1, 5)
            sentences.append(f"{who} {' '.join(body[:3])} {count} {unit} {' '.join(body[3:])}.")
        for _ in range(CLAIMS_PER_ARTICLE - SHARED_PER_ARTICLE):
            sentences.append(f"{rng.choice(names)} {' '.join(rng.sample(vocab, 7))}.")
        q = rng.randrange(n_facts)
        speaker = facts[q][0]
        sentences.append(f"“{quotes[q]},” {speaker} said.")
        text = " ".join(sentences)
        claims, pos = [], 0
        for sentence in sentences[:-1]:
            start = text.index(sentence, pos)
            pos = start + len(sentence)
            claims.append(Claim(text=sentence, evidence=sentence, span=Span(source=source, start=start, end=pos, text=sentence)))
        qs = text.index(quotes[q])
        quote = Quote(speaker=speaker, text=quotes[q], span=Span(source=source, start=qs, end=qs + len(quotes[q]), text=quotes[q]))
        entities = [
            Entity(
                name=claim.text.split(" ")[0] + " " + claim.text.split(" ")[1],
                type="person",
                roles=[rng.choice(["Minister", "Deputy Minister", "Spokesman"])],
            )
            for claim in claims[:3]
        ]
        first = claims[0]
        events = [
            Event(date=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", text=first.text, evidence=first.evidence, span=first.span)
        ]
        articles.append(Article(id=source, uri=f"https://example.invalid/{source}", text=text))
        records.append(
            ExtractionRecord(
                source=source,
                backend="offline",
                extraction=ArticleExtraction(claims=claims, quotes=[quote], entities=entities, events=events),
            )
        )
    return articles, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is reported")
    args = parser.parse_args()
    timings: dict[int, float] = {}
    for n in args.sizes:
        articles, records = synthetic(n)
        runs: list[float] = []
        while len(runs) < args.repeat or (sum(runs) < 1.0 and len(runs) < 50):  # small sizes: more runs
            started = time.process_time()
            briefing = merge(articles, records)
            runs.append(time.process_time() - started)
        # CPU seconds of this single-threaded process, best of N: on a shared machine other
        # processes only ever add time, and wall-clock would measure their load, not the merger.
        timings[n] = min(runs)
        claims = sum(len(r.extraction.claims) for r in records)
        print(
            f"{n:>5} articles {claims:>6} claims: {timings[n]:7.3f} s  "
            f"({len(briefing.key_points)} key points, {len(briefing.discrepancies)} discrepancies)"
        )
    sizes = sorted(timings)
    for small, large in itertools.pairwise(sizes):
        print(f"growth {small} -> {large} articles ({large / small:.0f}x): {timings[large] / timings[small]:.1f}x time")


if __name__ == "__main__":
    main()
