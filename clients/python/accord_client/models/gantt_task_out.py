from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.task_kind import TaskKind
from typing import cast
import datetime






T = TypeVar("T", bound="GanttTaskOut")



@_attrs_define
class GanttTaskOut:
    """ 
        Attributes:
            baseline (list[datetime.date] | None): Baseline start and end (exclusive)
            critical (bool):
            custom_class (str):
            dependencies (str): The chart ids of the predecessors, comma-separated
            end (datetime.date): The day after the finish (the chart's end)
            finish (datetime.date):
            id (str): The chart's id of the bar: 't<task id>'
            kind (TaskKind):
            level (int):
            name (str):
            pk (int):
            progress (int):
            start (datetime.date):
            total_float (int | None):
            version (int):
     """

    baseline: list[datetime.date] | None
    critical: bool
    custom_class: str
    dependencies: str
    end: datetime.date
    finish: datetime.date
    id: str
    kind: TaskKind
    level: int
    name: str
    pk: int
    progress: int
    start: datetime.date
    total_float: int | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        baseline: list[str] | None
        if isinstance(self.baseline, list):
            baseline = []
            for baseline_type_0_item_data in self.baseline:
                baseline_type_0_item = baseline_type_0_item_data.isoformat()
                baseline.append(baseline_type_0_item)


        else:
            baseline = self.baseline

        critical = self.critical

        custom_class = self.custom_class

        dependencies = self.dependencies

        end = self.end.isoformat()

        finish = self.finish.isoformat()

        id = self.id

        kind = self.kind.value

        level = self.level

        name = self.name

        pk = self.pk

        progress = self.progress

        start = self.start.isoformat()

        total_float: int | None
        total_float = self.total_float

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "baseline": baseline,
            "critical": critical,
            "custom_class": custom_class,
            "dependencies": dependencies,
            "end": end,
            "finish": finish,
            "id": id,
            "kind": kind,
            "level": level,
            "name": name,
            "pk": pk,
            "progress": progress,
            "start": start,
            "total_float": total_float,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_baseline(data: object) -> list[datetime.date] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                baseline_type_0 = []
                _baseline_type_0 = data
                for baseline_type_0_item_data in (_baseline_type_0):
                    baseline_type_0_item = datetime.date.fromisoformat(baseline_type_0_item_data)



                    baseline_type_0.append(baseline_type_0_item)

                return baseline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[datetime.date] | None, data)

        baseline = _parse_baseline(d.pop("baseline"))


        critical = d.pop("critical")

        custom_class = d.pop("custom_class")

        dependencies = d.pop("dependencies")

        end = datetime.date.fromisoformat(d.pop("end"))




        finish = datetime.date.fromisoformat(d.pop("finish"))




        id = d.pop("id")

        kind = TaskKind(d.pop("kind"))




        level = d.pop("level")

        name = d.pop("name")

        pk = d.pop("pk")

        progress = d.pop("progress")

        start = datetime.date.fromisoformat(d.pop("start"))




        def _parse_total_float(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_float = _parse_total_float(d.pop("total_float"))


        version = d.pop("version")

        gantt_task_out = cls(
            baseline=baseline,
            critical=critical,
            custom_class=custom_class,
            dependencies=dependencies,
            end=end,
            finish=finish,
            id=id,
            kind=kind,
            level=level,
            name=name,
            pk=pk,
            progress=progress,
            start=start,
            total_float=total_float,
            version=version,
        )


        gantt_task_out.additional_properties = d
        return gantt_task_out

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
