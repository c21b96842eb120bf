"""The OpenAI Files and Batches endpoints for :class:`FakeOpenAI`, so batch runs are tested locally.

``FakeBatchAPI(server).install()`` registers ``/v1/files`` and ``/v1/batches`` on the server. A batch
runs when it is created (each line answered by the server's own chat handler, scripted faults
included) but reports ``in_progress`` for ``polls_until_done`` polls first, so clients must poll;
``hold`` keeps every batch in progress until released, which is how tests interrupt a run midway.
Everything uploaded is kept in :attr:`FakeBatchAPI.uploads` so tests can inspect what left the
machine (the API key must not be in it).
"""

from __future__ import annotations

import json
import threading
import time
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from summarizer.testing.fake_openai import FakeOpenAI

Answer = tuple[int, dict[str, str], bytes]


def _json(status: int, data: dict[str, Any]) -> Answer:
    return status, {}, json.dumps(data).encode()


def _not_found(what: str) -> Answer:
    return _json(404, {"error": {"message": f"{what} not found", "type": "invalid_request_error"}})


class FakeBatchAPI:
    def __init__(self, server: FakeOpenAI, polls_until_done: int = 1, hold: bool = False) -> None:
        self.server = server
        self.polls_until_done = polls_until_done
        self.hold = threading.Event()
        if hold:
            self.hold.set()
        self.files: dict[str, dict[str, Any]] = {}
        self.contents: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.polls: dict[str, int] = {}
        self.uploads: list[bytes] = []
        self._lock = threading.Lock()

    def install(self) -> FakeBatchAPI:
        self.server.add_route("POST", "/v1/files", self._upload)
        self.server.add_route("GET", "/v1/files/", self._file)
        self.server.add_route("POST", "/v1/batches", self._create)
        self.server.add_route("GET", "/v1/batches/", self._retrieve)
        return self

    def release(self) -> None:
        self.hold.clear()

    # ------------------------------------------------------------------ files

    def _store(self, name: str, purpose: str, content: bytes) -> dict[str, Any]:
        with self._lock:
            file_id = f"file-fake{len(self.files) + 1:04d}"
            meta = {"id": file_id, "object": "file", "bytes": len(content), "created_at": int(time.time()),
                    "filename": name, "purpose": purpose, "status": "processed"}
            self.files[file_id] = meta
            self.contents[file_id] = content
        return meta

    def _upload(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + headers.get("content-type", "").encode() + b"\r\n\r\n" + body)
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                fields[name] = (part.get_filename(), payload)
        if "file" not in fields:
            return _json(400, {"error": {"message": "no file in upload"}})
        purpose = fields.get("purpose", (None, b"batch"))[1].decode()
        with self._lock:
            self.uploads.append(fields["file"][1])
        return _json(200, self._store(fields["file"][0] or "upload.jsonl", purpose, fields["file"][1]))

    def _file(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        rest = path.split("/v1/files/", 1)[1].split("?")[0]
        file_id, _, tail = rest.partition("/")
        if file_id not in self.files:
            return _not_found(f"file {file_id}")
        if tail == "content":
            return 200, {"Content-Type": "application/octet-stream"}, self.contents[file_id]
        return _json(200, self.files[file_id])

    # ------------------------------------------------------------------ batches

    def _create(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        request = json.loads(body or b"{}")
        input_id = request.get("input_file_id")
        if input_id not in self.contents:
            return _not_found(f"input file {input_id}")
        output, errors, counts = self._run(self.contents[input_id])
        with self._lock:
            batch_id = f"batch_fake{len(self.batches) + 1:04d}"
        out = self._store("batch_output.jsonl", "batch_output", output)
        err = self._store("batch_errors.jsonl", "batch_output", errors) if errors else None
        batch = {
            "id": batch_id, "object": "batch", "endpoint": request.get("endpoint"), "errors": None,
            "input_file_id": input_id, "completion_window": request.get("completion_window", "24h"),
            "status": "validating", "output_file_id": None, "error_file_id": None,
            "created_at": int(time.time()), "request_counts": counts,
            "_output": out["id"], "_errors": err["id"] if err else None,
        }
        with self._lock:
            self.batches[batch_id] = batch
            self.polls[batch_id] = 0
        return _json(200, self._public(batch))

    def _run(self, jsonl: bytes) -> tuple[bytes, bytes, dict[str, int]]:
        output: list[str] = []
        errors: list[str] = []
        for index, line in enumerate(jsonl.decode().splitlines()):
            item = json.loads(line)
            raw = json.dumps(item["body"])
            with self.server._lock:
                self.server.requests.append(item["body"])
            status, _headers, answer = self.server.answer(item["body"], self.server._next_fault(raw))
            record = {"id": f"batch_req_{index}", "custom_id": item["custom_id"],
                      "response": {"status_code": status, "request_id": f"req_{index}", "body": json.loads(answer)},
                      "error": None}
            (output if status == 200 else errors).append(json.dumps(record))
        counts = {"total": len(output) + len(errors), "completed": len(output), "failed": len(errors)}
        return ("\n".join(output) + "\n").encode(), ("\n".join(errors) + "\n").encode() if errors else b"", counts

    def _retrieve(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        batch_id = path.split("/v1/batches/", 1)[1].split("?")[0].strip("/")
        with self._lock:
            batch = self.batches.get(batch_id)
            if batch is None:
                return _not_found(f"batch {batch_id}")
            self.polls[batch_id] += 1
            if batch["status"] == "failed":
                pass
            elif self.hold.is_set():
                batch["status"] = "in_progress"
            elif self.polls[batch_id] > self.polls_until_done:
                batch.update(status="completed", output_file_id=batch["_output"], error_file_id=batch["_errors"])
            else:
                batch["status"] = "in_progress"
            return _json(200, self._public(batch))

    def fail(self, batch_id: str, message: str) -> None:
        """Make a batch end ``failed`` at its next poll, as when the provider rejects the input file."""
        with self._lock:
            self.batches[batch_id].update(status="failed", errors={"object": "list", "data": [{"message": message}]})

    @staticmethod
    def _public(batch: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in batch.items() if not k.startswith("_")}
