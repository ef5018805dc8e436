from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.task_kind import TaskKind
from typing import cast
import datetime






T = TypeVar("T", bound="PlanMilestoneOut")



@_attrs_define
class PlanMilestoneOut:
    """ 
        Attributes:
            baseline_finish (datetime.date | None): In the latest baseline
            critical (bool):
            first_baseline_finish (datetime.date | None): In baseline 1, once re-baselined
            first_variance_days (int | None):
            forecast (datetime.date | None): Finish as the plan forecasts it
            id (int):
            kind (TaskKind):
            kind_label (str):
            name (str):
            reached (bool): The milestone happened (milestone.reached)
            reached_on (datetime.date | None):
            uid (int):
            variance_days (int | None): Forecast minus the latest baseline
     """

    baseline_finish: datetime.date | None
    critical: bool
    first_baseline_finish: datetime.date | None
    first_variance_days: int | None
    forecast: datetime.date | None
    id: int
    kind: TaskKind
    kind_label: str
    name: str
    reached: bool
    reached_on: datetime.date | None
    uid: int
    variance_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        baseline_finish: None | str
        if isinstance(self.baseline_finish, datetime.date):
            baseline_finish = self.baseline_finish.isoformat()
        else:
            baseline_finish = self.baseline_finish

        critical = self.critical

        first_baseline_finish: None | str
        if isinstance(self.first_baseline_finish, datetime.date):
            first_baseline_finish = self.first_baseline_finish.isoformat()
        else:
            first_baseline_finish = self.first_baseline_finish

        first_variance_days: int | None
        first_variance_days = self.first_variance_days

        forecast: None | str
        if isinstance(self.forecast, datetime.date):
            forecast = self.forecast.isoformat()
        else:
            forecast = self.forecast

        id = self.id

        kind = self.kind.value

        kind_label = self.kind_label

        name = self.name

        reached = self.reached

        reached_on: None | str
        if isinstance(self.reached_on, datetime.date):
            reached_on = self.reached_on.isoformat()
        else:
            reached_on = self.reached_on

        uid = self.uid

        variance_days: int | None
        variance_days = self.variance_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "baseline_finish": baseline_finish,
            "critical": critical,
            "first_baseline_finish": first_baseline_finish,
            "first_variance_days": first_variance_days,
            "forecast": forecast,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "name": name,
            "reached": reached,
            "reached_on": reached_on,
            "uid": uid,
            "variance_days": variance_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_baseline_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                baseline_finish_type_0 = datetime.date.fromisoformat(data)



                return baseline_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        baseline_finish = _parse_baseline_finish(d.pop("baseline_finish"))


        critical = d.pop("critical")

        def _parse_first_baseline_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_baseline_finish_type_0 = datetime.date.fromisoformat(data)



                return first_baseline_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        first_baseline_finish = _parse_first_baseline_finish(d.pop("first_baseline_finish"))


        def _parse_first_variance_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        first_variance_days = _parse_first_variance_days(d.pop("first_variance_days"))


        def _parse_forecast(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                forecast_type_0 = datetime.date.fromisoformat(data)



                return forecast_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        forecast = _parse_forecast(d.pop("forecast"))


        id = d.pop("id")

        kind = TaskKind(d.pop("kind"))




        kind_label = d.pop("kind_label")

        name = d.pop("name")

        reached = d.pop("reached")

        def _parse_reached_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reached_on_type_0 = datetime.date.fromisoformat(data)



                return reached_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        reached_on = _parse_reached_on(d.pop("reached_on"))


        uid = d.pop("uid")

        def _parse_variance_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        variance_days = _parse_variance_days(d.pop("variance_days"))


        plan_milestone_out = cls(
            baseline_finish=baseline_finish,
            critical=critical,
            first_baseline_finish=first_baseline_finish,
            first_variance_days=first_variance_days,
            forecast=forecast,
            id=id,
            kind=kind,
            kind_label=kind_label,
            name=name,
            reached=reached,
            reached_on=reached_on,
            uid=uid,
            variance_days=variance_days,
        )


        plan_milestone_out.additional_properties = d
        return plan_milestone_out

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
