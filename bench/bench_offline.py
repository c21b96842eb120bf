"""Throughput of the offline extractor on ~800-word synthetic articles, one CPU core.

CPU time is the figure to judge by: wall-clock time also counts whatever else the machine is running.
The articles are assembled from fictional sentences (a port strike in an invented country) so the
benchmark needs no data and no network; each article shuffles names, numbers and dates so caches
inside the extractor cannot make repeated articles free.

It then extracts one long article (a pasted document of several megabytes, built the same way from
longer paragraphs) at two sizes and prints CPU seconds per megabyte of each and their ratio: a ratio
near 1 shows the engine is linear in article length (it was quadratic in places before).

Usage: python bench/bench_offline.py [--articles N] [--long-mb 0.5 5]
       (goals: >= 50 articles/second; 5 MB in < 30 s of CPU; ratio near 1)
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date

from summarizer.extract.offline import extract_offline
from summarizer.ingest.clean import clean_text
from summarizer.schema import Article

PEOPLE = [("Ngozi", "Okafor", "Finance Minister"), ("Tomas", "Brenn", "union leader"),
          ("Ada", "Bello", "a spokeswoman for the ministry"), ("Piet", "Varga", "the harbour master"),
          ("Lena", "Moravec", "an economist at Keldra University")]
ORGS = ["Ministry of Finance", "Keldra Dockworkers Union", "Port Authority of Marenza", "Velorian Shipping Company"]
PLACES = ["Marenza", "Lorant", "Keldra", "Ostvale"]
SENTENCES = [
    "Dockworkers at the Port of {place} walked off the job on {weekday}, halting traffic at the country's busiest "
    "harbour, the {org} said.",
    "{title} {first} {last} said the strike had cost the economy about ${num}.{dec} million a day.",
    "\"We will not negotiate under threat,\" {last} said in an interview. \"The port must reopen.\"",
    "\"This is a fight for our families,\" said {first} {last}, {role}.",
    "The {org} says {count:,} workers joined the strike, which began on {day} {month} {year}.",
    "According to the {place} Courier, talks broke down on {day}/{mnum}/{year} after a late-night session.",
    "{last} told reporters that the government had offered a {pct} percent raise, which the union rejected.",
    "Twelve cargo ships were reportedly waiting offshore, though officials did not confirm the figure.",
    "Prices of fuel in {place} rose by {pct}% last month, according to the statistics office.",
    "The union had warned in {month} that members would strike if wages were not raised.",
    "Earlier this year, the {org} agreed to review safety rules after an accident injured {small} people.",
    "\"We have offered a fair deal. That offer stands,\" she said, adding that talks could resume on {weekday}.",
    "Analysts said the dispute could cut exports by as much as {pct} percent in the second quarter.",
    "Shipping companies diverted at least {small} vessels to {place2}, a smaller port to the north.",
]
LONG_EXTRA = [  # shapes the 800-word articles lack: a dateline, run-on quotes, abbreviations, "No." and acronyms
    "MARENZA, Veloria — Dockworkers at the {org} gathered before dawn on {weekday}.",
    "\"We will stay until the ministry listens,\" said {first} {last}, {role}, who has worked at the port for "
    "{small} years. \"Nobody wants this.\"",
    "{first} {last}, {role}, said the offer of {pct} percent was \"an insult to every family in {place}.\"",
    "A Courier reporter saw {small} trucks queued at the gate of the Port of {place} on {day} {month} {year}.",
    "Mr. {last} declined to comment, and Dr. {first} {last} of the {org} said No. {small} berth was closed.",
    "The strike, the longest since {year}, has idled cranes in {place} and {place2}, according to the {org}.",
    "In a statement, the {org} said: \"Our members voted {pct} to {small} to continue.\"",
    "Shares of the Velorian Shipping Company fell {pct}% on {weekday}, their lowest since {month} {year}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _sentence(rng: random.Random, templates: list[str]) -> str:
    first, last, title = rng.choice(PEOPLE)
    return rng.choice(templates).format(
        place=rng.choice(PLACES), place2=rng.choice(PLACES), org=rng.choice(ORGS), weekday=rng.choice(WEEKDAYS),
        title=title[0].upper() + title[1:] if not title.startswith(("a ", "an ", "the ")) else "Official",
        first=first, last=last, role=title, num=rng.randint(1, 9), dec=rng.randint(0, 9),
        count=rng.randint(500, 9000), day=rng.randint(1, 28), month=rng.choice(MONTHS), mnum=rng.randint(1, 12),
        year=rng.choice([2024, 2025]), pct=rng.randint(2, 30), small=rng.randint(2, 40),
    )


def make_article(index: int, words: int = 800) -> Article:
    rng = random.Random(index)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentence = _sentence(rng, SENTENCES)
        paragraphs.append(sentence)
        count += len(sentence.split())
    text = "\n\n".join(" ".join(paragraphs[i : i + 2]) for i in range(0, len(paragraphs), 2))
    return Article(id=f"S{index}", uri=f"mem://bench/{index}", text=text, published=date(2025, 3, 5))


def make_long_text(size: int, seed: int = 0) -> str:
    """About ``size`` characters of paragraphs of one to four sentences, as a pasted long document."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(_sentence(rng, SENTENCES + LONG_EXTRA) for _ in range(rng.randint(1, 4)))
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def bench_long(megabytes: list[float]) -> None:
    """CPU seconds per megabyte to clean and extract one long article at each size, and the ratio of
    the largest to the smallest (1.0 is perfectly linear)."""
    print(f"long article (cleaning + offline extraction), one core, sizes {megabytes} MB")
    per_mb: list[float] = []
    for size in megabytes:
        raw = make_long_text(int(size * 1_000_000), seed=int(size * 10))
        cpu_started = time.process_time()
        cleaned = clean_text(raw)
        cleaning = time.process_time() - cpu_started
        article = Article(id="S1", uri="mem://bench/long", text=cleaned.text, published=date(2025, 3, 5))
        cpu_started = time.process_time()
        extraction = extract_offline(article)
        extracting = time.process_time() - cpu_started
        reached = max((c.span.end for c in extraction.claims if c.span), default=0) / max(1, len(article.text))
        per_mb.append((cleaning + extracting) / size)
        print(f"  {size:g} MB: cleaning {cleaning:.2f} s, extraction {extracting:.2f} s "
              f"({per_mb[-1]:.2f} s/MB; claims reach {reached:.0%} of the text)")
    if len(per_mb) >= 2:
        print(f"  s/MB at {megabytes[-1]:g} MB / s/MB at {megabytes[0]:g} MB: {per_mb[-1] / per_mb[0]:.2f} "
              "(1.0 = linear; goal 5 MB in < 30 s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--long-mb", type=float, nargs="*", default=[0.5, 5.0],
                        help="sizes of the long-article run, in MB (none to skip it)")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core, as the issue measures
    articles = [make_article(i) for i in range(args.articles)]
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    extract_offline(articles[0])  # warm regex caches, as a long-running process would be
    started, cpu_started = time.perf_counter(), time.process_time()
    items = 0
    for article in articles:
        extraction = extract_offline(article)
        items += len(extraction.claims) + len(extraction.quotes) + len(extraction.entities) + len(extraction.events)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"offline extraction: {len(articles)} articles of ~{words:.0f} words, one core")
    print(f"  {len(articles) / cpu:.1f} articles/second of CPU time (goal >= 50); "
          f"{len(articles) / elapsed:.1f} by wall clock ({os.getloadavg()[0]:.1f} load average)")
    print(f"  {items / len(articles):.0f} items per article")
    if args.long_mb:
        bench_long(sorted(args.long_mb))
    return 0


if __name__ == "__main__":
    sys.exit(main())
