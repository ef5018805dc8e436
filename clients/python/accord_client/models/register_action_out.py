from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="RegisterActionOut")



@_attrs_define
class RegisterActionOut:
    """ 
        Attributes:
            audit_id (int):
            done_on (datetime.date | None):
            due_on (datetime.date):
            id (int):
            owner_id (int):
            owner_name (str):
            what (str):
     """

    audit_id: int
    done_on: datetime.date | None
    due_on: datetime.date
    id: int
    owner_id: int
    owner_name: str
    what: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        audit_id = self.audit_id

        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        due_on = self.due_on.isoformat()

        id = self.id

        owner_id = self.owner_id

        owner_name = self.owner_name

        what = self.what


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audit_id": audit_id,
            "done_on": done_on,
            "due_on": due_on,
            "id": id,
            "owner_id": owner_id,
            "owner_name": owner_name,
            "what": what,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audit_id = d.pop("audit_id")

        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)



                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))


        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        id = d.pop("id")

        owner_id = d.pop("owner_id")

        owner_name = d.pop("owner_name")

        what = d.pop("what")

        register_action_out = cls(
            audit_id=audit_id,
            done_on=done_on,
            due_on=due_on,
            id=id,
            owner_id=owner_id,
            owner_name=owner_name,
            what=what,
        )


        register_action_out.additional_properties = d
        return register_action_out

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
