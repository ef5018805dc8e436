"""The ``accord`` command: Django's management commands with Accord's settings.

``accord migrate``, ``accord demo``, ``accord runserver`` ... A configuration error is
printed as one line naming the variable, and the command exits with status 2.
"""

from __future__ import annotations

import os
import sys

from django.core.exceptions import ImproperlyConfigured


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    argv = list(sys.argv if argv is None else argv)
    argv[0] = "accord"
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
