from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.availability_out import AvailabilityOut





T = TypeVar("T", bound="ResourceOut")



@_attrs_define
class ResourceOut:
    """ 
        Attributes:
            active (bool):
            active_label (str):
            availability (list[AvailabilityOut]):
            calendar (str):
            calendar_label (str):
            capacity (int):
            code (str):
            created_at (datetime.datetime):
            description (str):
            equipment_id (int | None):
            equipment_label (None | str):
            id (int):
            kind (str):
            kind_label (str):
            name (str):
            role (str):
            role_label (str):
            site_id (int):
            site_name (str):
            unit (str):
            version (int):
     """

    active: bool
    active_label: str
    availability: list[AvailabilityOut]
    calendar: str
    calendar_label: str
    capacity: int
    code: str
    created_at: datetime.datetime
    description: str
    equipment_id: int | None
    equipment_label: None | str
    id: int
    kind: str
    kind_label: str
    name: str
    role: str
    role_label: str
    site_id: int
    site_name: str
    unit: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.availability_out import AvailabilityOut # noqa: PLC0415
        active = self.active

        active_label = self.active_label

        availability = []
        for availability_item_data in self.availability:
            availability_item = availability_item_data.to_dict()
            availability.append(availability_item)



        calendar = self.calendar

        calendar_label = self.calendar_label

        capacity = self.capacity

        code = self.code

        created_at = self.created_at.isoformat()

        description = self.description

        equipment_id: int | None
        equipment_id = self.equipment_id

        equipment_label: None | str
        equipment_label = self.equipment_label

        id = self.id

        kind = self.kind

        kind_label = self.kind_label

        name = self.name

        role = self.role

        role_label = self.role_label

        site_id = self.site_id

        site_name = self.site_name

        unit = self.unit

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "active_label": active_label,
            "availability": availability,
            "calendar": calendar,
            "calendar_label": calendar_label,
            "capacity": capacity,
            "code": code,
            "created_at": created_at,
            "description": description,
            "equipment_id": equipment_id,
            "equipment_label": equipment_label,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "name": name,
            "role": role,
            "role_label": role_label,
            "site_id": site_id,
            "site_name": site_name,
            "unit": unit,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.availability_out import AvailabilityOut # noqa: PLC0415
        d = dict(src_dict)
        active = d.pop("active")

        active_label = d.pop("active_label")

        availability = []
        _availability = d.pop("availability")
        for availability_item_data in (_availability):
            availability_item = AvailabilityOut.from_dict(availability_item_data)



            availability.append(availability_item)


        calendar = d.pop("calendar")

        calendar_label = d.pop("calendar_label")

        capacity = d.pop("capacity")

        code = d.pop("code")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        description = d.pop("description")

        def _parse_equipment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        equipment_id = _parse_equipment_id(d.pop("equipment_id"))


        def _parse_equipment_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        equipment_label = _parse_equipment_label(d.pop("equipment_label"))


        id = d.pop("id")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        name = d.pop("name")

        role = d.pop("role")

        role_label = d.pop("role_label")

        site_id = d.pop("site_id")

        site_name = d.pop("site_name")

        unit = d.pop("unit")

        version = d.pop("version")

        resource_out = cls(
            active=active,
            active_label=active_label,
            availability=availability,
            calendar=calendar,
            calendar_label=calendar_label,
            capacity=capacity,
            code=code,
            created_at=created_at,
            description=description,
            equipment_id=equipment_id,
            equipment_label=equipment_label,
            id=id,
            kind=kind,
            kind_label=kind_label,
            name=name,
            role=role,
            role_label=role_label,
            site_id=site_id,
            site_name=site_name,
            unit=unit,
            version=version,
        )


        resource_out.additional_properties = d
        return resource_out

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
