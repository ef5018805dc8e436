from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.loss_reason import LossReason
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LoseIn")



@_attrs_define
class LoseIn:
    """ 
        Attributes:
            reasons (list[LossReason]):
            competitor (str | Unset):  Default: ''.
            data_says (str | Unset):  Default: ''.
            decided_on (datetime.date | None | Unset):
            follow_up_on (datetime.date | None | Unset): A follow-up for the owner then
            lessons (str | Unset):  Default: ''.
            other_note (str | Unset):  Default: ''.
     """

    reasons: list[LossReason]
    competitor: str | Unset = ''
    data_says: str | Unset = ''
    decided_on: datetime.date | None | Unset = UNSET
    follow_up_on: datetime.date | None | Unset = UNSET
    lessons: str | Unset = ''
    other_note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.value
            reasons.append(reasons_item)



        competitor = self.competitor

        data_says = self.data_says

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        follow_up_on: None | str | Unset
        if isinstance(self.follow_up_on, Unset):
            follow_up_on = UNSET
        elif isinstance(self.follow_up_on, datetime.date):
            follow_up_on = self.follow_up_on.isoformat()
        else:
            follow_up_on = self.follow_up_on

        lessons = self.lessons

        other_note = self.other_note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reasons": reasons,
        })
        if competitor is not UNSET:
            field_dict["competitor"] = competitor
        if data_says is not UNSET:
            field_dict["data_says"] = data_says
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if follow_up_on is not UNSET:
            field_dict["follow_up_on"] = follow_up_on
        if lessons is not UNSET:
            field_dict["lessons"] = lessons
        if other_note is not UNSET:
            field_dict["other_note"] = other_note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = LossReason(reasons_item_data)



            reasons.append(reasons_item)


        competitor = d.pop("competitor", UNSET)

        data_says = d.pop("data_says", UNSET)

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)



                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))


        def _parse_follow_up_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                follow_up_on_type_0 = datetime.date.fromisoformat(data)



                return follow_up_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        follow_up_on = _parse_follow_up_on(d.pop("follow_up_on", UNSET))


        lessons = d.pop("lessons", UNSET)

        other_note = d.pop("other_note", UNSET)

        lose_in = cls(
            reasons=reasons,
            competitor=competitor,
            data_says=data_says,
            decided_on=decided_on,
            follow_up_on=follow_up_on,
            lessons=lessons,
            other_note=other_note,
        )

        return lose_in

