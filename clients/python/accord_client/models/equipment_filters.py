from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.equipment_kind import EquipmentKind
from ..models.equipment_status import EquipmentStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EquipmentFilters")



@_attrs_define
class EquipmentFilters:
    """ 
        Attributes:
            due_within_days (int | None | Unset): Calibration or maintenance due within, or overdue
            kind (EquipmentKind | None | Unset):
            q (None | str | Unset): Words in the number or name
            site_id (int | None | Unset):
            status (EquipmentStatus | None | Unset):
     """

    due_within_days: int | None | Unset = UNSET
    kind: EquipmentKind | None | Unset = UNSET
    q: None | str | Unset = UNSET
    site_id: int | None | Unset = UNSET
    status: EquipmentStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_within_days: int | None | Unset
        if isinstance(self.due_within_days, Unset):
            due_within_days = UNSET
        else:
            due_within_days = self.due_within_days

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, EquipmentKind):
            kind = self.kind.value
        else:
            kind = self.kind

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        site_id: int | None | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EquipmentStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if due_within_days is not UNSET:
            field_dict["due_within_days"] = due_within_days
        if kind is not UNSET:
            field_dict["kind"] = kind
        if q is not UNSET:
            field_dict["q"] = q
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_due_within_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        due_within_days = _parse_due_within_days(d.pop("due_within_days", UNSET))


        def _parse_kind(data: object) -> EquipmentKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = EquipmentKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EquipmentKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        def _parse_site_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))


        def _parse_status(data: object) -> EquipmentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EquipmentStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EquipmentStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        equipment_filters = cls(
            due_within_days=due_within_days,
            kind=kind,
            q=q,
            site_id=site_id,
            status=status,
        )


        equipment_filters.additional_properties = d
        return equipment_filters

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
