from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ResolveIn")



@_attrs_define
class ResolveIn:
    """ 
        Attributes:
            resolution (str):
            change_order_ids (list[int] | Unset):
            delay_ids (list[int] | Unset):
            risk_ids (list[int] | Unset):
            root_cause (str | Unset):  Default: ''.
            version (int | None | Unset): The version you read (or If-Match)
     """

    resolution: str
    change_order_ids: list[int] | Unset = UNSET
    delay_ids: list[int] | Unset = UNSET
    risk_ids: list[int] | Unset = UNSET
    root_cause: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        resolution = self.resolution

        change_order_ids: list[int] | Unset = UNSET
        if not isinstance(self.change_order_ids, Unset):
            change_order_ids = self.change_order_ids



        delay_ids: list[int] | Unset = UNSET
        if not isinstance(self.delay_ids, Unset):
            delay_ids = self.delay_ids



        risk_ids: list[int] | Unset = UNSET
        if not isinstance(self.risk_ids, Unset):
            risk_ids = self.risk_ids



        root_cause = self.root_cause

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "resolution": resolution,
        })
        if change_order_ids is not UNSET:
            field_dict["change_order_ids"] = change_order_ids
        if delay_ids is not UNSET:
            field_dict["delay_ids"] = delay_ids
        if risk_ids is not UNSET:
            field_dict["risk_ids"] = risk_ids
        if root_cause is not UNSET:
            field_dict["root_cause"] = root_cause
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resolution = d.pop("resolution")

        change_order_ids = cast(list[int], d.pop("change_order_ids", UNSET))


        delay_ids = cast(list[int], d.pop("delay_ids", UNSET))


        risk_ids = cast(list[int], d.pop("risk_ids", UNSET))


        root_cause = d.pop("root_cause", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        resolve_in = cls(
            resolution=resolution,
            change_order_ids=change_order_ids,
            delay_ids=delay_ids,
            risk_ids=risk_ids,
            root_cause=root_cause,
            version=version,
        )

        return resolve_in

