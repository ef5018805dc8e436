from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.risk_driver_out import RiskDriverOut
  from ..models.risk_result_out_percentiles import RiskResultOutPercentiles





T = TypeVar("T", bound="RiskResultOut")



@_attrs_define
class RiskResultOut:
    """ 
        Attributes:
            deterministic_finish (datetime.date):
            drivers (list[RiskDriverOut]):
            iterations (int):
            percentiles (RiskResultOutPercentiles): P10 ... P90 finish dates
            probability (float | None): Chance of finishing by the target
            seconds (float):
            target (datetime.date | None):
     """

    deterministic_finish: datetime.date
    drivers: list[RiskDriverOut]
    iterations: int
    percentiles: RiskResultOutPercentiles
    probability: float | None
    seconds: float
    target: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.risk_driver_out import RiskDriverOut # noqa: PLC0415
        from ..models.risk_result_out_percentiles import RiskResultOutPercentiles # noqa: PLC0415
        deterministic_finish = self.deterministic_finish.isoformat()

        drivers = []
        for drivers_item_data in self.drivers:
            drivers_item = drivers_item_data.to_dict()
            drivers.append(drivers_item)



        iterations = self.iterations

        percentiles = self.percentiles.to_dict()

        probability: float | None
        probability = self.probability

        seconds = self.seconds

        target: None | str
        if isinstance(self.target, datetime.date):
            target = self.target.isoformat()
        else:
            target = self.target


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deterministic_finish": deterministic_finish,
            "drivers": drivers,
            "iterations": iterations,
            "percentiles": percentiles,
            "probability": probability,
            "seconds": seconds,
            "target": target,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.risk_driver_out import RiskDriverOut # noqa: PLC0415
        from ..models.risk_result_out_percentiles import RiskResultOutPercentiles # noqa: PLC0415
        d = dict(src_dict)
        deterministic_finish = datetime.date.fromisoformat(d.pop("deterministic_finish"))




        drivers = []
        _drivers = d.pop("drivers")
        for drivers_item_data in (_drivers):
            drivers_item = RiskDriverOut.from_dict(drivers_item_data)



            drivers.append(drivers_item)


        iterations = d.pop("iterations")

        percentiles = RiskResultOutPercentiles.from_dict(d.pop("percentiles"))




        def _parse_probability(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        probability = _parse_probability(d.pop("probability"))


        seconds = d.pop("seconds")

        def _parse_target(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_type_0 = datetime.date.fromisoformat(data)



                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        target = _parse_target(d.pop("target"))


        risk_result_out = cls(
            deterministic_finish=deterministic_finish,
            drivers=drivers,
            iterations=iterations,
            percentiles=percentiles,
            probability=probability,
            seconds=seconds,
            target=target,
        )


        risk_result_out.additional_properties = d
        return risk_result_out

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
