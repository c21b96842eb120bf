"""Test support shipped with the package: the local OpenAI-compatible fixture server."""
