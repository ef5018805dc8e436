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






T = TypeVar("T", bound="ResourcePatchIn")



@_attrs_define
class ResourcePatchIn:
    """ 
        Attributes:
            calendar (None | ResourceCalendar | Unset):
            capacity (int | None | Unset):
            code (None | str | Unset):
            description (None | str | Unset):
            equipment_id (int | None | Unset):
            kind (None | ResourceKind | Unset):
            name (None | str | Unset):
            role (None | ResourceRole | Unset):
            site_id (int | None | Unset):
            unit (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match)
     """

    calendar: None | ResourceCalendar | Unset = UNSET
    capacity: int | None | Unset = UNSET
    code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    equipment_id: int | None | Unset = UNSET
    kind: None | ResourceKind | Unset = UNSET
    name: None | str | Unset = UNSET
    role: None | ResourceRole | Unset = UNSET
    site_id: int | None | Unset = UNSET
    unit: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        calendar: None | str | Unset
        if isinstance(self.calendar, Unset):
            calendar = UNSET
        elif isinstance(self.calendar, ResourceCalendar):
            calendar = self.calendar.value
        else:
            calendar = self.calendar

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        equipment_id: int | None | Unset
        if isinstance(self.equipment_id, Unset):
            equipment_id = UNSET
        else:
            equipment_id = self.equipment_id

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, ResourceKind):
            kind = self.kind.value
        else:
            kind = self.kind

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, ResourceRole):
            role = self.role.value
        else:
            role = self.role

        site_id: int | None | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
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
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if unit is not UNSET:
            field_dict["unit"] = unit
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_calendar(data: object) -> None | ResourceCalendar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calendar_type_0 = ResourceCalendar(data)



                return calendar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceCalendar | Unset, data)

        calendar = _parse_calendar(d.pop("calendar", UNSET))


        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))


        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_equipment_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        equipment_id = _parse_equipment_id(d.pop("equipment_id", UNSET))


        def _parse_kind(data: object) -> None | ResourceKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = ResourceKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_role(data: object) -> None | ResourceRole | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = ResourceRole(data)



                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResourceRole | Unset, data)

        role = _parse_role(d.pop("role", UNSET))


        def _parse_site_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))


        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        resource_patch_in = cls(
            calendar=calendar,
            capacity=capacity,
            code=code,
            description=description,
            equipment_id=equipment_id,
            kind=kind,
            name=name,
            role=role,
            site_id=site_id,
            unit=unit,
            version=version,
        )

        return resource_patch_in

