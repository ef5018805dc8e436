"""The canonical snapshot of a record that a signature's hash covers."""

from __future__ import annotations

import hashlib
import json


def canonical_content(record) -> bytes:
    content = {
        "type": f"{record._meta.app_label}.{record._meta.model_name}",
        "id": record.pk,
        "content": record.signature_content(),
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(record) -> str:
    return hashlib.sha256(canonical_content(record)).hexdigest()
