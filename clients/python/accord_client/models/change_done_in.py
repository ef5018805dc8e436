from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ChangeDoneIn")



@_attrs_define
class ChangeDoneIn:
    """ 
        Attributes:
            evidence (str):
     """

    evidence: str





    def to_dict(self) -> dict[str, Any]:
        evidence = self.evidence


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "evidence": evidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence = d.pop("evidence")

        change_done_in = cls(
            evidence=evidence,
        )

        return change_done_in

