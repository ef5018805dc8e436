"""The kinds of notification Accord sends, declared in one place.

Each kind says who it is for (staff, sponsor users or both), how a person is told by
default, why they get it (printed at the foot of every e-mail), and which selector decides
whether its record is visible to a recipient: a notification is only ever created for a
person who could open its record in the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from django.db import models


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", "Immediately (in Accord and by e-mail)"
    DIGEST = "digest", "In the daily digest e-mail"
    IN_APP = "in_app", "In Accord only"


STAFF, SPONSOR, BOTH = "cdmo", "sponsor", "both"


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    description: str  # what it is about, on the preferences page
    audience: str  # STAFF, SPONSOR or BOTH
    default: str  # a Delivery value
    why: str  # "You get this e-mail because ..."
    selector: str = ""  # dotted path of the <records>_visible_to(user) the record must pass
    icon: str = "bi-bell"
    # Dotted path of a function (notification) -> path that the e-mail links to instead of
    # the notification's own page (made when the e-mail is sent, e.g. a one-time link);
    # an empty answer falls back to the page.
    email_link: str = ""

    def for_user(self, user) -> bool:
        return self.audience == BOTH or self.audience == user.organization.kind

    def visible_to(self) -> Callable | None:
        if not self.selector:
            return None
        module, _, name = self.selector.rpartition(".")
        return getattr(import_module(module), name)

    def email_path(self, notification) -> str:
        if not self.email_link:
            return ""
        module, _, name = self.email_link.rpartition(".")
        return getattr(import_module(module), name)(notification)


KINDS: tuple[Kind, ...] = (
    Kind(
        "proposal_review",
        "Proposal review to sign",
        "A proposal revision was submitted and needs a review your role signs.",
        STAFF,
        Delivery.IMMEDIATE,
        "your role signs this kind of proposal review",
        "accord.proposals.selectors.revisions_visible_to",
        "bi-pen",
    ),
    Kind(
        "proposal_reviewed",
        "Proposal reviews finished",
        "Every required review of your revision was signed, or a reviewer rejected it.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this proposal or wrote this revision",
        "accord.proposals.selectors.revisions_visible_to",
        "bi-clipboard-check",
    ),
    Kind(
        "proposal_sent",
        "Proposal received",
        "The CDMO sent your company a proposal to read and answer.",
        SPONSOR,
        Delivery.IMMEDIATE,
        "you answer proposals for your company or submitted its RFP",
        "accord.proposals.selectors.revisions_visible_to",
        "bi-envelope-paper",
    ),
    Kind(
        "proposal_answered",
        "Proposal accepted or declined",
        "The sponsor accepted or declined a proposal you own or sent.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own or sent this proposal",
        "accord.proposals.selectors.revisions_visible_to",
        "bi-hand-thumbs-up",
    ),
    Kind(
        "proposal_comment",
        "Sponsor comment on a proposal",
        "The sponsor commented on a proposal you own or sent.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own or sent this proposal",
        "accord.proposals.selectors.revisions_visible_to",
        "bi-chat-left-text",
    ),
    Kind(
        "rfp_submitted",
        "RFP submitted in the portal",
        "A sponsor submitted a request for proposal through the portal.",
        STAFF,
        Delivery.IMMEDIATE,
        "you prepare proposals for sponsors",
        "accord.proposals.selectors.rfps_visible_to",
        "bi-inbox",
    ),
    Kind(
        "change_order_decision",
        "Change order waiting for your decision",
        "The CDMO sent a change order that your company accepts or rejects.",
        SPONSOR,
        Delivery.IMMEDIATE,
        "you decide change orders for your company",
        "accord.changes.selectors.change_orders_visible_to",
        "bi-arrow-left-right",
    ),
    Kind(
        "change_order_decided",
        "Change order accepted or rejected",
        "The sponsor accepted or rejected a change order of your project.",
        STAFF,
        Delivery.IMMEDIATE,
        "you wrote this change order or manage its project",
        "accord.changes.selectors.change_orders_visible_to",
        "bi-arrow-left-right",
    ),
    Kind(
        "change_order_incorporate",
        "Change order waiting for incorporation",
        "The sponsor accepted a change order: incorporate it into the plan and re-baseline.",
        STAFF,
        Delivery.IMMEDIATE,
        "you manage this project and may incorporate its change orders",
        "accord.changes.selectors.change_orders_visible_to",
        "bi-diagram-3",
    ),
    Kind(
        "document_review",
        "Document waiting for your approval",
        "A controlled document was submitted for review and approval.",
        STAFF,
        Delivery.IMMEDIATE,
        "you approve controlled documents of this project",
        "accord.projects.selectors.documents_visible_to",
        "bi-file-earmark-check",
    ),
    Kind(
        "document_decided",
        "Document approved or rejected",
        "A document you submitted was approved or rejected.",
        STAFF,
        Delivery.IMMEDIATE,
        "you submitted this document",
        "accord.projects.selectors.documents_visible_to",
        "bi-file-earmark-text",
    ),
    Kind(
        "action_item_assigned",
        "Action item assigned to you",
        "A meeting gave you an action item.",
        BOTH,
        Delivery.IMMEDIATE,
        "you own this action item",
        "accord.meetings.selectors.action_items_visible_to",
        "bi-list-check",
    ),
    Kind(
        "action_item_due",
        "Action item due soon",
        "An action item you own is due within two days.",
        BOTH,
        Delivery.DIGEST,
        "you own this action item",
        "accord.meetings.selectors.action_items_visible_to",
        "bi-alarm",
    ),
    Kind(
        "action_item_overdue",
        "Action item overdue",
        "An action item you own is past its due date.",
        BOTH,
        Delivery.DIGEST,
        "you own this action item",
        "accord.meetings.selectors.action_items_visible_to",
        "bi-exclamation-triangle",
    ),
    Kind(
        "risk_review_overdue",
        "Risk review overdue",
        "A risk you own is past its review date.",
        STAFF,
        Delivery.DIGEST,
        "you own this risk",
        "accord.risks.selectors.risks_visible_to",
        "bi-shield-exclamation",
    ),
    Kind(
        "follow_up_due",
        "Follow-up due",
        "A follow-up you promised a sponsor is due today or overdue.",
        STAFF,
        Delivery.DIGEST,
        "you own this follow-up",
        "accord.clients.selectors.followups_visible_to",
        "bi-telephone-forward",
    ),
    Kind(
        "status_report_published",
        "Status report published",
        "A new status report of a project of yours was published.",
        SPONSOR,
        Delivery.IMMEDIATE,
        "you follow this project for your company",
        "accord.reports.selectors.status_reports_visible_to",
        "bi-file-earmark-bar-graph",
    ),
    Kind(
        "business_review_published",
        "Business review published",
        "The CDMO published its quarterly business review of your company.",
        SPONSOR,
        Delivery.IMMEDIATE,
        "you follow the relationship with the CDMO for your company",
        "accord.qbr.selectors.business_reviews_visible_to",
        "bi-clipboard-data",
    ),
    Kind(
        "business_review_comment",
        "Comment on a business review",
        "A sponsor commented on a quarterly business review, or the account team replied.",
        BOTH,
        Delivery.IMMEDIATE,
        "you are on the account team of this sponsor, or you commented on this review",
        "accord.qbr.selectors.business_reviews_visible_to",
        "bi-chat-left-text",
    ),
    Kind(
        "team_added",
        "Added to a project team",
        "Someone put you on a project's team, with your role there.",
        BOTH,
        Delivery.IMMEDIATE,
        "you were added to this project's team",
        "accord.projects.selectors.projects_visible_to",
        "bi-people",
    ),
    Kind(
        "concern_raised",
        "Concern for you to acknowledge",
        "A sponsor's concern came to you (raised, or handed over by a colleague): "
        "acknowledge it personally.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this concern",
        "accord.service.selectors.concerns_visible_to",
        "bi-megaphone",
    ),
    Kind(
        "concern_news",
        "News on a concern",
        "A concern of your company was acknowledged, contacted, updated, escalated or resolved.",
        SPONSOR,
        Delivery.IMMEDIATE,
        "you raised this concern or follow your company's concerns",
        "accord.service.selectors.concerns_visible_to",
        "bi-megaphone",
    ),
    Kind(
        "concern_answered",
        "Sponsor's answer on a concern",
        "The sponsor answered, confirmed or reopened a concern you own.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this concern",
        "accord.service.selectors.concerns_visible_to",
        "bi-reply",
    ),
    Kind(
        "concern_clock",
        "Concern clock at risk or broken",
        "A service clock of a concern is about to break, or broke and the concern came to you.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this concern or it was escalated to you",
        "accord.service.selectors.concerns_visible_to",
        "bi-stopwatch",
    ),
    Kind(
        "kudos_received",
        "Kudos for you",
        "A sponsor or a colleague thanked you for your service.",
        STAFF,
        Delivery.IMMEDIATE,
        "someone thanked you in Accord",
        "accord.recognition.selectors.kudos_visible_to",
        "bi-heart",
    ),
    Kind(
        "kudos_to_your_team",
        "Kudos for your team",
        "A sponsor or a colleague thanked someone who reports to you.",
        STAFF,
        Delivery.IMMEDIATE,
        "the person thanked reports to you",
        "accord.recognition.selectors.kudos_visible_to",
        "bi-people",
    ),
    Kind(
        "survey_invitation",
        "Survey for you to answer",
        "The CDMO asks how satisfied you are: after a concern, a milestone, a completed "
        "project, or each quarter.",
        SPONSOR,
        Delivery.IMMEDIATE,
        "you were asked for your opinion of the service your company receives",
        "accord.surveys.selectors.surveys_visible_to",
        "bi-ui-checks",
        email_link="accord.surveys.links.email_link",
    ),
    Kind(
        "survey_low_score",
        "Low survey score",
        "A sponsor's person gave a low score in a survey; a follow-up to call them back is "
        "on your list.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this sponsor's relationship or the service the survey rated",
        "accord.surveys.selectors.responses_visible_to",
        "bi-emoji-frown",
    ),
    Kind(
        "job_finished",
        "Background job finished or failed",
        "Work you started in the background (a schedule risk run, an import) has ended.",
        BOTH,
        Delivery.IN_APP,
        "you started this job",
        "",
        "bi-gear",
    ),
    Kind(
        "quality_agreement_to_approve",
        "Quality agreement to approve",
        "A revision of a sponsor's quality agreement was drafted and waits for a QA signature.",
        STAFF,
        Delivery.IMMEDIATE,
        "you approve quality agreements",
        "accord.quality.selectors.quality_agreements_visible_to",
        "bi-file-earmark-check",
    ),
    Kind(
        "quality_agreement_approved",
        "Quality agreement approved",
        "A revision of your company's quality agreement was approved and applies from its "
        "effective date.",
        BOTH,
        Delivery.IMMEDIATE,
        "you read your company's quality agreement, or drafted it",
        "accord.quality.selectors.quality_agreements_visible_to",
        "bi-file-earmark-check",
    ),
    Kind(
        "change_assessment_requested",
        "Impact assessment to sign",
        "You were asked for your department's impact assessment of a change control.",
        STAFF,
        Delivery.IMMEDIATE,
        "you were named the assessor of a change",
        "accord.quality.selectors.impact_assessments_visible_to",
        "bi-arrow-left-right",
    ),
    Kind(
        "change_plan_to_approve",
        "Change plan to approve",
        "Every impact assessment of a change control is signed: its plan waits for a QA signature.",
        STAFF,
        Delivery.IMMEDIATE,
        "you approve change controls",
        "accord.quality.selectors.change_controls_visible_to",
        "bi-arrow-left-right",
    ),
    Kind(
        "change_decision_requested",
        "Change waiting for your approval",
        "A change the CDMO plans needs your company's approval before it is implemented, "
        "as your quality agreement says.",
        SPONSOR,
        Delivery.IMMEDIATE,
        "you decide on changes for your company",
        "accord.quality.selectors.sponsor_approvals_visible_to",
        "bi-arrow-left-right",
    ),
    Kind(
        "change_sponsor_decided",
        "Sponsor decided on a change",
        "A sponsor approved or rejected a change control you own.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own the change",
        "accord.quality.selectors.sponsor_approvals_visible_to",
        "bi-arrow-left-right",
    ),
    Kind(
        "deviation_to_approve",
        "Deviation to approve",
        "A deviation's assessment or investigation, or a request to extend or cancel one, "
        "waits for a QA signature.",
        STAFF,
        Delivery.IMMEDIATE,
        "you approve deviations, and you neither own nor reported this one",
        "accord.quality.selectors.deviations_visible_to",
        "bi-clipboard-check",
    ),
    Kind(
        "deviation_sent_back",
        "Deviation sent back to you",
        "QA sent back the assessment or the investigation of a deviation you own, or "
        "decided a request you made.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this deviation or asked QA for this",
        "accord.quality.selectors.deviations_visible_to",
        "bi-arrow-return-left",
    ),
    Kind(
        "training_assigned",
        "Training assigned to you",
        "A job role, a new version of a document, a CAPA or a coordinator gave you training "
        "to complete by a due date.",
        STAFF,
        Delivery.DIGEST,
        "the training is yours to complete",
        "accord.training.selectors.assignments_visible_to",
        "bi-mortarboard",
    ),
    Kind(
        "training_due",
        "Training due soon or overdue",
        "Training of yours is due within a week, or is overdue.",
        STAFF,
        Delivery.IMMEDIATE,
        "the training is yours to complete",
        "accord.training.selectors.assignments_visible_to",
        "bi-alarm",
    ),
    Kind(
        "training_quiz_failed",
        "Quiz failed by someone you manage",
        "Someone who reports to you failed a training quiz; the training stays open.",
        STAFF,
        Delivery.IMMEDIATE,
        "you are the manager of the person who took the quiz",
        "accord.training.selectors.quizattempts_visible_to",
        "bi-mortarboard",
    ),
    Kind(
        "training_ojt_to_assess",
        "On-the-job training to assess",
        "A trainee and their trainer signed an on-the-job training record that waits for an "
        "assessor's verdict.",
        STAFF,
        Delivery.IMMEDIATE,
        "you assess competencies",
        "accord.training.selectors.ojtrecords_visible_to",
        "bi-person-check",
    ),
    Kind(
        "competency_expiring",
        "Competency expiring",
        "A competency of yours (or of someone you manage) expires within 30 days, or has "
        "expired: it no longer counts for GMP work.",
        STAFF,
        Delivery.IMMEDIATE,
        "the competency is yours, or you manage its holder",
        "accord.training.selectors.competencyrecords_visible_to",
        "bi-hourglass-split",
    ),
    Kind(
        "deviation_sponsor_notice",
        "Deviation reported to your company",
        "The CDMO told your company of a deviation concerning its project or batches, or "
        "sent the preliminary summary of its investigation.",
        SPONSOR,
        Delivery.IMMEDIATE,
        "you read your company's quality records",
        "accord.quality.selectors.deviations_visible_to",
        "bi-exclamation-diamond",
    ),
    Kind(
        "deviation_clock",
        "Deviation clock warning",
        "The time to tell a sponsor of a deviation, or to send it the preliminary summary, "
        "is running out or has run out.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this deviation, lead the project's quality or approve deviations",
        "accord.quality.selectors.deviations_visible_to",
        "bi-alarm",
    ),
    Kind(
        "capa_assigned",
        "CAPA to own",
        "A CAPA was opened with you as its owner.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this CAPA",
        "accord.quality.selectors.capas_visible_to",
        "bi-tools",
    ),
    Kind(
        "capa_action_assigned",
        "CAPA action to do",
        "An action of a CAPA was given to you, with its due date.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this CAPA action",
        "accord.quality.selectors.capa_actions_visible_to",
        "bi-tools",
    ),
    Kind(
        "capa_action_to_verify",
        "CAPA action to verify",
        "A CAPA action you approve was done; its evidence waits for your verification.",
        STAFF,
        Delivery.IMMEDIATE,
        "you are this CAPA action's QA approver",
        "accord.quality.selectors.capa_actions_visible_to",
        "bi-patch-check",
    ),
    Kind(
        "capa_action_returned",
        "CAPA action sent back",
        "QA sent a CAPA action you marked done back to you, saying what is missing.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this CAPA action",
        "accord.quality.selectors.capa_actions_visible_to",
        "bi-arrow-counterclockwise",
    ),
    Kind(
        "capa_check_due",
        "Check of effectiveness due",
        "The monitoring window of a CAPA's check of effectiveness is open, or its due date "
        "has passed.",
        STAFF,
        Delivery.IMMEDIATE,
        "you are the CAPA's QA approver or its owner",
        "accord.quality.selectors.effectiveness_checks_visible_to",
        "bi-clipboard-data",
    ),
    Kind(
        "capa_not_effective",
        "CAPA not effective: follow-up opened",
        "A check of effectiveness found a CAPA you own not effective; a follow-up CAPA was "
        "opened for you.",
        STAFF,
        Delivery.IMMEDIATE,
        "you owned the CAPA found not effective",
        "accord.quality.selectors.capas_visible_to",
        "bi-exclamation-octagon",
    ),
    Kind(
        "equipment_due",
        "Equipment calibration or maintenance due",
        "The calibration or preventive maintenance of equipment you own, or of your site's "
        "equipment, falls due within 14 days.",
        STAFF,
        Delivery.DIGEST,
        "you own this equipment or approve equipment qualification at its site",
        "accord.equipment.selectors.equipment_visible_to",
        "bi-calendar-check",
    ),
    Kind(
        "equipment_overdue",
        "Equipment calibration or maintenance overdue",
        "The calibration or preventive maintenance of equipment you own, or of your site's "
        "equipment, is past its due date.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this equipment or approve equipment qualification at its site",
        "accord.equipment.selectors.equipment_visible_to",
        "bi-exclamation-triangle",
    ),
    Kind(
        "task_assigned",
        "Plan task assigned to you",
        "You were put on a task of a project plan, in a role (operator, verifier …).",
        STAFF,
        Delivery.IMMEDIATE,
        "you were assigned to this task",
        "accord.planning.selectors.task_assignments_visible_to",
        "bi-person-check",
    ),
    Kind(
        "scorecard_to_sign",
        "Scorecard to sign",
        "A period closed and its scorecard was frozen: review its figures and sign it.",
        STAFF,
        Delivery.IMMEDIATE,
        "you sign scorecards as a reviewing executive",
        "accord.scorecards.selectors.scorecards_visible_to",
        "bi-clipboard-data",
    ),
    Kind(
        "scorecard_published",
        "Scorecard available",
        "The CDMO signed your company's scorecard of a closed period.",
        SPONSOR,
        Delivery.DIGEST,
        "you may read your company's scorecards",
        "accord.scorecards.selectors.scorecards_visible_to",
        "bi-clipboard-data",
    ),
    Kind(
        "initiative_owner",
        "Improvement initiative assigned to you",
        "You were made the owner of a continuous improvement initiative.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this improvement initiative",
        "accord.improvement.selectors.initiatives_visible_to",
        "bi-graph-up-arrow",
    ),
    Kind(
        "initiative_gate",
        "Stage gate waiting for your signature",
        "Every deliverable of a stage of an initiative you champion is done: its gate waits "
        "for your signature.",
        STAFF,
        Delivery.IMMEDIATE,
        "you champion this improvement initiative",
        "accord.improvement.selectors.initiatives_visible_to",
        "bi-signpost-split",
    ),
    Kind(
        "five_s_action_due",
        "Action from a 5S audit due",
        "An action a 5S audit gave you falls due within 7 days.",
        STAFF,
        Delivery.DIGEST,
        "you own this 5S action",
        "accord.improvement.selectors.five_s_actions_visible_to",
        "bi-calendar-check",
    ),
    Kind(
        "five_s_action_overdue",
        "Action from a 5S audit overdue",
        "An action a 5S audit gave you is past its due date.",
        STAFF,
        Delivery.IMMEDIATE,
        "you own this 5S action",
        "accord.improvement.selectors.five_s_actions_visible_to",
        "bi-exclamation-triangle",
    ),
    Kind(
        "lessons_review_required",
        "Lessons review required",
        "A project you manage has been on hold for more than 90 days: its lessons-learned "
        "review is required.",
        STAFF,
        Delivery.IMMEDIATE,
        "you manage the project",
        "accord.lessons.selectors.review_projects_visible_to",
        "bi-journal-check",
    ),
    Kind(
        "lessons_review_submitted",
        "Lessons review submitted",
        "A project of your site submitted its lessons-learned review; its lessons joined "
        "the library.",
        STAFF,
        Delivery.DIGEST,
        "you curate the lessons library at the project's site",
        "accord.lessons.selectors.reviews_visible_to",
        "bi-journal-check",
    ),
    Kind(
        "leveling_proposed",
        "Capacity leveling ready for a decision",
        "A capacity leveling run of a site or the portfolio finished: review the tasks it "
        "would move and apply or discard it.",
        STAFF,
        Delivery.IMMEDIATE,
        "you asked for the run or decide on leveling runs",
        "accord.capacity.selectors.runs_visible_to",
        "bi-sliders",
    ),
    Kind(
        "leveling_applied",
        "Capacity leveling moved your plan's tasks",
        "A leveling run was applied: tasks of a project you work on now wait for the "
        "resources they need.",
        STAFF,
        Delivery.IMMEDIATE,
        "you are on the team of a project whose plan the run changed",
        "accord.capacity.selectors.runs_visible_to",
        "bi-calendar2-range",
    ),
    Kind(
        "webhook_disabled",
        "Webhook disabled",
        "A webhook subscription of your organization failed too many times in a row and "
        "was disabled.",
        BOTH,
        Delivery.IMMEDIATE,
        "you manage your organization's webhooks",
        "accord.webhooks.selectors.subscriptions_visible_to",
        "bi-plug",
    ),
)

BY_CODE: dict[str, Kind] = {kind.code: kind for kind in KINDS}
KIND_CHOICES = [(kind.code, kind.label) for kind in KINDS]


def kind(code: str) -> Kind:
    try:
        return BY_CODE[code]
    except KeyError:
        raise ValueError(f"Unknown notification kind {code!r}.") from None


def kinds_for(user) -> list[Kind]:
    """The kinds a user can receive, in the order of ``KINDS``."""
    return [k for k in KINDS if k.for_user(user)]
