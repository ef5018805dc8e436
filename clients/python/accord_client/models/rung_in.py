from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RungIn")



@_attrs_define
class RungIn:
    """ 
        Attributes:
            cdmo_contact_id (int):
            response_hours (int):
            sponsor_contact_id (int | None | Unset):
     """

    cdmo_contact_id: int
    response_hours: int
    sponsor_contact_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        cdmo_contact_id = self.cdmo_contact_id

        response_hours = self.response_hours

        sponsor_contact_id: int | None | Unset
        if isinstance(self.sponsor_contact_id, Unset):
            sponsor_contact_id = UNSET
        else:
            sponsor_contact_id = self.sponsor_contact_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cdmo_contact_id": cdmo_contact_id,
            "response_hours": response_hours,
        })
        if sponsor_contact_id is not UNSET:
            field_dict["sponsor_contact_id"] = sponsor_contact_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cdmo_contact_id = d.pop("cdmo_contact_id")

        response_hours = d.pop("response_hours")

        def _parse_sponsor_contact_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_contact_id = _parse_sponsor_contact_id(d.pop("sponsor_contact_id", UNSET))


        rung_in = cls(
            cdmo_contact_id=cdmo_contact_id,
            response_hours=response_hours,
            sponsor_contact_id=sponsor_contact_id,
        )

        return rung_in

