from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ResultIn")



@_attrs_define
class ResultIn:
    """ 
        Attributes:
            result_measured_on (datetime.date):
            result_value (float | str):
            cost_saved (float | None | str | Unset):
            days_saved (float | None | str | Unset):
            rft_points (float | None | str | Unset):
            version (int | None | Unset):
     """

    result_measured_on: datetime.date
    result_value: float | str
    cost_saved: float | None | str | Unset = UNSET
    days_saved: float | None | str | Unset = UNSET
    rft_points: float | None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        result_measured_on = self.result_measured_on.isoformat()

        result_value: float | str
        result_value = self.result_value

        cost_saved: float | None | str | Unset
        if isinstance(self.cost_saved, Unset):
            cost_saved = UNSET
        else:
            cost_saved = self.cost_saved

        days_saved: float | None | str | Unset
        if isinstance(self.days_saved, Unset):
            days_saved = UNSET
        else:
            days_saved = self.days_saved

        rft_points: float | None | str | Unset
        if isinstance(self.rft_points, Unset):
            rft_points = UNSET
        else:
            rft_points = self.rft_points

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "result_measured_on": result_measured_on,
            "result_value": result_value,
        })
        if cost_saved is not UNSET:
            field_dict["cost_saved"] = cost_saved
        if days_saved is not UNSET:
            field_dict["days_saved"] = days_saved
        if rft_points is not UNSET:
            field_dict["rft_points"] = rft_points
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_measured_on = datetime.date.fromisoformat(d.pop("result_measured_on"))




        def _parse_result_value(data: object) -> float | str:
            return cast(float | str, data)

        result_value = _parse_result_value(d.pop("result_value"))


        def _parse_cost_saved(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cost_saved = _parse_cost_saved(d.pop("cost_saved", UNSET))


        def _parse_days_saved(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        days_saved = _parse_days_saved(d.pop("days_saved", UNSET))


        def _parse_rft_points(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        rft_points = _parse_rft_points(d.pop("rft_points", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        result_in = cls(
            result_measured_on=result_measured_on,
            result_value=result_value,
            cost_saved=cost_saved,
            days_saved=days_saved,
            rft_points=rft_points,
            version=version,
        )

        return result_in

