"""``accord audit verify [--checkpoint FILE]`` and ``accord audit checkpoint [--output FILE]``."""

from __future__ import annotations

import json
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from accord.audit import chain
from accord.audit.models import AuditChainHead


class Command(BaseCommand):
    help = "Verify the audit trail's hash chain, or print a signed checkpoint of its head."

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        verify = sub.add_parser(
            "verify", help="Replay the chain, compare with its head; exit 1 naming every problem."
        )
        verify.add_argument(
            "--checkpoint",
            type=Path,
            help="A checkpoint file from 'accord audit checkpoint': also detects a lost tail.",
        )
        checkpoint = sub.add_parser("checkpoint", help="Print the chain head, signed, as JSON.")
        checkpoint.add_argument("--output", type=Path, help="Write to this file instead.")

    def handle(self, *args, **options) -> None:
        if options["action"] == "verify":
            self._verify(options["checkpoint"])
        else:
            self._checkpoint(options["output"])

    def _verify(self, checkpoint_path: Path | None) -> None:
        checkpoint = None
        if checkpoint_path is not None:
            try:
                checkpoint = chain.checkpoint_load(checkpoint_path.read_text())
            except OSError as exc:
                raise CommandError(f"Cannot read {checkpoint_path}: {exc.strerror}") from None
            except chain.CheckpointError as exc:
                raise CommandError(f"{checkpoint_path}: {exc}") from None
        started = time.perf_counter()
        result = chain.verify()
        elapsed = time.perf_counter() - started
        problems = list(result.problems)
        if not problems and checkpoint is not None:
            problem = chain.verify_against_checkpoint(result, checkpoint)
            problems += [problem] if problem is not None else []
        if problems:
            count = len(problems)
            self.stderr.write(
                f"Audit trail verification FAILED: {count} problem{'s' if count > 1 else ''} "
                f"in {result.events} events read."
            )
            for problem in problems:
                self.stderr.write(f"  {problem}.")
            raise SystemExit(1)
        rate = result.events / elapsed if elapsed > 0 else 0
        self.stdout.write(
            f"Audit trail OK: {result.events} events, head #{result.head_seq} "
            f"{result.head_hash[:16]}…, matches the chain-head row, verified in "
            f"{elapsed:.2f} s ({rate:,.0f} events/s)"
            + (f"; matches checkpoint #{checkpoint['seq']}" if checkpoint else "")
        )

    def _checkpoint(self, output: Path | None) -> None:
        head = AuditChainHead.objects.get(pk=1)
        text = json.dumps(chain.checkpoint_make(head.seq, head.hash, timezone.now()), indent=2)
        if output is None:
            self.stdout.write(text)
        else:
            output.write_text(text + "\n")
            self.stdout.write(f"Checkpoint of #{head.seq} written to {output}.")
