"""Recognition pages: giving kudos (a sponsor from the portal, staff to a colleague), one
kudos, the team recognition wall with its chart and exports, a person's kudos, and the
thanks a sponsor gave ("Our thanks"). Every write calls one service."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from accord.accounts.decorators import staff_required
from accord.accounts.models import Organization, User
from accord.accounts.selectors import users_visible_to
from accord.core import exports
from accord.core.errors import apply_to_form
from accord.core.input import INT64_MAX
from accord.core.pagination import paginate
from accord.meetings.selectors import meetings_visible_to
from accord.planning.selectors import tasks_visible_to
from accord.recognition import selectors, services
from accord.recognition.forms import KudosForm, WallFilterForm
from accord.recognition.models import Kudos
from accord.service.selectors import concerns_visible_to

VIEW = "recognition.view_kudos"
GIVE = "recognition.add_kudos"


def _id(value: str | None) -> int | None:
    if value and value.isdigit() and int(value) <= INT64_MAX:
        return int(value)
    return None


def _context(request: HttpRequest) -> dict[str, object]:
    """The record named in the address (``?concern=``, ``?milestone=`` or ``?meeting=``),
    loaded through its selector: one the user may not see is not there (404)."""
    user = request.user
    sources = {
        "concern": concerns_visible_to,
        "milestone": lambda u: tasks_visible_to(u).filter(kind__in=services.MILESTONE_KINDS),
        "meeting": meetings_visible_to,
    }
    context: dict[str, object] = {}
    for name, visible_to in sources.items():
        raw = request.GET.get(name)
        if raw is None:
            continue
        pk = _id(raw)
        if pk is None:
            raise Http404(f"No such {name}.")
        context[name] = get_object_or_404(visible_to(user), pk=pk)
    if len(context) > 1:
        raise Http404("Kudos are given on one record at most.")
    return context


def _suggested(context: dict[str, object], people) -> User | None:
    """Whom the record suggests thanking: a concern's owner."""
    concern = context.get("concern")
    if concern is not None and concern.owner_id:
        return people.filter(pk=concern.owner_id).first()
    return None


@login_required
def kudos_give(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not user.has_perm(GIVE):
        raise PermissionDenied("Your roles do not allow you to give kudos.")
    context = _context(request)
    people = selectors.people_thankable_by(user)
    initial: dict[str, object] = {}
    suggested = _suggested(context, people)
    chosen = _id(request.GET.get("recipient"))
    if chosen is not None:
        suggested = people.filter(pk=chosen).first() or suggested
    if suggested is not None:
        initial["recipient"] = suggested
    form = KudosForm(request.POST or None, people=people, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            kudos = services.kudos_give(
                actor=user,
                recipient=data["recipient"],
                message=data["message"],
                category=data["category"],
                **context,
            )
        except ValidationError as exc:
            apply_to_form(form, exc)
        else:
            messages.success(
                request,
                f"Thank you: {kudos.recipient.printed_name} has your kudos"
                + (" (and their manager knows)." if kudos.recipient.manager_id else "."),
            )
            return redirect("recognition:kudos", pk=kudos.pk)
    record = next(iter(context.values()), None)
    return render(
        request,
        "recognition/give.html",
        {"form": form, "record": record, "record_kind": next(iter(context), ""), "people": people},
    )


@login_required
def kudos_detail(request: HttpRequest, pk: int) -> HttpResponse:
    kudos = get_object_or_404(selectors.kudos_visible_to(request.user), pk=pk)
    return render(
        request,
        "recognition/kudos_detail.html",
        {"kudos": kudos, "may_withdraw": kudos.may_withdraw(request.user)},
    )


@login_required
@require_POST
def kudos_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    kudos = get_object_or_404(selectors.kudos_visible_to(request.user), pk=pk)
    try:
        services.kudos_withdraw(actor=request.user, kudos=kudos)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("recognition:kudos", pk=kudos.pk)
    messages.success(request, f"Your kudos to {kudos.recipient.printed_name} are withdrawn.")
    return redirect("recognition:ours")


def _wall(request: HttpRequest):
    form = WallFilterForm(request.GET or None)
    kudos = selectors.kudos_visible_to(request.user)
    if form.is_valid():
        kudos = selectors.kudos_filter(kudos, **form.filters())
    elif form.is_bound:
        kudos = kudos.none()
    return form, kudos


@staff_required(VIEW)
def wall(request: HttpRequest) -> HttpResponse:
    form, kudos = _wall(request)
    months = selectors.kudos_per_month(kudos)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "recognition/wall.html",
        {
            "form": form,
            "page": paginate(request, kudos, per_page=25),
            "querystring": query.urlencode(),
            "filtered": any(value for key, value in request.GET.items() if key != "page"),
            "months": months,
            "categories": selectors.kudos_by_category(kudos),
            "chart_data": {
                "labels": [first.strftime("%b %Y") for first, _ in months],
                "counts": [count for _, count in months],
            },
            "can_give": request.user.has_perm(GIVE),
        },
    )


HEADINGS = [
    "Given",
    "To",
    "Their site",
    "From",
    "Sponsor",
    "Category",
    "Message",
    "Project",
    "Given on",
]


def _row(kudos: Kudos) -> list[object]:
    context = kudos.context
    return [
        kudos.given_at,
        kudos.recipient.printed_name,
        kudos.recipient.site.name if kudos.recipient.site else "",
        kudos.giver.printed_name,
        kudos.sponsor.name if kudos.sponsor else "A colleague",
        kudos.get_category_display(),
        kudos.message,
        kudos.project.code if kudos.project else "",
        str(context) if context is not None else "",
    ]


@staff_required(VIEW)
def wall_export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx"):
        raise Http404("Export as csv or xlsx.")
    _, kudos = _wall(request)
    rows = [_row(item) for item in kudos]
    if fmt == "csv":
        return exports.csv_response("kudos.csv", HEADINGS, rows)
    book = exports.xlsx_workbook()
    exports.xlsx_sheet(book, "Kudos", HEADINGS, rows, widths=(17, 24, 22, 24, 26, 20, 60, 14, 40))
    return exports.xlsx_response(book, "kudos.xlsx")


@staff_required(VIEW)
def person(request: HttpRequest, pk: int) -> HttpResponse:
    staff = users_visible_to(request.user).filter(organization__kind=Organization.Kind.CDMO)
    subject = get_object_or_404(staff.select_related("site", "manager"), pk=pk)
    received = selectors.kudos_visible_to(request.user).filter(recipient=subject)
    return render(
        request,
        "recognition/person.html",
        {
            "subject": subject,
            "page": paginate(request, received, per_page=25),
            "total": received.count(),
            "from_sponsors": received.filter(sponsor__isnull=False).count(),
            "sponsors": received.exclude(sponsor__isnull=True)
            .values_list("sponsor__name", flat=True)
            .distinct()
            .order_by("sponsor__name"),
            "categories": selectors.kudos_by_category(received),
            "given": selectors.kudos_visible_to(request.user).filter(giver=subject).count(),
            "reports": subject.reports.filter(is_active=True).order_by("last_name", "first_name"),
            "can_give": request.user.has_perm(GIVE) and subject.pk != request.user.pk,
        },
    )


@login_required
def ours(request: HttpRequest) -> HttpResponse:
    """A sponsor's thanks: what its people gave (a contact: its own and those on its
    projects). For staff, the kudos they gave."""
    user = request.user
    if not user.has_perm(VIEW):
        raise PermissionDenied("Your roles do not allow you to see kudos.")
    kudos = selectors.kudos_visible_to(user)
    if user.is_cdmo_staff:
        kudos = kudos.filter(giver=user)
    return render(
        request,
        "recognition/ours.html",
        {"page": paginate(request, kudos, per_page=25), "can_give": user.has_perm(GIVE)},
    )
