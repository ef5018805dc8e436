from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.resource_calendar import ResourceCalendar
from ..models.resource_kind import ResourceKind
from ..models.resource_role import ResourceRole
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ResourceIn")



@_attrs_define
class ResourceIn:
    """ 
        Attributes:
            kind (ResourceKind):
            site_id (int):
            calendar (ResourceCalendar | Unset):  Default: ResourceCalendar.SITE.
            capacity (int | Unset):  Default: 1.
            code (str | Unset): Empty: the linked equipment's number Default: ''.
            description (str | Unset):  Default: ''.
            equipment_id (int | None | Unset): Equipment or rooms: at the same site
            name (str | Unset): Empty: the linked equipment's name Default: ''.
            role (ResourceRole | Unset): What a resource is for, as plan templates name their demands: a template says "a
                GMP
                batch needs a manufacturing suite for 10 days and 2 QC analysts for 15 after it", and a plan
                made from it at a site takes that site's resource of the role. Default: ResourceRole.OTHER.
            unit (str | Unset):  Default: 'units'.
     """

    kind: ResourceKind
    site_id: int
    calendar: ResourceCalendar | Unset = ResourceCalendar.SITE
    capacity: int | Unset = 1
    code: str | Unset = ''
    description: str | Unset = ''
    equipment_id: int | None | Unset = UNSET
    name: str | Unset = ''
    role: ResourceRole | Unset = ResourceRole.OTHER
    unit: str | Unset = 'units'





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        site_id = self.site_id

        calendar: str | Unset = UNSET
        if not isinstance(self.calendar, Unset):
            calendar = self.calendar.value


        capacity = self.capacity

        code = self.code

        description = self.description

        equipment_id: int | None | Unset
        if isinstance(self.equipment_id, Unset):
            equipment_id = UNSET
        else:
            equipment_id = self.equipment_id

        name = self.name

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value


        unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "site_id": site_id,
        })
        if calendar is not UNSET:
            field_dict["calendar"] = calendar
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if equipment_id is not UNSET:
            field_dict["equipment_id"] = equipment_id
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ResourceKind(d.pop("kind"))




        site_id = d.pop("site_id")

        _calendar = d.pop("calendar", UNSET)
        calendar: ResourceCalendar | Unset
        if isinstance(_calendar,  Unset):
            calendar = UNSET
        else:
            calendar = ResourceCalendar(_calendar)




        capacity = d.pop("capacity", UNSET)

        code = d.pop("code", UNSET)

        description = d.pop("description", UNSET)

        def _parse_equipment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        equipment_id = _parse_equipment_id(d.pop("equipment_id", UNSET))


        name = d.pop("name", UNSET)

        _role = d.pop("role", UNSET)
        role: ResourceRole | Unset
        if isinstance(_role,  Unset):
            role = UNSET
        else:
            role = ResourceRole(_role)




        unit = d.pop("unit", UNSET)

        resource_in = cls(
            kind=kind,
            site_id=site_id,
            calendar=calendar,
            capacity=capacity,
            code=code,
            description=description,
            equipment_id=equipment_id,
            name=name,
            role=role,
            unit=unit,
        )

        return resource_in

