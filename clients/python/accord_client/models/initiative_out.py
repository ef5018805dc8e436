from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.gate_out import GateOut
  from ..models.improvement_deliverable_out import ImprovementDeliverableOut





T = TypeVar("T", bound="InitiativeOut")



@_attrs_define
class InitiativeOut:
    """ 
        Attributes:
            baseline_metric (str):
            baseline_value (None | str):
            champion_name (str):
            closed_on (datetime.date | None):
            code (str):
            days_saved (None | str):
            deliverables (list[ImprovementDeliverableOut]):
            gates (list[GateOut]):
            id (int):
            method (str):
            method_label (str):
            owner_name (str):
            problem_statement (str):
            project_code (None | str):
            result_measured_on (datetime.date | None):
            result_value (None | str):
            rft_points (None | str):
            site_name (str):
            sponsor_id (int | None):
            stage (str):
            stage_label (str):
            started_on (datetime.date):
            status (str):
            status_label (str):
            target_value (None | str):
            title (str):
            unit (str):
            version (int):
            cost_saved (None | str | Unset): CDMO staff only
            lesson_id (int | None | Unset): The lesson learned it started from (CDMO staff only)
     """

    baseline_metric: str
    baseline_value: None | str
    champion_name: str
    closed_on: datetime.date | None
    code: str
    days_saved: None | str
    deliverables: list[ImprovementDeliverableOut]
    gates: list[GateOut]
    id: int
    method: str
    method_label: str
    owner_name: str
    problem_statement: str
    project_code: None | str
    result_measured_on: datetime.date | None
    result_value: None | str
    rft_points: None | str
    site_name: str
    sponsor_id: int | None
    stage: str
    stage_label: str
    started_on: datetime.date
    status: str
    status_label: str
    target_value: None | str
    title: str
    unit: str
    version: int
    cost_saved: None | str | Unset = UNSET
    lesson_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.gate_out import GateOut # noqa: PLC0415
        from ..models.improvement_deliverable_out import ImprovementDeliverableOut # noqa: PLC0415
        baseline_metric = self.baseline_metric

        baseline_value: None | str
        baseline_value = self.baseline_value

        champion_name = self.champion_name

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        code = self.code

        days_saved: None | str
        days_saved = self.days_saved

        deliverables = []
        for deliverables_item_data in self.deliverables:
            deliverables_item = deliverables_item_data.to_dict()
            deliverables.append(deliverables_item)



        gates = []
        for gates_item_data in self.gates:
            gates_item = gates_item_data.to_dict()
            gates.append(gates_item)



        id = self.id

        method = self.method

        method_label = self.method_label

        owner_name = self.owner_name

        problem_statement = self.problem_statement

        project_code: None | str
        project_code = self.project_code

        result_measured_on: None | str
        if isinstance(self.result_measured_on, datetime.date):
            result_measured_on = self.result_measured_on.isoformat()
        else:
            result_measured_on = self.result_measured_on

        result_value: None | str
        result_value = self.result_value

        rft_points: None | str
        rft_points = self.rft_points

        site_name = self.site_name

        sponsor_id: int | None
        sponsor_id = self.sponsor_id

        stage = self.stage

        stage_label = self.stage_label

        started_on = self.started_on.isoformat()

        status = self.status

        status_label = self.status_label

        target_value: None | str
        target_value = self.target_value

        title = self.title

        unit = self.unit

        version = self.version

        cost_saved: None | str | Unset
        if isinstance(self.cost_saved, Unset):
            cost_saved = UNSET
        else:
            cost_saved = self.cost_saved

        lesson_id: int | None | Unset
        if isinstance(self.lesson_id, Unset):
            lesson_id = UNSET
        else:
            lesson_id = self.lesson_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "baseline_metric": baseline_metric,
            "baseline_value": baseline_value,
            "champion_name": champion_name,
            "closed_on": closed_on,
            "code": code,
            "days_saved": days_saved,
            "deliverables": deliverables,
            "gates": gates,
            "id": id,
            "method": method,
            "method_label": method_label,
            "owner_name": owner_name,
            "problem_statement": problem_statement,
            "project_code": project_code,
            "result_measured_on": result_measured_on,
            "result_value": result_value,
            "rft_points": rft_points,
            "site_name": site_name,
            "sponsor_id": sponsor_id,
            "stage": stage,
            "stage_label": stage_label,
            "started_on": started_on,
            "status": status,
            "status_label": status_label,
            "target_value": target_value,
            "title": title,
            "unit": unit,
            "version": version,
        })
        if cost_saved is not UNSET:
            field_dict["cost_saved"] = cost_saved
        if lesson_id is not UNSET:
            field_dict["lesson_id"] = lesson_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gate_out import GateOut # noqa: PLC0415
        from ..models.improvement_deliverable_out import ImprovementDeliverableOut # noqa: PLC0415
        d = dict(src_dict)
        baseline_metric = d.pop("baseline_metric")

        def _parse_baseline_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        baseline_value = _parse_baseline_value(d.pop("baseline_value"))


        champion_name = d.pop("champion_name")

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)



                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))


        code = d.pop("code")

        def _parse_days_saved(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        days_saved = _parse_days_saved(d.pop("days_saved"))


        deliverables = []
        _deliverables = d.pop("deliverables")
        for deliverables_item_data in (_deliverables):
            deliverables_item = ImprovementDeliverableOut.from_dict(deliverables_item_data)



            deliverables.append(deliverables_item)


        gates = []
        _gates = d.pop("gates")
        for gates_item_data in (_gates):
            gates_item = GateOut.from_dict(gates_item_data)



            gates.append(gates_item)


        id = d.pop("id")

        method = d.pop("method")

        method_label = d.pop("method_label")

        owner_name = d.pop("owner_name")

        problem_statement = d.pop("problem_statement")

        def _parse_project_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_code = _parse_project_code(d.pop("project_code"))


        def _parse_result_measured_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                result_measured_on_type_0 = datetime.date.fromisoformat(data)



                return result_measured_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        result_measured_on = _parse_result_measured_on(d.pop("result_measured_on"))


        def _parse_result_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result_value = _parse_result_value(d.pop("result_value"))


        def _parse_rft_points(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rft_points = _parse_rft_points(d.pop("rft_points"))


        site_name = d.pop("site_name")

        def _parse_sponsor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id"))


        stage = d.pop("stage")

        stage_label = d.pop("stage_label")

        started_on = datetime.date.fromisoformat(d.pop("started_on"))




        status = d.pop("status")

        status_label = d.pop("status_label")

        def _parse_target_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_value = _parse_target_value(d.pop("target_value"))


        title = d.pop("title")

        unit = d.pop("unit")

        version = d.pop("version")

        def _parse_cost_saved(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_saved = _parse_cost_saved(d.pop("cost_saved", UNSET))


        def _parse_lesson_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        lesson_id = _parse_lesson_id(d.pop("lesson_id", UNSET))


        initiative_out = cls(
            baseline_metric=baseline_metric,
            baseline_value=baseline_value,
            champion_name=champion_name,
            closed_on=closed_on,
            code=code,
            days_saved=days_saved,
            deliverables=deliverables,
            gates=gates,
            id=id,
            method=method,
            method_label=method_label,
            owner_name=owner_name,
            problem_statement=problem_statement,
            project_code=project_code,
            result_measured_on=result_measured_on,
            result_value=result_value,
            rft_points=rft_points,
            site_name=site_name,
            sponsor_id=sponsor_id,
            stage=stage,
            stage_label=stage_label,
            started_on=started_on,
            status=status,
            status_label=status_label,
            target_value=target_value,
            title=title,
            unit=unit,
            version=version,
            cost_saved=cost_saved,
            lesson_id=lesson_id,
        )


        initiative_out.additional_properties = d
        return initiative_out

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
