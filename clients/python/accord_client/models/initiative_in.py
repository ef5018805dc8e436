from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.initiative_method import InitiativeMethod
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InitiativeIn")



@_attrs_define
class InitiativeIn:
    """ 
        Attributes:
            champion_id (int):
            method (InitiativeMethod):
            owner_id (int):
            problem_statement (str):
            site_id (int):
            title (str):
            baseline_metric (str | Unset):  Default: ''.
            baseline_value (float | None | str | Unset):
            lesson_id (int | None | Unset): The lesson learned it starts from.
            project_id (int | None | Unset):
            sponsor_id (int | None | Unset):
            started_on (datetime.date | None | Unset):
            target_value (float | None | str | Unset):
            team_ids (list[int] | Unset):
            unit (str | Unset):  Default: ''.
     """

    champion_id: int
    method: InitiativeMethod
    owner_id: int
    problem_statement: str
    site_id: int
    title: str
    baseline_metric: str | Unset = ''
    baseline_value: float | None | str | Unset = UNSET
    lesson_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    started_on: datetime.date | None | Unset = UNSET
    target_value: float | None | str | Unset = UNSET
    team_ids: list[int] | Unset = UNSET
    unit: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        champion_id = self.champion_id

        method = self.method.value

        owner_id = self.owner_id

        problem_statement = self.problem_statement

        site_id = self.site_id

        title = self.title

        baseline_metric = self.baseline_metric

        baseline_value: float | None | str | Unset
        if isinstance(self.baseline_value, Unset):
            baseline_value = UNSET
        else:
            baseline_value = self.baseline_value

        lesson_id: int | None | Unset
        if isinstance(self.lesson_id, Unset):
            lesson_id = UNSET
        else:
            lesson_id = self.lesson_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        target_value: float | None | str | Unset
        if isinstance(self.target_value, Unset):
            target_value = UNSET
        else:
            target_value = self.target_value

        team_ids: list[int] | Unset = UNSET
        if not isinstance(self.team_ids, Unset):
            team_ids = self.team_ids



        unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "champion_id": champion_id,
            "method": method,
            "owner_id": owner_id,
            "problem_statement": problem_statement,
            "site_id": site_id,
            "title": title,
        })
        if baseline_metric is not UNSET:
            field_dict["baseline_metric"] = baseline_metric
        if baseline_value is not UNSET:
            field_dict["baseline_value"] = baseline_value
        if lesson_id is not UNSET:
            field_dict["lesson_id"] = lesson_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if target_value is not UNSET:
            field_dict["target_value"] = target_value
        if team_ids is not UNSET:
            field_dict["team_ids"] = team_ids
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        champion_id = d.pop("champion_id")

        method = InitiativeMethod(d.pop("method"))




        owner_id = d.pop("owner_id")

        problem_statement = d.pop("problem_statement")

        site_id = d.pop("site_id")

        title = d.pop("title")

        baseline_metric = d.pop("baseline_metric", UNSET)

        def _parse_baseline_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        baseline_value = _parse_baseline_value(d.pop("baseline_value", UNSET))


        def _parse_lesson_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lesson_id = _parse_lesson_id(d.pop("lesson_id", UNSET))


        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)



                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))


        def _parse_target_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        target_value = _parse_target_value(d.pop("target_value", UNSET))


        team_ids = cast(list[int], d.pop("team_ids", UNSET))


        unit = d.pop("unit", UNSET)

        initiative_in = cls(
            champion_id=champion_id,
            method=method,
            owner_id=owner_id,
            problem_statement=problem_statement,
            site_id=site_id,
            title=title,
            baseline_metric=baseline_metric,
            baseline_value=baseline_value,
            lesson_id=lesson_id,
            project_id=project_id,
            sponsor_id=sponsor_id,
            started_on=started_on,
            target_value=target_value,
            team_ids=team_ids,
            unit=unit,
        )

        return initiative_in

