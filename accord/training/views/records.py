"""One page per set-up record — requirement, curriculum, job role, competency, controlled
document — with what hangs off it, and the signed or audited acts done from it: an
effectiveness review of a curriculum (R-TRN-6), a competency assessment (R-TRN-4), a new
effective version of a document (R-TRN-2)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accord.accounts.decorators import staff_required
from accord.core import clock
from accord.core.dates import format_day
from accord.core.errors import apply_to_forms
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials
from accord.training import services
from accord.training.forms import (
    CompetencyRecordForm,
    DocumentVersionForm,
    EffectivenessForm,
    QuizQuestionForm,
)
from accord.training.models import (
    Assignment,
    Competency,
    CompetencyRecord,
    ControlledDocument,
    Curriculum,
    JobRole,
    Reason,
    Requirement,
)
from accord.training.views.common import ASSESS, can_manage, manager_page, staff_page


def _signing(request, meaning: str):
    form = signature_form(request, meaning=meaning)
    form.fields["meaning"].initial = meaning
    del form.fields["reason"]
    return form


@staff_page
def requirement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    requirement = get_object_or_404(
        Requirement.objects.select_related("document", "competency", "project_document"), pk=pk
    )
    today = clock.today()
    assignments = requirement.assignments.all()
    manage = can_manage(request.user)
    question_form = None
    if requirement.kind == Requirement.Kind.QUIZ and manage:
        question_form = QuizQuestionForm(request.POST or None)
        if request.method == "POST" and question_form.is_valid():
            data = question_form.cleaned_data
            try:
                services.quiz_question_add(
                    actor=request.user,
                    requirement=requirement,
                    text=data["text"],
                    choices=data["choices"].splitlines(),
                    correct=data["correct"] - 1,
                )
            except ValidationError as error:
                apply_to_forms(error, question_form)
            else:
                messages.success(request, "The question is added to the bank.")
                return redirect("training:requirement", pk=requirement.pk)
    return render(
        request,
        "training/requirement.html",
        {
            "question_form": question_form,
            "requirement": requirement,
            "curricula": requirement.curricula.order_by("name"),
            "open_count": assignments.filter(status=Assignment.Status.OPEN).count(),
            "overdue_count": assignments.filter(
                status=Assignment.Status.OPEN, due_on__lt=today
            ).count(),
            "done_count": assignments.filter(status=Assignment.Status.COMPLETED).count(),
            "questions": requirement.questions.filter(is_active=True)
            if requirement.kind == Requirement.Kind.QUIZ
            else [],
            "signing_roles": requirement.signing_roles.order_by("name"),
            "can_manage": manage,
        },
    )


@staff_page
def curriculum_detail(request: HttpRequest, pk: int) -> HttpResponse:
    curriculum = get_object_or_404(Curriculum.objects.all(), pk=pk)
    reviews = curriculum.effectiveness_reviews.select_related("reviewed_by")
    return render(
        request,
        "training/curriculum.html",
        {
            "curriculum": curriculum,
            "requirements": curriculum.requirements.select_related(
                "document", "competency"
            ).order_by("kind", "code"),
            "job_roles": curriculum.job_roles.order_by("name"),
            "reviews": [(review, manifest(review)) for review in reviews],
            "can_manage": can_manage(request.user),
        },
    )


@manager_page
def effectiveness_review(request: HttpRequest, pk: int) -> HttpResponse:
    curriculum = get_object_or_404(Curriculum.objects.all(), pk=pk)
    fields = EffectivenessForm(request.POST or None)
    form = _signing(request, Meaning.REVIEWED)
    if request.method == "POST" and fields.is_valid() and form.is_valid():
        data = fields.cleaned_data
        try:
            services.effectiveness_review_record(
                actor=request.user,
                curriculum=curriculum,
                period_start=data["period_start"],
                period_end=data["period_end"],
                method=data["method"],
                findings=data["findings"],
                conclusion=data["conclusion"],
                actions=data.get("actions", ""),
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_forms(exc, fields, form)
        else:
            signature_recorded(request, form)
            messages.success(request, f"The effectiveness review of {curriculum} is signed.")
            return redirect("training:curriculum", pk=curriculum.pk)
    return render(
        request,
        "training/form.html",
        {
            "title": f"Review the effectiveness of {curriculum.name}",
            "lead": "A periodic, signed assessment of whether this curriculum's training "
            "works (EU GMP 2.11).",
            "forms": [fields, form],
            "signing": True,
            "button": "Sign the review",
            "back": ("training:curriculum", curriculum.pk),
        },
    )


@staff_page
def job_role_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job_role = get_object_or_404(JobRole.objects.all(), pk=pk)
    today = clock.today()
    holders = (
        job_role.holdings.filter(assigned_on__lte=today)
        .exclude(ended_on__lte=today)
        .select_related("person", "site")
        .order_by("person__last_name", "person__first_name")
    )
    return render(
        request,
        "training/job_role.html",
        {
            "job_role": job_role,
            "curricula": job_role.curricula.annotate(n=Count("requirements")).order_by("name"),
            "holders": holders,
            "can_manage": can_manage(request.user),
        },
    )


@staff_page
def competency_detail(request: HttpRequest, pk: int) -> HttpResponse:
    competency = get_object_or_404(Competency.objects.all(), pk=pk)
    today = clock.today()
    latest: dict[int, CompetencyRecord] = {}
    for record in competency.records.select_related("person", "assessor").order_by(
        "assessed_on", "pk"
    ):
        latest[record.person_id] = record
    holders = sorted(latest.values(), key=lambda r: (-r.level, r.person.last_name))
    for record in holders:
        record.current = record.is_current(today)
    return render(
        request,
        "training/competency.html",
        {
            "competency": competency,
            "holders": holders,
            "requirements": competency.requirements.order_by("code"),
            "ojt": competency.ojt.select_related("trainee", "trainer").order_by("-performed_on")[
                :20
            ],
            "can_assess": request.user.has_perm(ASSESS),
            "can_manage": can_manage(request.user),
        },
    )


@staff_required(ASSESS)
def competency_record(request: HttpRequest) -> HttpResponse:
    initial = {"assessed_on": clock.today()}
    for name in ("person", "competency"):
        value = request.GET.get(name, "")
        if value.isdigit():
            initial[name] = int(value)
    fields = CompetencyRecordForm(request.POST or None, initial=initial)
    form = _signing(request, Meaning.APPROVED)
    if request.method == "POST" and fields.is_valid() and form.is_valid():
        data = fields.cleaned_data
        try:
            record = services.competency_record(
                actor=request.user,
                person=data["person"],
                competency=data["competency"],
                level=data["level"],
                method=data["method"],
                evidence=data["evidence"],
                assessed_on=data["assessed_on"],
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_forms(exc, fields, form)
        else:
            signature_recorded(request, form)
            messages.success(
                request,
                f"{record.person.printed_name}: {record.competency.name} at level "
                f"{record.level} is recorded.",
            )
            return redirect("training:competency", pk=record.competency_id)
    return render(
        request,
        "training/form.html",
        {
            "title": "Record a competency assessment",
            "lead": "The level shown, how it was assessed and the evidence. It counts until "
            "it expires (the competency's validity).",
            "forms": [fields, form],
            "signing": True,
            "button": "Sign the assessment",
            "back_url": reverse("training:competencies"),
        },
    )


@staff_page
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(ControlledDocument.objects.select_related("site"), pk=pk)
    versions = document.versions.select_related("made_effective_by").order_by("-version")
    requirements = document.requirements.annotate(
        open=Count("assignments", filter=Q(assignments__status="open")),
        retraining=Count(
            "assignments",
            filter=Q(assignments__status="open", assignments__reason=Reason.NEW_VERSION),
        ),
    ).order_by("code")
    return render(
        request,
        "training/document.html",
        {
            "document": document,
            "versions": versions,
            "current": document.current_version(clock.today()),
            "requirements": requirements,
            "can_manage": can_manage(request.user),
        },
    )


@manager_page
def document_version(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(ControlledDocument.objects.all(), pk=pk)
    form = DocumentVersionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            version, reached = services.document_version_make_effective(
                actor=request.user,
                document=document,
                summary=data["summary"],
                effective_on=data.get("effective_on"),
                sha256=data.get("sha256", ""),
            )
        except ValidationError as exc:
            apply_to_forms(exc, form)
        else:
            messages.success(
                request,
                f"{document.number} version {version.version} is effective "
                f"from {format_day(version.effective_on)}: "
                f"{reached} retraining assignment{'s' if reached != 1 else ''} created.",
            )
            return redirect("training:document", pk=document.pk)
    last = document.versions.order_by("-version").first()
    return render(
        request,
        "training/form.html",
        {
            "title": f"Make a new version of {document.number} effective",
            "lead": (
                f"Version {last.version + 1 if last else 1}. "
                + (
                    "Everyone whose job roles require this document gets one open "
                    "retraining assignment to read and sign the new version."
                    if last
                    else "The first version: people are trained on it as their job roles "
                    "are assigned."
                )
            ),
            "form": form,
            "button": "Make effective",
            "back": ("training:document", document.pk),
        },
    )
