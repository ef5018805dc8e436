"""Django settings for Accord, read from the environment (see docs/configuration.md).

``ACCORD_ENV`` selects the mode: ``development`` (the default, needs no configuration),
``test`` (set by the test suite) or ``production`` (refuses insecure defaults).
"""

from __future__ import annotations

import re
import zoneinfo
from email.utils import parseaddr
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from accord.config import ConfigError, Env
from accord.core.storage import caches_from_env, nodes_check, storage_from_env

env = Env()

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env.str("ACCORD_VAR_DIR", str(BASE_DIR / "var")))

ACCORD_ENV = env.choice("ACCORD_ENV", ("development", "test", "production"), "development")
PRODUCTION = ACCORD_ENV == "production"

_DEV_SECRET_KEY = "accord-development-only-key-never-used-in-production-0123456789"  # noqa: S105 - development only; production refuses it
if PRODUCTION:
    SECRET_KEY = env.str("SECRET_KEY")
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY == _DEV_SECRET_KEY:
        raise ConfigError(
            "SECRET_KEY must be a random value of at least 50 characters in production "
            "(for example: python -c 'import secrets; print(secrets.token_urlsafe(64))')."
        )
else:
    SECRET_KEY = env.str("SECRET_KEY", _DEV_SECRET_KEY)

DEBUG = env.bool("DEBUG", ACCORD_ENV == "development")
if PRODUCTION and DEBUG:
    raise ConfigError("DEBUG must be false when ACCORD_ENV=production.")

if PRODUCTION:
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", [])
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        raise ConfigError("ALLOWED_HOSTS must list the site's host names in production (no '*').")
else:
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])

TIME_ZONE = env.str("TIME_ZONE", "Europe/Zurich")
try:
    zoneinfo.ZoneInfo(TIME_ZONE)
except (zoneinfo.ZoneInfoNotFoundError, ValueError):
    raise ConfigError(f"TIME_ZONE must be an IANA time zone name, got {TIME_ZONE!r}.") from None
USE_TZ = True
LANGUAGE_CODE = "en-us"
USE_I18N = True

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "ninja",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_q",
    "accord.core",
    "accord.audit",
    "accord.accounts",
    "accord.clients",
    "accord.signatures",
    "accord.projects",
    "accord.risks",
    "accord.planning",
    "accord.delays",
    "accord.changes",
    "accord.proposals",
    "accord.reports",
    "accord.meetings",
    "accord.teams",
    "accord.notifications",
    "accord.service",
    "accord.recognition",
    "accord.surveys",
    "accord.quality",
    "accord.training",
    "accord.equipment",
    "accord.capacity",
    "accord.scorecards",
    "accord.improvement",
    "accord.qbr",
    "accord.lessons",
    "accord.webhooks",
    "accord.home",
    "accord.search",
    "accord.demo",
]

MIDDLEWARE = [
    # First, so that every request gets an id and one access log line (docs/deployment.md).
    "accord.core.middleware.RequestIdMiddleware",
    # /healthz and /readyz, answered before sessions, host and HTTPS checks.
    "accord.core.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "accord.core.middleware.UploadLimitMiddleware",
    "accord.core.middleware.BusyMiddleware",
    "accord.core.input.InputBoundaryMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accord.core.submissions.FormSubmissionMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "accord.accounts.middleware.SessionTimeoutMiddleware",
    "accord.accounts.middleware.PasswordChangeRequiredMiddleware",
    "accord.accounts.middleware.MfaRequiredMiddleware",
    "accord.core.concurrency.StaleEditStatusMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
]

# Content Security Policy (WEB-2), django-csp 4. Every script is a vendored or own static
# file (no inline script, no CDN); a page that ever needs an inline one gives it the
# request's nonce. Styles allow inline attributes (progress bars, chart boxes, htmx's
# indicator style); a nonce would disable that, so style-src carries none.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    },
}

ROOT_URLCONF = "accord.urls"
WSGI_APPLICATION = "accord.wsgi.application"
ASGI_APPLICATION = "accord.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "accord" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accord.home.context_processors.navigation",
            ],
            # {{ value|day }} and {{ value|moment }} on every page (accord.core.dates).
            "builtins": ["accord.core.templatetags.dates", "accord.core.templatetags.text"],
        },
    },
]

_default_db = f"sqlite:///{VAR_DIR / 'accord.sqlite3'}"
_db_url = env.str("DATABASE_URL", _default_db)
try:
    # How long a database connection is kept for the next request of the same thread, in
    # seconds (0: one connection per request). Pings before reuse (CONN_HEALTH_CHECKS).
    _db = dj_database_url.parse(
        _db_url,
        conn_max_age=env.int("ACCORD_DB_CONN_MAX_AGE", 60 if PRODUCTION else 0, minimum=0),
    )
except (ValueError, KeyError) as exc:
    raise ConfigError(f"DATABASE_URL is not a valid database URL ({exc}).") from None
# How long a statement waits for a lock another transaction holds, and how long one
# statement may run, before the user is told the site is busy (nothing saved, try again)
# instead of everyone waiting behind one slow transaction. 0 means no limit.
ACCORD_DB_LOCK_TIMEOUT_MS = env.int("ACCORD_DB_LOCK_TIMEOUT_MS", 5_000, minimum=0)
ACCORD_DB_STATEMENT_TIMEOUT_MS = env.int("ACCORD_DB_STATEMENT_TIMEOUT_MS", 30_000, minimum=0)
if _db["ENGINE"] == "django.db.backends.sqlite3":
    # Single-node mode: WAL and IMMEDIATE transactions avoid "database is locked"
    # under concurrent writers (requirements DI-6); a writer waits for the one ahead of
    # it at most ACCORD_DB_LOCK_TIMEOUT_MS.
    _db["ENGINE"] = "accord.core.db.backends.sqlite3"
    _db["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": ACCORD_DB_LOCK_TIMEOUT_MS / 1000,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    if not _db["NAME"].startswith(":memory:"):
        Path(_db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    if ACCORD_ENV == "test":
        # A file, not memory, so that worker processes started by tests share it.
        _db["TEST"] = {"NAME": str(VAR_DIR / "test-accord.sqlite3")}
elif _db["ENGINE"] == "django.db.backends.postgresql":
    _db["ENGINE"] = "accord.core.db.backends.postgresql"
    _db["CONN_HEALTH_CHECKS"] = True
    _options = _db.setdefault("OPTIONS", {})
    # A database that does not answer a new connection within this is "unavailable"
    # (a 503 page, /readyz failing), rather than every request hanging on it.
    _options.setdefault("connect_timeout", env.int("ACCORD_DB_CONNECT_TIMEOUT_S", 5, minimum=1))
    _options["options"] = " ".join(
        filter(
            None,
            [
                _options.get("options", ""),
                f"-c lock_timeout={ACCORD_DB_LOCK_TIMEOUT_MS}",
                f"-c statement_timeout={ACCORD_DB_STATEMENT_TIMEOUT_MS}",
            ],
        )
    )
else:
    raise ConfigError("DATABASE_URL must name a PostgreSQL or SQLite database.")
_db["ATOMIC_REQUESTS"] = False
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["accord.accounts.backends.RolePermissionBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home:index"
LOGOUT_REDIRECT_URL = "accounts:login"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
if ACCORD_ENV == "test":
    # Hashing cost is not what the suite tests; Argon2 stays the production hasher.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env.int("ACCORD_PASSWORD_MIN_LENGTH", 12, minimum=12)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "accord" / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Stored files (docs/deployment.md "Storage and cache"): ACCORD_STORAGE=filesystem under
# ACCORD_MEDIA_ROOT (a mount every node shares when there are several), or s3 (the `s3`
# extra: django-storages), content addressed by SHA-256 either way.
STORAGES = {
    "default": storage_from_env(env),
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Without DEBUG (`make run`), whitenoise serves the static files straight from their
# folders; production collects them first (docs/operations.md).
WHITENOISE_USE_FINDERS = not PRODUCTION
# Attachments are never served from a public URL: downloads go through a view that
# checks the user's visibility first.
MEDIA_ROOT = Path(env.str("ACCORD_MEDIA_ROOT", str(VAR_DIR / "media")))

# The cache (ACCORD_CACHE_URL): Redis, a table of the database, or each process's memory.
# Sessions, rate limits and sign-in lockouts live in the database, never in the cache.
CACHES = caches_from_env(env, sqlite=_db["ENGINE"].endswith("sqlite3"))
# How many app nodes share this database: more than one refuses SQLite and a per-process
# cache at start-up (requirements DI-6).
ACCORD_NODES = env.int("ACCORD_NODES", 1, minimum=1)
nodes_check(ACCORD_NODES, database_engine=_db["ENGINE"], caches=CACHES)

ACCORD_MAX_UPLOAD_MB = env.int("ACCORD_MAX_UPLOAD_MB", 25, minimum=1)
# A body over the upload limit is refused before it is read (accord.core.middleware).
FILE_UPLOAD_HANDLERS = [
    "accord.core.middleware.UploadLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
DATA_UPLOAD_MAX_MEMORY_SIZE = env.int("ACCORD_MAX_BODY_KB", 1024, minimum=16) * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
ACCORD_API_PAGE_SIZE = env.int("ACCORD_API_PAGE_SIZE", 50, minimum=1)
ACCORD_API_MAX_PAGE_SIZE = 200
# Requests per API token (per user for browser sessions), counted in the database so
# every node sees one count (docs/api.md): "<count>/<second|minute|hour|day>",
# or "off". The test suite counts too, with room for the route inventories' bursts.
ACCORD_API_RATE_LIMIT = env.str(
    "ACCORD_API_RATE_LIMIT", "10000/minute" if ACCORD_ENV == "test" else "600/minute"
)
if not re.fullmatch(r"off|[1-9][0-9]*/(second|minute|hour|day)", ACCORD_API_RATE_LIMIT):
    raise ConfigError(
        "ACCORD_API_RATE_LIMIT must be a number of requests per second, minute, hour or day "
        f"(600/minute) or off; got {ACCORD_API_RATE_LIMIT!r}."
    )
# How long a POST's Idempotency-Key is remembered (docs/api.md).
ACCORD_IDEMPOTENCY_KEY_HOURS = env.int("ACCORD_IDEMPOTENCY_KEY_HOURS", 24, minimum=1)
ACCORD_SITE_NAME = env.str("ACCORD_SITE_NAME", "Accord")

# E-mail (docs/notifications.md). Development writes each message to a file under
# var/mail/; production sends through SMTP, or through a provider's API with django-anymail
# (ACCORD_EMAIL_BACKEND=anymail.backends.<provider>.EmailBackend, settings in ANYMAIL_*).
_EMAIL_BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
}
_email_backend = env.str(
    "ACCORD_EMAIL_BACKEND",
    {"development": "file", "test": "locmem", "production": "smtp"}[ACCORD_ENV],
)
if _email_backend in _EMAIL_BACKENDS:
    EMAIL_BACKEND = _EMAIL_BACKENDS[_email_backend]
elif re.fullmatch(r"anymail\.backends\.[a-z_]+\.EmailBackend", _email_backend):
    EMAIL_BACKEND = _email_backend
else:
    raise ConfigError(
        "ACCORD_EMAIL_BACKEND must be smtp, console, file or a django-anymail backend such "
        f"as anymail.backends.postmark.EmailBackend; got {_email_backend!r}."
    )
EMAIL_FILE_PATH = VAR_DIR / "mail"
if PRODUCTION and _email_backend == "smtp":
    EMAIL_HOST = env.str("ACCORD_EMAIL_HOST")
else:
    EMAIL_HOST = env.str("ACCORD_EMAIL_HOST", "localhost")
EMAIL_PORT = env.int("ACCORD_EMAIL_PORT", 587, minimum=1)
if EMAIL_PORT > 65535:
    raise ConfigError(f"ACCORD_EMAIL_PORT must be a port number (1-65535), got {EMAIL_PORT}.")
EMAIL_HOST_USER = env.str("ACCORD_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = env.str("ACCORD_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env.bool("ACCORD_EMAIL_USE_TLS", True)
EMAIL_USE_SSL = env.bool("ACCORD_EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ConfigError(
        "ACCORD_EMAIL_USE_TLS and ACCORD_EMAIL_USE_SSL cannot both be true: STARTTLS (usually "
        "port 587) or implicit TLS (usually port 465), not both."
    )
EMAIL_TIMEOUT = env.int("ACCORD_EMAIL_TIMEOUT", 20, minimum=1)
DEFAULT_FROM_EMAIL = env.str("ACCORD_EMAIL_FROM", f"{ACCORD_SITE_NAME} <accord@localhost>")
try:
    validate_email(parseaddr(DEFAULT_FROM_EMAIL)[1])
except ValidationError:
    raise ConfigError(
        "ACCORD_EMAIL_FROM must be an e-mail address, optionally with a name "
        f"(Accord <accord@cdmo.example>); got {DEFAULT_FROM_EMAIL!r}."
    ) from None
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Settings of a django-anymail provider, from ANYMAIL_<NAME> variables (ANYMAIL_POSTMARK_
# SERVER_TOKEN=... becomes ANYMAIL["POSTMARK_SERVER_TOKEN"]).
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): value
    for name, value in env.environ.items()
    if name.startswith("ANYMAIL_") and value.strip()
}
# The address people use to reach Accord: links in e-mails start with it.
ACCORD_SITE_URL = (
    env.str("ACCORD_SITE_URL")
    if PRODUCTION
    else env.str("ACCORD_SITE_URL", "http://127.0.0.1:8000")
).rstrip("/")
if not re.fullmatch(r"https?://[^/\s]+(/[^\s]*)?", ACCORD_SITE_URL) or (
    PRODUCTION and not ACCORD_SITE_URL.startswith("https://")
):
    raise ConfigError(
        "ACCORD_SITE_URL must be the site's address, such as https://accord.cdmo.example "
        f"(https in production); got {ACCORD_SITE_URL!r}."
    )

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env.int("ACCORD_SESSION_ABSOLUTE_HOURS", 12, minimum=1) * 3600
ACCORD_SESSION_IDLE_MINUTES = env.int("ACCORD_SESSION_IDLE_MINUTES", 15, minimum=1)
ACCORD_LOCKOUT_THRESHOLD = env.int("ACCORD_LOCKOUT_THRESHOLD", 5, minimum=1)
ACCORD_LOCKOUT_WINDOW_MINUTES = env.int("ACCORD_LOCKOUT_WINDOW_MINUTES", 15, minimum=1)
ACCORD_LOCKOUT_MINUTES = env.int("ACCORD_LOCKOUT_MINUTES", 15, minimum=1)
# 0: user id and password for every signature. N > 0: within N minutes of a full
# signature, the password alone (never nothing) signs again (21 CFR 11.200(a)(1)(i)).
ACCORD_SIGNATURE_SESSION_MINUTES = env.int("ACCORD_SIGNATURE_SESSION_MINUTES", 0, minimum=0)
# Signs the audit checkpoints kept outside the database (docs/integrity.md). Production
# needs its own key, kept with the backups but apart from the database dumps
# (docs/deployment.md): derived from SECRET_KEY, rotating that key would make every earlier
# checkpoint fail to verify.
if PRODUCTION:
    ACCORD_AUDIT_CHECKPOINT_KEY = env.str("ACCORD_AUDIT_CHECKPOINT_KEY")
    if len(ACCORD_AUDIT_CHECKPOINT_KEY) < 32 or ACCORD_AUDIT_CHECKPOINT_KEY == SECRET_KEY:
        raise ConfigError(
            "ACCORD_AUDIT_CHECKPOINT_KEY must be a random value of at least 32 characters in "
            "production, different from SECRET_KEY (for example: python -c 'import secrets; "
            "print(secrets.token_urlsafe(48))')."
        )
else:
    ACCORD_AUDIT_CHECKPOINT_KEY = env.str("ACCORD_AUDIT_CHECKPOINT_KEY", "")
# Second factor (TOTP) for administrators and QA approvers: "required" or "off". Off by
# default outside production so that the demo logins work without an authenticator app.
ACCORD_MFA = env.choice(
    "ACCORD_MFA", ("required", "off"), "required" if ACCORD_ENV == "production" else "off"
)
OTP_TOTP_ISSUER = ACCORD_SITE_NAME
# Background jobs (docs/operations.md): "queue" hands them to the workers (`accord worker`)
# through django-q2's database broker; "inline" runs each at once in the caller, through
# the same job code (the test suite's default).
ACCORD_JOBS = env.choice(
    "ACCORD_JOBS", ("queue", "inline"), "inline" if ACCORD_ENV == "test" else "queue"
)
ACCORD_JOBS_MAX_ATTEMPTS = env.int("ACCORD_JOBS_MAX_ATTEMPTS", 3, minimum=1)
ACCORD_JOBS_HEARTBEAT_SECONDS = env.int("ACCORD_JOBS_HEARTBEAT_SECONDS", 5, minimum=1)
ACCORD_JOBS_STALE_SECONDS = env.int("ACCORD_JOBS_STALE_SECONDS", 30, minimum=2)
if ACCORD_JOBS_STALE_SECONDS < 2 * ACCORD_JOBS_HEARTBEAT_SECONDS:
    raise ConfigError(
        "ACCORD_JOBS_STALE_SECONDS must be at least twice ACCORD_JOBS_HEARTBEAT_SECONDS."
    )
ACCORD_JOBS_RETRY_SECONDS = env.int("ACCORD_JOBS_RETRY_SECONDS", 60, minimum=0)
ACCORD_JOBS_TIMEOUT_SECONDS = env.int("ACCORD_JOBS_TIMEOUT_SECONDS", 1800, minimum=10)
ACCORD_JOBS_KEEP_DAYS = env.int("ACCORD_JOBS_KEEP_DAYS", 30, minimum=1)
ACCORD_JOBS_KEEP_PERIODIC_DAYS = env.int("ACCORD_JOBS_KEEP_PERIODIC_DAYS", 2, minimum=1)
ACCORD_JOBS_SCHEDULER_SECONDS = env.int("ACCORD_JOBS_SCHEDULER_SECONDS", 5, minimum=1)
# Webhooks (docs/webhooks.md): the back-off between attempts of a delivery, in minutes
# (after the last one it is given up), and how many failed attempts in a row disable a
# subscription. Plain http is accepted only to localhost, and only outside production.
ACCORD_WEBHOOK_RETRY_MINUTES = [
    int(m) for m in env.list("ACCORD_WEBHOOK_RETRY_MINUTES", ["1", "5", "30", "120", "720"])
]
ACCORD_WEBHOOK_DISABLE_AFTER = env.int("ACCORD_WEBHOOK_DISABLE_AFTER", 10, minimum=1)
ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP = env.bool("ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP", not PRODUCTION)
if PRODUCTION and ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP:
    raise ConfigError("ACCORD_WEBHOOK_ALLOW_LOCAL_HTTP must be false when ACCORD_ENV=production.")
Q_CLUSTER = {
    "name": "accord",
    "orm": "default",  # the queue is a table of Accord's own database
    "workers": env.int("ACCORD_JOBS_WORKERS", 2, minimum=1),
    "timeout": ACCORD_JOBS_TIMEOUT_SECONDS,
    # An unacknowledged message is delivered again after this; Accord's own recovery
    # (heartbeats) acts long before, and a second delivery of a finished job does nothing.
    "retry": ACCORD_JOBS_TIMEOUT_SECONDS + 60,
    "poll": float(env.int("ACCORD_JOBS_POLL_MS", 500, minimum=10)) / 1000,
    "save_limit": -1,  # results live on Accord's Job rows, not in the library's tables
    "catch_up": False,  # after downtime a periodic entry runs once, not once per missed period
    "scheduler": False,  # `accord worker` runs the scheduler itself (every few seconds)
    "recycle": 200,
    "label": "Job queue (library)",
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    SECURE_SSL_REDIRECT = env.bool("ACCORD_SSL_REDIRECT", True)
    # Probes of a node over plain HTTP (they are answered before this check anyway).
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SECURE_HSTS_SECONDS = env.int("ACCORD_HSTS_SECONDS", 31_536_000, minimum=31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    CSRF_TRUSTED_ORIGINS = env.list("ACCORD_CSRF_TRUSTED_ORIGINS", [])
    if env.bool("ACCORD_BEHIND_TLS_PROXY", False):
        # Only trust the header when a known proxy terminates TLS (requirements WEB-9).
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

FORM_RENDERER = "accord.core.forms.AccordFormRenderer"

# Logs (docs/deployment.md): one JSON object per line, or readable text. The access log is
# Accord's own (logger accord.access, one line per request). `accord serve` writes to
# standard output; other commands to standard error, apart from what they print.
ACCORD_LOG_FORMAT = env.choice(
    "ACCORD_LOG_FORMAT", ("json", "plain"), "json" if PRODUCTION else "plain"
)
ACCORD_LOG_STREAM = env.choice("ACCORD_LOG_STREAM", ("stdout", "stderr"), "stderr")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "accord.core.logging.JsonFormatter"},
        "plain": {"()": "accord.core.logging.PlainFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": f"ext://sys.{ACCORD_LOG_STREAM}",
            "formatter": ACCORD_LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": env.str("ACCORD_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.security": {"level": "WARNING"},
        # Requests are logged once, by accord.access; the development server's own line
        # would repeat each.
        "django.server": {"level": "WARNING"},
        "accord.access": {"level": env.str("ACCORD_ACCESS_LOG_LEVEL", "INFO")},
        # The queue library's own log (INFO: every message taken); Accord logs job failures.
        "django-q": {"level": env.str("ACCORD_JOBS_LOG_LEVEL", "WARNING")},
    },
}
