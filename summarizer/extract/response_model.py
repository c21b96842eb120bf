"""The response model as the model sees it: :class:`ArticleExtraction` with a compact JSON Schema.

The schema travels with every request, so each character in it is paid for once per article. The
schema pydantic generates by default repeats every field name as a ``title``, spells "this may be
null" as an ``anyOf`` and adds ``additionalProperties: false`` to every object: none of that tells a
model anything the property names and the validator do not already say. This subclass keeps the
same fields, validators and tool name (``ArticleExtraction``, which the fixture server and the
cassettes match on) and only generates a smaller schema. Answers are converted back to the plain
:class:`~summarizer.schema.ArticleExtraction` before anything else sees them.
"""

from __future__ import annotations

import copy
import hashlib
import inspect
import json
from functools import cache
from typing import Any

from pydantic.json_schema import DEFAULT_REF_TEMPLATE, GenerateJsonSchema, JsonSchemaMode, JsonSchemaValue
from pydantic_core import core_schema

from summarizer import schema


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
            # the fields never change, so generate once (~20 ms saved per request) and hand out copies.
            return copy.deepcopy(_cached_schema(cls.__name__, cls.__doc__))
        return _generate(cls, by_alias, ref_template, mode)


def _generate(model: type[ArticleExtraction], by_alias: bool | None, ref_template: str,
              mode: JsonSchemaMode) -> dict[str, Any]:
    return super(ArticleExtraction, model).model_json_schema(by_alias, ref_template, _CompactJsonSchema, mode,
                                                             union_format="primitive_type_array")


@cache
def _cached_schema(name: str, doc: str | None) -> dict[str, Any]:
    # Keyed by what may differ between instructor's wrappers: the title and the description.
    schema = _generate(ArticleExtraction, None, DEFAULT_REF_TEMPLATE, "validation")
    schema["title"] = name
    if doc:
        schema["description"] = inspect.cleandoc(doc)
    else:
        schema.pop("description", None)
    return schema


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
