"""Content Security Policy (WEB-2): every page says where scripts, styles and frames may
come from, and the pages do not need more."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import client_for


@pytest.mark.req("WEB-2")
def test_every_page_carries_a_strict_content_security_policy(world):
    response = client_for(world.pm_alice).get(reverse("projects:detail", args=[world.project_a.pk]))
    policy = response["Content-Security-Policy"]
    directives = dict(
        (part.strip().split(" ", 1) + [""])[:2] for part in policy.split(";") if part.strip()
    )
    assert directives["default-src"] == "'self'"
    assert directives["script-src"].startswith("'self'")
    assert "unsafe-inline" not in directives["script-src"]
    assert "unsafe-eval" not in directives["script-src"]
    assert directives["object-src"] == "'none'"
    assert directives["base-uri"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    # The sign-in page, before anyone is signed in, too.
    from django.test import Client

    assert (
        "frame-ancestors 'none'"
        in Client().get(reverse("accounts:login"))["Content-Security-Policy"]
    )
