"""google/langextract over the same articles, pointed at the fixture server through its OpenAI provider.

Run by ``bench/bench_peers.py`` inside the separate benchmark venv: ``python langextract_run.py
ARTICLE_DIR OUT_JSON`` with OPENAI_BASE_URL / OPENAI_API_KEY / BENCH_CONCURRENCY set. Library defaults
(1,000-character chunks, batches of 10, one pass) apart from the worker count; the prompt and the one
example follow LangExtract's README. An exception ends the run (exit 1).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import langextract as lx

PROMPT = ("Extract the facts, quotes and people of this news article. Use exact text from the article; "
          "do not paraphrase or overlap entities.")
EXAMPLES = [lx.data.ExampleData(
    text='The ferry to Lowmere sailed at noon with 212 people aboard, "We were lucky," said captain Ada Venn.',
    extractions=[
        lx.data.Extraction(extraction_class="claim", extraction_text="The ferry to Lowmere sailed at noon",
                           attributes={"figure": "212 people"}),
        lx.data.Extraction(extraction_class="quote", extraction_text="We were lucky", attributes={"speaker": "Ada Venn"}),
        lx.data.Extraction(extraction_class="person", extraction_text="Ada Venn", attributes={"role": "captain"}),
    ],
)]


def main(folder: Path, out: Path) -> None:
    documents = [lx.data.Document(text=p.read_text(encoding="utf-8"), document_id=p.stem)
                 for p in sorted(folder.glob("*.txt"))]
    config = lx.factory.ModelConfig(model_id="gpt-4o-mini", provider="OpenAILanguageModel", provider_kwargs={
        "api_key": os.environ["OPENAI_API_KEY"], "base_url": os.environ["OPENAI_BASE_URL"],
        "max_workers": int(os.environ["BENCH_CONCURRENCY"])})
    print("work", flush=True, file=sys.stderr)
    results = lx.extract(text_or_documents=documents, prompt_description=PROMPT, examples=EXAMPLES, config=config,
                         fence_output=True, use_schema_constraints=False,
                         max_workers=int(os.environ["BENCH_CONCURRENCY"]), show_progress=False)
    out.write_text(json.dumps({d.document_id: len(d.extractions or []) for d in results}), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
