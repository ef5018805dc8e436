from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="CsatRowOut")



@_attrs_define
class CsatRowOut:
    """ 
        Attributes:
            answers (int):
            average (float | None):
            csat (float | None): Share of answers of 4 or 5, in %
            distribution (list[int]): Answers of 1, 2, 3, 4 and 5
            label (str):
            low (int): Answers of 1 or 2
            satisfied (int): Answers of 4 or 5
     """

    answers: int
    average: float | None
    csat: float | None
    distribution: list[int]
    label: str
    low: int
    satisfied: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        answers = self.answers

        average: float | None
        average = self.average

        csat: float | None
        csat = self.csat

        distribution = self.distribution



        label = self.label

        low = self.low

        satisfied = self.satisfied


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answers": answers,
            "average": average,
            "csat": csat,
            "distribution": distribution,
            "label": label,
            "low": low,
            "satisfied": satisfied,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answers = d.pop("answers")

        def _parse_average(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average = _parse_average(d.pop("average"))


        def _parse_csat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        csat = _parse_csat(d.pop("csat"))


        distribution = cast(list[int], d.pop("distribution"))


        label = d.pop("label")

        low = d.pop("low")

        satisfied = d.pop("satisfied")

        csat_row_out = cls(
            answers=answers,
            average=average,
            csat=csat,
            distribution=distribution,
            label=label,
            low=low,
            satisfied=satisfied,
        )


        csat_row_out.additional_properties = d
        return csat_row_out

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
