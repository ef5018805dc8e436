from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.equipment_result import EquipmentResult
from ..models.equipment_stage import EquipmentStage
from typing import cast
import datetime






T = TypeVar("T", bound="QualificationIn")



@_attrs_define
class QualificationIn:
    """ 
        Attributes:
            executed_on (datetime.date):
            protocol (str):
            result (EquipmentResult):
            stage (EquipmentStage):
            summary (str):
     """

    executed_on: datetime.date
    protocol: str
    result: EquipmentResult
    stage: EquipmentStage
    summary: str





    def to_dict(self) -> dict[str, Any]:
        executed_on = self.executed_on.isoformat()

        protocol = self.protocol

        result = self.result.value

        stage = self.stage.value

        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "executed_on": executed_on,
            "protocol": protocol,
            "result": result,
            "stage": stage,
            "summary": summary,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        executed_on = datetime.date.fromisoformat(d.pop("executed_on"))




        protocol = d.pop("protocol")

        result = EquipmentResult(d.pop("result"))




        stage = EquipmentStage(d.pop("stage"))




        summary = d.pop("summary")

        qualification_in = cls(
            executed_on=executed_on,
            protocol=protocol,
            result=result,
            stage=stage,
            summary=summary,
        )

        return qualification_in

