"""The ``accord`` command: Django's management commands with Accord's settings.

``accord migrate``, ``accord demo``, ``accord runserver`` ... A configuration error is
printed as one line naming the variable, and the command exits with status 2.
``accord schedule PLAN.xml`` is the scheduling engine's command: it runs before, and
without, Django.
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    if len(argv) > 1 and argv[1] == "schedule":
        from accord.scheduling.cli import main as schedule_main

        return schedule_main(argv[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    argv[0] = "accord"
    if len(argv) > 1 and not argv[1].startswith("-"):
        # `accord validation-pack` runs the command module validation_pack.
        argv[1] = argv[1].replace("-", "_")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        from django.conf import settings

        settings.INSTALLED_APPS  # noqa: B018 - load settings now to report errors cleanly
    except ImproperlyConfigured as exc:
        print(f"accord: configuration error: {exc}", file=sys.stderr)
        return 2
    from accord.core import context

    # Changes made by commands are audited as coming through the command line; web
    # requests served by `accord runserver` set their own channel per request.
    context.channel.set(context.CLI)
    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
