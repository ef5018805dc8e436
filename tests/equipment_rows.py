"""Equipment for tests: registered and, when asked, qualified and calibrated through the
services, as people would."""

from __future__ import annotations

import datetime as dt

from accord.core import clock
from accord.equipment import services
from accord.equipment.models import Equipment
from tests.factories import PASSWORD, UserFactory


def sign(user) -> dict:
    return {"username": user.username, "password": PASSWORD, "acknowledge": True}


def engineer(world, username: str = "ops.olga"):
    """An operations engineer at the world's site: keeps the equipment records."""
    from accord.accounts.models import User

    found = User.objects.filter(username=username).first()
    return found or UserFactory(
        organization=world.cdmo,
        username=username,
        first_name="Olga",
        last_name="Brunner",
        role_codes=("operations",),
        site=world.site,
    )


def register(world, code: str = "VSP-HPLC-02", **fields) -> Equipment:
    values = {
        "code": code,
        "name": "UHPLC (related substances)",
        "kind": "chromatography",
        "site": world.site,
        "location": "QC laboratory, room 2.14",
        "manufacturer": "Waters",
        "model": "Acquity H-Class",
        "serial_number": "WAT-4471",
        "calibration_interval_days": 180,
        "maintenance_interval_days": 365,
        **fields,
    }
    return services.equipment_register(
        actor=engineer(world), details=services.EquipmentDetails(**values)
    )


def qualify(world, equipment: Equipment, stages=("iq", "oq", "pq")) -> Equipment:
    ops = engineer(world)
    for stage in stages:
        record = services.qualification_record(
            actor=ops,
            equipment=equipment,
            stage=stage,
            protocol=f"{stage.upper()}-{equipment.code}-01",
            executed_on=clock.today() - dt.timedelta(days=30),
            result="pass",
            summary="All acceptance criteria met.",
        )
        services.qualification_approve(actor=world.qa_quinn, record=record, **sign(world.qa_quinn))
    equipment.refresh_from_db()
    return equipment


def calibrate(world, equipment: Equipment, *, days_ago: int = 10, result="in_tolerance", **kw):
    record = services.calibration_record(
        actor=engineer(world),
        equipment=equipment,
        performed_on=clock.today() - dt.timedelta(days=days_ago),
        performed_by=engineer(world),
        result=result,
        as_found=kw.pop(
            "as_found", "Within tolerance." if result == "in_tolerance" else "Off by 2 %."
        ),
        certificate="CAL-0001",
        **kw,
    )
    equipment.refresh_from_db()
    return record


def usable(world, code: str = "VSP-HPLC-02", **fields) -> Equipment:
    """Registered, calibrated and qualified: released for GMP work."""
    equipment = register(world, code, **fields)
    if equipment.calibration_interval_days:
        calibrate(world, equipment)
    return qualify(world, equipment)
