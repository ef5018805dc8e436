from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="OjtStartIn")



@_attrs_define
class OjtStartIn:
    """ 
        Attributes:
            competency_id (int):
            performed_on (datetime.date):
            steps (list[str]): The steps, in the order performed
            task (str):
            trainee_id (int):
            trainer_id (int):
     """

    competency_id: int
    performed_on: datetime.date
    steps: list[str]
    task: str
    trainee_id: int
    trainer_id: int





    def to_dict(self) -> dict[str, Any]:
        competency_id = self.competency_id

        performed_on = self.performed_on.isoformat()

        steps = self.steps



        task = self.task

        trainee_id = self.trainee_id

        trainer_id = self.trainer_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "competency_id": competency_id,
            "performed_on": performed_on,
            "steps": steps,
            "task": task,
            "trainee_id": trainee_id,
            "trainer_id": trainer_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        competency_id = d.pop("competency_id")

        performed_on = datetime.date.fromisoformat(d.pop("performed_on"))




        steps = cast(list[str], d.pop("steps"))


        task = d.pop("task")

        trainee_id = d.pop("trainee_id")

        trainer_id = d.pop("trainer_id")

        ojt_start_in = cls(
            competency_id=competency_id,
            performed_on=performed_on,
            steps=steps,
            task=task,
            trainee_id=trainee_id,
            trainer_id=trainer_id,
        )

        return ojt_start_in

