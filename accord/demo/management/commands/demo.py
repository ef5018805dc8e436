"""``accord demo``: load the demo dataset (idempotent) and print the demo logins."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.core.management.base import BaseCommand, CommandError

from accord.accounts.models import User
from accord.demo.builder import DemoConflict, demo_load, demo_logins


class Command(BaseCommand):
    help = (
        "Load a realistic CDMO demo dataset (organizations, sites, people, projects, "
        "plans, documents, risks, meetings, status reports) dated from the Monday of this "
        "week (or of ACCORD_DEMO_DATE=YYYY-MM-DD) and print the demo logins. Running it "
        "again creates only what is missing and never changes existing passwords."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--force-production",
            action="store_true",
            help="Load the demo data even though ACCORD_ENV=production (not recommended: "
            "the demo users share a published password).",
        )

    def handle(self, *args, **options) -> None:
        if settings.ACCORD_ENV == "production":
            if not options["force_production"]:
                raise CommandError(
                    "Refusing to load demo data into a production installation "
                    "(ACCORD_ENV=production): the demo users have a published password. "
                    "Pass --force-production if you really mean it."
                )
            self.stderr.write(
                self.style.WARNING(
                    "Loading demo data into PRODUCTION (--force-production). Deactivate or "
                    "re-password the demo users afterwards."
                )
            )

        verbosity = options["verbosity"]
        try:
            summary = demo_load(stdout=self.stdout if verbosity >= 2 else None)
        except DemoConflict as exc:
            raise CommandError(f"Cannot load the demo data: {exc}") from exc

        for warning in summary.warnings:
            self.stderr.write(self.style.WARNING(f"Warning: {warning}"))
        self.stdout.write(self.style.SUCCESS(str(summary)))
        if verbosity >= 1:
            self.stdout.write("")
            self._print_logins()

    def _print_logins(self) -> None:
        rows = []
        unchanged = False
        for username, description, password in demo_logins():
            user = User.objects.filter(username__iexact=username).first()
            if user is None:
                shown = "(not created)"
            elif not user.is_active:
                shown = "(account deactivated)"
            elif check_password(password, user.password):
                shown = password
            else:
                shown = "(existing password) *"
                unchanged = True
            rows.append((username, description, shown))

        header = ("Username", "Role and organization", "Password")
        widths = [max(len(r[i]) for r in (header, *rows)) for i in range(3)]

        def line(cells) -> str:
            return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

        self.stdout.write("Demo logins:")
        self.stdout.write(line(header))
        self.stdout.write(line(["-" * w for w in widths]))
        for row in rows:
            self.stdout.write(line(row))
        if unchanged:
            self.stdout.write(
                "* This account existed before the demo data was loaded; its password was "
                "left unchanged."
            )
