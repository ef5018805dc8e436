from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="NpsOut")



@_attrs_define
class NpsOut:
    """ 
        Attributes:
            answers (int):
            detractors (int):
            detractors_pct (float | None):
            nps (float | None): % promoters less % detractors, -100 to 100
            passives (int):
            passives_pct (float | None):
            promoters (int):
            promoters_pct (float | None):
     """

    answers: int
    detractors: int
    detractors_pct: float | None
    nps: float | None
    passives: int
    passives_pct: float | None
    promoters: int
    promoters_pct: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        answers = self.answers

        detractors = self.detractors

        detractors_pct: float | None
        detractors_pct = self.detractors_pct

        nps: float | None
        nps = self.nps

        passives = self.passives

        passives_pct: float | None
        passives_pct = self.passives_pct

        promoters = self.promoters

        promoters_pct: float | None
        promoters_pct = self.promoters_pct


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answers": answers,
            "detractors": detractors,
            "detractors_pct": detractors_pct,
            "nps": nps,
            "passives": passives,
            "passives_pct": passives_pct,
            "promoters": promoters,
            "promoters_pct": promoters_pct,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answers = d.pop("answers")

        detractors = d.pop("detractors")

        def _parse_detractors_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        detractors_pct = _parse_detractors_pct(d.pop("detractors_pct"))


        def _parse_nps(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        nps = _parse_nps(d.pop("nps"))


        passives = d.pop("passives")

        def _parse_passives_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        passives_pct = _parse_passives_pct(d.pop("passives_pct"))


        promoters = d.pop("promoters")

        def _parse_promoters_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        promoters_pct = _parse_promoters_pct(d.pop("promoters_pct"))


        nps_out = cls(
            answers=answers,
            detractors=detractors,
            detractors_pct=detractors_pct,
            nps=nps,
            passives=passives,
            passives_pct=passives_pct,
            promoters=promoters,
            promoters_pct=promoters_pct,
        )


        nps_out.additional_properties = d
        return nps_out

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
