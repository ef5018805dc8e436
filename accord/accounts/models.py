from __future__ import annotations

from django.contrib.auth.models import AbstractUser, Permission, UserManager
from django.db import models
from django.db.models.functions import Lower


class Organization(models.Model):
    """The CDMO itself or one of its sponsors. Every user belongs to exactly one."""

    class Kind(models.TextChoices):
        CDMO = "cdmo", "CDMO"
        SPONSOR = "sponsor", "Sponsor"

    class SponsorType(models.TextChoices):
        VIRTUAL_BIOTECH = "virtual_biotech", "Virtual biotech"
        BIOTECH = "biotech", "Small/mid biotech"
        BIG_PHARMA = "big_pharma", "Big pharma"

    kind = models.CharField(max_length=16, choices=Kind.choices)
    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=40, unique=True)
    sponsor_type = models.CharField(max_length=32, choices=SponsorType.choices, blank=True)
    country = models.CharField(max_length=80, blank=True)
    website = models.URLField(blank=True)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                name="organization_sponsor_type_only_for_sponsors",
                condition=models.Q(kind="sponsor") | models.Q(sponsor_type=""),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.pk if self.kind == self.Kind.SPONSOR else None

    @property
    def is_cdmo(self) -> bool:
        return self.kind == self.Kind.CDMO

    @property
    def is_sponsor(self) -> bool:
        return self.kind == self.Kind.SPONSOR


class Site(models.Model):
    """A manufacturing or development site of the CDMO."""

    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="sites",
        limit_choices_to={"kind": Organization.Kind.CDMO},
    )
    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=200)
    city = models.CharField(max_length=80)
    country = models.CharField(max_length=80)
    capabilities = models.CharField(max_length=300, blank=True)
    time_zone = models.CharField(max_length=64, default="Europe/Zurich")
    # Where the site's public holidays come from (the ``holidays`` package's codes).
    country_code = models.CharField(
        "holiday country",
        max_length=2,
        blank=True,
        help_text="ISO 3166 code of the country whose public holidays the site keeps (CH).",
    )
    subdivision = models.CharField(
        "holiday region",
        max_length=10,
        blank=True,
        help_text="The canton, state or region within the country (VS for Valais).",
    )

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


class Role(models.Model):
    """A named bundle of per-action permissions, for CDMO staff or for sponsor users."""

    class Audience(models.TextChoices):
        STAFF = "cdmo", "CDMO staff"
        SPONSOR = "sponsor", "Sponsor"

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField(max_length=80, unique=True)
    audience = models.CharField(max_length=16, choices=Audience.choices)
    description = models.CharField(max_length=300, blank=True)
    permissions = models.ManyToManyField(Permission, blank=True, related_name="accord_roles")
    grants_admin_site = models.BooleanField(
        default=False, help_text="Holders may use the Django admin (staff roles only)."
    )

    class Meta:
        ordering = ["audience", "name"]

    def __str__(self) -> str:
        return self.name


class AccordUserManager(UserManager):
    def create_superuser(self, username, email=None, password=None, **extra_fields):
        if "organization" not in extra_fields and "organization_id" not in extra_fields:
            cdmo = Organization.objects.filter(kind=Organization.Kind.CDMO).first()
            if cdmo is None:
                cdmo = Organization.objects.create(
                    kind=Organization.Kind.CDMO, name="CDMO", short_name="CDMO"
                )
            extra_fields["organization"] = cdmo
        return super().create_superuser(username, email, password, **extra_fields)


class User(AbstractUser):
    """A named individual. Belongs to exactly one organization; holds one or more roles."""

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="users")
    roles = models.ManyToManyField(Role, blank=True, related_name="users")
    job_title = models.CharField(max_length=120, blank=True)
    site = models.ForeignKey(
        Site, on_delete=models.PROTECT, null=True, blank=True, related_name="staff"
    )
    manager = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reports",
        limit_choices_to={"organization__kind": Organization.Kind.CDMO},
        help_text="The CDMO person this staff member reports to (told of their recognition).",
    )
    signature_acknowledged_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the user acknowledged that their electronic signature is the legal "
        "equivalent of their handwritten signature (21 CFR 11.100).",
    )
    must_change_password = models.BooleanField(
        default=False,
        help_text="Set when an administrator chose or reset the password: the user must "
        "replace it before doing anything else, and cannot sign until then (ES-5).",
    )

    objects = AccordUserManager()

    class Meta:
        ordering = ["last_name", "first_name", "username"]
        constraints = [
            models.UniqueConstraint(Lower("username"), name="user_username_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.printed_name

    @property
    def printed_name(self) -> str:
        full = self.get_full_name().strip()
        return full or self.username

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.organization_id if self.organization.is_sponsor else None

    @property
    def is_sponsor_user(self) -> bool:
        return self.organization.is_sponsor

    @property
    def is_cdmo_staff(self) -> bool:
        return self.organization.is_cdmo

    def role_codes(self) -> set[str]:
        cached = getattr(self, "_role_codes", None)
        if cached is None:
            cached = set(self.roles.values_list("code", flat=True))
            self._role_codes = cached
        return cached

    def has_role(self, code: str) -> bool:
        return code in self.role_codes()


class ApiToken(models.Model):
    """A per-user API token. Only a SHA-256 of the secret is stored; it is shown once.

    Its scope narrows what its user may do: read-only refuses every unsafe method, and
    a token limited to projects sees only those projects and what hangs off them.
    """

    class Scope(models.TextChoices):
        READ_ONLY = "read_only", "Read-only"
        READ_WRITE = "read_write", "Read and write"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=80)
    scope = models.CharField(max_length=16, choices=Scope.choices, default=Scope.READ_ONLY)
    projects = models.ManyToManyField(
        "projects.Project",
        blank=True,
        related_name="api_tokens",
        help_text="If any, the token sees only these projects; none means all the user sees.",
    )
    prefix = models.CharField(max_length=12, unique=True)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @property
    def is_read_only(self) -> bool:
        return self.scope == self.Scope.READ_ONLY


class SignInLock(models.Model):
    """Failed credential checks for one user name from one source (client address), and
    the lock they led to (ID-2).

    Counted per name *and* source, so a stranger guessing from elsewhere cannot lock a
    colleague out; names that belong to nobody are counted and locked exactly like real
    ones, so the answers never tell whether a name exists. Not a business record: what
    happened is in the audit trail (sign-in failures, lockouts).
    """

    username = models.CharField(max_length=150, help_text="As typed, case-folded.")
    source = models.CharField(max_length=64, blank=True, help_text="The client address.")
    failures = models.PositiveIntegerField(default=0)
    window_start = models.DateTimeField(null=True, blank=True)
    locked_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["username", "source"], name="signin_lock_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.username} from {self.source or 'unknown address'}"

    def is_locked(self, now) -> bool:
        return self.locked_until is not None and self.locked_until > now
