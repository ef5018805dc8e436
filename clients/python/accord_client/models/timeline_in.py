from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TimelineIn")



@_attrs_define
class TimelineIn:
    """ 
        Attributes:
            start (datetime.date):
            template_code (str): A plan template's code
            batches (int | Unset):  Default: 1.
            scale (float | str | Unset):  Default: 1.0.
            version (int | None | Unset): The version you read (or If-Match with its ETag)
     """

    start: datetime.date
    template_code: str
    batches: int | Unset = 1
    scale: float | str | Unset = 1.0
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        template_code = self.template_code

        batches = self.batches

        scale: float | str | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "start": start,
            "template_code": template_code,
        })
        if batches is not UNSET:
            field_dict["batches"] = batches
        if scale is not UNSET:
            field_dict["scale"] = scale
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = datetime.date.fromisoformat(d.pop("start"))




        template_code = d.pop("template_code")

        batches = d.pop("batches", UNSET)

        def _parse_scale(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        timeline_in = cls(
            start=start,
            template_code=template_code,
            batches=batches,
            scale=scale,
            version=version,
        )

        return timeline_in

