"""Full-text GIN indexes for the search, on PostgreSQL only (nothing on SQLite).

One index per searched type on the weighted vector of its fields that any user may search,
and one more on its CDMO-internal fields where it has some (``registry.SearchType``).
"""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("accounts", "0003_must_change_password"),
        ("changes", "0003_change_order_baseline"),
        ("clients", "0002_grant_client_permissions"),
        ("delays", "0002_grant_delay_permissions"),
        ("meetings", "0002_grant_meeting_permissions"),
        ("projects", "0005_project_health"),
        ("proposals", "0004_acceptance"),
        ("reports", "0002_grant_status_report_permissions"),
        ("risks", "0002_grant_risk_register"),
    ]

    operations = [
        AddSearchIndex(
            model="projects.Project",
            name="search_projects_project_public",
            fields=[
                ("code", "A"),
                ("title", "A"),
                ("molecule", "A"),
                ("description", "B"),
                ("health_reason", "C"),
            ],
        ),
        AddSearchIndex(
            model="accounts.Organization",
            name="search_accounts_organization_public",
            fields=[("name", "A"), ("short_name", "A"), ("country", "C")],
        ),
        AddSearchIndex(
            model="proposals.Rfp",
            name="search_proposals_rfp_public",
            fields=[
                ("number", "A"),
                ("title", "A"),
                ("molecule", "B"),
                ("description", "B"),
                ("quantity_text", "C"),
            ],
        ),
        AddSearchIndex(
            model="proposals.Proposal",
            name="search_proposals_proposal_public",
            fields=[("number", "A"), ("title", "A")],
        ),
        AddSearchIndex(
            model="proposals.ProposalRevision",
            name="search_proposals_proposalrevision_public",
            fields=[("summary", "B"), ("sponsor_feedback", "B")],
        ),
        AddSearchIndex(
            model="proposals.ProposalRevision",
            name="search_proposals_proposalrevision_internal",
            fields=[("internal_pricing_notes", "C")],
        ),
        AddSearchIndex(
            model="proposals.Postmortem",
            name="search_proposals_postmortem_public",
            fields=[("lessons", "A"), ("data_says", "B"), ("competitor", "B"), ("other_note", "C")],
        ),
        AddSearchIndex(
            model="risks.Risk",
            name="search_risks_risk_public",
            fields=[
                ("title", "A"),
                ("cause", "B"),
                ("effect", "B"),
                ("mitigation_plan", "C"),
                ("contingency_plan", "C"),
                ("contingency_trigger", "C"),
            ],
        ),
        AddSearchIndex(
            model="delays.Delay",
            name="search_delays_delay_public",
            fields=[("title", "A"), ("description", "B"), ("root_cause", "B")],
        ),
        AddSearchIndex(
            model="delays.Delay",
            name="search_delays_delay_internal",
            fields=[("internal_notes", "C")],
        ),
        AddSearchIndex(
            model="changes.ChangeOrder",
            name="search_changes_changeorder_public",
            fields=[
                ("title", "A"),
                ("sow_reference", "B"),
                ("scope_change", "B"),
                ("justification", "B"),
                ("rejection_reason", "C"),
            ],
        ),
        AddSearchIndex(
            model="meetings.Meeting",
            name="search_meetings_meeting_public",
            fields=[("title", "A"), ("agenda", "B"), ("minutes", "B"), ("attendees", "C")],
        ),
        AddSearchIndex(
            model="meetings.Meeting",
            name="search_meetings_meeting_internal",
            fields=[("internal_notes", "C")],
        ),
        AddSearchIndex(
            model="meetings.MeetingDecision",
            name="search_meetings_meetingdecision_public",
            fields=[("text", "A"), ("decided_by", "C")],
        ),
        AddSearchIndex(
            model="meetings.ActionItem",
            name="search_meetings_actionitem_public",
            fields=[("description", "A")],
        ),
        AddSearchIndex(
            model="clients.KeyContact",
            name="search_clients_keycontact_public",
            fields=[("name", "A"), ("title", "B"), ("email", "C"), ("phone", "D")],
        ),
        AddSearchIndex(
            model="clients.Interaction",
            name="search_clients_interaction_public",
            fields=[("subject", "A"), ("summary", "B")],
        ),
        AddSearchIndex(
            model="clients.Interaction",
            name="search_clients_interaction_internal",
            fields=[("rapport_notes", "C")],
        ),
        AddSearchIndex(
            model="clients.FollowUp",
            name="search_clients_followup_public",
            fields=[("description", "A")],
        ),
        AddSearchIndex(
            model="reports.StatusReport",
            name="search_reports_statusreport_public",
            fields=[("summary", "B"), ("decisions_needed", "B")],
        ),
        AddSearchIndex(
            model="projects.ProjectDocument",
            name="search_projects_projectdocument_public",
            fields=[("title", "A"), ("original_name", "B")],
        ),
    ]
