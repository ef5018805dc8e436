"""Give existing team members their project role, and the staffing permissions to the
shipped roles on existing databases.

A membership's role is read from its free-text responsibility (the words the demo and
earlier versions used); what matches nothing stays "Team member" on its side, and the
responsibility text is kept as it was.
"""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

# Frozen copy of the keywords: (words in the responsibility, CDMO role, sponsor role).
KEYWORDS = (
    (("project manager", "project lead"), "project_manager", "sponsor_project_lead"),
    (("qa", "quality"), "qa_lead", "sponsor_qa"),
    (("process chemistry",), "process_chemistry_lead", "sponsor_cmc_lead"),
    (("analytical",), "analytical_lead", "sponsor_cmc_lead"),
    (("qc",), "qc_lead", "sponsor_qa"),
    (("upstream",), "upstream_lead", "sponsor_technology_lead"),
    (("downstream",), "downstream_lead", "sponsor_technology_lead"),
    (("conjugation",), "conjugation_lead", "sponsor_technology_lead"),
    (("fill-finish", "fill finish"), "fill_finish_lead", "sponsor_supply_lead"),
    (("manufacturing", "production"), "manufacturing_lead", "sponsor_supply_lead"),
    (("process safety",), "process_safety", "sponsor_cmc_lead"),
    (("regulatory",), "regulatory_cmc", "sponsor_cmc_lead"),
    (("supply",), "supply_chain", "sponsor_supply_lead"),
    (("consultant",), "team_member", "sponsor_cmc_consultant"),
    (("technology",), "team_member", "sponsor_technology_lead"),
    (("cmc",), "regulatory_cmc", "sponsor_cmc_lead"),
    (("creator",), "project_manager", "sponsor_team_member"),
)


def role_of(responsibility: str, sponsor: bool) -> str:
    text = responsibility.lower()
    for words, cdmo_role, sponsor_role in KEYWORDS:
        if any(word in text for word in words):
            return sponsor_role if sponsor else cdmo_role
    return "sponsor_team_member" if sponsor else "team_member"


def assign_roles(apps, schema_editor):
    Membership = apps.get_model("projects", "ProjectMembership")
    using = schema_editor.connection.alias
    for membership in Membership.objects.using(using).select_related("user__organization"):
        sponsor = membership.user.organization.kind == "sponsor"
        membership.role = role_of(membership.responsibility, sponsor)
        membership.save(update_fields=["role"])


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "projects",
        {"staff_project": ("project_manager",), "staff_any_project": ("administrator",)},
    )


class Migration(migrations.Migration):
    dependencies = [("projects", "0006_membership_role"), ("accounts", "0004_site_holiday_region")]

    operations = [
        migrations.RunPython(assign_roles, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
