from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.loss_reason import LossReason
from typing import cast
import datetime






T = TypeVar("T", bound="PostmortemOut")



@_attrs_define
class PostmortemOut:
    """ 
        Attributes:
            competitor (str):
            data_says (str):
            follow_up_id (int | None):
            follow_up_on (datetime.date | None):
            lessons (str):
            other_note (str):
            reason_labels (list[str]):
            reasons (list[LossReason]):
     """

    competitor: str
    data_says: str
    follow_up_id: int | None
    follow_up_on: datetime.date | None
    lessons: str
    other_note: str
    reason_labels: list[str]
    reasons: list[LossReason]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        competitor = self.competitor

        data_says = self.data_says

        follow_up_id: int | None
        follow_up_id = self.follow_up_id

        follow_up_on: None | str
        if isinstance(self.follow_up_on, datetime.date):
            follow_up_on = self.follow_up_on.isoformat()
        else:
            follow_up_on = self.follow_up_on

        lessons = self.lessons

        other_note = self.other_note

        reason_labels = self.reason_labels



        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.value
            reasons.append(reasons_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "competitor": competitor,
            "data_says": data_says,
            "follow_up_id": follow_up_id,
            "follow_up_on": follow_up_on,
            "lessons": lessons,
            "other_note": other_note,
            "reason_labels": reason_labels,
            "reasons": reasons,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        competitor = d.pop("competitor")

        data_says = d.pop("data_says")

        def _parse_follow_up_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        follow_up_id = _parse_follow_up_id(d.pop("follow_up_id"))


        def _parse_follow_up_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_on_type_0 = datetime.date.fromisoformat(data)



                return follow_up_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        follow_up_on = _parse_follow_up_on(d.pop("follow_up_on"))


        lessons = d.pop("lessons")

        other_note = d.pop("other_note")

        reason_labels = cast(list[str], d.pop("reason_labels"))


        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = LossReason(reasons_item_data)



            reasons.append(reasons_item)


        postmortem_out = cls(
            competitor=competitor,
            data_says=data_says,
            follow_up_id=follow_up_id,
            follow_up_on=follow_up_on,
            lessons=lessons,
            other_note=other_note,
            reason_labels=reason_labels,
            reasons=reasons,
        )


        postmortem_out.additional_properties = d
        return postmortem_out

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
