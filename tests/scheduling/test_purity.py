"""The scheduling engine is a pure library (DESIGN rule 7): no Django anywhere in it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import accord.scheduling

PACKAGE = Path(accord.scheduling.__file__).parent


def test_no_module_of_the_engine_imports_django():
    offenders = [
        p.name
        for p in PACKAGE.rglob("*.py")
        if "import django" in p.read_text() or "from django" in p.read_text()
    ]
    assert offenders == []


def test_importing_the_engine_loads_no_django():
    script = (
        "import sys, accord.scheduling\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
