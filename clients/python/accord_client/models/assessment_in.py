from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AssessmentIn")



@_attrs_define
class AssessmentIn:
    """ 
        Attributes:
            analytical (int): 0 none, 1 some, 2 significant, 3 severe
            cold_chain_controlled (int): 0 none, 1 some, 2 significant, 3 severe
            flow_chemistry (int): 0 none, 1 some, 2 significant, 3 severe
            high_potency (int): 0 none, 1 some, 2 significant, 3 severe
            novel_modality (int): 0 none, 1 some, 2 significant, 3 severe
            regulatory_path (int): 0 none, 1 some, 2 significant, 3 severe
            scale (int): 0 none, 1 some, 2 significant, 3 severe
            tight_timeline (int): 0 none, 1 some, 2 significant, 3 severe
            rationale (str | Unset):  Default: ''.
            version (int | None | Unset): The version you read (or If-Match with its ETag)
     """

    analytical: int
    cold_chain_controlled: int
    flow_chemistry: int
    high_potency: int
    novel_modality: int
    regulatory_path: int
    scale: int
    tight_timeline: int
    rationale: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        analytical = self.analytical

        cold_chain_controlled = self.cold_chain_controlled

        flow_chemistry = self.flow_chemistry

        high_potency = self.high_potency

        novel_modality = self.novel_modality

        regulatory_path = self.regulatory_path

        scale = self.scale

        tight_timeline = self.tight_timeline

        rationale = self.rationale

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "analytical": analytical,
            "cold_chain_controlled": cold_chain_controlled,
            "flow_chemistry": flow_chemistry,
            "high_potency": high_potency,
            "novel_modality": novel_modality,
            "regulatory_path": regulatory_path,
            "scale": scale,
            "tight_timeline": tight_timeline,
        })
        if rationale is not UNSET:
            field_dict["rationale"] = rationale
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analytical = d.pop("analytical")

        cold_chain_controlled = d.pop("cold_chain_controlled")

        flow_chemistry = d.pop("flow_chemistry")

        high_potency = d.pop("high_potency")

        novel_modality = d.pop("novel_modality")

        regulatory_path = d.pop("regulatory_path")

        scale = d.pop("scale")

        tight_timeline = d.pop("tight_timeline")

        rationale = d.pop("rationale", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        assessment_in = cls(
            analytical=analytical,
            cold_chain_controlled=cold_chain_controlled,
            flow_chemistry=flow_chemistry,
            high_potency=high_potency,
            novel_modality=novel_modality,
            regulatory_path=regulatory_path,
            scale=scale,
            tight_timeline=tight_timeline,
            rationale=rationale,
            version=version,
        )

        return assessment_in

