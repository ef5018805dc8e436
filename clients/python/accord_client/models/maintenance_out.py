from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="MaintenanceOut")



@_attrs_define
class MaintenanceOut:
    """ 
        Attributes:
            description (str):
            id (int):
            kind (str):
            kind_label (str):
            next_due (datetime.date | None):
            performed_by_name (str):
            performed_on (datetime.date):
     """

    description: str
    id: int
    kind: str
    kind_label: str
    next_due: datetime.date | None
    performed_by_name: str
    performed_on: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        kind = self.kind

        kind_label = self.kind_label

        next_due: None | str
        if isinstance(self.next_due, datetime.date):
            next_due = self.next_due.isoformat()
        else:
            next_due = self.next_due

        performed_by_name = self.performed_by_name

        performed_on = self.performed_on.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "description": description,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "next_due": next_due,
            "performed_by_name": performed_by_name,
            "performed_on": performed_on,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        def _parse_next_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_type_0 = datetime.date.fromisoformat(data)



                return next_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        next_due = _parse_next_due(d.pop("next_due"))


        performed_by_name = d.pop("performed_by_name")

        performed_on = datetime.date.fromisoformat(d.pop("performed_on"))




        maintenance_out = cls(
            description=description,
            id=id,
            kind=kind,
            kind_label=kind_label,
            next_due=next_due,
            performed_by_name=performed_by_name,
            performed_on=performed_on,
        )


        maintenance_out.additional_properties = d
        return maintenance_out

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
