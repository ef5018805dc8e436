"""Regenerate the Python client from Accord's OpenAPI document (``make client``).

1. Writes the live document (``accord.api.api``) to ``openapi.json`` here, sorted, so a
   change to the API shows as a change to this file in review.
2. Generates the ``accord_client`` package from it with openapi-python-client (a dev
   dependency of Accord, pinned to one minor version so the output is stable).

``tests/test_client.py`` fails when either is out of date: run ``make client`` and commit.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DOCUMENT = HERE / "openapi.json"
PACKAGE = "accord_client"


def document_text() -> str:
    """The live OpenAPI document as this directory stores it."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accord.settings")
    import django

    django.setup()
    from accord.api import api

    return json.dumps(api.get_openapi_schema(), indent=1, sort_keys=True, default=str) + "\n"


def generate_package(document: Path, into: Path) -> Path:
    """Generate ``accord_client`` from ``document`` under ``into``; returns the package."""
    out = into / "generated"
    subprocess.run(  # noqa: S603 - our own generator on our own document
        [
            str(Path(sys.executable).with_name("openapi-python-client")),
            "generate",
            "--path",
            str(document),
            "--config",
            str(HERE / "generator.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--overwrite",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return out


def main() -> None:
    DOCUMENT.write_text(document_text(), encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        generated = generate_package(DOCUMENT, Path(tmp))
        shutil.rmtree(HERE / PACKAGE, ignore_errors=True)
        shutil.copytree(generated, HERE / PACKAGE)
    (HERE / PACKAGE / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    print(f"Wrote {DOCUMENT.relative_to(ROOT)} and {PACKAGE}/")


if __name__ == "__main__":
    main()
