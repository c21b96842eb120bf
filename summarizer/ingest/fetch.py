"""Fetching URLs with a timeout and a size cap; failures become input errors naming the URL."""

from __future__ import annotations

import urllib.error
import urllib.request

from summarizer.errors import InputError

MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = "summarizer/0.1 (+news briefing tool)"


def fetch_url(url: str, timeout: float = 20.0) -> tuple[bytes, str]:
    """Return the body and its content type."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body: bytes = response.read(MAX_BYTES + 1)
            ctype = response.headers.get("Content-Type", "") or ""
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(url, f"could not fetch: {exc.reason}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except OSError as exc:
        raise InputError(url, f"could not fetch: {exc}") from None
    if len(body) > MAX_BYTES:
        raise InputError(url, f"response larger than {MAX_BYTES // (1024 * 1024)} MB")
    return body, ctype
