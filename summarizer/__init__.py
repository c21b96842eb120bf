"""summarizer: several news articles about one story in, one structured, source-cited briefing out.

The library API is :func:`summarize` / :func:`asummarize`; the CLI is a thin layer over them.
"""

from summarizer import render as render  # registers Briefing.to_markdown() / to_html()
from summarizer.errors import (
    BudgetExceeded,
    ConfigError,
    ExtractionError,
    InputError,
    PartialFailure,
    SummarizerError,
)
from summarizer.schema import SCHEMA_VERSION, Article, ArticleExtraction, Briefing

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleExtraction",
    "Briefing",
    "BudgetExceeded",
    "ConfigError",
    "ExtractionError",
    "InputError",
    "PartialFailure",
    "SummarizerError",
    "asummarize",
    "summarize",
]


def __getattr__(name: str) -> object:
    # The pipeline pulls in extract backends; import it only when asked so `import summarizer`
    # stays cheap and client-free.
    if name in ("summarize", "asummarize"):
        from summarizer import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
