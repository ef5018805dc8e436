"""The sidebar: what a user sees depends on their organization and permissions."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str = ""
    icon: str = ""
    permission: str = ""
    audience: str = ""  # "cdmo", "sponsor" or "" for both
    heading: bool = False


NAVIGATION: tuple[NavItem, ...] = (
    NavItem("My work", "home:work", "bi-grid-1x2", audience="cdmo"),
    NavItem("Portal home", "home:portal", "bi-house-door", audience="sponsor"),
    NavItem("Service", heading=True),
    NavItem("Projects", "projects:list", "bi-kanban", "projects.view_project"),
    NavItem("Delays", "delays:portfolio", "bi-hourglass-split", "delays.view_delay", "cdmo"),
    NavItem("Action items", "meetings:actions", "bi-list-check", "meetings.view_meeting", "cdmo"),
    NavItem("Sponsors", "sponsors:list", "bi-buildings", "accounts.view_organization", "cdmo"),
    NavItem("RFPs", "proposals:rfp_list", "bi-inbox", "proposals.view_rfp", "cdmo"),
    NavItem(
        "Proposals",
        "proposals:proposal_list",
        "bi-file-earmark-text",
        "proposals.view_proposal",
        "cdmo",
    ),
    NavItem(
        "Win/loss analytics",
        "proposals:analytics",
        "bi-bar-chart-line",
        "proposals.view_postmortem",
        "cdmo",
    ),
    NavItem("Lessons learned", "lessons:library", "bi-lightbulb", "lessons.view_lesson", "cdmo"),
    NavItem(
        "Site calendars", "planning:calendars", "bi-calendar3", "planning.view_holiday", "cdmo"
    ),
    NavItem("Concerns", "service:concerns", "bi-megaphone", "service.view_concern", "cdmo"),
    NavItem("Service levels", "service:levels", "bi-stopwatch", "service.view_slapolicy", "cdmo"),
    NavItem(
        "Service dashboard", "service:dashboard", "bi-speedometer2", "service.view_concern", "cdmo"
    ),
    NavItem("Recognition", "recognition:wall", "bi-heart", "recognition.view_kudos", "cdmo"),
    NavItem("Surveys", "surveys:results", "bi-ui-checks", "surveys.view_surveyresponse", "cdmo"),
    NavItem(
        "Scorecards",
        "scorecards:dashboard",
        "bi-clipboard-data",
        "scorecards.view_scorecard",
        "cdmo",
    ),
    NavItem(
        "Business reviews", "qbr:list", "bi-journal-richtext", "qbr.view_businessreview", "cdmo"
    ),
    NavItem("My company", "sponsors:list", "bi-buildings", audience="sponsor"),
    NavItem("Our concerns", "service:concerns", "bi-megaphone", "service.view_concern", "sponsor"),
    NavItem(
        "Our service levels",
        "service:levels",
        "bi-stopwatch",
        "service.view_slapolicy",
        "sponsor",
    ),
    NavItem(
        "How we serve you",
        "service:dashboard",
        "bi-speedometer2",
        "service.view_concern",
        "sponsor",
    ),
    NavItem("Our surveys", "surveys:list", "bi-ui-checks", "surveys.view_survey", "sponsor"),
    NavItem(
        "Our scorecards",
        "scorecards:portal",
        "bi-clipboard-data",
        "scorecards.view_scorecard",
        "sponsor",
    ),
    NavItem(
        "Our business reviews",
        "qbr:list",
        "bi-journal-richtext",
        "qbr.view_businessreview",
        "sponsor",
    ),
    NavItem(
        "Our quality agreement",
        "quality:agreements",
        "bi-file-earmark-check",
        "quality.view_qualityagreement",
        "sponsor",
    ),
    NavItem(
        "Changes affecting us",
        "quality:changes",
        "bi-arrow-left-right",
        "quality.view_changecontrol",
        "sponsor",
    ),
    NavItem("Quality", "quality:portal", "bi-shield-check", "quality.view_deviation", "sponsor"),
    NavItem("Our batches", "quality:batches", "bi-box-seam", "quality.view_batch", "sponsor"),
    NavItem("Our RFPs", "proposals:rfp_list", "bi-inbox", "proposals.view_rfp", "sponsor"),
    NavItem("Say thanks", "recognition:give", "bi-heart", "recognition.add_kudos", "sponsor"),
    NavItem("Our thanks", "recognition:ours", "bi-hearts", "recognition.view_kudos", "sponsor"),
    NavItem("Webhooks", "webhooks:list", "bi-plug", "webhooks.manage_webhooks", "sponsor"),
    NavItem(
        "Improving with us",
        "improvement:portal_list",
        "bi-graph-up-arrow",
        "improvement.view_initiative",
        "sponsor",
    ),
    NavItem("Improvement", heading=True, audience="cdmo"),
    NavItem(
        "CI initiatives",
        "improvement:list",
        "bi-graph-up-arrow",
        "improvement.view_initiative",
        "cdmo",
    ),
    NavItem("5S audits", "improvement:areas", "bi-stars", "improvement.view_fivesaudit", "cdmo"),
    NavItem(
        "Technology register",
        "improvement:capabilities",
        "bi-lightning-charge",
        "improvement.view_capability",
        "cdmo",
    ),
    NavItem("Training", heading=True, audience="cdmo"),
    NavItem("My training", "training:home", "bi-mortarboard", audience="cdmo"),
    NavItem("Skill matrix", "training:matrix", "bi-grid-3x3", audience="cdmo"),
    NavItem("Quality", heading=True, permission="audit.view_auditevent", audience="cdmo"),
    NavItem(
        "Quality agreements",
        "quality:agreements",
        "bi-file-earmark-check",
        "quality.view_qualityagreement",
        "cdmo",
    ),
    NavItem(
        "Change control",
        "quality:changes",
        "bi-arrow-left-right",
        "quality.view_changecontrol",
        "cdmo",
    ),
    NavItem(
        "Deviations",
        "quality:deviations",
        "bi-exclamation-diamond",
        "quality.view_deviation",
        "cdmo",
    ),
    NavItem(
        "Quality dashboard",
        "quality:dashboard",
        "bi-clipboard-data",
        "quality.view_deviation",
        "cdmo",
    ),
    NavItem("Batches", "quality:batches", "bi-box-seam", "quality.view_batch", "cdmo"),
    NavItem("CAPA", "quality:capas", "bi-tools", "quality.view_capa", "cdmo"),
    NavItem("Equipment", "equipment:list", "bi-cpu", "equipment.view_equipment", "cdmo"),
    NavItem("Capacity", "capacity:load", "bi-speedometer", "capacity.view_resource", "cdmo"),
    NavItem("Audit trail", "audit:trail", "bi-clock-history", "audit.view_auditevent", "cdmo"),
    NavItem("Administration", heading=True, permission="accounts.change_user", audience="cdmo"),
    NavItem("Users", "manage:users", "bi-people", "accounts.change_user", "cdmo"),
    NavItem("Roles & permissions", "manage:roles", "bi-shield-lock", "accounts.view_role", "cdmo"),
    NavItem("Background jobs", "jobs:list", "bi-gear-wide-connected", "core.view_job", "cdmo"),
    NavItem("Webhooks", "webhooks:list", "bi-plug", "webhooks.manage_webhooks", "cdmo"),
    NavItem("API documentation", "api-1.0.0:openapi-view", "bi-braces", audience="cdmo"),
)


def navigation_for(user, current_path: str) -> list[dict]:
    if not (user and user.is_authenticated):
        return []
    items: list[dict] = []
    for item in NAVIGATION:
        if item.audience and item.audience != user.organization.kind:
            continue
        if item.permission and not user.has_perm(item.permission):
            continue
        if item.heading:
            items.append({"heading": True, "label": item.label})
            continue
        url = reverse(item.url_name)
        items.append({"label": item.label, "url": url, "icon": item.icon, "active": False})
    # The entry whose address is the longest prefix of the page's is the active one
    # (/proposals/analytics/ is "Win/loss analytics", not "Proposals").
    matches = [
        entry
        for entry in items
        if not entry.get("heading")
        and (current_path == entry["url"] or current_path.startswith(entry["url"]))
        and entry["url"] != "/"
    ]
    if matches:
        max(matches, key=lambda entry: len(entry["url"]))["active"] = True
    # Drop headings with nothing under them.
    return [
        entry
        for i, entry in enumerate(items)
        if not entry.get("heading") or (i + 1 < len(items) and not items[i + 1].get("heading"))
    ]
