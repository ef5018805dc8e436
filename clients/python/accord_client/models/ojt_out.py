from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curricula_level import CurriculaLevel
from ..models.ojt_record_state import OjtRecordState
from ..models.ojt_record_verdict import OjtRecordVerdict
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.ojt_step import OjtStep





T = TypeVar("T", bound="OjtOut")



@_attrs_define
class OjtOut:
    """ 
        Attributes:
            assessed_at (datetime.datetime | None):
            assessment (str):
            assessor_name (str):
            competency_code (str):
            competency_id (int):
            competency_name (str):
            id (int):
            level_awarded (CurriculaLevel | None):
            performed_on (datetime.date):
            state (OjtRecordState):
            state_label (str):
            steps (list[OjtStep]):
            task (str):
            trainee_id (int):
            trainee_name (str):
            trainee_signed_at (datetime.datetime | None):
            trainer_id (int):
            trainer_name (str):
            trainer_signed_at (datetime.datetime | None):
            verdict (None | OjtRecordVerdict):
            verdict_label (str):
            version (int):
            waiting_for (list[str]): Who signs next, while in training
     """

    assessed_at: datetime.datetime | None
    assessment: str
    assessor_name: str
    competency_code: str
    competency_id: int
    competency_name: str
    id: int
    level_awarded: CurriculaLevel | None
    performed_on: datetime.date
    state: OjtRecordState
    state_label: str
    steps: list[OjtStep]
    task: str
    trainee_id: int
    trainee_name: str
    trainee_signed_at: datetime.datetime | None
    trainer_id: int
    trainer_name: str
    trainer_signed_at: datetime.datetime | None
    verdict: None | OjtRecordVerdict
    verdict_label: str
    version: int
    waiting_for: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ojt_step import OjtStep # noqa: PLC0415
        assessed_at: None | str
        if isinstance(self.assessed_at, datetime.datetime):
            assessed_at = self.assessed_at.isoformat()
        else:
            assessed_at = self.assessed_at

        assessment = self.assessment

        assessor_name = self.assessor_name

        competency_code = self.competency_code

        competency_id = self.competency_id

        competency_name = self.competency_name

        id = self.id

        level_awarded: int | None
        if isinstance(self.level_awarded, CurriculaLevel):
            level_awarded = self.level_awarded.value
        else:
            level_awarded = self.level_awarded

        performed_on = self.performed_on.isoformat()

        state = self.state.value

        state_label = self.state_label

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)



        task = self.task

        trainee_id = self.trainee_id

        trainee_name = self.trainee_name

        trainee_signed_at: None | str
        if isinstance(self.trainee_signed_at, datetime.datetime):
            trainee_signed_at = self.trainee_signed_at.isoformat()
        else:
            trainee_signed_at = self.trainee_signed_at

        trainer_id = self.trainer_id

        trainer_name = self.trainer_name

        trainer_signed_at: None | str
        if isinstance(self.trainer_signed_at, datetime.datetime):
            trainer_signed_at = self.trainer_signed_at.isoformat()
        else:
            trainer_signed_at = self.trainer_signed_at

        verdict: None | str
        if isinstance(self.verdict, OjtRecordVerdict):
            verdict = self.verdict.value
        else:
            verdict = self.verdict

        verdict_label = self.verdict_label

        version = self.version

        waiting_for = self.waiting_for




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessed_at": assessed_at,
            "assessment": assessment,
            "assessor_name": assessor_name,
            "competency_code": competency_code,
            "competency_id": competency_id,
            "competency_name": competency_name,
            "id": id,
            "level_awarded": level_awarded,
            "performed_on": performed_on,
            "state": state,
            "state_label": state_label,
            "steps": steps,
            "task": task,
            "trainee_id": trainee_id,
            "trainee_name": trainee_name,
            "trainee_signed_at": trainee_signed_at,
            "trainer_id": trainer_id,
            "trainer_name": trainer_name,
            "trainer_signed_at": trainer_signed_at,
            "verdict": verdict,
            "verdict_label": verdict_label,
            "version": version,
            "waiting_for": waiting_for,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ojt_step import OjtStep # noqa: PLC0415
        d = dict(src_dict)
        def _parse_assessed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                assessed_at_type_0 = datetime.datetime.fromisoformat(data)



                return assessed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        assessed_at = _parse_assessed_at(d.pop("assessed_at"))


        assessment = d.pop("assessment")

        assessor_name = d.pop("assessor_name")

        competency_code = d.pop("competency_code")

        competency_id = d.pop("competency_id")

        competency_name = d.pop("competency_name")

        id = d.pop("id")

        def _parse_level_awarded(data: object) -> CurriculaLevel | None:
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                level_awarded_type_0 = CurriculaLevel(data)



                return level_awarded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurriculaLevel | None, data)

        level_awarded = _parse_level_awarded(d.pop("level_awarded"))


        performed_on = datetime.date.fromisoformat(d.pop("performed_on"))




        state = OjtRecordState(d.pop("state"))




        state_label = d.pop("state_label")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in (_steps):
            steps_item = OjtStep.from_dict(steps_item_data)



            steps.append(steps_item)


        task = d.pop("task")

        trainee_id = d.pop("trainee_id")

        trainee_name = d.pop("trainee_name")

        def _parse_trainee_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trainee_signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return trainee_signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        trainee_signed_at = _parse_trainee_signed_at(d.pop("trainee_signed_at"))


        trainer_id = d.pop("trainer_id")

        trainer_name = d.pop("trainer_name")

        def _parse_trainer_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trainer_signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return trainer_signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        trainer_signed_at = _parse_trainer_signed_at(d.pop("trainer_signed_at"))


        def _parse_verdict(data: object) -> None | OjtRecordVerdict:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verdict_type_0 = OjtRecordVerdict(data)



                return verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OjtRecordVerdict, data)

        verdict = _parse_verdict(d.pop("verdict"))


        verdict_label = d.pop("verdict_label")

        version = d.pop("version")

        waiting_for = cast(list[str], d.pop("waiting_for"))


        ojt_out = cls(
            assessed_at=assessed_at,
            assessment=assessment,
            assessor_name=assessor_name,
            competency_code=competency_code,
            competency_id=competency_id,
            competency_name=competency_name,
            id=id,
            level_awarded=level_awarded,
            performed_on=performed_on,
            state=state,
            state_label=state_label,
            steps=steps,
            task=task,
            trainee_id=trainee_id,
            trainee_name=trainee_name,
            trainee_signed_at=trainee_signed_at,
            trainer_id=trainer_id,
            trainer_name=trainer_name,
            trainer_signed_at=trainer_signed_at,
            verdict=verdict,
            verdict_label=verdict_label,
            version=version,
            waiting_for=waiting_for,
        )


        ojt_out.additional_properties = d
        return ojt_out

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
