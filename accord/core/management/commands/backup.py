"""``accord backup DEST`` writes an archive; ``accord backup --verify ARCHIVE`` checks one."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accord.core.backup import BackupError, archive_check, backup_create


class Command(BaseCommand):
    help = (
        "Back up the database, the stored files and a signed audit checkpoint into one "
        "archive (a new folder, or a file ending in .tar), or check an archive with --verify. "
        "Secrets are never written: keep SECRET_KEY and ACCORD_AUDIT_CHECKPOINT_KEY apart."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "path", type=Path, help="Where to write the archive, or the one to check."
        )
        parser.add_argument(
            "--verify",
            action="store_true",
            help="Check the archive at PATH (signatures, every SHA-256) without restoring it.",
        )

    def handle(self, *args, **options) -> None:
        path: Path = options["path"]
        started = time.perf_counter()
        try:
            if options["verify"]:
                report = archive_check(path, progress=self.stderr.write)
            else:
                result = backup_create(path, progress=self.stderr.write)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        except OSError as exc:
            raise CommandError(f"Backup failed: {exc}") from None
        elapsed = time.perf_counter() - started
        if not options["verify"]:
            manifest = result.manifest
            self.stdout.write(
                f"Backup written to {result.path}: {sum(manifest['tables'].values()):,} rows, "
                f"{len(manifest['files']):,} files, audit chain head #{manifest['audit']['seq']}, "
                f"in {elapsed:.1f} s."
            )
            return
        for line in report.lines:
            self.stdout.write(line)
        if not report.ok:
            for problem in report.problems:
                self.stderr.write(f"  {problem}")
            raise CommandError(
                f"The archive {path} failed its check: {len(report.problems)} problem(s)."
            )
        self.stdout.write(f"Archive {path}: OK.")
