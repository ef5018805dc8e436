"""The full-text index of quality agreements' titles (PostgreSQL only; see accord.search)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("quality", "0002_grant_quality_permissions"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="quality.QualityAgreement",
            name="search_quality_qualityagreement_public",
            fields=[("title", "A")],
        ),
    ]
