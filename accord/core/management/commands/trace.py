"""``accord trace``: print the traceability matrix from the last test runs."""

from __future__ import annotations

import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accord.core import traceability
from accord.core.exports import csv_write

DEFAULT_REQUIREMENTS = settings.BASE_DIR / "docs" / "requirements.md"


class Command(BaseCommand):
    help = (
        "Print the traceability matrix: each requirement, the tests that prove it and their "
        "last result per database, then the requirements with no test yet. Run `make test` "
        "(on each database) first."
    )

    def add_arguments(self, parser) -> None:
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
            help="Folder with traceability-<database>.json files written by the test suite.",
        )
        parser.add_argument("--format", choices=("text", "csv"), default="text")
        parser.add_argument(
            "--tests", action="store_true", help="List each test under its requirement."
        )

    def handle(self, *args, **options) -> None:
        path: Path = options["requirements"]
        if not path.exists():
            raise CommandError(f"Requirements file not found: {path} (use --requirements).")
        requirements = traceability.requirements_from(path)
        runs = traceability.results_read(options["results"])
        if not runs:
            raise CommandError(f"No test results in {options['results']}: run `make test` first.")
        rows = traceability.matrix(requirements, runs)
        databases = sorted(runs)
        if options["format"] == "csv":
            # A terminal or a pipe: no byte-order mark (redirect to a file for Excel).
            csv_write(
                sys.stdout,
                ["requirement", "summary", "tests", *databases],
                (
                    [
                        row.requirement.id,
                        row.requirement.summary,
                        " ".join(row.tests),
                        *(row.outcomes[d] for d in databases),
                    ]
                    for row in rows
                ),
                bom=False,
            )
            return
        covered = [r for r in rows if r.tests]
        header = f"{'Requirement':<12} {'Tests':>5}  " + "  ".join(f"{d:<10}" for d in databases)
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for row in covered:
            results = "  ".join(f"{row.outcomes[d]:<10}" for d in databases)
            self.stdout.write(f"{row.requirement.id:<12} {len(row.tests):>5}  {results}")
            if options["tests"]:
                for test in row.tests:
                    self.stdout.write(f"    {test}")
        missing = [r for r in rows if not r.tests]
        self.stdout.write("")
        self.stdout.write(
            f"{len(covered)} of {len(rows)} requirements have tests; {len(missing)} have none yet:"
        )
        for row in missing:
            self.stdout.write(f"  {row.requirement.id:<12} {row.requirement.summary}")
        unknown = traceability.unknown_ids(requirements, runs)
        if unknown:
            self.stderr.write(f"Tests name unknown requirement ids: {', '.join(sorted(unknown))}")
        failed = [r.requirement.id for r in covered if "failed" in r.outcomes.values()]
        if failed:
            self.stderr.write(f"Requirements with failing tests: {', '.join(failed)}")
            raise SystemExit(1)
