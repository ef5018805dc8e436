from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.scorecard_detail_out_criteria_item import ScorecardDetailOutCriteriaItem





T = TypeVar("T", bound="ScorecardDetailOut")



@_attrs_define
class ScorecardDetailOut:
    """ 
        Attributes:
            criteria (list[ScorecardDetailOutCriteriaItem]): Each criterion with its formula, weight, target, score and the
                variables it read (staff also get each variable's evidence)
            frozen_at (datetime.datetime):
            id (int):
            perform (float | None):
            period_end (datetime.date):
            period_kind (str):
            period_label (str):
            period_start (datetime.date):
            scope_key (str):
            scope_kind (str):
            scope_label (str):
            score (float | None):
            signed_at (datetime.datetime | None):
            signed_by (None | str):
            standing (str):
            standing_colour (str):
            state (str):
            template_id (int):
            template_name (str):
            transform (float | None):
            version (int):
     """

    criteria: list[ScorecardDetailOutCriteriaItem]
    frozen_at: datetime.datetime
    id: int
    perform: float | None
    period_end: datetime.date
    period_kind: str
    period_label: str
    period_start: datetime.date
    scope_key: str
    scope_kind: str
    scope_label: str
    score: float | None
    signed_at: datetime.datetime | None
    signed_by: None | str
    standing: str
    standing_colour: str
    state: str
    template_id: int
    template_name: str
    transform: float | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard_detail_out_criteria_item import ScorecardDetailOutCriteriaItem # noqa: PLC0415
        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)



        frozen_at = self.frozen_at.isoformat()

        id = self.id

        perform: float | None
        perform = self.perform

        period_end = self.period_end.isoformat()

        period_kind = self.period_kind

        period_label = self.period_label

        period_start = self.period_start.isoformat()

        scope_key = self.scope_key

        scope_kind = self.scope_kind

        scope_label = self.scope_label

        score: float | None
        score = self.score

        signed_at: None | str
        if isinstance(self.signed_at, datetime.datetime):
            signed_at = self.signed_at.isoformat()
        else:
            signed_at = self.signed_at

        signed_by: None | str
        signed_by = self.signed_by

        standing = self.standing

        standing_colour = self.standing_colour

        state = self.state

        template_id = self.template_id

        template_name = self.template_name

        transform: float | None
        transform = self.transform

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "criteria": criteria,
            "frozen_at": frozen_at,
            "id": id,
            "perform": perform,
            "period_end": period_end,
            "period_kind": period_kind,
            "period_label": period_label,
            "period_start": period_start,
            "scope_key": scope_key,
            "scope_kind": scope_kind,
            "scope_label": scope_label,
            "score": score,
            "signed_at": signed_at,
            "signed_by": signed_by,
            "standing": standing,
            "standing_colour": standing_colour,
            "state": state,
            "template_id": template_id,
            "template_name": template_name,
            "transform": transform,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_detail_out_criteria_item import ScorecardDetailOutCriteriaItem # noqa: PLC0415
        d = dict(src_dict)
        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in (_criteria):
            criteria_item = ScorecardDetailOutCriteriaItem.from_dict(criteria_item_data)



            criteria.append(criteria_item)


        frozen_at = datetime.datetime.fromisoformat(d.pop("frozen_at"))




        id = d.pop("id")

        def _parse_perform(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        perform = _parse_perform(d.pop("perform"))


        period_end = datetime.date.fromisoformat(d.pop("period_end"))




        period_kind = d.pop("period_kind")

        period_label = d.pop("period_label")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))




        scope_key = d.pop("scope_key")

        scope_kind = d.pop("scope_kind")

        scope_label = d.pop("scope_label")

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))


        def _parse_signed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_at_type_0 = datetime.datetime.fromisoformat(data)



                return signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        signed_at = _parse_signed_at(d.pop("signed_at"))


        def _parse_signed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        signed_by = _parse_signed_by(d.pop("signed_by"))


        standing = d.pop("standing")

        standing_colour = d.pop("standing_colour")

        state = d.pop("state")

        template_id = d.pop("template_id")

        template_name = d.pop("template_name")

        def _parse_transform(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        transform = _parse_transform(d.pop("transform"))


        version = d.pop("version")

        scorecard_detail_out = cls(
            criteria=criteria,
            frozen_at=frozen_at,
            id=id,
            perform=perform,
            period_end=period_end,
            period_kind=period_kind,
            period_label=period_label,
            period_start=period_start,
            scope_key=scope_key,
            scope_kind=scope_kind,
            scope_label=scope_label,
            score=score,
            signed_at=signed_at,
            signed_by=signed_by,
            standing=standing,
            standing_colour=standing_colour,
            state=state,
            template_id=template_id,
            template_name=template_name,
            transform=transform,
            version=version,
        )


        scorecard_detail_out.additional_properties = d
        return scorecard_detail_out

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
