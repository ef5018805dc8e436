from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.equipment_kind import EquipmentKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="EquipmentIn")



@_attrs_define
class EquipmentIn:
    """ 
        Attributes:
            code (str):
            kind (EquipmentKind):
            name (str):
            site_id (int):
            calibration_interval_days (int | None | Unset):
            gmp (bool | Unset):  Default: True.
            location (str | Unset):  Default: ''.
            maintenance_interval_days (int | None | Unset):
            manufacturer (str | Unset):  Default: ''.
            model (str | Unset):  Default: ''.
            next_calibration_due (datetime.date | None | Unset): On registration only
            next_maintenance_due (datetime.date | None | Unset): On registration only
            owner_id (int | None | Unset):
            serial_number (str | Unset):  Default: ''.
            version (int | None | Unset): To edit: the version you read
     """

    code: str
    kind: EquipmentKind
    name: str
    site_id: int
    calibration_interval_days: int | None | Unset = UNSET
    gmp: bool | Unset = True
    location: str | Unset = ''
    maintenance_interval_days: int | None | Unset = UNSET
    manufacturer: str | Unset = ''
    model: str | Unset = ''
    next_calibration_due: datetime.date | None | Unset = UNSET
    next_maintenance_due: datetime.date | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    serial_number: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        name = self.name

        site_id = self.site_id

        calibration_interval_days: int | None | Unset
        if isinstance(self.calibration_interval_days, Unset):
            calibration_interval_days = UNSET
        else:
            calibration_interval_days = self.calibration_interval_days

        gmp = self.gmp

        location = self.location

        maintenance_interval_days: int | None | Unset
        if isinstance(self.maintenance_interval_days, Unset):
            maintenance_interval_days = UNSET
        else:
            maintenance_interval_days = self.maintenance_interval_days

        manufacturer = self.manufacturer

        model = self.model

        next_calibration_due: None | str | Unset
        if isinstance(self.next_calibration_due, Unset):
            next_calibration_due = UNSET
        elif isinstance(self.next_calibration_due, datetime.date):
            next_calibration_due = self.next_calibration_due.isoformat()
        else:
            next_calibration_due = self.next_calibration_due

        next_maintenance_due: None | str | Unset
        if isinstance(self.next_maintenance_due, Unset):
            next_maintenance_due = UNSET
        elif isinstance(self.next_maintenance_due, datetime.date):
            next_maintenance_due = self.next_maintenance_due.isoformat()
        else:
            next_maintenance_due = self.next_maintenance_due

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        serial_number = self.serial_number

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "kind": kind,
            "name": name,
            "site_id": site_id,
        })
        if calibration_interval_days is not UNSET:
            field_dict["calibration_interval_days"] = calibration_interval_days
        if gmp is not UNSET:
            field_dict["gmp"] = gmp
        if location is not UNSET:
            field_dict["location"] = location
        if maintenance_interval_days is not UNSET:
            field_dict["maintenance_interval_days"] = maintenance_interval_days
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model is not UNSET:
            field_dict["model"] = model
        if next_calibration_due is not UNSET:
            field_dict["next_calibration_due"] = next_calibration_due
        if next_maintenance_due is not UNSET:
            field_dict["next_maintenance_due"] = next_maintenance_due
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = EquipmentKind(d.pop("kind"))




        name = d.pop("name")

        site_id = d.pop("site_id")

        def _parse_calibration_interval_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        calibration_interval_days = _parse_calibration_interval_days(d.pop("calibration_interval_days", UNSET))


        gmp = d.pop("gmp", UNSET)

        location = d.pop("location", UNSET)

        def _parse_maintenance_interval_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maintenance_interval_days = _parse_maintenance_interval_days(d.pop("maintenance_interval_days", UNSET))


        manufacturer = d.pop("manufacturer", UNSET)

        model = d.pop("model", UNSET)

        def _parse_next_calibration_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_calibration_due_type_0 = datetime.date.fromisoformat(data)



                return next_calibration_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_calibration_due = _parse_next_calibration_due(d.pop("next_calibration_due", UNSET))


        def _parse_next_maintenance_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_maintenance_due_type_0 = datetime.date.fromisoformat(data)



                return next_maintenance_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_maintenance_due = _parse_next_maintenance_due(d.pop("next_maintenance_due", UNSET))


        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        serial_number = d.pop("serial_number", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        equipment_in = cls(
            code=code,
            kind=kind,
            name=name,
            site_id=site_id,
            calibration_interval_days=calibration_interval_days,
            gmp=gmp,
            location=location,
            maintenance_interval_days=maintenance_interval_days,
            manufacturer=manufacturer,
            model=model,
            next_calibration_due=next_calibration_due,
            next_maintenance_due=next_maintenance_due,
            owner_id=owner_id,
            serial_number=serial_number,
            version=version,
        )

        return equipment_in

