"""LangChain's map-reduce summarisation, as the LangGraph recipe in LangChain's docs builds it.

Run by ``bench/bench_peers.py`` inside the separate benchmark venv (never the product's):
``python langgraph_mapreduce.py ARTICLE_DIR OUT_JSON`` with OPENAI_BASE_URL / OPENAI_API_KEY set and
BENCH_CONCURRENCY giving the request slots. Map: one concise summary per article; collapse summaries
while they exceed ``token_max``; reduce: one consolidated summary. An exception ends the run (exit 1).
"""

from __future__ import annotations

import asyncio
import json
import operator
import os
import sys
from pathlib import Path
from typing import Annotated, Literal, TypedDict

import bpe_openai  # the o200k tokenizer with its tables inside: tiktoken would download them
from langchain_core.documents import Document
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from langgraph.graph import END, START, StateGraph
from langgraph.types import Send

try:  # the recipe's helpers moved between LangChain releases
    from langchain_classic.chains.combine_documents.reduce import acollapse_docs, split_list_of_docs
except ImportError:  # pragma: no cover - depends on the installed LangChain
    from langchain.chains.combine_documents.reduce import acollapse_docs, split_list_of_docs

TOKEN_MAX = 1000
ENCODING = bpe_openai.get_encoding("o200k_base")

llm = ChatOpenAI(model="gpt-4o-mini", temperature=0)
map_prompt = ChatPromptTemplate.from_messages([("human", "Write a concise summary of the following:\n\n{context}")])
reduce_prompt = ChatPromptTemplate.from_messages([("human", (
    "The following is a set of summaries:\n{docs}\n"
    "Take these and distill it into a final, consolidated summary of the main themes."))])


def length_function(documents: list[Document]) -> int:
    return sum(len(ENCODING.encode(doc.page_content)) for doc in documents)


class OverallState(TypedDict):
    contents: list[str]
    summaries: Annotated[list[str], operator.add]
    collapsed_summaries: list[Document]
    final_summary: str


class SummaryState(TypedDict):
    content: str


async def _reduce(docs: list[Document]) -> str:
    response = await llm.ainvoke(reduce_prompt.invoke({"docs": "\n".join(d.page_content for d in docs)}))
    return str(response.content)


async def generate_summary(state: SummaryState) -> dict[str, list[str]]:
    response = await llm.ainvoke(map_prompt.invoke({"context": state["content"]}))
    return {"summaries": [str(response.content)]}


def map_summaries(state: OverallState) -> list[Send]:
    return [Send("generate_summary", {"content": content}) for content in state["contents"]]


def collect_summaries(state: OverallState) -> dict[str, list[Document]]:
    return {"collapsed_summaries": [Document(summary) for summary in state["summaries"]]}


async def collapse_summaries(state: OverallState) -> dict[str, list[Document]]:
    doc_lists = split_list_of_docs(state["collapsed_summaries"], length_function, TOKEN_MAX)
    results = [await acollapse_docs(doc_list, _reduce) for doc_list in doc_lists]
    return {"collapsed_summaries": results}


def should_collapse(state: OverallState) -> Literal["collapse_summaries", "generate_final_summary"]:
    if length_function(state["collapsed_summaries"]) > TOKEN_MAX:
        return "collapse_summaries"
    return "generate_final_summary"


async def generate_final_summary(state: OverallState) -> dict[str, str]:
    return {"final_summary": await _reduce(state["collapsed_summaries"])}


graph = StateGraph(OverallState)
graph.add_node("generate_summary", generate_summary)
graph.add_node("collect_summaries", collect_summaries)
graph.add_node("collapse_summaries", collapse_summaries)
graph.add_node("generate_final_summary", generate_final_summary)
graph.add_conditional_edges(START, map_summaries, ["generate_summary"])
graph.add_edge("generate_summary", "collect_summaries")
graph.add_conditional_edges("collect_summaries", should_collapse)
graph.add_conditional_edges("collapse_summaries", should_collapse)
graph.add_edge("generate_final_summary", END)
app = graph.compile()


async def main(folder: Path, out: Path) -> None:
    contents = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    print("work", flush=True, file=sys.stderr)
    state = await app.ainvoke({"contents": contents},
                              {"recursion_limit": 10, "max_concurrency": int(os.environ["BENCH_CONCURRENCY"])})
    out.write_text(json.dumps({"summary": state["final_summary"]}), encoding="utf-8")


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), Path(sys.argv[2])))
