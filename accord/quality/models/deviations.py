"""Deviations: an unplanned departure from an approved instruction or standard, found,
contained, classified, assessed and (when major or critical) investigated, then closed
by QA's signature. The class selects the workflow (``quality.workflows``)."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from accord.accounts.models import Organization, Site
from accord.projects.models import Project
from accord.quality.models.agreements import DeviationClass
from accord.quality.models.records import Batch

# Calendar days from discovery to the closure target, per class (R-DEV-4).
DUE_DAYS = {DeviationClass.MINOR: 30, DeviationClass.MAJOR: 30, DeviationClass.CRITICAL: 30}

# The cause taxonomy (the six Ms), category -> sub-cause code -> label. A root cause is
# stored as "<category>.<sub-cause>", e.g. "machine.calibration".
CAUSES: dict[str, tuple[str, dict[str, str]]] = {
    "people": (
        "People",
        {
            "training": "Training not adequate",
            "error": "Human error (slip or lapse)",
            "supervision": "Supervision",
            "staffing": "Staffing or fatigue",
        },
    ),
    "method": (
        "Method",
        {
            "procedure_unclear": "Procedure unclear or incomplete",
            "procedure_not_followed": "Procedure not followed",
            "batch_record": "Batch record error",
            "process_design": "Process design",
        },
    ),
    "machine": (
        "Machine",
        {
            "breakdown": "Breakdown",
            "calibration": "Calibration or qualification",
            "maintenance": "Preventive maintenance",
            "design": "Equipment design",
        },
    ),
    "material": (
        "Material",
        {
            "raw_material": "Raw material out of specification",
            "supplier": "Supplier",
            "mix_up": "Mix-up or labelling",
            "storage": "Storage conditions",
        },
    ),
    "measurement": (
        "Measurement",
        {
            "method_variability": "Analytical method variability",
            "instrument": "Instrument",
            "sampling": "Sampling",
            "data_integrity": "Data integrity",
        },
    ),
    "environment": (
        "Environment",
        {
            "excursion": "Temperature or humidity excursion",
            "contamination": "Contamination or cleanroom excursion",
            "utilities": "Utilities (water, air, power)",
            "facility": "Facility",
        },
    ),
}


def cause_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The taxonomy as grouped choices for a select."""
    return [
        (label, [(f"{category}.{code}", sub) for code, sub in subs.items()])
        for category, (label, subs) in CAUSES.items()
    ]


def cause_label(code: str) -> str:
    """'machine.calibration' -> 'Machine: Calibration or qualification'."""
    category, _, sub = code.partition(".")
    if category not in CAUSES:
        return code
    label, subs = CAUSES[category]
    return f"{label}: {subs[sub]}" if sub in subs else label


class DeviationState(models.TextChoices):
    ASSESSMENT = "assessment", "In assessment"
    ASSESSMENT_REVIEW = "assessment_review", "Assessment with QA"
    INVESTIGATION = "investigation", "In investigation"
    FINAL_REVIEW = "final_review", "Investigation with QA"
    CLOSED = "closed", "Closed"
    CANCELLED = "cancelled", "Cancelled"


class Deviation(models.Model):
    State = DeviationState

    number = models.CharField(max_length=16, unique=True)
    title = models.CharField(max_length=200)
    description = models.TextField(help_text="What happened, against which instruction.")
    occurred_at = models.DateTimeField(help_text="When it happened (best estimate).")
    discovered_at = models.DateTimeField(help_text="When someone noticed it: the clocks start.")
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="deviations")
    area = models.CharField(max_length=120, help_text="Building, room or suite.")
    equipment = models.CharField(max_length=120, blank=True)
    process_step = models.CharField(max_length=120, blank=True)
    project = models.ForeignKey(
        Project, on_delete=models.PROTECT, null=True, blank=True, related_name="deviations"
    )
    # Derived from the project; kept on the row so a sponsor's records are one filter.
    sponsor = models.ForeignKey(
        Organization, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    batches = models.ManyToManyField(Batch, blank=True, related_name="deviations")
    containment = models.TextField(
        "immediate correction and containment",
        help_text="What was done at once to contain it (quarantine, stop, segregate).",
    )
    classification = models.CharField(max_length=16, choices=DeviationClass.choices)
    classification_rationale = models.TextField()
    severity = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    occurrence = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    detectability = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    state = models.CharField(
        max_length=20, choices=DeviationState.choices, default=DeviationState.ASSESSMENT
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    # Set at creation and never edited: an approved extension request moves it (R-DEV-4).
    due_date = models.DateField()
    # The assessment (every class).
    impact_assessment = models.TextField(
        blank=True, help_text="Impact on product quality, patients, data and compliance."
    )
    cause_category = models.CharField(
        "probable cause",
        max_length=40,
        blank=True,
        help_text="From the cause taxonomy, at assessment. A major or critical deviation's "
        "root cause is its investigation's.",
    )
    capa_required = models.BooleanField("CAPA required?", null=True, blank=True)
    capa_rationale = models.TextField(
        "why no CAPA", blank=True, help_text="Required when no CAPA is raised."
    )
    recurrence_checked = models.BooleanField(default=False)
    # Raised from another record of the same sponsor (it links back).
    from_delay = models.ForeignKey(
        "delays.Delay", on_delete=models.PROTECT, null=True, blank=True, related_name="deviations"
    )
    from_concern = models.ForeignKey(
        "service.Concern",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deviations",
    )
    from_risk = models.ForeignKey(
        "risks.Risk", on_delete=models.PROTECT, null=True, blank=True, related_name="deviations"
    )
    # The sponsor's clocks, from the quality agreement in force at discovery (R-DEV-7).
    notify_by = models.DateTimeField(null=True, blank=True)
    summary_due = models.DateField(null=True, blank=True)
    agreement = models.ForeignKey(
        "quality.QualityAgreement",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The quality agreement whose clocks apply.",
    )
    notified_at = models.DateTimeField(
        null=True, blank=True, help_text="When the sponsor was told: it sees the record from then."
    )
    summary_sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["-discovered_at", "-number"]
        permissions = [
            ("approve_deviation", "Can approve deviations (QA)"),
        ]
        indexes = [
            models.Index(fields=["state", "due_date"], name="deviation_state_due_idx"),
            models.Index(fields=["sponsor", "notified_at"], name="deviation_sponsor_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id

    @property
    def is_open(self) -> bool:
        return self.state not in (DeviationState.CLOSED, DeviationState.CANCELLED)

    @property
    def needs_investigation(self) -> bool:
        return self.classification in (DeviationClass.MAJOR, DeviationClass.CRITICAL)

    @property
    def cause_category_label(self) -> str:
        return cause_label(self.cause_category) if self.cause_category else ""

    def cause_code(self, investigation_cause: str = "") -> str:
        """The cause the trends count: the investigation's root cause when there is one,
        else the cause found at assessment."""
        return investigation_cause or self.cause_category

    @property
    def risk_score(self) -> int | None:
        """Severity × occurrence × detectability (1 to 125), when all three are rated."""
        if None in (self.severity, self.occurrence, self.detectability):
            return None
        return self.severity * self.occurrence * self.detectability

    def signature_content(self) -> dict[str, object]:
        """What QA's approval of the assessment (or a reclassification) vouches for: the
        record as raised and assessed. Not its state, due date or investigation, which
        move on after it with signatures of their own (the final approval signs the
        investigation, an extension its request)."""
        return {
            "number": self.number,
            "title": self.title,
            "description": self.description,
            "occurred_at": self.occurred_at.isoformat(),
            "discovered_at": self.discovered_at.isoformat(),
            "where": [self.site_id, self.area, self.equipment, self.process_step],
            "project": self.project_id,
            "batches": sorted(b.number for b in self.batches.all()),
            "containment": self.containment,
            "classification": self.classification,
            "rationale": self.classification_rationale,
            "impact": self.impact_assessment,
            "cause": self.cause_category,
            "capa_required": self.capa_required,
            "capa_rationale": self.capa_rationale,
        }


class InvestigationMethod(models.TextChoices):
    FIVE_WHYS = "five_whys", "5 Whys"
    FISHBONE = "fishbone", "Fishbone (Ishikawa)"
    FAULT_TREE = "fault_tree", "Fault tree"
    OTHER = "other", "Other"


class Investigation(models.Model):
    """The investigation of a major or critical deviation (21 CFR 211.192)."""

    deviation = models.OneToOneField(
        Deviation, on_delete=models.PROTECT, related_name="investigation"
    )
    team = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    method = models.CharField(max_length=16, choices=InvestigationMethod.choices, blank=True)
    analysis = models.TextField(blank=True, help_text="The analysis, as the method laid it out.")
    root_cause_category = models.CharField(
        max_length=40, blank=True, help_text="From the cause taxonomy."
    )
    root_cause = models.TextField(blank=True)
    product_impact = models.TextField(
        blank=True, help_text="The impact on the batches concerned and on the product."
    )
    # What the sponsor reads: the preliminary summary when sent, the conclusion when approved.
    preliminary_summary = models.TextField(blank=True)
    conclusion = models.TextField(blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return f"Investigation of {self.deviation.number}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.deviation.sponsor_id

    @property
    def root_cause_label(self) -> str:
        return cause_label(self.root_cause_category) if self.root_cause_category else ""

    def signature_content(self) -> dict[str, object]:
        """What QA's final approval vouches for: the investigation as submitted."""
        return {
            "deviation": self.deviation.number,
            "team": sorted(u.printed_name for u in self.team.all()),
            "method": self.method,
            "analysis": self.analysis,
            "root_cause_category": self.root_cause_category,
            "root_cause": self.root_cause,
            "product_impact": self.product_impact,
            "other_batches": [
                [o.item, o.affected, o.conclusion] for o in self.other_batches.order_by("pk")
            ],
            "conclusion": self.conclusion,
        }


class OtherBatchAssessment(models.Model):
    """Another batch or product that could be affected, and the conclusion for it
    (R-DEV-3)."""

    investigation = models.ForeignKey(
        Investigation, on_delete=models.CASCADE, related_name="other_batches"
    )
    batch = models.ForeignKey(Batch, on_delete=models.PROTECT, null=True, blank=True)
    item = models.CharField(
        max_length=200, help_text="The batch or product assessed, as people name it."
    )
    affected = models.BooleanField()
    conclusion = models.TextField()

    class Meta:
        ordering = ["investigation", "pk"]

    def __str__(self) -> str:
        return f"{self.item}: {'affected' if self.affected else 'not affected'}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.investigation.deviation.sponsor_id


class RecurrenceLink(models.Model):
    """An earlier deviation found similar at assessment, and why it is linked (R-DEV-6)."""

    deviation = models.ForeignKey(
        Deviation, on_delete=models.CASCADE, related_name="recurrence_links"
    )
    earlier = models.ForeignKey(Deviation, on_delete=models.PROTECT, related_name="+")
    justification = models.TextField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["deviation", "earlier__discovered_at"]
        constraints = [
            models.UniqueConstraint(fields=["deviation", "earlier"], name="recurrence_once"),
        ]

    def __str__(self) -> str:
        return f"{self.deviation.number} recurs {self.earlier.number}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.deviation.sponsor_id


class DeviationRequest(models.Model):
    """An extension of the due date or a cancellation, asked with a justification and
    decided by QA's signature. Nothing else moves a due date or ends a deviation early."""

    class Kind(models.TextChoices):
        EXTENSION = "extension", "Extension of the due date"
        CANCELLATION = "cancellation", "Cancellation"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for QA"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    deviation = models.ForeignKey(Deviation, on_delete=models.PROTECT, related_name="requests")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    new_due_date = models.DateField(null=True, blank=True)
    previous_due_date = models.DateField()
    justification = models.TextField()
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["deviation", "requested_at"]
        constraints = [
            models.CheckConstraint(
                name="extension_has_new_date",
                condition=~models.Q(kind="extension") | models.Q(new_due_date__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.deviation.number}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.deviation.sponsor_id

    def signature_content(self) -> dict[str, object]:
        return {
            "deviation": self.deviation.number,
            "kind": self.kind,
            "new_due_date": self.new_due_date.isoformat() if self.new_due_date else None,
            "previous_due_date": self.previous_due_date.isoformat(),
            "justification": self.justification,
        }


class SponsorNotice(models.Model):
    """The sponsor was told: of the deviation, or of its preliminary summary. What, when,
    to whom and how (R-DEV-7)."""

    class Kind(models.TextChoices):
        NOTIFICATION = "notification", "Notification of the deviation"
        SUMMARY = "summary", "Preliminary investigation summary"

    class How(models.TextChoices):
        PORTAL = "portal", "Accord portal"
        EMAIL = "email", "E-mail"
        CALL = "call", "Telephone call"
        MEETING = "meeting", "Meeting"

    deviation = models.ForeignKey(Deviation, on_delete=models.PROTECT, related_name="notices")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    sent_at = models.DateTimeField()
    recipients = models.CharField(max_length=500, help_text="Who was told, as named.")
    how = models.CharField(max_length=12, choices=How.choices)
    content = models.TextField(help_text="What they were told.")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["deviation", "sent_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.deviation.number}"

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.deviation.sponsor_id

    @property
    def on_time(self) -> bool | None:
        due = self.deviation.notify_by if self.kind == self.Kind.NOTIFICATION else None
        return None if due is None else self.sent_at <= due
