from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_run_in_distribution import RiskRunInDistribution
from ..models.risk_run_in_iterations import RiskRunInIterations
from ..types import UNSET, Unset






T = TypeVar("T", bound="RiskRunIn")



@_attrs_define
class RiskRunIn:
    """ 
        Attributes:
            distribution (RiskRunInDistribution | Unset):  Default: RiskRunInDistribution.PERT.
            iterations (RiskRunInIterations | Unset):  Default: RiskRunInIterations.VALUE_10000.
            seed (int | Unset):  Default: 42.
     """

    distribution: RiskRunInDistribution | Unset = RiskRunInDistribution.PERT
    iterations: RiskRunInIterations | Unset = RiskRunInIterations.VALUE_10000
    seed: int | Unset = 42





    def to_dict(self) -> dict[str, Any]:
        distribution: str | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.value


        iterations: int | Unset = UNSET
        if not isinstance(self.iterations, Unset):
            iterations = self.iterations.value


        seed = self.seed


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _distribution = d.pop("distribution", UNSET)
        distribution: RiskRunInDistribution | Unset
        if isinstance(_distribution,  Unset):
            distribution = UNSET
        else:
            distribution = RiskRunInDistribution(_distribution)




        _iterations = d.pop("iterations", UNSET)
        iterations: RiskRunInIterations | Unset
        if isinstance(_iterations,  Unset):
            iterations = UNSET
        else:
            iterations = RiskRunInIterations(_iterations)




        seed = d.pop("seed", UNSET)

        risk_run_in = cls(
            distribution=distribution,
            iterations=iterations,
            seed=seed,
        )

        return risk_run_in

