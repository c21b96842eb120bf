"""The fictional test story's briefing in outline, kept as an inline snapshot.

The other story tests check the planted findings one rule at a time; this one holds the whole
outline (what is disputed and by whom, the timeline's days, who is quoted), so an unintended change
anywhere in the offline pipeline fails here, and an intended one is accepted with one command:

    .venv/bin/python -m pytest tests/merge/test_story_snapshot.py --inline-snapshot=fix

then read the diff of this file before committing it.
"""

from __future__ import annotations

import asyncio

from inline_snapshot import snapshot
from story import STORY

from summarizer.pipeline import Options, arun
from summarizer.schema import Briefing


def outline(briefing: Briefing) -> dict[str, object]:
    """What an editor reads first, without the wording of every sentence."""
    return {
        "headline": briefing.headline,
        "key points": len(briefing.key_points),
        "disagreements": [[d.kind, d.subject, [[p.value, p.sources] for p in d.positions]]
                          for d in briefing.discrepancies if d.kind != "account"],
        "accounts": [sorted(s for p in d.positions for s in p.sources) for d in briefing.discrepancies if d.kind == "account"],
        "timeline": [[e.date, e.sources] for e in briefing.timeline],
        "quoted": [[q.speaker, q.sources] for q in briefing.quotes],
        "people": sorted(e.name for e in briefing.entities if e.type == "person"),
        "warnings": [[w.source, w.kind] for w in briefing.warnings],
    }


def test_offline_story_outline() -> None:
    result = asyncio.run(arun([str(STORY)], Options(backend="offline", use_cache=False)))
    assert outline(result.briefing) == snapshot(
        {
            'headline': 'Dockworkers ended their strike on Monday, 3 March 2025',
            'key points': 17,
            'disagreements': [
                ['number', 'Number of days', [['9 days', ['S1', 'S2']], ['10 days', ['S3']]]],
                ['number', 'Number of ships', [['12 ships', ['S1', 'S2', 'S3']], ['9 ships', ['S4']]]],
                ['number', 'Number of velors', [['40 million velors', ['S1', 'S2', 'S5']], ['55 million velors', ['S5']]]],
                ['number', 'Number of workers', [['about 1,200 workers', ['S1', 'S2']], ['about 1,500 workers', ['S3']]]],
                [
                    'date',
                    'Date of: About 1,200 workers took part in the walkout, which began on 22 February 2025…',
                    [['2025-02-21', ['S3']], ['2025-02-22', ['S1', 'S2']]],
                ],
                [
                    'title',
                    'Title of Ngozi Okafor',
                    [['Finance Minister', ['S1', 'S2', 'S4', 'S5']], ['Deputy Minister of Finance', ['S3']]],
                ],
            ],
            'accounts': [['S4', 'S5']],
            'timeline': [['2025-02-21', ['S3']],
                ['2025-02-22', ['S1', 'S2']],
                ['2025-03-01', ['S4']],
                ['2025-03-01', ['S5']],
                ['2025-03-03', ['S1', 'S2', 'S3', 'S4']],
                ['2025-03-04', ['S2']],
                ['2025-03-05', ['S1', 'S2', 'S3']],
            ],
            'quoted': [['Ngozi Okafor', ['S1', 'S2', 'S3', 'S4']], ['Piet Varga', ['S1', 'S2']], ['Lena Ost', ['S5']]],
            'people': ['Lena Ost', 'Ngozi Okafor', 'Piet Varga', 'Tomas Reyes'],
            'warnings': [['S4', 'date'], ['S4', 'headline']],
        }
    )
