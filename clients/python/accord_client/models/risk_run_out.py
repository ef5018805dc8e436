from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_run_out_distribution import RiskRunOutDistribution
from ..models.simulation_status import SimulationStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.risk_result_out import RiskResultOut





T = TypeVar("T", bound="RiskRunOut")



@_attrs_define
class RiskRunOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            distribution (RiskRunOutDistribution):
            distribution_label (str):
            done_iterations (int):
            error (str):
            finished_at (datetime.datetime | None):
            id (int):
            iterations (int):
            percent (int): Progress, 0 to 100
            project_id (int):
            requested_by_name (str):
            result (None | RiskResultOut):
            seed (int):
            started_at (datetime.datetime | None):
            status (SimulationStatus):
            status_label (str):
            task_count (int):
     """

    created_at: datetime.datetime
    distribution: RiskRunOutDistribution
    distribution_label: str
    done_iterations: int
    error: str
    finished_at: datetime.datetime | None
    id: int
    iterations: int
    percent: int
    project_id: int
    requested_by_name: str
    result: None | RiskResultOut
    seed: int
    started_at: datetime.datetime | None
    status: SimulationStatus
    status_label: str
    task_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_result_out import RiskResultOut # noqa: PLC0415
        created_at = self.created_at.isoformat()

        distribution = self.distribution.value

        distribution_label = self.distribution_label

        done_iterations = self.done_iterations

        error = self.error

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        iterations = self.iterations

        percent = self.percent

        project_id = self.project_id

        requested_by_name = self.requested_by_name

        result: dict[str, Any] | None
        if isinstance(self.result, RiskResultOut):
            result = self.result.to_dict()
        else:
            result = self.result

        seed = self.seed

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        status_label = self.status_label

        task_count = self.task_count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "distribution": distribution,
            "distribution_label": distribution_label,
            "done_iterations": done_iterations,
            "error": error,
            "finished_at": finished_at,
            "id": id,
            "iterations": iterations,
            "percent": percent,
            "project_id": project_id,
            "requested_by_name": requested_by_name,
            "result": result,
            "seed": seed,
            "started_at": started_at,
            "status": status,
            "status_label": status_label,
            "task_count": task_count,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_result_out import RiskResultOut # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        distribution = RiskRunOutDistribution(d.pop("distribution"))




        distribution_label = d.pop("distribution_label")

        done_iterations = d.pop("done_iterations")

        error = d.pop("error")

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        id = d.pop("id")

        iterations = d.pop("iterations")

        percent = d.pop("percent")

        project_id = d.pop("project_id")

        requested_by_name = d.pop("requested_by_name")

        def _parse_result(data: object) -> None | RiskResultOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                result_type_0 = RiskResultOut.from_dict(data)



                return result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskResultOut, data)

        result = _parse_result(d.pop("result"))


        seed = d.pop("seed")

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)



                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))


        status = SimulationStatus(d.pop("status"))




        status_label = d.pop("status_label")

        task_count = d.pop("task_count")

        risk_run_out = cls(
            created_at=created_at,
            distribution=distribution,
            distribution_label=distribution_label,
            done_iterations=done_iterations,
            error=error,
            finished_at=finished_at,
            id=id,
            iterations=iterations,
            percent=percent,
            project_id=project_id,
            requested_by_name=requested_by_name,
            result=result,
            seed=seed,
            started_at=started_at,
            status=status,
            status_label=status_label,
            task_count=task_count,
        )


        risk_run_out.additional_properties = d
        return risk_run_out

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
