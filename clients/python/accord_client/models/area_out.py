from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="AreaOut")



@_attrs_define
class AreaOut:
    """ 
        Attributes:
            audits (int):
            description (str):
            id (int):
            is_active (bool):
            last_audited_on (datetime.date | None):
            last_total (int | None):
            name (str):
            site_id (int):
            site_name (str):
     """

    audits: int
    description: str
    id: int
    is_active: bool
    last_audited_on: datetime.date | None
    last_total: int | None
    name: str
    site_id: int
    site_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        audits = self.audits

        description = self.description

        id = self.id

        is_active = self.is_active

        last_audited_on: None | str
        if isinstance(self.last_audited_on, datetime.date):
            last_audited_on = self.last_audited_on.isoformat()
        else:
            last_audited_on = self.last_audited_on

        last_total: int | None
        last_total = self.last_total

        name = self.name

        site_id = self.site_id

        site_name = self.site_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audits": audits,
            "description": description,
            "id": id,
            "is_active": is_active,
            "last_audited_on": last_audited_on,
            "last_total": last_total,
            "name": name,
            "site_id": site_id,
            "site_name": site_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audits = d.pop("audits")

        description = d.pop("description")

        id = d.pop("id")

        is_active = d.pop("is_active")

        def _parse_last_audited_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_audited_on_type_0 = datetime.date.fromisoformat(data)



                return last_audited_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_audited_on = _parse_last_audited_on(d.pop("last_audited_on"))


        def _parse_last_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_total = _parse_last_total(d.pop("last_total"))


        name = d.pop("name")

        site_id = d.pop("site_id")

        site_name = d.pop("site_name")

        area_out = cls(
            audits=audits,
            description=description,
            id=id,
            is_active=is_active,
            last_audited_on=last_audited_on,
            last_total=last_total,
            name=name,
            site_id=site_id,
            site_name=site_name,
        )


        area_out.additional_properties = d
        return area_out

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
