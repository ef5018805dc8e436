"""``accord restore ARCHIVE``: restore into an empty database and storage, then verify."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accord.core.backup import BackupError, archive_check, restore, restored_check


class Command(BaseCommand):
    help = (
        "Restore an archive from `accord backup` into this site's database, which must be "
        "empty, and its storage; then verify the audit chain against the archive's "
        "checkpoint, every file's SHA-256 and the row counts. Exits 1 when anything fails."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive", type=Path, help="An archive folder or .tar file.")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--check-only",
            action="store_true",
            help="Check the archive itself (signatures, every SHA-256); restore nothing.",
        )
        mode.add_argument(
            "--verify-only",
            action="store_true",
            help="Verify this site's database and storage against the archive (again, after "
            "a restore); restore nothing.",
        )

    def handle(self, *args, **options) -> None:
        archive: Path = options["archive"]
        started = time.perf_counter()
        try:
            if options["check_only"]:
                report = archive_check(archive, progress=self.stderr.write)
            elif options["verify_only"]:
                report = restored_check(archive, progress=self.stderr.write)
            else:
                report = restore(archive, progress=self.stderr.write)
        except BackupError as exc:
            raise CommandError(f"Restore refused: {exc}") from None
        except OSError as exc:
            raise CommandError(f"Restore failed: {exc}") from None
        elapsed = time.perf_counter() - started
        for line in report.lines:
            self.stdout.write(line)
        if not report.ok:
            for problem in report.problems:
                self.stderr.write(f"  {problem}")
            if options["check_only"]:
                raise CommandError(
                    f"The archive {archive} failed its check: {len(report.problems)} problem(s)."
                )
            raise CommandError(
                f"Verification FAILED: {len(report.problems)} problem(s); do not put this "
                "site in service."
            )
        done = (
            "checked"
            if options["check_only"] or options["verify_only"]
            else "restored and verified"
        )
        self.stdout.write(f"Archive {archive} {done} in {elapsed:.1f} s: OK.")
