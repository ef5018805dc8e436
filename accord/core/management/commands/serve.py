"""``accord serve``: the production web server (gunicorn, configured by accord.gunicorn_conf)."""

from __future__ import annotations

import os
import sys

from django.core.management.base import BaseCommand, CommandParser
from django.db import connections


class Command(BaseCommand):
    help = (
        "Serve Accord with gunicorn: ACCORD_WEB_WORKERS processes of ACCORD_WEB_THREADS "
        "threads on ACCORD_HOST:ACCORD_PORT, logs on standard output (ACCORD_LOG_FORMAT). "
        "SIGTERM stops taking connections and exits once the requests in flight finish "
        "(at most ACCORD_WEB_GRACEFUL_TIMEOUT seconds). Background jobs need `accord worker` "
        "too, or --with-worker on a single node. See docs/deployment.md."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", help="Address to listen on (ACCORD_HOST, 127.0.0.1).")
        parser.add_argument("--port", type=int, help="Port to listen on (ACCORD_PORT, 8000).")
        parser.add_argument("--workers", type=int, help="Processes (ACCORD_WEB_WORKERS, 2).")
        parser.add_argument("--threads", type=int, help="Threads each (ACCORD_WEB_THREADS, 4).")
        parser.add_argument(
            "--with-worker",
            action="store_true",
            help="Also run one job worker (`accord worker`), stopped with the server.",
        )

    def handle(self, *args: object, **options: object) -> None:
        environ = dict(os.environ)
        for option, name in (
            ("host", "ACCORD_HOST"),
            ("port", "ACCORD_PORT"),
            ("workers", "ACCORD_WEB_WORKERS"),
            ("threads", "ACCORD_WEB_THREADS"),
        ):
            if options[option] is not None:
                environ[name] = str(options[option])
        if options["with_worker"]:
            environ["ACCORD_SERVE_WITH_WORKER"] = "true"
        environ.setdefault("ACCORD_LOG_STREAM", "stdout")
        connections.close_all()
        sys.stdout.flush()
        sys.stderr.flush()
        # Replace this process, so that gunicorn's master gets the service manager's signals.
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "python:accord.gunicorn_conf",
            "accord.wsgi:application",
        ]
        os.execve(sys.executable, argv, environ)  # noqa: S606 - no shell: a fixed argv
