"""My training: what I must complete and by when, and the pages that complete it — read
and understood (an e-signature on the exact version), a quiz in randomized order, a
course's completion. QA sees the department KPIs."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from accord.core import clock
from accord.core.errors import apply_to_form
from accord.signatures.models import Meaning
from accord.signatures.selectors import manifest
from accord.signatures.session import signature_form, signature_recorded, signer_credentials
from accord.training import services
from accord.training.forms import CourseForm
from accord.training.kpis import training_kpis
from accord.training.models import Assignment, QuizAttempt, QuizQuestion, Requirement
from accord.training.status import people_due
from accord.training.views.common import can_manage, manager_page, staff_page


def _kpis(user):
    if not can_manage(user):
        return None
    return training_kpis(clock.today())


@staff_page
def training_home(request: HttpRequest) -> HttpResponse:
    today = clock.today()
    mine = people_due([request.user.pk], today).get(request.user.pk, [])
    done = (
        Assignment.objects.filter(person=request.user, status=Assignment.Status.COMPLETED)
        .select_related("requirement")
        .order_by("-completed_on", "-pk")[:8]
    )
    return render(
        request,
        "training/home.html",
        {
            "mine": mine,
            "overdue": [a for a in mine if a.due_on < today],
            "done": done,
            "today": today,
            "kpis": _kpis(request.user),
            "can_manage": can_manage(request.user),
        },
    )


def _assignment(request: HttpRequest, pk: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related(
            "person", "requirement", "document_version__document", "assigned_by"
        ),
        pk=pk,
    )


def _own_open(request: HttpRequest, assignment: Assignment) -> None:
    if assignment.person_id != request.user.pk:
        raise PermissionDenied("Only the person being trained completes this training.")


@staff_page
def assignment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _assignment(request, pk)
    requirement = assignment.requirement
    mine = assignment.person_id == request.user.pk
    return render(
        request,
        "training/assignment.html",
        {
            "a": assignment,
            "requirement": requirement,
            "mine": mine,
            "today": clock.today(),
            "attempts": assignment.attempts.order_by("number"),
            "manifest": manifest(assignment),
            "can_manage": can_manage(request.user),
            # Someone other than the trainee records a course's attendance.
            "can_record_course": assignment.is_open
            and requirement.kind == Requirement.Kind.COURSE
            and not mine
            and can_manage(request.user),
        },
    )


@staff_page
def assignment_sign(request: HttpRequest, pk: int) -> HttpResponse:
    """Read and understood: the person signs the version they read (R-TRN-3)."""
    assignment = _assignment(request, pk)
    _own_open(request, assignment)
    if not assignment.is_open or assignment.requirement.kind != Requirement.Kind.DOCUMENT:
        messages.info(request, "This training does not wait for a read-and-understood signature.")
        return redirect("training:assignment", pk=assignment.pk)
    form = signature_form(request, meaning=Meaning.TRAINED)
    form.fields["meaning"].initial = Meaning.TRAINED
    del form.fields["reason"]
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_read_and_understood(
                actor=request.user,
                assignment=assignment,
                version=assignment.version,
                **signer_credentials(form),
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            signature_recorded(request, form)
            messages.success(
                request, f"Signed: you have read and understood {assignment.what_to_read}."
            )
            return redirect("training:home")
    return render(
        request,
        "training/form.html",
        {
            "title": f"Read and understood: {assignment.requirement.title}",
            "lead": f"Sign once you have read {assignment.what_to_read or 'the document'} "
            "and understood it. Your signature is bound to this exact version.",
            "form": form,
            "signing": True,
            "button": "Sign: read and understood",
            "back": ("training:assignment", assignment.pk),
            "side_template": "training/_assignment_side.html",
            "a": assignment,
        },
    )


@manager_page
def assignment_course(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _assignment(request, pk)
    if assignment.person_id == request.user.pk:
        raise PermissionDenied("Someone else records your attendance.")
    form = CourseForm(request.POST or None, initial={"completed_on": clock.today()})
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_record_course(
                actor=request.user,
                assignment=assignment,
                completed_on=form.cleaned_data["completed_on"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, f"{assignment.requirement.title} is recorded as completed.")
            return redirect("training:assignment", pk=assignment.pk)
    return render(
        request,
        "training/form.html",
        {
            "title": f"Record the course: {assignment.requirement.title}",
            "lead": f"For {assignment.person.printed_name}.",
            "form": form,
            "button": "Record completion",
            "back": ("training:assignment", assignment.pk),
            "side_template": "training/_assignment_side.html",
            "a": assignment,
        },
    )


@staff_page
def quiz_start(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _assignment(request, pk)
    _own_open(request, assignment)
    if request.method != "POST":
        return redirect("training:assignment", pk=assignment.pk)
    unfinished = assignment.attempts.filter(submitted_at__isnull=True).first()
    if unfinished is not None:
        return redirect("training:quiz", pk=assignment.pk, attempt_pk=unfinished.pk)
    try:
        attempt = services.quiz_start(actor=request.user, assignment=assignment)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("training:assignment", pk=assignment.pk)
    return redirect("training:quiz", pk=assignment.pk, attempt_pk=attempt.pk)


def quiz_questions(attempt: QuizAttempt) -> list[dict]:
    """The attempt's questions in the order shown, each with its choices in the order
    shown and each choice's index in the bank (what is submitted)."""
    ids = [question_id for question_id, _ in attempt.questions]
    bank = {q.pk: q for q in QuizQuestion.objects.filter(pk__in=ids)}
    shown = []
    for number, (question_id, order) in enumerate(attempt.questions, start=1):
        question = bank.get(question_id)
        if question is None:
            continue
        shown.append(
            {
                "number": number,
                "id": question.pk,
                "text": question.text,
                "choices": [(index, question.choices[index]) for index in order],
            }
        )
    return shown


@staff_page
def quiz(request: HttpRequest, pk: int, attempt_pk: int) -> HttpResponse:
    assignment = _assignment(request, pk)
    _own_open(request, assignment)
    attempt = get_object_or_404(assignment.attempts.all(), pk=attempt_pk)
    questions = quiz_questions(attempt)
    if attempt.submitted_at is not None:
        return render(
            request,
            "training/quiz_result.html",
            {"a": assignment, "attempt": attempt, "requirement": assignment.requirement},
        )
    errors = []
    if request.method == "POST":
        answers: dict[int, int] = {}
        for question in questions:
            value = request.POST.get(f"q{question['id']}", "")
            valid = {str(index) for index, _ in question["choices"]}
            if value in valid:
                answers[question["id"]] = question["selected"] = int(value)
            else:
                errors.append(question["number"])
        if not errors:
            try:
                attempt = services.quiz_submit(actor=request.user, attempt=attempt, answers=answers)
            except ValidationError as exc:
                messages.error(request, " ".join(exc.messages))
            else:
                return redirect("training:quiz", pk=assignment.pk, attempt_pk=attempt.pk)
    return render(
        request,
        "training/quiz.html",
        {
            "a": assignment,
            "attempt": attempt,
            "questions": questions,
            "errors": errors,
            "requirement": assignment.requirement,
        },
    )
