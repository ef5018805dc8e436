from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.webhook_delivery_state import WebhookDeliveryState
from ..models.webhook_event_type import WebhookEventType
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.attempt_out import AttemptOut
  from ..models.delivery_out_payload import DeliveryOutPayload





T = TypeVar("T", bound="DeliveryOut")



@_attrs_define
class DeliveryOut:
    """ 
        Attributes:
            attempt_count (int):
            attempts (list[AttemptOut]):
            created_at (datetime.datetime):
            event_id (UUID):
            event_type (WebhookEventType):
            event_type_label (str):
            id (int):
            last_status_code (int | None):
            next_attempt_at (datetime.datetime | None):
            payload (DeliveryOutPayload):
            state (WebhookDeliveryState):
            state_label (str):
            subscription_id (int):
     """

    attempt_count: int
    attempts: list[AttemptOut]
    created_at: datetime.datetime
    event_id: UUID
    event_type: WebhookEventType
    event_type_label: str
    id: int
    last_status_code: int | None
    next_attempt_at: datetime.datetime | None
    payload: DeliveryOutPayload
    state: WebhookDeliveryState
    state_label: str
    subscription_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.attempt_out import AttemptOut # noqa: PLC0415
        from ..models.delivery_out_payload import DeliveryOutPayload # noqa: PLC0415
        attempt_count = self.attempt_count

        attempts = []
        for attempts_item_data in self.attempts:
            attempts_item = attempts_item_data.to_dict()
            attempts.append(attempts_item)



        created_at = self.created_at.isoformat()

        event_id = str(self.event_id)

        event_type = self.event_type.value

        event_type_label = self.event_type_label

        id = self.id

        last_status_code: int | None
        last_status_code = self.last_status_code

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        payload = self.payload.to_dict()

        state = self.state.value

        state_label = self.state_label

        subscription_id = self.subscription_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attempt_count": attempt_count,
            "attempts": attempts,
            "created_at": created_at,
            "event_id": event_id,
            "event_type": event_type,
            "event_type_label": event_type_label,
            "id": id,
            "last_status_code": last_status_code,
            "next_attempt_at": next_attempt_at,
            "payload": payload,
            "state": state,
            "state_label": state_label,
            "subscription_id": subscription_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt_out import AttemptOut # noqa: PLC0415
        from ..models.delivery_out_payload import DeliveryOutPayload # noqa: PLC0415
        d = dict(src_dict)
        attempt_count = d.pop("attempt_count")

        attempts = []
        _attempts = d.pop("attempts")
        for attempts_item_data in (_attempts):
            attempts_item = AttemptOut.from_dict(attempts_item_data)



            attempts.append(attempts_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        event_id = UUID(d.pop("event_id"))




        event_type = WebhookEventType(d.pop("event_type"))




        event_type_label = d.pop("event_type_label")

        id = d.pop("id")

        def _parse_last_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_status_code = _parse_last_status_code(d.pop("last_status_code"))


        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))


        payload = DeliveryOutPayload.from_dict(d.pop("payload"))




        state = WebhookDeliveryState(d.pop("state"))




        state_label = d.pop("state_label")

        subscription_id = d.pop("subscription_id")

        delivery_out = cls(
            attempt_count=attempt_count,
            attempts=attempts,
            created_at=created_at,
            event_id=event_id,
            event_type=event_type,
            event_type_label=event_type_label,
            id=id,
            last_status_code=last_status_code,
            next_attempt_at=next_attempt_at,
            payload=payload,
            state=state,
            state_label=state_label,
            subscription_id=subscription_id,
        )


        delivery_out.additional_properties = d
        return delivery_out

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
