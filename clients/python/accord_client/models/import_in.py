from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ImportIn")



@_attrs_define
class ImportIn:
    """ 
        Attributes:
            year (int):
     """

    year: int





    def to_dict(self) -> dict[str, Any]:
        year = self.year


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        import_in = cls(
            year=year,
        )

        return import_in

