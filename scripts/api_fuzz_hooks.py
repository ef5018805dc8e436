"""schemathesis hooks for scripts/api_fuzz.py (loaded through SCHEMATHESIS_HOOKS).

A path id the fuzzer makes up (0, 1, 17) almost never names a record, so every detail and
write would answer 404 and nothing behind it would be fuzzed. Small ids of the kinds the
seeded world holds become the world's records (sponsor A's, which both users see); large
ones stay, so ids past any row and past the database's integer range are still tried, and
so is every id of a kind the world does not name. Non-integer values (negative mode) stay.
"""

import json
import os
from pathlib import Path

import schemathesis

_IDS = json.loads(Path(os.environ["ACCORD_FUZZ_IDS"]).read_text())["ids"]


@schemathesis.hook
def map_path_parameters(context, path_parameters):
    for name, value in list((path_parameters or {}).items()):
        if name in _IDS and type(value) is int and 0 <= value < 1_000:
            path_parameters[name] = _IDS[name]
    return path_parameters
