"""Concerns and SLA policies in the search: a concern's number stored as text (the search
reads columns of the table), and the full-text indexes of both types (PostgreSQL only)."""

from django.db import migrations, models

from accord.search.operations import AddSearchIndex


def number_existing(apps, schema_editor):
    Concern = apps.get_model("service", "Concern")
    for concern in Concern.objects.filter(number=""):
        concern.number = f"CON-{concern.year}-{concern.sequence:04d}"
        concern.save(update_fields=["number"])


class Migration(migrations.Migration):
    dependencies = [
        ("service", "0002_grant_service_permissions"),
    ]

    operations = [
        migrations.AddField(
            model_name="concern",
            name="number",
            field=models.CharField(default="", editable=False, max_length=20),
            preserve_default=False,
        ),
        migrations.RunPython(number_existing, migrations.RunPython.noop),
        AddSearchIndex(
            model="service.Concern",
            name="search_service_concern_public",
            fields=[("number", "A"), ("title", "A"), ("description", "B"), ("resolution", "B")],
        ),
        AddSearchIndex(
            model="service.SlaPolicy",
            name="search_service_slapolicy_public",
            fields=[("name", "A")],
        ),
    ]
