from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_category import RiskCategory
from ..models.risk_level import RiskLevel
from ..models.risk_status import RiskStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RiskFilters")



@_attrs_define
class RiskFilters:
    """ 
        Attributes:
            category (None | RiskCategory | Unset):
            impact (int | None | Unset):
            level (None | RiskLevel | Unset):
            likelihood (int | None | Unset):
            min_score (int | None | Unset): Score at least this
            status (None | RiskStatus | Unset):
     """

    category: None | RiskCategory | Unset = UNSET
    impact: int | None | Unset = UNSET
    level: None | RiskLevel | Unset = UNSET
    likelihood: int | None | Unset = UNSET
    min_score: int | None | Unset = UNSET
    status: None | RiskStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, RiskCategory):
            category = self.category.value
        else:
            category = self.category

        impact: int | None | Unset
        if isinstance(self.impact, Unset):
            impact = UNSET
        else:
            impact = self.impact

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        elif isinstance(self.level, RiskLevel):
            level = self.level.value
        else:
            level = self.level

        likelihood: int | None | Unset
        if isinstance(self.likelihood, Unset):
            likelihood = UNSET
        else:
            likelihood = self.likelihood

        min_score: int | None | Unset
        if isinstance(self.min_score, Unset):
            min_score = UNSET
        else:
            min_score = self.min_score

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RiskStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if category is not UNSET:
            field_dict["category"] = category
        if impact is not UNSET:
            field_dict["impact"] = impact
        if level is not UNSET:
            field_dict["level"] = level
        if likelihood is not UNSET:
            field_dict["likelihood"] = likelihood
        if min_score is not UNSET:
            field_dict["min_score"] = min_score
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_category(data: object) -> None | RiskCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = RiskCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskCategory | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_impact(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        impact = _parse_impact(d.pop("impact", UNSET))


        def _parse_level(data: object) -> None | RiskLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                level_type_0 = RiskLevel(data)



                return level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | Unset, data)

        level = _parse_level(d.pop("level", UNSET))


        def _parse_likelihood(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        likelihood = _parse_likelihood(d.pop("likelihood", UNSET))


        def _parse_min_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_score = _parse_min_score(d.pop("min_score", UNSET))


        def _parse_status(data: object) -> None | RiskStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RiskStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        risk_filters = cls(
            category=category,
            impact=impact,
            level=level,
            likelihood=likelihood,
            min_score=min_score,
            status=status,
        )


        risk_filters.additional_properties = d
        return risk_filters

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
