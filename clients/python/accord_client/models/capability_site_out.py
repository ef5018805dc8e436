from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CapabilitySiteOut")



@_attrs_define
class CapabilitySiteOut:
    """ 
        Attributes:
            qualified_on (datetime.date | None):
            site_name (str):
            status (str):
            status_label (str):
     """

    qualified_on: datetime.date | None
    site_name: str
    status: str
    status_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        qualified_on: None | str
        if isinstance(self.qualified_on, datetime.date):
            qualified_on = self.qualified_on.isoformat()
        else:
            qualified_on = self.qualified_on

        site_name = self.site_name

        status = self.status

        status_label = self.status_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "qualified_on": qualified_on,
            "site_name": site_name,
            "status": status,
            "status_label": status_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_qualified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qualified_on_type_0 = datetime.date.fromisoformat(data)



                return qualified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        qualified_on = _parse_qualified_on(d.pop("qualified_on"))


        site_name = d.pop("site_name")

        status = d.pop("status")

        status_label = d.pop("status_label")

        capability_site_out = cls(
            qualified_on=qualified_on,
            site_name=site_name,
            status=status,
            status_label=status_label,
        )


        capability_site_out.additional_properties = d
        return capability_site_out

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
