"""Who and what is acting right now: the request id and channel kept for audit events.

Context variables rather than thread locals, so they follow the request through async
code too. The request-id middleware sets them for web requests; commands and jobs set
the channel themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

UI, API, CLI, JOB, SYSTEM = "ui", "api", "cli", "job", "system"

request_id: ContextVar[str] = ContextVar("accord_request_id", default="")
channel: ContextVar[str] = ContextVar("accord_channel", default=SYSTEM)
client_ip: ContextVar[str] = ContextVar("accord_client_ip", default="")


@contextmanager
def acting(*, via: str, request: str = "", ip: str = "") -> Iterator[None]:
    """Run a block as coming through channel ``via`` (and request ``request``)."""
    tokens = (channel.set(via), request_id.set(request), client_ip.set(ip))
    try:
        yield
    finally:
        channel.reset(tokens[0])
        request_id.reset(tokens[1])
        client_ip.reset(tokens[2])
