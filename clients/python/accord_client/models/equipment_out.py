from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.calibration_out import CalibrationOut
  from ..models.maintenance_out import MaintenanceOut
  from ..models.qualification_out import QualificationOut





T = TypeVar("T", bound="EquipmentOut")



@_attrs_define
class EquipmentOut:
    """ 
        Attributes:
            calibration_interval_days (int | None):
            calibrations (list[CalibrationOut]):
            code (str):
            gaps (list[str]): Why it may not be used for GMP work today; [] if it may
            gmp (bool):
            id (int):
            kind (str):
            kind_label (str):
            location (str):
            maintenance (list[MaintenanceOut]):
            maintenance_interval_days (int | None):
            manufacturer (str):
            model (str):
            name (str):
            next_calibration_due (datetime.date | None):
            next_maintenance_due (datetime.date | None):
            owner_id (int | None):
            owner_name (None | str):
            qualifications (list[QualificationOut]):
            qualified_on (datetime.date | None):
            serial_number (str):
            site_id (int):
            site_name (str):
            status (str):
            status_label (str):
            status_reason (str):
            version (int):
     """

    calibration_interval_days: int | None
    calibrations: list[CalibrationOut]
    code: str
    gaps: list[str]
    gmp: bool
    id: int
    kind: str
    kind_label: str
    location: str
    maintenance: list[MaintenanceOut]
    maintenance_interval_days: int | None
    manufacturer: str
    model: str
    name: str
    next_calibration_due: datetime.date | None
    next_maintenance_due: datetime.date | None
    owner_id: int | None
    owner_name: None | str
    qualifications: list[QualificationOut]
    qualified_on: datetime.date | None
    serial_number: str
    site_id: int
    site_name: str
    status: str
    status_label: str
    status_reason: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.calibration_out import CalibrationOut # noqa: PLC0415
        from ..models.maintenance_out import MaintenanceOut # noqa: PLC0415
        from ..models.qualification_out import QualificationOut # noqa: PLC0415
        calibration_interval_days: int | None
        calibration_interval_days = self.calibration_interval_days

        calibrations = []
        for calibrations_item_data in self.calibrations:
            calibrations_item = calibrations_item_data.to_dict()
            calibrations.append(calibrations_item)



        code = self.code

        gaps = self.gaps



        gmp = self.gmp

        id = self.id

        kind = self.kind

        kind_label = self.kind_label

        location = self.location

        maintenance = []
        for maintenance_item_data in self.maintenance:
            maintenance_item = maintenance_item_data.to_dict()
            maintenance.append(maintenance_item)



        maintenance_interval_days: int | None
        maintenance_interval_days = self.maintenance_interval_days

        manufacturer = self.manufacturer

        model = self.model

        name = self.name

        next_calibration_due: None | str
        if isinstance(self.next_calibration_due, datetime.date):
            next_calibration_due = self.next_calibration_due.isoformat()
        else:
            next_calibration_due = self.next_calibration_due

        next_maintenance_due: None | str
        if isinstance(self.next_maintenance_due, datetime.date):
            next_maintenance_due = self.next_maintenance_due.isoformat()
        else:
            next_maintenance_due = self.next_maintenance_due

        owner_id: int | None
        owner_id = self.owner_id

        owner_name: None | str
        owner_name = self.owner_name

        qualifications = []
        for qualifications_item_data in self.qualifications:
            qualifications_item = qualifications_item_data.to_dict()
            qualifications.append(qualifications_item)



        qualified_on: None | str
        if isinstance(self.qualified_on, datetime.date):
            qualified_on = self.qualified_on.isoformat()
        else:
            qualified_on = self.qualified_on

        serial_number = self.serial_number

        site_id = self.site_id

        site_name = self.site_name

        status = self.status

        status_label = self.status_label

        status_reason = self.status_reason

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "calibration_interval_days": calibration_interval_days,
            "calibrations": calibrations,
            "code": code,
            "gaps": gaps,
            "gmp": gmp,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "location": location,
            "maintenance": maintenance,
            "maintenance_interval_days": maintenance_interval_days,
            "manufacturer": manufacturer,
            "model": model,
            "name": name,
            "next_calibration_due": next_calibration_due,
            "next_maintenance_due": next_maintenance_due,
            "owner_id": owner_id,
            "owner_name": owner_name,
            "qualifications": qualifications,
            "qualified_on": qualified_on,
            "serial_number": serial_number,
            "site_id": site_id,
            "site_name": site_name,
            "status": status,
            "status_label": status_label,
            "status_reason": status_reason,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calibration_out import CalibrationOut # noqa: PLC0415
        from ..models.maintenance_out import MaintenanceOut # noqa: PLC0415
        from ..models.qualification_out import QualificationOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_calibration_interval_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        calibration_interval_days = _parse_calibration_interval_days(d.pop("calibration_interval_days"))


        calibrations = []
        _calibrations = d.pop("calibrations")
        for calibrations_item_data in (_calibrations):
            calibrations_item = CalibrationOut.from_dict(calibrations_item_data)



            calibrations.append(calibrations_item)


        code = d.pop("code")

        gaps = cast(list[str], d.pop("gaps"))


        gmp = d.pop("gmp")

        id = d.pop("id")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        location = d.pop("location")

        maintenance = []
        _maintenance = d.pop("maintenance")
        for maintenance_item_data in (_maintenance):
            maintenance_item = MaintenanceOut.from_dict(maintenance_item_data)



            maintenance.append(maintenance_item)


        def _parse_maintenance_interval_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        maintenance_interval_days = _parse_maintenance_interval_days(d.pop("maintenance_interval_days"))


        manufacturer = d.pop("manufacturer")

        model = d.pop("model")

        name = d.pop("name")

        def _parse_next_calibration_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_calibration_due_type_0 = datetime.date.fromisoformat(data)



                return next_calibration_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_calibration_due = _parse_next_calibration_due(d.pop("next_calibration_due"))


        def _parse_next_maintenance_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_maintenance_due_type_0 = datetime.date.fromisoformat(data)



                return next_maintenance_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_maintenance_due = _parse_next_maintenance_due(d.pop("next_maintenance_due"))


        def _parse_owner_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))


        def _parse_owner_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owner_name = _parse_owner_name(d.pop("owner_name"))


        qualifications = []
        _qualifications = d.pop("qualifications")
        for qualifications_item_data in (_qualifications):
            qualifications_item = QualificationOut.from_dict(qualifications_item_data)



            qualifications.append(qualifications_item)


        def _parse_qualified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qualified_on_type_0 = datetime.date.fromisoformat(data)



                return qualified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        qualified_on = _parse_qualified_on(d.pop("qualified_on"))


        serial_number = d.pop("serial_number")

        site_id = d.pop("site_id")

        site_name = d.pop("site_name")

        status = d.pop("status")

        status_label = d.pop("status_label")

        status_reason = d.pop("status_reason")

        version = d.pop("version")

        equipment_out = cls(
            calibration_interval_days=calibration_interval_days,
            calibrations=calibrations,
            code=code,
            gaps=gaps,
            gmp=gmp,
            id=id,
            kind=kind,
            kind_label=kind_label,
            location=location,
            maintenance=maintenance,
            maintenance_interval_days=maintenance_interval_days,
            manufacturer=manufacturer,
            model=model,
            name=name,
            next_calibration_due=next_calibration_due,
            next_maintenance_due=next_maintenance_due,
            owner_id=owner_id,
            owner_name=owner_name,
            qualifications=qualifications,
            qualified_on=qualified_on,
            serial_number=serial_number,
            site_id=site_id,
            site_name=site_name,
            status=status,
            status_label=status_label,
            status_reason=status_reason,
            version=version,
        )


        equipment_out.additional_properties = d
        return equipment_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
