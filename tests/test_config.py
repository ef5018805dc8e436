"""Configuration comes from typed environment variables; bad values stop start-up by name."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from accord.config import ConfigError, Env

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "ACCORD_ENV": "production",
    "SECRET_KEY": "x7Gq2LrP9vKd4Wm8Zt1Yb6Nc3Hs5Jf0Ea-Ru2Ti7Ok9Pl4Mn6Bv8Cx1Zq3Wy5Ue",
    "ALLOWED_HOSTS": "accord.example.com",
    "DATABASE_URL": "postgres://accord@db.internal:5432/accord",
    "DEBUG": "false",
    "ACCORD_EMAIL_HOST": "smtp.cdmo.example",
    "ACCORD_SITE_URL": "https://accord.example.com",
    "ACCORD_AUDIT_CHECKPOINT_KEY": "Wd3kPq8Zr1Lm6Tx0Vb5Nc9Hs2Jf7Ea4Yg",
}


def _accord(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ACCORD_", "DJANGO_"))}
    clean.pop("DATABASE_URL", None)
    clean.update(env)
    clean.setdefault("ACCORD_VAR_DIR", tempfile.mkdtemp(prefix="accord-config-"))
    return subprocess.run(
        [sys.executable, "-m", "accord.cli", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_env_parses_types_and_names_the_bad_variable():
    env = Env({"A_BOOL": "yes", "A_INT": "42", "A_LIST": "a.example, b.example", "BAD": "maybe"})
    assert env.bool("A_BOOL", False) is True
    assert env.int("A_INT", 1) == 42
    assert env.list("A_LIST", []) == ["a.example", "b.example"]
    with pytest.raises(ConfigError, match="BAD must be a boolean"):
        env.bool("BAD", False)
    with pytest.raises(ConfigError, match="A_LIST must be an integer"):
        env.int("A_LIST", 1)
    with pytest.raises(ConfigError, match="MISSING is required"):
        env.str("MISSING")


@pytest.mark.req("DJ-2")
@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DEBUG", "sometimes"),
        ("ACCORD_SESSION_ABSOLUTE_HOURS", "twelve"),
        ("TIME_ZONE", "Mars/Olympus_Mons"),
        ("ACCORD_ENV", "staging"),
        ("DATABASE_URL", "nosuchdb://x"),
    ],
)
def test_a_bad_value_stops_start_up_with_a_message_naming_the_variable(variable, value):
    result = _accord("check", env={variable: value})
    assert result.returncode == 2
    assert variable in result.stderr
    assert "Traceback" not in result.stderr


def test_development_default_needs_no_configuration():
    result = _accord("check", env={})
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.req("DJ-2")
@pytest.mark.parametrize(
    ("missing_or_bad", "message"),
    [
        ({"SECRET_KEY": ""}, "SECRET_KEY"),
        ({"SECRET_KEY": "short"}, "SECRET_KEY"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS"),
        ({"DEBUG": "true"}, "DEBUG"),
        ({"ACCORD_AUDIT_CHECKPOINT_KEY": ""}, "ACCORD_AUDIT_CHECKPOINT_KEY"),
        ({"ACCORD_AUDIT_CHECKPOINT_KEY": "short"}, "ACCORD_AUDIT_CHECKPOINT_KEY"),
    ],
)
def test_production_refuses_insecure_defaults(missing_or_bad, message):
    result = _accord("check", env={**PRODUCTION_ENV, **missing_or_bad})
    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.req("DJ-1")
def test_check_deploy_passes_under_production_settings():
    result = _accord("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
