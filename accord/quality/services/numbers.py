"""Gap-free numbers for quality records (DEV-2026-0001): taken from the kind's and
year's counter row, locked until the transaction that takes the number ends, so two
records never share a number and a rolled-back record leaves no gap."""

from __future__ import annotations

from django.db import IntegrityError, transaction

from accord.quality.models import QualityCounter, quality_number

DEVIATION = "DEV"
CAPA = "CAPA"
CHANGE = "CC"


def next_number(kind: str, year: int) -> str:
    """The next number of ``kind`` in ``year``; call inside the creating transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Take a number inside the transaction that creates the record.")
    counter = QualityCounter.objects.select_for_update().filter(kind=kind, year=year).first()
    if counter is None:
        try:
            with transaction.atomic():
                QualityCounter.objects.create(kind=kind, year=year)
        except IntegrityError:
            pass  # another transaction made it first; its row is locked below
        counter = QualityCounter.objects.select_for_update().get(kind=kind, year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return quality_number(kind, year, counter.last)
