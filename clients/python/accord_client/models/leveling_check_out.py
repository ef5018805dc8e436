from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.leveling_check_out_suggested_reason_type_0 import LevelingCheckOutSuggestedReasonType0
  from ..models.leveling_check_out_to_start_earlier_item import LevelingCheckOutToStartEarlierItem
  from ..models.wait_out import WaitOut





T = TypeVar("T", bound="LevelingCheckOut")



@_attrs_define
class LevelingCheckOut:
    """ 
        Attributes:
            capacity_finish (datetime.date | None):
            desired_delivery (datetime.date | None):
            desired_start (datetime.date | None):
            earliest_start (datetime.date | None):
            free_finish (datetime.date | None):
            id (int):
            meets_delivery (bool | None):
            p50 (datetime.date):
            p80 (datetime.date):
            requested_at (datetime.datetime):
            requested_by_name (str):
            revision_id (int):
            site_id (int):
            site_name (str):
            sponsor_text (str):
            suggested_reason (LevelingCheckOutSuggestedReasonType0 | None):
            to_start_earlier (list[LevelingCheckOutToStartEarlierItem]):
            waits (list[WaitOut]):
     """

    capacity_finish: datetime.date | None
    desired_delivery: datetime.date | None
    desired_start: datetime.date | None
    earliest_start: datetime.date | None
    free_finish: datetime.date | None
    id: int
    meets_delivery: bool | None
    p50: datetime.date
    p80: datetime.date
    requested_at: datetime.datetime
    requested_by_name: str
    revision_id: int
    site_id: int
    site_name: str
    sponsor_text: str
    suggested_reason: LevelingCheckOutSuggestedReasonType0 | None
    to_start_earlier: list[LevelingCheckOutToStartEarlierItem]
    waits: list[WaitOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.leveling_check_out_suggested_reason_type_0 import LevelingCheckOutSuggestedReasonType0 # noqa: PLC0415
        from ..models.leveling_check_out_to_start_earlier_item import LevelingCheckOutToStartEarlierItem # noqa: PLC0415
        from ..models.wait_out import WaitOut # noqa: PLC0415
        capacity_finish: None | str
        if isinstance(self.capacity_finish, datetime.date):
            capacity_finish = self.capacity_finish.isoformat()
        else:
            capacity_finish = self.capacity_finish

        desired_delivery: None | str
        if isinstance(self.desired_delivery, datetime.date):
            desired_delivery = self.desired_delivery.isoformat()
        else:
            desired_delivery = self.desired_delivery

        desired_start: None | str
        if isinstance(self.desired_start, datetime.date):
            desired_start = self.desired_start.isoformat()
        else:
            desired_start = self.desired_start

        earliest_start: None | str
        if isinstance(self.earliest_start, datetime.date):
            earliest_start = self.earliest_start.isoformat()
        else:
            earliest_start = self.earliest_start

        free_finish: None | str
        if isinstance(self.free_finish, datetime.date):
            free_finish = self.free_finish.isoformat()
        else:
            free_finish = self.free_finish

        id = self.id

        meets_delivery: bool | None
        meets_delivery = self.meets_delivery

        p50 = self.p50.isoformat()

        p80 = self.p80.isoformat()

        requested_at = self.requested_at.isoformat()

        requested_by_name = self.requested_by_name

        revision_id = self.revision_id

        site_id = self.site_id

        site_name = self.site_name

        sponsor_text = self.sponsor_text

        suggested_reason: dict[str, Any] | None
        if isinstance(self.suggested_reason, LevelingCheckOutSuggestedReasonType0):
            suggested_reason = self.suggested_reason.to_dict()
        else:
            suggested_reason = self.suggested_reason

        to_start_earlier = []
        for to_start_earlier_item_data in self.to_start_earlier:
            to_start_earlier_item = to_start_earlier_item_data.to_dict()
            to_start_earlier.append(to_start_earlier_item)



        waits = []
        for waits_item_data in self.waits:
            waits_item = waits_item_data.to_dict()
            waits.append(waits_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "capacity_finish": capacity_finish,
            "desired_delivery": desired_delivery,
            "desired_start": desired_start,
            "earliest_start": earliest_start,
            "free_finish": free_finish,
            "id": id,
            "meets_delivery": meets_delivery,
            "p50": p50,
            "p80": p80,
            "requested_at": requested_at,
            "requested_by_name": requested_by_name,
            "revision_id": revision_id,
            "site_id": site_id,
            "site_name": site_name,
            "sponsor_text": sponsor_text,
            "suggested_reason": suggested_reason,
            "to_start_earlier": to_start_earlier,
            "waits": waits,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leveling_check_out_suggested_reason_type_0 import LevelingCheckOutSuggestedReasonType0 # noqa: PLC0415
        from ..models.leveling_check_out_to_start_earlier_item import LevelingCheckOutToStartEarlierItem # noqa: PLC0415
        from ..models.wait_out import WaitOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_capacity_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                capacity_finish_type_0 = datetime.date.fromisoformat(data)



                return capacity_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        capacity_finish = _parse_capacity_finish(d.pop("capacity_finish"))


        def _parse_desired_delivery(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                desired_delivery_type_0 = datetime.date.fromisoformat(data)



                return desired_delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        desired_delivery = _parse_desired_delivery(d.pop("desired_delivery"))


        def _parse_desired_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                desired_start_type_0 = datetime.date.fromisoformat(data)



                return desired_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        desired_start = _parse_desired_start(d.pop("desired_start"))


        def _parse_earliest_start(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earliest_start_type_0 = datetime.date.fromisoformat(data)



                return earliest_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        earliest_start = _parse_earliest_start(d.pop("earliest_start"))


        def _parse_free_finish(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                free_finish_type_0 = datetime.date.fromisoformat(data)



                return free_finish_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        free_finish = _parse_free_finish(d.pop("free_finish"))


        id = d.pop("id")

        def _parse_meets_delivery(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        meets_delivery = _parse_meets_delivery(d.pop("meets_delivery"))


        p50 = datetime.date.fromisoformat(d.pop("p50"))




        p80 = datetime.date.fromisoformat(d.pop("p80"))




        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))




        requested_by_name = d.pop("requested_by_name")

        revision_id = d.pop("revision_id")

        site_id = d.pop("site_id")

        site_name = d.pop("site_name")

        sponsor_text = d.pop("sponsor_text")

        def _parse_suggested_reason(data: object) -> LevelingCheckOutSuggestedReasonType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suggested_reason_type_0 = LevelingCheckOutSuggestedReasonType0.from_dict(data)



                return suggested_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LevelingCheckOutSuggestedReasonType0 | None, data)

        suggested_reason = _parse_suggested_reason(d.pop("suggested_reason"))


        to_start_earlier = []
        _to_start_earlier = d.pop("to_start_earlier")
        for to_start_earlier_item_data in (_to_start_earlier):
            to_start_earlier_item = LevelingCheckOutToStartEarlierItem.from_dict(to_start_earlier_item_data)



            to_start_earlier.append(to_start_earlier_item)


        waits = []
        _waits = d.pop("waits")
        for waits_item_data in (_waits):
            waits_item = WaitOut.from_dict(waits_item_data)



            waits.append(waits_item)


        leveling_check_out = cls(
            capacity_finish=capacity_finish,
            desired_delivery=desired_delivery,
            desired_start=desired_start,
            earliest_start=earliest_start,
            free_finish=free_finish,
            id=id,
            meets_delivery=meets_delivery,
            p50=p50,
            p80=p80,
            requested_at=requested_at,
            requested_by_name=requested_by_name,
            revision_id=revision_id,
            site_id=site_id,
            site_name=site_name,
            sponsor_text=sponsor_text,
            suggested_reason=suggested_reason,
            to_start_earlier=to_start_earlier,
            waits=waits,
        )


        leveling_check_out.additional_properties = d
        return leveling_check_out

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
