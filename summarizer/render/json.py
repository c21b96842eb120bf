"""JSON for machines: the Briefing as versioned JSON, and its JSON Schema."""

from __future__ import annotations

import json

from summarizer.schema import Briefing, briefing_json_schema


def render_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"


def render_schema() -> str:
    return json.dumps(briefing_json_schema(), indent=2) + "\n"
