from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.initiative_stage import InitiativeStage






T = TypeVar("T", bound="DeliverableAddIn")



@_attrs_define
class DeliverableAddIn:
    """ 
        Attributes:
            name (str):
            stage (InitiativeStage):
     """

    name: str
    stage: InitiativeStage





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        stage = self.stage.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "stage": stage,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        stage = InitiativeStage(d.pop("stage"))




        deliverable_add_in = cls(
            name=name,
            stage=stage,
        )

        return deliverable_add_in

