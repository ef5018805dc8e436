from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="QualityApprovalOut")



@_attrs_define
class QualityApprovalOut:
    """ 
        Attributes:
            change_type (str):
            change_type_label (str):
            product (str): Empty: every product
     """

    change_type: str
    change_type_label: str
    product: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        change_type = self.change_type

        change_type_label = self.change_type_label

        product = self.product


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "change_type": change_type,
            "change_type_label": change_type_label,
            "product": product,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change_type = d.pop("change_type")

        change_type_label = d.pop("change_type_label")

        product = d.pop("product")

        quality_approval_out = cls(
            change_type=change_type,
            change_type_label=change_type_label,
            product=product,
        )


        quality_approval_out.additional_properties = d
        return quality_approval_out

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
