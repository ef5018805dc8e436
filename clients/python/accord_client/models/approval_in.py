from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_type import ChangeType
from ..types import UNSET, Unset






T = TypeVar("T", bound="ApprovalIn")



@_attrs_define
class ApprovalIn:
    """ 
        Attributes:
            change_type (ChangeType):
            product (str | Unset):  Default: ''.
     """

    change_type: ChangeType
    product: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        change_type = self.change_type.value

        product = self.product


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "change_type": change_type,
        })
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change_type = ChangeType(d.pop("change_type"))




        product = d.pop("product", UNSET)

        approval_in = cls(
            change_type=change_type,
            product=product,
        )

        return approval_in

