from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.capability_site_out import CapabilitySiteOut





T = TypeVar("T", bound="CapabilityOut")



@_attrs_define
class CapabilityOut:
    """ 
        Attributes:
            category (str):
            category_label (str):
            id (int):
            name (str):
            sites (list[CapabilitySiteOut]):
     """

    category: str
    category_label: str
    id: int
    name: str
    sites: list[CapabilitySiteOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.capability_site_out import CapabilitySiteOut # noqa: PLC0415
        category = self.category

        category_label = self.category_label

        id = self.id

        name = self.name

        sites = []
        for sites_item_data in self.sites:
            sites_item = sites_item_data.to_dict()
            sites.append(sites_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "category_label": category_label,
            "id": id,
            "name": name,
            "sites": sites,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capability_site_out import CapabilitySiteOut # noqa: PLC0415
        d = dict(src_dict)
        category = d.pop("category")

        category_label = d.pop("category_label")

        id = d.pop("id")

        name = d.pop("name")

        sites = []
        _sites = d.pop("sites")
        for sites_item_data in (_sites):
            sites_item = CapabilitySiteOut.from_dict(sites_item_data)



            sites.append(sites_item)


        capability_out = cls(
            category=category,
            category_label=category_label,
            id=id,
            name=name,
            sites=sites,
        )


        capability_out.additional_properties = d
        return capability_out

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
