"""Team permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

READERS = (
    "project_manager",
    "quality_assurance",
    "subject_matter_expert",
    "operations",
    "executive",
    "business_development",
    "administrator",
    "sponsor_manager",
    "sponsor_contact",
)
MODELS = ("deliverable", "raciassignment", "steeringmember", "escalationcontact")


def grant(apps, schema_editor):
    grants = {f"view_{model}": READERS for model in MODELS}
    for model in MODELS:
        grants[f"add_{model}"] = ("project_manager",)
        grants[f"change_{model}"] = ("project_manager",)
    grant_to_roles(apps, schema_editor, "teams", grants)


class Migration(migrations.Migration):
    dependencies = [("teams", "0001_initial"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
