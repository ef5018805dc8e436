from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.other_batch_out import OtherBatchOut





T = TypeVar("T", bound="InvestigationOut")



@_attrs_define
class InvestigationOut:
    """ 
        Attributes:
            analysis (str):
            approved_at (datetime.datetime | None):
            conclusion (str):
            method (str):
            method_label (str):
            other_batches (list[OtherBatchOut]):
            preliminary_summary (str):
            product_impact (str):
            root_cause (str):
            root_cause_category (str):
            root_cause_label (str):
            team (list[str]):
     """

    analysis: str
    approved_at: datetime.datetime | None
    conclusion: str
    method: str
    method_label: str
    other_batches: list[OtherBatchOut]
    preliminary_summary: str
    product_impact: str
    root_cause: str
    root_cause_category: str
    root_cause_label: str
    team: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.other_batch_out import OtherBatchOut # noqa: PLC0415
        analysis = self.analysis

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        conclusion = self.conclusion

        method = self.method

        method_label = self.method_label

        other_batches = []
        for other_batches_item_data in self.other_batches:
            other_batches_item = other_batches_item_data.to_dict()
            other_batches.append(other_batches_item)



        preliminary_summary = self.preliminary_summary

        product_impact = self.product_impact

        root_cause = self.root_cause

        root_cause_category = self.root_cause_category

        root_cause_label = self.root_cause_label

        team = self.team




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "analysis": analysis,
            "approved_at": approved_at,
            "conclusion": conclusion,
            "method": method,
            "method_label": method_label,
            "other_batches": other_batches,
            "preliminary_summary": preliminary_summary,
            "product_impact": product_impact,
            "root_cause": root_cause,
            "root_cause_category": root_cause_category,
            "root_cause_label": root_cause_label,
            "team": team,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.other_batch_out import OtherBatchOut # noqa: PLC0415
        d = dict(src_dict)
        analysis = d.pop("analysis")

        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)



                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))


        conclusion = d.pop("conclusion")

        method = d.pop("method")

        method_label = d.pop("method_label")

        other_batches = []
        _other_batches = d.pop("other_batches")
        for other_batches_item_data in (_other_batches):
            other_batches_item = OtherBatchOut.from_dict(other_batches_item_data)



            other_batches.append(other_batches_item)


        preliminary_summary = d.pop("preliminary_summary")

        product_impact = d.pop("product_impact")

        root_cause = d.pop("root_cause")

        root_cause_category = d.pop("root_cause_category")

        root_cause_label = d.pop("root_cause_label")

        team = cast(list[str], d.pop("team"))


        investigation_out = cls(
            analysis=analysis,
            approved_at=approved_at,
            conclusion=conclusion,
            method=method,
            method_label=method_label,
            other_batches=other_batches,
            preliminary_summary=preliminary_summary,
            product_impact=product_impact,
            root_cause=root_cause,
            root_cause_category=root_cause_category,
            root_cause_label=root_cause_label,
            team=team,
        )


        investigation_out.additional_properties = d
        return investigation_out

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
