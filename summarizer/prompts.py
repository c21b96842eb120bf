"""Prompt templates as checked data: loaded from ``prompts/``, rendered with StrictUndefined.

Article text is only ever a template *variable*: it is never compiled as template source, so braces
or Jinja syntax inside an article are inert. The template version (a hash of its sources) goes into
the cache key, so editing a prompt invalidates cached answers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import jinja2

_PACKAGED = Path(__file__).resolve().parent / "prompts"
_REPO = Path(__file__).resolve().parent.parent / "prompts"


def prompt_dir() -> Path:
    """Inside a wheel the templates ship as package data; in a checkout they live at the top level."""
    return _PACKAGED if _PACKAGED.is_dir() else _REPO


@cache
def _environment(override: Path | None) -> jinja2.Environment:
    # A user's prompt folder overrides templates one by one; whatever it lacks comes from ours.
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(prompt_dir())]
    if override is not None:
        loaders.insert(0, jinja2.FileSystemLoader(override))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


def render(name: str, directory: Path | None = None, **variables: object) -> str:
    """Render a template from ``directory`` (a user's prompt folder) or, failing that, ours."""
    return _environment(directory).get_template(name).render(**variables).strip()


def compile_templates(names: Iterable[str], directory: Path | None = None) -> None:
    """Compile templates ahead of their first render, which otherwise compiles them (Jinja keeps each)."""
    environment = _environment(directory)
    for name in names:
        environment.get_template(name)


def template_path(name: str, directory: Path | None = None) -> Path:
    if directory is not None and (directory / name).is_file():
        return directory / name
    return prompt_dir() / name


def template_version(*names: str, directory: Path | None = None) -> str:
    """Short hash over the named templates' sources, as they will be rendered."""
    digest = hashlib.sha256()
    for name in sorted(names):
        digest.update(name.encode())
        digest.update(template_path(name, directory).read_bytes())
    return digest.hexdigest()[:16]


def fence_for(text: str) -> str:
    """A delimiter the article cannot contain: derived from a hash of the text itself.

    Deterministic (so cassettes and the cache replay), yet an article cannot close the fence early,
    because it would have to contain the hash of itself.
    """
    token = hashlib.sha256(("summarizer-fence\x00" + text).encode()).hexdigest()[:12].upper()
    return f"<<<ARTICLE-{token}>>>"
