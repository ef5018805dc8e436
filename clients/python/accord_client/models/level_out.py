from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.person_out import PersonOut





T = TypeVar("T", bound="LevelOut")



@_attrs_define
class LevelOut:
    """ 
        Attributes:
            cdmo_contact (PersonOut):
            level (int):
            response_hours (int): The answer is due within this many hours
            sponsor_contact (None | PersonOut):
     """

    cdmo_contact: PersonOut
    level: int
    response_hours: int
    sponsor_contact: None | PersonOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_out import PersonOut # noqa: PLC0415
        cdmo_contact = self.cdmo_contact.to_dict()

        level = self.level

        response_hours = self.response_hours

        sponsor_contact: dict[str, Any] | None
        if isinstance(self.sponsor_contact, PersonOut):
            sponsor_contact = self.sponsor_contact.to_dict()
        else:
            sponsor_contact = self.sponsor_contact


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cdmo_contact": cdmo_contact,
            "level": level,
            "response_hours": response_hours,
            "sponsor_contact": sponsor_contact,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_out import PersonOut # noqa: PLC0415
        d = dict(src_dict)
        cdmo_contact = PersonOut.from_dict(d.pop("cdmo_contact"))




        level = d.pop("level")

        response_hours = d.pop("response_hours")

        def _parse_sponsor_contact(data: object) -> None | PersonOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sponsor_contact_type_0 = PersonOut.from_dict(data)



                return sponsor_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonOut, data)

        sponsor_contact = _parse_sponsor_contact(d.pop("sponsor_contact"))


        level_out = cls(
            cdmo_contact=cdmo_contact,
            level=level,
            response_hours=response_hours,
            sponsor_contact=sponsor_contact,
        )


        level_out.additional_properties = d
        return level_out

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
