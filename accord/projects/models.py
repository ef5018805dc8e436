from __future__ import annotations

from django.conf import settings
from django.db import models

from accord.accounts.models import Organization, Site


class Project(models.Model):
    """A sponsor's project at the CDMO. Later issues add plans, risks and change orders."""

    class Phase(models.TextChoices):
        PRECLINICAL = "preclinical", "Preclinical"
        FIRST_IN_HUMAN = "first_in_human", "First-in-human"
        CLINICAL = "clinical", "Clinical (Phase 2/3)"
        COMMERCIAL = "commercial", "Commercial"

    class Modality(models.TextChoices):
        SMALL_MOLECULE = "small_molecule", "Small-molecule API"
        HPAPI = "hpapi", "Highly potent API"
        PEPTIDE = "peptide", "Peptide / oligonucleotide"
        BIOLOGIC = "biologic", "Monoclonal antibody / biologic"
        ADC = "adc", "Antibody-drug conjugate"
        CELL_GENE = "cell_gene", "Cell and gene therapy"
        STERILE_DP = "sterile_dp", "Sterile drug product"
        ORAL_SOLID = "oral_solid", "Oral solid dose"

    class Health(models.TextChoices):
        GREEN = "green", "On track"
        AMBER = "amber", "At risk"
        RED = "red", "Off track"

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        ACTIVE = "active", "Active"
        ON_HOLD = "on_hold", "On hold"
        COMPLETED = "completed", "Completed"
        CANCELLED = "cancelled", "Cancelled"

    sponsor = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="projects",
        limit_choices_to={"kind": Organization.Kind.SPONSOR},
    )
    code = models.CharField(max_length=32, unique=True)
    title = models.CharField(max_length=200)
    molecule = models.CharField(max_length=120, blank=True)
    modality = models.CharField(max_length=32, choices=Modality.choices)
    phase = models.CharField(max_length=32, choices=Phase.choices)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PLANNED)
    health = models.CharField(max_length=8, choices=Health.choices, default=Health.GREEN)
    health_reason = models.CharField(
        max_length=300, blank=True, help_text="Why the project is at risk or off track."
    )
    site = models.ForeignKey(Site, on_delete=models.PROTECT, related_name="projects")
    start_date = models.DateField(null=True, blank=True)
    target_end_date = models.DateField(null=True, blank=True)
    description = models.TextField(blank=True)
    data_date = models.DateField(
        null=True,
        blank=True,
        help_text="Status date of the plan: progress is recorded up to it, and remaining "
        "work is scheduled from it.",
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="ProjectMembership", related_name="projects"
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Goes up with every change to the project's facts."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["code"]
        permissions = [("approve_project", "Can approve project records")]
        constraints = [
            models.CheckConstraint(
                name="project_health_reason_when_not_green",
                condition=models.Q(health="green") | ~models.Q(health_reason=""),
            ),
            models.CheckConstraint(
                name="project_end_after_start",
                condition=models.Q(start_date__isnull=True)
                | models.Q(target_end_date__isnull=True)
                | models.Q(target_end_date__gte=models.F("start_date")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.sponsor_id


class ProjectRole(models.TextChoices):
    """A person's part on a project team. The CDMO side's roles, then the sponsor's."""

    PROJECT_MANAGER = "project_manager", "Project manager"
    QA_LEAD = "qa_lead", "QA lead"
    PROCESS_CHEMISTRY_LEAD = "process_chemistry_lead", "Process chemistry lead"
    ANALYTICAL_LEAD = "analytical_lead", "Analytical lead"
    MANUFACTURING_LEAD = "manufacturing_lead", "Manufacturing lead"
    QC_LEAD = "qc_lead", "QC lead"
    UPSTREAM_LEAD = "upstream_lead", "Upstream process lead"
    DOWNSTREAM_LEAD = "downstream_lead", "Downstream process lead"
    CONJUGATION_LEAD = "conjugation_lead", "Conjugation lead"
    FILL_FINISH_LEAD = "fill_finish_lead", "Fill-finish lead"
    PROCESS_SAFETY = "process_safety", "Process safety specialist"
    REGULATORY_CMC = "regulatory_cmc", "Regulatory CMC lead"
    SUPPLY_CHAIN = "supply_chain", "Supply chain lead"
    TEAM_MEMBER = "team_member", "Team member"
    SPONSOR_PROJECT_LEAD = "sponsor_project_lead", "Sponsor project lead"
    SPONSOR_CMC_LEAD = "sponsor_cmc_lead", "Sponsor CMC lead"
    SPONSOR_QA = "sponsor_qa", "Sponsor QA"
    SPONSOR_TECHNOLOGY_LEAD = "sponsor_technology_lead", "Sponsor technology lead"
    SPONSOR_SUPPLY_LEAD = "sponsor_supply_lead", "Sponsor supply lead"
    SPONSOR_CMC_CONSULTANT = "sponsor_cmc_consultant", "Sponsor CMC consultant"
    SPONSOR_TEAM_MEMBER = "sponsor_team_member", "Sponsor team member"

    @classmethod
    def for_side(cls, sponsor: bool) -> list[tuple[str, str]]:
        """The ``(value, label)`` choices of one side of the team."""
        return [(v, label) for v, label in cls.choices if v.startswith("sponsor_") == sponsor]


class ProjectMembership(models.Model):
    """A person on a project team: CDMO staff, or the sponsor's mirror team."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="memberships"
    )
    role = models.CharField(
        max_length=32, choices=ProjectRole.choices, default=ProjectRole.TEAM_MEMBER
    )
    responsibility = models.CharField(
        max_length=120, blank=True, help_text="What the person does here, beyond the role."
    )
    version = models.PositiveIntegerField(
        default=1, help_text="Goes up with every change of the role or responsibility."
    )

    class Meta:
        ordering = ["user__last_name", "user__first_name"]
        permissions = [
            ("staff_project", "Can staff the projects they manage"),
            ("staff_any_project", "Can staff any project"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="membership_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} on {self.project.code}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id

    @property
    def is_sponsor_side(self) -> bool:
        return self.role.startswith("sponsor_")

    @property
    def detail(self) -> str:
        """The responsibility, when it says more than the role's label."""
        text = self.responsibility.strip()
        return "" if text.lower() == self.get_role_display().lower() else text


def document_upload_to(instance: ProjectDocument, filename: str) -> str:
    # The sponsor id is part of the storage path (requirements AZ-7).
    return f"sponsors/{instance.project.sponsor_id}/projects/{instance.project_id}/{filename}"


def document_upload_to_of_version(instance: ProjectDocumentVersion, filename: str) -> str:
    return document_upload_to(instance.document, filename)


class ProjectDocument(models.Model):
    """A controlled document of a project: drafted, reviewed and approved with signatures.

    Only documents shared with the sponsor reach the portal.
    """

    class Visibility(models.TextChoices):
        INTERNAL = "internal", "CDMO internal"
        SHARED = "shared", "Shared with sponsor"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        APPROVED = "approved", "Approved"
        OBSOLETE = "obsolete", "Obsolete"

    project = models.ForeignKey(Project, on_delete=models.PROTECT, related_name="documents")
    title = models.CharField(max_length=200)
    file = models.FileField(upload_to=document_upload_to, max_length=300)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size_bytes = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    visibility = models.CharField(
        max_length=16, choices=Visibility.choices, default=Visibility.INTERNAL
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    version = models.PositiveIntegerField(
        default=1, help_text="Goes up with every change to the signed content."
    )
    edit_version = models.PositiveIntegerField(
        default=1,
        help_text="Goes up with every change, of what it says or of its state: what an edit "
        "page and the API's ETag compare (a stale save is refused).",
    )

    # ``version`` counts changes of the signed content (signatures name it).
    concurrency_field = "edit_version"

    class Meta:
        ordering = ["-uploaded_at"]
        permissions = [("approve_projectdocument", "Can approve or reject project documents")]

    def __str__(self) -> str:
        return self.title

    def signature_content(self) -> dict[str, object]:
        """What a signature on this document vouches for: the file and what it is called."""
        return {
            "project": self.project.code,
            "title": self.title,
            "file_name": self.original_name,
            "file_sha256": self.sha256,
            "size_bytes": self.size_bytes,
            "version": self.version,
        }

    @property
    def audit_sponsor_id(self) -> int:
        return self.project.sponsor_id


class ProjectDocumentVersion(models.Model):
    """One file a document has had, kept when a newer one replaces it: version 1 is the
    file first uploaded, each new upload the next number. The document's own file fields
    are those of its newest version."""

    document = models.ForeignKey(
        ProjectDocument, on_delete=models.PROTECT, related_name="file_versions"
    )
    number = models.PositiveIntegerField()
    file = models.FileField(upload_to=document_upload_to_of_version, max_length=300)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size_bytes = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    note = models.CharField(max_length=2000, blank=True, help_text="What this version changed.")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"], name="projects_document_version_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.document.title}, file version {self.number}"

    @property
    def audit_sponsor_id(self) -> int:
        return self.document.project.sponsor_id
