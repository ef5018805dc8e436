"""The deviation package: one PDF a sponsor files for a deviation on its batches — the
record, its classification and containment, the investigation, the notices it was
sent, the CAPA with their actions and effectiveness checks, and the signatures manifest
(printed name, meaning, time, for the record and every part of it printed).

What a sponsor reader never gets (the context below does not carry it, so no template
can print it):

* the investigation's working text (method, analysis, team) before QA approves the
  investigation: until then a sponsor reads the preliminary summary only once it was
  sent (``summary_sent_at``), and nothing of the root cause, impact or conclusion;
* other batches assessed that are not the sponsor's own: they may be another sponsor's
  (only how many were assessed is said);
* recurrence links (earlier deviations may be another sponsor's), extension and
  cancellation requests and their signatures: the CDMO's internal workflow;
* CAPA it may not see (``capas_visible_to``).

CDMO staff get everything, with the internal parts marked as such.
"""

from __future__ import annotations

from django.db.models import Q
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.http import content_disposition_header

from accord.core import clock
from accord.quality import selectors
from accord.quality.models import CLASS_DEFINITIONS, Deviation, DeviationClass
from accord.signatures.models import Signature


def _investigation(deviation: Deviation, sponsor: bool, own_batches: set[int]) -> dict | None:
    investigation = getattr(deviation, "investigation", None)
    if investigation is None:
        return None
    approved = investigation.approved_at is not None
    summary_sent = deviation.summary_sent_at is not None
    assessments = list(investigation.other_batches.select_related("batch"))
    if sponsor and not approved:
        return {
            "record": investigation,
            "approved": False,
            "preliminary_summary": investigation.preliminary_summary if summary_sent else "",
            "full": False,
        }
    shown = [a for a in assessments if not sponsor or (a.batch_id in own_batches)]
    return {
        "record": investigation,
        "approved": approved,
        "preliminary_summary": investigation.preliminary_summary
        if (summary_sent or not sponsor)
        else "",
        "full": True,
        "method": investigation.get_method_display(),
        "analysis": investigation.analysis,
        "root_cause_label": investigation.root_cause_label,
        "root_cause": investigation.root_cause,
        "product_impact": investigation.product_impact,
        "conclusion": investigation.conclusion,
        "team": [] if sponsor else [u.printed_name for u in investigation.team.all()],
        "other_batches": shown,
        "other_batches_not_shown": len(assessments) - len(shown),
    }


def package_context(deviation: Deviation, user) -> dict[str, object]:
    """What ``quality/deviation_package_pdf.html`` prints for ``user``."""
    sponsor = not user.is_cdmo_staff
    batches = list(deviation.batches.select_related("project").order_by("number"))
    own_batches = {
        b.pk
        for b in selectors.batches_visible_to(user).filter(
            pk__in=[b.pk for b in batches]
            + list(
                deviation.investigation.other_batches.exclude(batch=None).values_list(
                    "batch_id", flat=True
                )
                if hasattr(deviation, "investigation")
                else []
            )
        )
    }
    investigation = _investigation(deviation, sponsor, own_batches)
    capas = list(
        selectors.capas_visible_to(user)
        .filter(Q(deviation=deviation) | Q(follows__deviation=deviation))
        .select_related("effectiveness", "owner", "qa_approver")
        .prefetch_related("actions__owner")
        .order_by("number")
    )
    notices = list(deviation.notices.select_related("recorded_by").order_by("sent_at"))
    requests = [] if sponsor else list(deviation.requests.select_related("requested_by"))
    recurrences = [] if sponsor else list(deviation.recurrence_links.select_related("earlier"))
    # The signatures manifest: the record and every part of it this package prints.
    parts: list[tuple[str, int]] = [("quality.deviation", deviation.pk)]
    labels = {("quality.deviation", deviation.pk): deviation.number}
    if investigation is not None and investigation["full"]:
        parts.append(("quality.investigation", investigation["record"].pk))
        labels[parts[-1]] = f"Investigation of {deviation.number}"
    for request in requests:
        parts.append(("quality.deviationrequest", request.pk))
        labels[parts[-1]] = str(request)
    for capa in capas:
        parts.append(("quality.capa", capa.pk))
        labels[parts[-1]] = capa.number
        for action in capa.actions.all():
            parts.append(("quality.capaaction", action.pk))
            labels[parts[-1]] = f"{capa.number}: {action.get_action_type_display()}"
        check = getattr(capa, "effectiveness", None)
        if check is not None:
            parts.append(("quality.effectivenesscheck", check.pk))
            labels[parts[-1]] = f"Effectiveness check of {capa.number}"
    condition = Q(pk__in=[])
    for record_type, record_id in parts:
        condition |= Q(record_type=record_type, record_id=record_id)
    signatures = [
        {"what": labels[(s.record_type, s.record_id)], "signature": s}
        for s in Signature.objects.filter(condition).order_by("signed_at", "pk")
    ]
    return {
        "deviation": deviation,
        "sponsor_reader": sponsor,
        "definition": CLASS_DEFINITIONS.get(DeviationClass(deviation.classification), "")
        if deviation.classification in DeviationClass.values
        else "",
        "batches": [b for b in batches if b.pk in own_batches] if sponsor else batches,
        "investigation": investigation,
        "notices": notices,
        "capas": capas,
        "requests": requests,
        "recurrences": recurrences,
        "signatures": signatures,
        "generated_at": clock.now(),
    }


def package_pdf(deviation: Deviation, user) -> bytes:
    from weasyprint import HTML

    html = render_to_string("quality/deviation_package_pdf.html", package_context(deviation, user))
    return HTML(string=html).write_pdf()


def package_pdf_response(deviation: Deviation, user) -> HttpResponse:
    response = HttpResponse(package_pdf(deviation, user), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{deviation.number}-package.pdf"
    )
    return response
