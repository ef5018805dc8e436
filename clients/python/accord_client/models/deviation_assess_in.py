from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DeviationAssessIn")



@_attrs_define
class DeviationAssessIn:
    """ 
        Attributes:
            capa_required (bool | None):
            impact_assessment (str):
            capa_rationale (str | Unset):  Default: ''.
            cause_category (str | Unset): Probable cause, a taxonomy code like machine.calibration Default: ''.
            version (int | None | Unset): The version you read (or If-Match)
     """

    capa_required: bool | None
    impact_assessment: str
    capa_rationale: str | Unset = ''
    cause_category: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        capa_required: bool | None
        capa_required = self.capa_required

        impact_assessment = self.impact_assessment

        capa_rationale = self.capa_rationale

        cause_category = self.cause_category

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "capa_required": capa_required,
            "impact_assessment": impact_assessment,
        })
        if capa_rationale is not UNSET:
            field_dict["capa_rationale"] = capa_rationale
        if cause_category is not UNSET:
            field_dict["cause_category"] = cause_category
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_capa_required(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        capa_required = _parse_capa_required(d.pop("capa_required"))


        impact_assessment = d.pop("impact_assessment")

        capa_rationale = d.pop("capa_rationale", UNSET)

        cause_category = d.pop("cause_category", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        deviation_assess_in = cls(
            capa_required=capa_required,
            impact_assessment=impact_assessment,
            capa_rationale=capa_rationale,
            cause_category=cause_category,
            version=version,
        )

        return deviation_assess_in

