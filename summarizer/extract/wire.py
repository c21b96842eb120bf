"""The chat-completions wire format of a structured call: request bodies, answers and re-asks.

These are the requests instructor builds for each mode (tools, json_schema, md_json, json), made here
from the Pydantic response model with nothing but ``json`` and pydantic, so the first request of a
run does not wait for openai and instructor to import (about a second of CPU). The bodies are the
same JSON as instructor's (``tests/test_wire.py`` compares them for every mode and response model),
so cassettes, cache keys and the Batch API file are unchanged. Answers are validated by the same
Pydantic model; a failing one is re-asked the way instructor re-asks it.
"""

from __future__ import annotations

import functools
import json
from textwrap import dedent
from typing import Any, TypeVar

from pydantic import BaseModel

T = TypeVar("T", bound=BaseModel)
_REASK_TOOL = "Validation Error found:\n{error}\nRecall the function correctly, fix the errors"
_REASK_JSON = "Correct your JSON ONLY RESPONSE, based on the following errors:\n{error}"
_MD_JSON_ASK = "Return the correct JSON response within a ```json codeblock. not the JSON_SCHEMA"
MAX_JSON_CHARS = 1 << 20


class AnswerError(Exception):
    """The server answered 200 but with nothing usable; ``retry`` says whether asking again may help."""

    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class EmptyChoices(AnswerError):
    def __init__(self) -> None:
        super().__init__("No choices in the response", retry=True)


class CutOff(AnswerError):
    def __init__(self) -> None:
        super().__init__("finish_reason=length", retry=False)


class Refused(AnswerError):
    def __init__(self, refusal: str) -> None:
        super().__init__(f"Unable to generate a response due to {refusal}", retry=False)


@functools.cache
def _schema(model: type[BaseModel]) -> str:
    # Serialised once per model: every request copies it (the fixed prefix a prompt cache reuses).
    return json.dumps(model.model_json_schema())


def json_schema(model: type[BaseModel]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(_schema(model))
    return loaded


@functools.cache
def _tool(model: type[BaseModel]) -> str:
    """instructor's ``openai_schema``: the schema without title and description, ``required`` sorted."""
    schema = json_schema(model)
    parameters = {k: v for k, v in schema.items() if k not in ("title", "description")}
    parameters["required"] = sorted(schema.get("required", []))
    description = schema.get("description") or (
        f"Correctly extracted `{model.__name__}` with all the required parameters with correct types")
    return json.dumps({"name": schema.get("title", model.__name__), "description": description,
                       "parameters": parameters})


@functools.cache
def _schema_message(model: type[BaseModel]) -> str:
    # Word for word instructor's text (with its indentation), so json and md_json bodies match its own.
    return dedent(
        f"""
            As a genius expert, your task is to understand the content and provide
            the parsed objects in json that match the following json_schema:\n

            {json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False)}

            Make sure to return an instance of the JSON, not the schema itself
            """
    )


def request_body(messages: list[dict[str, Any]], model: type[BaseModel], mode: str, *,
                 model_name: str, temperature: float) -> dict[str, Any]:
    """The body of one chat completion request asking for ``model`` in ``mode``."""
    body: dict[str, Any] = {"messages": [dict(m) for m in messages], "model": model_name, "temperature": temperature}
    if mode == "tools":
        tool = json.loads(_tool(model))
        body["tools"] = [{"type": "function", "function": tool}]
        body["tool_choice"] = {"type": "function", "function": {"name": tool["name"]}}
    elif mode == "json_schema":
        body["response_format"] = {"type": "json_schema", "json_schema": {"name": model.__name__,
                                                                          "schema": json_schema(model)}}
    else:
        body["messages"] = _with_schema(body["messages"], _schema_message(model), markdown=mode == "md_json")
        if mode == "json":
            body["response_format"] = {"type": "json_object"}
    return body


def _with_schema(messages: list[dict[str, Any]], message: str, markdown: bool) -> list[dict[str, Any]]:
    if messages and messages[0].get("role") == "system" and isinstance(messages[0].get("content"), str):
        messages[0] = {**messages[0], "content": f"{messages[0]['content']}\n\n{message}"}
    else:
        messages.insert(0, {"role": "system", "content": message})
    if markdown:
        messages.append({"role": "user", "content": _MD_JSON_ASK})
    # instructor merges adjacent plain messages of one role (the user's text and the markdown request).
    merged: list[dict[str, Any]] = []
    for m in messages:
        plain = set(m) <= {"role", "content"} and isinstance(m.get("content"), str)
        if merged and plain and set(merged[-1]) <= {"role", "content"} and merged[-1]["role"] == m["role"] \
                and isinstance(merged[-1].get("content"), str):
            merged[-1] = {**merged[-1], "content": f"{merged[-1]['content']}\n\n{m['content']}"}
        else:
            merged.append(m)
    return merged


def answer_text(completion: dict[str, Any], mode: str) -> tuple[dict[str, Any], str]:
    """The first choice's message and the JSON text it carries; raises :class:`AnswerError`."""
    choices = completion.get("choices") or []
    if not choices:
        raise EmptyChoices
    choice = choices[0]
    if choice.get("finish_reason") == "length":
        raise CutOff
    message: dict[str, Any] = choice.get("message") or {}
    refusal = message.get("refusal")
    if refusal is not None:
        raise Refused(str(refusal))
    if mode == "tools":
        calls = message.get("tool_calls") or []
        arguments = calls[0].get("function", {}).get("arguments") if calls else None
        if arguments is None:
            raise AnswerError("No tool call found in the response", retry=True)
        return message, arguments if isinstance(arguments, str) else json.dumps(arguments)
    text = message.get("content") or ""
    return message, last_json(text) if mode == "md_json" else text


def last_json(text: str) -> str:
    """The last complete JSON object or array in a text (the model's own answer comes last)."""
    if len(text) > MAX_JSON_CHARS:
        raise ValueError("answer too long to search for JSON")
    decoder = json.JSONDecoder()
    found, index = None, 0
    while True:
        starts = [i for i in (text.find("{", index), text.find("[", index)) if i >= 0]
        if not starts:
            break
        start = min(starts)
        try:
            _value, end = decoder.raw_decode(text, start)
        except ValueError:
            index = start + 1
            continue
        found, index = text[start:end], end
    return found if found is not None else text


def parse(text: str, model: type[T]) -> T:
    return model.model_validate_json(text)


def reask(messages: list[dict[str, Any]], message: dict[str, Any], error: Exception, mode: str) -> list[dict[str, Any]]:
    """The conversation to send next: the answer given and what was wrong with it (instructor's wording)."""
    assistant: dict[str, Any] = {"role": message.get("role", "assistant"), "content": message.get("content") or ""}
    if mode != "tools":
        return [*messages, assistant, {"role": "user", "content": _REASK_JSON.format(error=error)}]
    calls = message.get("tool_calls")
    if calls is not None:
        assistant["tool_calls"] = calls
    follow = [{"role": "tool", "tool_call_id": call.get("id"), "name": call.get("function", {}).get("name"),
               "content": _REASK_TOOL.format(error=error)} for call in calls or []]
    return [*messages, assistant, *(follow or [{"role": "user", "content": _REASK_TOOL.format(error=error)}])]
