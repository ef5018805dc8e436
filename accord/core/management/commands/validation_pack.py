"""``accord validation-pack OUTDIR``: the release's validation pack, as HTML and PDF."""

from __future__ import annotations

import getpass
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accord.core import validation_pack

DEFAULT_REQUIREMENTS = settings.BASE_DIR / "docs" / "requirements.md"


class Command(BaseCommand):
    help = (
        "Write the validation pack (validation-pack.html and .pdf, with its evidence files) "
        "into OUTDIR: requirements, the tests that prove each one and their last result per "
        "database, the requirements without a test, the configuration, the deployment "
        "check and the audit-chain verification. Run `make test` on each database first."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("outdir", type=Path, help="Folder to write the pack into.")
        parser.add_argument(
            "--requirements",
            type=Path,
            default=DEFAULT_REQUIREMENTS,
            help=f"The requirements file (default {DEFAULT_REQUIREMENTS}).",
        )
        parser.add_argument(
            "--results",
            type=Path,
            default=settings.VAR_DIR,
            help="Folder with the traceability-<database>.json files written by the test "
            "suite, and evidence (fuzz/, JUnit XML) next to them.",
        )
        parser.add_argument(
            "--by",
            default="",
            help="Who generates the pack, as printed on its cover (default: the login name).",
        )
        parser.add_argument(
            "--evidence",
            type=Path,
            action="append",
            default=[],
            help="Another evidence file or folder to attach (repeatable).",
        )

    def handle(self, *args, **options) -> None:
        requirements: Path = options["requirements"]
        if not requirements.exists():
            raise CommandError(f"Requirements file not found: {requirements} (use --requirements).")
        for path in options["evidence"]:
            if not path.exists():
                raise CommandError(f"Evidence file not found: {path}.")
        try:
            context = validation_pack.pack_context(
                requirements_path=requirements,
                results_dir=options["results"],
                generated_by=options["by"] or getpass.getuser(),
                evidence=options["evidence"],
            )
        except validation_pack.NoResults as error:
            raise CommandError(str(error)) from error
        html, pdf = validation_pack.pack_write(options["outdir"], context)
        summary = context["summary"]
        self.stdout.write(f"Wrote {html} and {pdf}.")
        self.stdout.write(
            f"{summary['tested']} of {summary['requirements']} requirements have tests; "
            f"{summary['untested']} have none; {summary['failing']} have a failing test. "
            f"Audit chain: {'OK' if context['audit']['ok'] else 'PROBLEM'} "
            f"({context['audit']['events']} events)."
        )
        if summary["failing"] or not context["audit"]["ok"]:
            self.stderr.write(
                "The pack records failing tests or an audit-chain problem; "
                "it is not release evidence as it stands."
            )
            raise SystemExit(1)
