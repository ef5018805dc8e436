from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CapaCheckOut")



@_attrs_define
class CapaCheckOut:
    """ 
        Attributes:
            checked_at (datetime.datetime | None):
            checked_by_name (None | str):
            due_date (datetime.date):
            evidence (str):
            rating (int | None):
            starts_on (datetime.date):
            success_criteria (str):
            verdict (str):
            verdict_label (str):
     """

    checked_at: datetime.datetime | None
    checked_by_name: None | str
    due_date: datetime.date
    evidence: str
    rating: int | None
    starts_on: datetime.date
    success_criteria: str
    verdict: str
    verdict_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        checked_at: None | str
        if isinstance(self.checked_at, datetime.datetime):
            checked_at = self.checked_at.isoformat()
        else:
            checked_at = self.checked_at

        checked_by_name: None | str
        checked_by_name = self.checked_by_name

        due_date = self.due_date.isoformat()

        evidence = self.evidence

        rating: int | None
        rating = self.rating

        starts_on = self.starts_on.isoformat()

        success_criteria = self.success_criteria

        verdict = self.verdict

        verdict_label = self.verdict_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked_at": checked_at,
            "checked_by_name": checked_by_name,
            "due_date": due_date,
            "evidence": evidence,
            "rating": rating,
            "starts_on": starts_on,
            "success_criteria": success_criteria,
            "verdict": verdict,
            "verdict_label": verdict_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_checked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                checked_at_type_0 = datetime.datetime.fromisoformat(data)



                return checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        checked_at = _parse_checked_at(d.pop("checked_at"))


        def _parse_checked_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        checked_by_name = _parse_checked_by_name(d.pop("checked_by_name"))


        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        evidence = d.pop("evidence")

        def _parse_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rating = _parse_rating(d.pop("rating"))


        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))




        success_criteria = d.pop("success_criteria")

        verdict = d.pop("verdict")

        verdict_label = d.pop("verdict_label")

        capa_check_out = cls(
            checked_at=checked_at,
            checked_by_name=checked_by_name,
            due_date=due_date,
            evidence=evidence,
            rating=rating,
            starts_on=starts_on,
            success_criteria=success_criteria,
            verdict=verdict,
            verdict_label=verdict_label,
        )


        capa_check_out.additional_properties = d
        return capa_check_out

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
