"""Sponsor relationship permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

READERS = (
    "business_development",
    "project_manager",
    "subject_matter_expert",
    "quality_assurance",
    "operations",
    "executive",
    "administrator",
)
WRITERS = ("business_development", "project_manager", "executive")
MODELS = ("sponsorprofile", "keycontact", "interaction", "followup")


def grant(apps, schema_editor):
    grants = {}
    for model in MODELS:
        grants[f"view_{model}"] = READERS
        grants[f"add_{model}"] = WRITERS
        grants[f"change_{model}"] = WRITERS
    grant_to_roles(apps, schema_editor, "clients", grants)


class Migration(migrations.Migration):
    dependencies = [("clients", "0001_initial"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
