"""Gunicorn's configuration for ``accord serve`` (docs/deployment.md), from the environment.

Threads in a few processes: Accord's requests mostly wait on the database, and a process
costs far more memory than a thread. Each worker process is replaced after about
ACCORD_WEB_MAX_REQUESTS requests (with jitter, so they do not all restart at once), which
bounds any slow memory growth. On SIGTERM gunicorn stops accepting connections, lets the
requests in flight finish within ACCORD_WEB_GRACEFUL_TIMEOUT seconds, then exits.

The access log is Accord's own (one line per request, ``accord.access``); gunicorn's is
off. Gunicorn's own messages go to standard output in the same format as Accord's.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from accord.config import ConfigError, Env

env = Env()

_host = env.str("ACCORD_HOST", "127.0.0.1")
_port = env.int("ACCORD_PORT", 8000, minimum=1)
if _port > 65535:
    raise ConfigError(f"ACCORD_PORT must be a port number (1-65535), got {_port}.")
bind = [env.str("ACCORD_BIND", f"[{_host}]:{_port}" if ":" in _host else f"{_host}:{_port}")]
workers = env.int("ACCORD_WEB_WORKERS", 2, minimum=1)
threads = env.int("ACCORD_WEB_THREADS", 4, minimum=1)
worker_class = "gthread"
timeout = env.int("ACCORD_WEB_TIMEOUT", 60, minimum=5)
graceful_timeout = env.int("ACCORD_WEB_GRACEFUL_TIMEOUT", 20, minimum=1)
keepalive = env.int("ACCORD_WEB_KEEPALIVE", 5, minimum=1)
max_requests = env.int("ACCORD_WEB_MAX_REQUESTS", 2000, minimum=0)
max_requests_jitter = env.int("ACCORD_WEB_MAX_REQUESTS_JITTER", max_requests // 10, minimum=0)
# Headers a reverse proxy sets are trusted by Django's own settings (ACCORD_BEHIND_TLS_PROXY),
# not by gunicorn; its forwarded-allow-ips stays at the local default.
proc_name = "accord-web"
control_socket_disable = True
accesslog = None
errorlog = "-"
loglevel = env.str("ACCORD_LOG_LEVEL", "INFO").lower()
_format = env.str(
    "ACCORD_LOG_FORMAT", "json" if env.str("ACCORD_ENV", "") == "production" else "plain"
)
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "accord": {
            "()": "accord.core.logging.JsonFormatter"
            if _format == "json"
            else "accord.core.logging.PlainFormatter"
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "accord",
        }
    },
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": loglevel.upper(), "propagate": False},
        "gunicorn.access": {"handlers": [], "propagate": False},
    },
}

# `accord serve --with-worker`: one job worker beside the web server, started and stopped
# with it (a single-node installation; larger ones run `accord worker` on its own).
_job_worker: subprocess.Popen | None = None


def on_starting(server) -> None:
    global _job_worker
    if env.bool("ACCORD_SERVE_WITH_WORKER", False):
        _job_worker = subprocess.Popen([sys.executable, "-m", "accord.cli", "worker"])
        server.log.info("Started the job worker (pid %s).", _job_worker.pid)


def on_exit(server) -> None:
    if _job_worker is not None and _job_worker.poll() is None:
        os.kill(_job_worker.pid, signal.SIGTERM)
        try:
            _job_worker.wait(timeout=graceful_timeout + 10)
        except subprocess.TimeoutExpired:
            _job_worker.kill()
            _job_worker.wait()
