"""What every training page shares: who may see it, reading filters, exports."""

from __future__ import annotations

from django.http import HttpRequest

from accord.accounts.decorators import staff_required
from accord.core.input import INT64_MAX

MANAGE = "training.manage_training"
ASSESS = "training.assess_competency"

# Every training page is for CDMO staff: a sponsor's people get 403 (the portal's team
# qualification block is the only thing of training they see).
staff_page = staff_required()
manager_page = staff_required(MANAGE)


def int_param(request: HttpRequest, name: str) -> int | None:
    value = request.GET.get(name, "").strip()
    if value.isdigit() and 0 < int(value) <= INT64_MAX:
        return int(value)
    return None


def querystring(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def can_manage(user) -> bool:
    return user.is_cdmo_staff and user.has_perm(MANAGE)
