"""One way of writing dates and times (docs/dates.md): ``7 Oct 2026`` for a day, the
site's time zone with its offset for a moment, UTC beside it in a signature manifest,
ISO 8601 for machines (chart data, the API)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django import forms
from django.urls import reverse

from accord.core.dates import format_day, format_moment, format_utc
from accord.core.forms import DateInput
from accord.planning import services as planning
from tests.conftest import client_for

pytestmark = pytest.mark.django_db

WINTER = dt.datetime(2026, 1, 7, 13, 5, 9, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 7, 13, 5, 9, tzinfo=dt.UTC)


def test_a_day_and_a_moment_read_one_way():
    assert format_day(dt.date(2026, 10, 7)) == "7 Oct 2026"
    assert format_moment(WINTER) == "7 Jan 2026, 14:05 CET (UTC+01:00)"
    assert format_moment(SUMMER) == "7 Jul 2026, 15:05 CEST (UTC+02:00)"
    assert format_moment(SUMMER, "America/New_York") == "7 Jul 2026, 09:05 EDT (UTC-04:00)"
    assert format_utc(WINTER) == "7 Jan 2026, 13:05:09 UTC"


class _Form(forms.Form):
    on = forms.DateField(widget=DateInput())


def test_the_date_input_shows_and_accepts_the_same_format():
    html = str(_Form(initial={"on": dt.date(2026, 10, 7)})["on"])
    assert 'value="7 Oct 2026"' in html and 'type="text"' in html and "data-date-input" in html
    for typed in ("7 Oct 2026", "07 Oct 2026", "2026-10-07"):
        form = _Form(data={"on": typed})
        assert form.is_valid() and form.cleaned_data["on"] == dt.date(2026, 10, 7), typed


@pytest.mark.req("AT-9")
def test_pages_show_dates_one_way_and_times_with_the_site_offset(world):
    client = client_for(world.pm_alice)
    page = client.get(reverse("projects:detail", args=[world.project_a.pk])).content.decode()
    start = world.project_a.start_date
    assert format_day(start) in page
    assert start.strftime("%d/%m/%Y") not in page and start.strftime("%m/%d/%Y") not in page
    history = client.get(
        reverse("audit:history", args=["projects.project", world.project_a.pk])
    ).content.decode()
    assert re.search(r"\d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} CES?T \(UTC\+0[12]:00\)", history)


@pytest.mark.req("ES-1")
def test_a_signature_shows_the_site_time_and_utc(world):
    report = world.status_report_a_published
    client = client_for(world.pm_alice)
    url = reverse("reports:detail", args=[report.project_id, report.pk])
    page = client.get(url).content.decode()
    both = (
        r"\d{2}:\d{2}:\d{2} CES?T \(UTC\+0[12]:00\)(<br>| · )"
        r"\d{1,2} \w{3} \d{4}, \d{2}:\d{2}:\d{2} UTC"
    )
    assert re.search(both, page), "the signed time in the site's zone, then in UTC"


def test_chart_data_stay_iso_dates(world):
    planning.plan_apply_template(
        actor=None, project=world.project_a, template_code="small_molecule_tt"
    )
    data = (
        client_for(world.pm_alice)
        .get(reverse("planning:gantt_data", args=[world.project_a.pk]))
        .json()
    )
    for row in data["tasks"]:
        dt.date.fromisoformat(row["start"])
        dt.date.fromisoformat(row["end"])
    assert json.dumps(data).count("Oct 20") == 0  # never a display date in chart data
