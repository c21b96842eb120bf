"""The response model as the model sees it: :class:`ArticleExtraction` with a terse JSON Schema.

The schema travels with every request, so each character in it is paid for once per article. The
schema pydantic generates repeats every field name as a ``title``, spells "this may be null" as an
``anyOf``, states defaults, nests the parts under ``$defs`` and carries the contract's long field
descriptions. None of that helps a model fill the fields: this subclass keeps the same fields,
validators and tool name (``ArticleExtraction``, which the fixture server and the cassettes match
on), inlines the parts, and keeps a description only where a field's name does not say what goes
in it (:data:`HINTS`); the rules shared by many fields live once in the system prompt. The schema is
built once, so every request carries byte-identical tools (the fixed prefix a provider's prompt
cache reuses). Answers are converted back to the plain :class:`~summarizer.schema.ArticleExtraction`
before anything else sees them.
"""

from __future__ import annotations

import copy
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from pydantic.json_schema import DEFAULT_REF_TEMPLATE, GenerateJsonSchema, JsonSchemaMode, JsonSchemaValue
from pydantic_core import core_schema

from summarizer import schema

# (part, field) -> what the name alone does not say. Everything else is said by the field's name,
# its type, or once in the system prompt (verbatim evidence, quotes only in quotation marks, ...).
HINTS: dict[tuple[str, str], str] = {
    ("Claim", "salience"): "0-1",
    ("Quantity", "unit"): "counted thing or currency",
    ("Event", "date"): "YYYY[-MM[-DD]]",
}
_DROP = ("title", "default", "description", "minimum", "maximum")
# The terse schema as :func:`terse_schema` makes it, written beside this module by
# :func:`write_shipped_schema` (a test fails while the two differ).
SHIPPED_SCHEMA = Path(__file__).with_name("response_schema.json")


class _CompactJsonSchema(GenerateJsonSchema):
    def field_title_should_be_set(self, schema: Any) -> bool:
        return False

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        generated = super().model_schema(schema)
        generated.pop("additionalProperties", None)  # extra keys are still rejected by validation
        return generated


class ArticleExtraction(schema.ArticleExtraction):
    """Facts from one news article."""

    @classmethod
    def model_json_schema(
        cls,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        schema_generator: type[GenerateJsonSchema] = _CompactJsonSchema,
        mode: JsonSchemaMode = "validation",
        **kwargs: Any,
    ) -> dict[str, Any]:
        if by_alias is None and ref_template == DEFAULT_REF_TEMPLATE and mode == "validation" and not kwargs:
            # instructor wraps the model in a fresh subclass per call, defeating its own schema cache;
            # the fields never change, so build once and hand out copies.
            return copy.deepcopy(_cached_schema(cls.__name__, cls.__doc__))
        return _generate(cls, by_alias, ref_template, mode)


def _generate(model: type[ArticleExtraction], by_alias: bool | None, ref_template: str,
              mode: JsonSchemaMode) -> dict[str, Any]:
    return super(ArticleExtraction, model).model_json_schema(by_alias, ref_template, _CompactJsonSchema, mode,
                                                             union_format="primitive_type_array")


def _terse(node: Any, defs: dict[str, Any], part: str | None = None) -> Any:
    """Inline every ``$ref`` (each part is used once, none recursively) and keep only the hints."""
    if isinstance(node, list):
        return [_terse(item, defs, part) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return _terse(defs[name], defs, name)
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP or key == "$defs" or (key == "type" and part):
            continue  # a part's "object" is implied by its properties
        if key == "required":
            required = _required(node, value, part)
            if required:
                out[key] = required
        elif key == "properties":
            out[key] = _properties(node, value, defs, part)
        else:
            out[key] = _terse(value, defs, part)
    return out


def _required(node: dict[str, Any], fields: list[str], part: str | None) -> list[str]:
    """A part's fields that are plainly needed (a claim's text) are enforced by validation (a missing one
    is re-asked); only a field that must be sent even when it is null is listed."""
    return [f for f in fields if not part or "null" in node["properties"][f].get("type", ())]


def _properties(node: dict[str, Any], properties: dict[str, Any], defs: dict[str, Any], part: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    required = set(node.get("required", ()))
    for field, spec in properties.items():
        terse = _terse(spec, defs)
        if field not in required and terse.get("type") in (["string", "null"], ["number", "null"]):
            terse["type"] = terse["type"][0]  # optional already: leaving it out means null
        hint = HINTS.get((part or "", field))
        out[field] = {"description": hint, **terse} if hint else terse
    return out


def terse_schema() -> dict[str, Any]:
    """The terse schema, made from the model by pydantic (title and description apart)."""
    full = _generate(ArticleExtraction, None, DEFAULT_REF_TEMPLATE, "validation")
    terse: dict[str, Any] = _terse(full, full.get("$defs", {}))
    return terse


@cache
def _cached_schema(name: str, doc: str | None) -> dict[str, Any]:
    """Read from :data:`SHIPPED_SCHEMA` (made from the model when it cannot be read).

    Every extraction request carries the schema, so the first request waited for it: making it builds the
    model's validators and serialisers and walks them (10-18 ms of CPU, an eighth to a fifth of what the
    command's thread spent between the work's start and the first request). Read, it takes 0.1 ms; the
    model is then built when the first answer is validated, while the other requests are out.
    """
    try:
        terse: dict[str, Any] = json.loads(SHIPPED_SCHEMA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        terse = terse_schema()
    terse["title"] = name
    if doc:
        terse["description"] = doc.strip()
    return terse


def to_plain(extraction: schema.ArticleExtraction) -> schema.ArticleExtraction:
    """The answer as the contract type, so no stage downstream meets the prompt-only subclass."""
    if type(extraction) is schema.ArticleExtraction:
        return extraction
    return schema.ArticleExtraction(**dict(extraction))


@cache
def schema_chars() -> int:
    """Characters of the schema every request carries (compact JSON, as the client sends it)."""
    return len(json.dumps(ArticleExtraction.model_json_schema(), separators=(",", ":"), ensure_ascii=False))


@cache
def schema_hash() -> str:
    text = json.dumps(ArticleExtraction.model_json_schema(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def write_shipped_schema() -> None:
    """Rewrite :data:`SHIPPED_SCHEMA` from the model (after a change to the extraction's fields or hints)."""
    SHIPPED_SCHEMA.write_text(json.dumps(terse_schema(), indent=1) + "\n", encoding="utf-8")
