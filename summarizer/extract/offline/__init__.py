"""The offline extraction engine (:mod:`.engine`) and the word lists and readers it shares.

Grounding and the merger read this package's vocabulary (:mod:`.lexicon`) and number reader
(:mod:`.numbers`) on every run, the LLM's included; the engine itself (quotes, speakers, entities
with nameparser, claims) is imported only when :func:`extract_offline` is first asked for, so an
LLM run does not pay its tenth of a second of imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.extract.offline.engine import extract_offline

__all__ = ["extract_offline"]


def __getattr__(name: str) -> Any:
    if name == "extract_offline":
        from summarizer.extract.offline.engine import extract_offline

        return extract_offline
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
