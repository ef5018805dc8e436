"""On-the-job training: a trainee performs a task under a qualified trainer; both sign
the steps observed, then an assessor signs the verdict (and the level it awards)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from accord.accounts.decorators import staff_required
from accord.core import clock, exports
from accord.core.errors import apply_to_form, apply_to_forms
from accord.core.pagination import paginate
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials
from accord.training import services
from accord.training.forms import OjtAssessForm, OjtObservationForm, OjtStartForm
from accord.training.models import Competency, OjtRecord
from accord.training.views.common import ASSESS, int_param, querystring, staff_page


def _filtered(request: HttpRequest):
    records = OjtRecord.objects.select_related("trainee", "trainer", "competency", "assessor")
    query = request.GET.get("q", "").strip()[:100]
    state = request.GET.get("state", "")
    competency = int_param(request, "competency")
    if query:
        for word in query.split()[:5]:
            records = records.filter(
                Q(task__icontains=word)
                | Q(trainee__last_name__icontains=word)
                | Q(trainee__first_name__icontains=word)
                | Q(trainer__last_name__icontains=word)
                | Q(competency__name__icontains=word)
            )
    if state in OjtRecord.State.values:
        records = records.filter(state=state)
    if competency:
        records = records.filter(competency_id=competency)
    return records, {"q": query, "state": state, "competency": competency}


@staff_page
def ojt_list(request: HttpRequest) -> HttpResponse:
    records, filters = _filtered(request)
    return render(
        request,
        "training/ojt_list.html",
        {
            "page": paginate(request, records.order_by("-performed_on", "-pk")),
            "filters": filters,
            "states": OjtRecord.State.choices,
            "competencies": Competency.objects.order_by("name"),
            "querystring": querystring(request),
            "filtered": any(filters.values()),
            "can_start": request.user.has_perm(ASSESS),
        },
    )


COLUMNS = [
    exports.Column("Trainee", lambda o: o.trainee.printed_name, 24),
    exports.Column("Trainer", lambda o: o.trainer.printed_name, 24),
    exports.Column("Competency", lambda o: o.competency.name, 30),
    exports.Column("Task", "task", 36),
    exports.Column("Performed", "performed_on"),
    exports.Column("State", "state"),
    exports.Column("Verdict", "verdict"),
    exports.Column("Level awarded", "level_awarded"),
    exports.Column("Assessor", lambda o: o.assessor.printed_name if o.assessor else ""),
]


@staff_page
def ojt_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    records, _ = _filtered(request)
    rows = list(exports.rows_of(records.order_by("-performed_on", "-pk"), COLUMNS))
    headings = [c.heading for c in COLUMNS]
    if fmt == "csv":
        return exports.csv_response("on-the-job-training.csv", headings, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(
        book, "On-the-job training", headings, rows, widths=[c.width or 14 for c in COLUMNS]
    )
    return exports.xlsx_response(book, "on-the-job-training.xlsx")


def _ojt(pk: int) -> OjtRecord:
    return get_object_or_404(
        OjtRecord.objects.select_related("trainee", "trainer", "competency", "assessor"), pk=pk
    )


@staff_page
def ojt_detail(request: HttpRequest, pk: int) -> HttpResponse:
    ojt = _ojt(pk)
    user = request.user
    waiting_for = []
    if ojt.state == OjtRecord.State.IN_TRAINING:
        if ojt.trainee_signed_at is None:
            waiting_for.append(ojt.trainee)
        if ojt.trainer_signed_at is None:
            waiting_for.append(ojt.trainer)
    return render(
        request,
        "training/ojt.html",
        {
            "ojt": ojt,
            "manifest": manifest(ojt),
            "waiting_for": waiting_for,
            "can_sign": user in waiting_for,
            "can_assess": ojt.state == OjtRecord.State.SIGNED
            and user.has_perm(ASSESS)
            and user.pk not in (ojt.trainee_id, ojt.trainer_id),
        },
    )


@staff_required(ASSESS)
def ojt_start(request: HttpRequest) -> HttpResponse:
    form = OjtStartForm(
        request.POST or None, initial={"performed_on": clock.today(), "trainer": request.user.pk}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            ojt = services.ojt_start(
                actor=request.user,
                trainee=data["trainee"],
                trainer=data["trainer"],
                competency=data["competency"],
                task=data["task"],
                steps=data["steps"],
                performed_on=data["performed_on"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request,
                "The on-the-job training is recorded: trainee and trainer sign the steps observed.",
            )
            return redirect("training:ojt", pk=ojt.pk)
    return render(
        request,
        "training/form.html",
        {
            "title": "Start on-the-job training",
            "lead": "The trainee performs the task under a trainer qualified in the competency.",
            "form": form,
            "button": "Record",
            "back_url": reverse("training:ojt_list"),
        },
    )


@staff_page
def ojt_sign(request: HttpRequest, pk: int) -> HttpResponse:
    ojt = _ojt(pk)
    user = request.user
    trainer = user.pk == ojt.trainer_id and ojt.trainer_signed_at is None
    trainee = user.pk == ojt.trainee_id and ojt.trainee_signed_at is None
    if ojt.state != OjtRecord.State.IN_TRAINING or not (trainer or trainee):
        raise PermissionDenied("This record does not wait for your signature.")
    observation = OjtObservationForm(request.POST or None, steps=ojt.steps) if trainer else None
    form = signature_form(request, meaning=Meaning.VERIFIED if trainer else Meaning.TRAINED)
    form.fields["meaning"].initial = form.fields["meaning"].choices[0][0]
    del form.fields["reason"]
    forms_ = [f for f in (observation, form) if f is not None]
    if request.method == "POST" and all(f.is_valid() for f in forms_):
        try:
            services.ojt_sign(
                actor=user,
                ojt=ojt,
                observed=observation.observed() if observation else None,
                comments=observation.comments() if observation else None,
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_forms(exc, *forms_)
        else:
            signature_recorded(request, form)
            messages.success(request, "Your signature is recorded.")
            return redirect("training:ojt", pk=ojt.pk)
    return render(
        request,
        "training/form.html",
        {
            "title": f"Sign as {'trainer' if trainer else 'trainee'}: {ojt.task}",
            "lead": "Trainer: tick each step you observed performed correctly."
            if trainer
            else "Trainee: you performed these steps under the trainer's supervision.",
            "forms": forms_,
            "signing": True,
            "button": "Sign",
            "back": ("training:ojt", ojt.pk),
            "side_template": "training/_ojt_steps.html",
            "ojt": ojt,
        },
    )


@staff_required(ASSESS)
def ojt_assess(request: HttpRequest, pk: int) -> HttpResponse:
    ojt = _ojt(pk)
    fields = OjtAssessForm(request.POST or None, initial={"level": ojt.competency and 3})
    form = signature_form(request, meaning=Meaning.APPROVED)
    form.fields["meaning"].initial = Meaning.APPROVED
    del form.fields["reason"]
    if request.method == "POST" and fields.is_valid() and form.is_valid():
        data = fields.cleaned_data
        try:
            services.ojt_assess(
                actor=request.user,
                ojt=ojt,
                verdict=data["verdict"],
                level=data.get("level"),
                assessment=data["assessment"],
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_forms(exc, fields, form)
        else:
            signature_recorded(request, form)
            messages.success(request, "The assessment is signed.")
            return redirect("training:ojt", pk=ojt.pk)
    return render(
        request,
        "training/form.html",
        {
            "title": f"Assess: {ojt.task}",
            "lead": f"{ojt.trainee.printed_name} in {ojt.competency.name}. A competent "
            "verdict records the competency at the level awarded.",
            "forms": [fields, form],
            "signing": True,
            "button": "Sign the assessment",
            "back": ("training:ojt", ojt.pk),
            "side_template": "training/_ojt_steps.html",
            "ojt": ojt,
        },
    )
