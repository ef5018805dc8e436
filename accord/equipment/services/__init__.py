"""Every write of equipment, each one transaction with its audit event
``equipment.<record>.<verb>``: the equipment itself and its status
(``services.equipment``), its qualification, calibration and maintenance records
(``services.records``). Every public name is importable from here."""

from accord.equipment.services.equipment import (
    FIELDS,
    EquipmentDetails,
    equipment_register,
    equipment_set_status,
    equipment_update,
)
from accord.equipment.services.records import (
    DeviationRequest,
    calibration_record,
    maintenance_record,
    qualification_approve,
    qualification_record,
)

__all__ = [
    "FIELDS",
    "DeviationRequest",
    "EquipmentDetails",
    "calibration_record",
    "equipment_register",
    "equipment_set_status",
    "equipment_update",
    "maintenance_record",
    "qualification_approve",
    "qualification_record",
]
