"""The full-text index of batches' numbers and products (PostgreSQL only; see accord.search)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("quality", "0010_grant_change_control_permissions"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="quality.Batch",
            name="search_quality_batch_public",
            fields=[("number", "A"), ("product", "B")],
        ),
    ]
