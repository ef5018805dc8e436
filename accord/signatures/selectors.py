from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from accord.audit.registry import audited_type, audited_types
from accord.signatures.content import content_hash
from accord.signatures.models import Signature


def signatures_visible_to(user) -> QuerySet[Signature]:
    """Signatures on records the user may see: as visible as the records themselves."""
    condition = Q(pk__in=[])
    for label, entry in audited_types().items():
        if label == "signatures.signature":
            continue
        if not hasattr(entry.model, "signature_content"):
            continue
        ids = entry.visible_to(user).values("pk")
        condition |= Q(record_type=label, record_id__in=ids)
    return Signature.objects.filter(condition)


@dataclass(frozen=True)
class ManifestLine:
    signature: Signature
    matches: bool


def manifest(record) -> list[ManifestLine]:
    """The record's signatures in order, each flagged if the content changed since."""
    label = f"{record._meta.app_label}.{record._meta.model_name}"
    current = content_hash(record)
    return [
        ManifestLine(signature, signature.content_hash == current)
        for signature in Signature.objects.filter(record_type=label, record_id=record.pk)
    ]


def is_signable(label: str) -> bool:
    entry = audited_type(label)
    return entry is not None and hasattr(entry.model, "signature_content")
