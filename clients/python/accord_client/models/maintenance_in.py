from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.maintenance_kind import MaintenanceKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="MaintenanceIn")



@_attrs_define
class MaintenanceIn:
    """ 
        Attributes:
            description (str):
            kind (MaintenanceKind):
            performed_by_id (int):
            performed_on (datetime.date):
            next_due (datetime.date | None | Unset):
     """

    description: str
    kind: MaintenanceKind
    performed_by_id: int
    performed_on: datetime.date
    next_due: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        description = self.description

        kind = self.kind.value

        performed_by_id = self.performed_by_id

        performed_on = self.performed_on.isoformat()

        next_due: None | str | Unset
        if isinstance(self.next_due, Unset):
            next_due = UNSET
        elif isinstance(self.next_due, datetime.date):
            next_due = self.next_due.isoformat()
        else:
            next_due = self.next_due


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "description": description,
            "kind": kind,
            "performed_by_id": performed_by_id,
            "performed_on": performed_on,
        })
        if next_due is not UNSET:
            field_dict["next_due"] = next_due

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        kind = MaintenanceKind(d.pop("kind"))




        performed_by_id = d.pop("performed_by_id")

        performed_on = datetime.date.fromisoformat(d.pop("performed_on"))




        def _parse_next_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_type_0 = datetime.date.fromisoformat(data)



                return next_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_due = _parse_next_due(d.pop("next_due", UNSET))


        maintenance_in = cls(
            description=description,
            kind=kind,
            performed_by_id=performed_by_id,
            performed_on=performed_on,
            next_due=next_due,
        )

        return maintenance_in

