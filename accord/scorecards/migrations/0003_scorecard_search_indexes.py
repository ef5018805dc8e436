"""The full-text index of frozen scorecards (PostgreSQL only; see accord.search)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("scorecards", "0002_grant_scorecard_permissions"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="scorecards.Scorecard",
            name="search_scorecards_scorecard_public",
            fields=[("scope_label", "A"), ("template_name", "B"), ("standing", "C")],
        ),
    ]
