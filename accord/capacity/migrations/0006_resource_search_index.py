"""The full-text index of resources (PostgreSQL only; see accord.search)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("capacity", "0005_capacity_check"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="capacity.Resource",
            name="search_capacity_resource_public",
            fields=[("code", "A"), ("name", "A"), ("description", "C")],
        ),
    ]
