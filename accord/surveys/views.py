"""Survey pages: the list (staff: every survey; a sponsor: "Our surveys", the ones to
answer first), a survey with its answers, answering in the portal or through the e-mail's
one-time link (no sign-in), the staff results with their exports, and the settings.
Every action calls one service."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization, User
from accord.core import exports
from accord.core.errors import apply_to_form
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.core.workflow import TransitionNotAllowed
from accord.projects.models import Project
from accord.surveys import links, results, selectors, services
from accord.surveys.forms import AnswerForm, CloseForm, ResultsFilterForm, SettingsForm
from accord.surveys.models import (
    CSAT_LABELS,
    NPS_GROUP_LABELS,
    Category,
    Channel,
    Survey,
    SurveyInvitation,
    SurveyKind,
    SurveyResponse,
    SurveyState,
    Trigger,
    nps_group,
    quarter_label,
    quarter_of,
)
from accord.surveys.services.managing import KIND_LABELS, SETTINGS_FIELDS

VIEW = "surveys.view_survey"
RESULTS = "surveys.view_surveyresponse"


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied("Your roles do not allow you to see surveys.")


@login_required
def survey_list(request: HttpRequest) -> HttpResponse:
    _require(request, VIEW)
    user = request.user
    surveys = selectors.surveys_visible_to(user)
    query = request.GET.get("q", "").strip()
    kind = request.GET.get("kind", "")
    state = request.GET.get("state", "")
    trigger = request.GET.get("trigger", "")
    sponsor_id = request.GET.get("sponsor", "")
    sponsor = (
        int(sponsor_id)
        if user.is_cdmo_staff and sponsor_id.isdigit() and int(sponsor_id) <= INT64_MAX
        else None
    )
    surveys = (
        selectors.surveys_filter(
            surveys,
            query=query,
            kind=kind if kind in SurveyKind.values else "",
            state=state if state in SurveyState.values else "",
            trigger=trigger if trigger in Trigger.values else "",
            sponsor_id=sponsor,
        )
        .annotate(
            asked=Count("invitations", distinct=True),
            answered=Count(
                "invitations", filter=Q(invitations__answered_at__isnull=False), distinct=True
            ),
            mine_open=Exists(
                SurveyInvitation.objects.filter(
                    survey=OuterRef("pk"), recipient=user, answered_at__isnull=True
                )
            ),
        )
        .order_by("-sent_at", "-pk")
    )
    page = paginate(request, surveys)
    params = request.GET.copy()
    params.pop("page", None)
    to_answer = [] if user.is_cdmo_staff else list(selectors.surveys_to_answer(user))
    return render(
        request,
        "surveys/list.html",
        {
            "page": page,
            "to_answer": to_answer,
            "querystring": params.urlencode(),
            "query": query,
            "kind": kind,
            "kinds": SurveyKind.choices,
            "state": state,
            "states": SurveyState.choices,
            "trigger": trigger,
            "triggers": Trigger.choices,
            "sponsor_id": sponsor_id,
            "sponsors": Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name")
            if user.is_cdmo_staff
            else None,
            "filtered": bool(query or kind or state or trigger or sponsor_id),
            "can_see_results": user.is_cdmo_staff and user.has_perm(RESULTS),
        },
    )


def _survey(request: HttpRequest, pk: int) -> Survey:
    return get_object_or_404(selectors.surveys_visible_to(request.user), pk=pk)


@login_required
def survey_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _survey(request, pk)
    user = request.user
    invitation = selectors.invitation_of(user, survey)
    staff = user.is_cdmo_staff
    return render(
        request,
        "surveys/detail.html",
        {
            "survey": survey,
            "answers": selectors.responses_visible_to(user)
            .filter(survey=survey)
            .select_related("follow_up__owner"),
            "invitations": selectors.invitations_visible_to(user).filter(survey=survey),
            "can_answer": bool(invitation and not invitation.answered_at and survey.is_open),
            "can_close": staff and survey.is_open and user.has_perm("surveys.close_survey"),
            "staff": staff,
            "categories": Category.choices,
        },
    )


def _answer(user: User, survey: Survey, form: AnswerForm, channel: str) -> SurveyResponse:
    data = form.cleaned_data
    return services.survey_answer(
        actor=user,
        survey=survey,
        score=data["score"],
        reason=data["reason"],
        comment=data["comment"],
        ratings=form.ratings(),
        channel=channel,
    )


THANKS = "Thank you for your answer: it goes to the team that served you."


@login_required
def survey_answer(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _survey(request, pk)
    user = request.user
    invitation = selectors.invitation_of(user, survey)
    if invitation is None:
        raise PermissionDenied("This survey was not sent to you: only the people asked answer it.")
    if invitation.answered_at is not None or not survey.is_open:
        messages.info(
            request,
            "You have answered this survey. Thank you."
            if invitation.answered_at
            else "This survey is closed: it takes no more answers.",
        )
        return redirect("surveys:detail", pk=survey.pk)
    form = AnswerForm(request.POST or None, survey=survey)
    if request.method == "POST" and form.is_valid():
        try:
            _answer(user, survey, form, Channel.PORTAL)
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, THANKS)
            return redirect("surveys:detail", pk=survey.pk)
    return render(request, "surveys/answer.html", {"survey": survey, "form": form})


def _link_page(request: HttpRequest, template: str, context: dict, status: int = 200):
    response = render(request, f"surveys/{template}", context, status=status)
    # The address is the credential: never cached, never sent to another site as a
    # referrer ("no-referrer" would make the browser's own form post come from origin
    # "null", which the CSRF check rightly refuses).
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "same-origin"
    return response


def survey_link(request: HttpRequest, token: str) -> HttpResponse:
    """The e-mail's one-time link: answers the survey as the person it was sent to,
    without signing in. A made-up or altered link is not found; an old one, one already
    used and one of a closed survey say so."""
    try:
        invitation = links.invitation_for_token(token)
    except links.LinkExpired:
        return _link_page(request, "link_gone.html", {"why": "expired"}, status=410)
    if invitation is None or not invitation.recipient.is_active:
        raise Http404("No such survey link.")
    survey = invitation.survey
    if invitation.answered_at is not None:
        context = {"why": "answered", "survey": survey, "invitation": invitation}
        return _link_page(request, "link_gone.html", context, status=410)
    if not survey.is_open or timezone.now() >= survey.closes_at:
        return _link_page(request, "link_gone.html", {"why": "closed", "survey": survey}, 410)
    form = AnswerForm(request.POST or None, survey=survey)
    if request.method == "POST" and form.is_valid():
        try:
            _answer(invitation.recipient, survey, form, Channel.LINK)
        except PermissionDenied:
            raise Http404("No such survey link.") from None
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            return _link_page(request, "link_thanks.html", {"survey": survey})
    context = {"survey": survey, "form": form, "person": invitation.recipient}
    return _link_page(request, "link_answer.html", context)


@staff_required("surveys.close_survey")
def survey_close(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _survey(request, pk)
    form = CloseForm(request.POST or None, initial={"version": survey.version})
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.survey_close(
                actor=request.user,
                survey=survey,
                reason=form.cleaned_data["reason"],
                version=form.cleaned_data["version"],
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        except TransitionNotAllowed as exc:
            form.add_error(None, str(exc))
            status = 409
        else:
            messages.success(request, "The survey is closed: it takes no more answers.")
            return redirect("surveys:detail", pk=survey.pk)
    return render(request, "surveys/close.html", {"survey": survey, "form": form}, status=status)


# --------------------------------------------------------------------------- results


def _results_filter(request: HttpRequest) -> tuple[ResultsFilterForm, object]:
    form = ResultsFilterForm(
        request.GET or None,
        sponsors=Organization.objects.filter(kind=Organization.Kind.SPONSOR).order_by("name"),
        projects=Project.objects.filter(surveys__isnull=False).distinct().order_by("code"),
        owners=User.objects.filter(surveys_owned__isnull=False).distinct(),
    )
    responses = selectors.responses_filter(
        selectors.responses_visible_to(request.user), **form.filters()
    )
    return form, responses


@staff_required(RESULTS)
def survey_results(request: HttpRequest) -> HttpResponse:
    form, responses = _results_filter(request)
    tables = results.report(responses)
    query = request.GET.urlencode()
    return render(
        request,
        "surveys/results.html",
        {
            "form": form,
            "tables": tables,
            "chart_data": results.chart_data(tables),
            "query": f"?{query}" if query else "",
            "recent": responses.order_by("-answered_at")[:10],
        },
    )


def _group(response: SurveyResponse) -> str:
    if response.survey.kind == SurveyKind.CSAT:
        return CSAT_LABELS[response.score]
    return NPS_GROUP_LABELS[nps_group(response.score)]


ANSWER_COLUMNS = (
    exports.Column("Survey", lambda r: r.survey.title, 40),
    exports.Column("Kind", lambda r: r.survey.get_kind_display()),
    exports.Column("Sent after", lambda r: r.survey.get_trigger_display()),
    exports.Column("Sponsor", lambda r: r.survey.sponsor.name, 28),
    exports.Column("Project", lambda r: r.survey.project.code if r.survey.project else ""),
    exports.Column(
        "Whose service", lambda r: r.survey.owner.printed_name if r.survey.owner else ""
    ),
    exports.Column("Answered by", lambda r: r.respondent.printed_name, 22),
    exports.Column("Answered", lambda r: r.answered_at),
    exports.Column(
        "Quarter", lambda r: quarter_label(quarter_of(timezone.localdate(r.answered_at)))
    ),
    exports.Column("Score", "score"),
    exports.Column("Meaning", _group),
    exports.Column("Main reason", "reason"),
    exports.Column("Comment", "comment", 50),
    *(exports.Column(label, value) for value, label in Category.choices),
    exports.Column("How", "channel"),
    exports.Column(
        "Follow-up",
        lambda r: (
            f"{r.follow_up.owner.printed_name}, due {r.follow_up.due_on:%Y-%m-%d}"
            if r.follow_up
            else ""
        ),
    ),
)
CSAT_COLUMNS = [
    ("label", "Group"),
    ("answers", "Answers"),
    ("csat", "CSAT % (4 or 5)"),
    ("average", "Average score (1-5)"),
    ("low", "Low scores (1 or 2)"),
]
NPS_COLUMNS = [
    ("label", "Group"),
    ("answers", "Answers"),
    ("nps", "NPS"),
    ("promoters", "Promoters (9-10)"),
    ("passives", "Passives (7-8)"),
    ("detractors", "Detractors (0-6)"),
    ("promoters_pct", "Promoters %"),
    ("passives_pct", "Passives %"),
    ("detractors_pct", "Detractors %"),
]
SHEETS = (
    ("csat", "by_sponsor", "CSAT by sponsor", CSAT_COLUMNS),
    ("csat", "by_project", "CSAT by project", CSAT_COLUMNS),
    ("csat", "by_owner", "CSAT by owner", CSAT_COLUMNS),
    ("csat", "by_quarter", "CSAT by quarter", CSAT_COLUMNS),
    ("nps", "by_quarter", "NPS by quarter", NPS_COLUMNS),
    ("nps", "by_sponsor", "NPS by sponsor", NPS_COLUMNS),
    ("nps", "by_owner", "NPS by owner", NPS_COLUMNS),
    (
        "nps",
        "categories",
        "Six categories",
        [("label", "Category"), ("ratings", "Ratings"), ("average", "Average (1-5)")],
    ),
)


@staff_required(RESULTS)
def survey_results_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    _, responses = _results_filter(request)
    answers = responses.select_related("follow_up__owner").order_by("answered_at", "pk")
    headings = [column.heading for column in ANSWER_COLUMNS]
    if fmt == "csv":
        return exports.csv_response(
            "survey-answers.csv", headings, exports.rows_of(answers, ANSWER_COLUMNS)
        )
    tables = results.report(responses)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(
        book,
        "Answers",
        headings,
        exports.rows_of(answers, ANSWER_COLUMNS),
        widths=[column.width for column in ANSWER_COLUMNS],
    )
    for kind, key, title, columns in SHEETS:
        rows = ([row[name] for name, _ in columns] for row in tables[kind][key])
        exports.xlsx_sheet(book, title, [heading for _, heading in columns], rows, widths=(36,))
    return exports.xlsx_response(book, "survey-results.xlsx")


# --------------------------------------------------------------------------- settings


def _settings_context(settings) -> dict:
    return {
        "settings": settings,
        "kinds": [KIND_LABELS[kind] for kind in settings.milestone_kinds if kind in KIND_LABELS],
        "words": settings.words(),
    }


@staff_required("surveys.view_surveysettings")
def survey_settings(request: HttpRequest) -> HttpResponse:
    settings = selectors.survey_settings()
    return render(
        request,
        "surveys/settings.html",
        {
            **_settings_context(settings),
            "saved": not settings._state.adding,
            "can_change": request.user.has_perm("surveys.change_surveysettings"),
        },
    )


@staff_required("surveys.change_surveysettings")
def survey_settings_edit(request: HttpRequest) -> HttpResponse:
    settings = selectors.survey_settings()
    initial = {name: getattr(settings, name) for name in SETTINGS_FIELDS}
    form = SettingsForm(request.POST or None, initial={**initial, "version": settings.version})
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        reason, version = data.pop("reason"), data.pop("version")
        try:
            services.survey_settings_save(
                actor=request.user, version=version, reason=reason, **data
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(request, "The survey settings were saved.")
            return redirect("surveys:settings")
    return render(request, "surveys/settings_form.html", {"form": form})
