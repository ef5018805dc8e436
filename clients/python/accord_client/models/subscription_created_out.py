from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.webhook_event_type import WebhookEventType
from typing import cast
import datetime






T = TypeVar("T", bound="SubscriptionCreatedOut")



@_attrs_define
class SubscriptionCreatedOut:
    """ 
        Attributes:
            active (bool):
            created_at (datetime.datetime):
            description (str):
            disabled_at (datetime.datetime | None):
            disabled_reason (str):
            event_labels (list[str]):
            events (list[WebhookEventType]):
            failure_count (int): Failed delivery attempts in a row
            id (int):
            organization_id (int):
            organization_name (str):
            owner_id (int):
            owner_name (str):
            secret (str): The signing secret: shown in this answer only (and after a rotation)
            secret_hint (str): The last four characters of the signing secret
            updated_at (datetime.datetime):
            url (str):
            version (int):
     """

    active: bool
    created_at: datetime.datetime
    description: str
    disabled_at: datetime.datetime | None
    disabled_reason: str
    event_labels: list[str]
    events: list[WebhookEventType]
    failure_count: int
    id: int
    organization_id: int
    organization_name: str
    owner_id: int
    owner_name: str
    secret: str
    secret_hint: str
    updated_at: datetime.datetime
    url: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        active = self.active

        created_at = self.created_at.isoformat()

        description = self.description

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        disabled_reason = self.disabled_reason

        event_labels = self.event_labels



        events = []
        for events_item_data in self.events:
            events_item = events_item_data.value
            events.append(events_item)



        failure_count = self.failure_count

        id = self.id

        organization_id = self.organization_id

        organization_name = self.organization_name

        owner_id = self.owner_id

        owner_name = self.owner_name

        secret = self.secret

        secret_hint = self.secret_hint

        updated_at = self.updated_at.isoformat()

        url = self.url

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "active": active,
            "created_at": created_at,
            "description": description,
            "disabled_at": disabled_at,
            "disabled_reason": disabled_reason,
            "event_labels": event_labels,
            "events": events,
            "failure_count": failure_count,
            "id": id,
            "organization_id": organization_id,
            "organization_name": organization_name,
            "owner_id": owner_id,
            "owner_name": owner_name,
            "secret": secret,
            "secret_hint": secret_hint,
            "updated_at": updated_at,
            "url": url,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        description = d.pop("description")

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)



                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))


        disabled_reason = d.pop("disabled_reason")

        event_labels = cast(list[str], d.pop("event_labels"))


        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = WebhookEventType(events_item_data)



            events.append(events_item)


        failure_count = d.pop("failure_count")

        id = d.pop("id")

        organization_id = d.pop("organization_id")

        organization_name = d.pop("organization_name")

        owner_id = d.pop("owner_id")

        owner_name = d.pop("owner_name")

        secret = d.pop("secret")

        secret_hint = d.pop("secret_hint")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        url = d.pop("url")

        version = d.pop("version")

        subscription_created_out = cls(
            active=active,
            created_at=created_at,
            description=description,
            disabled_at=disabled_at,
            disabled_reason=disabled_reason,
            event_labels=event_labels,
            events=events,
            failure_count=failure_count,
            id=id,
            organization_id=organization_id,
            organization_name=organization_name,
            owner_id=owner_id,
            owner_name=owner_name,
            secret=secret,
            secret_hint=secret_hint,
            updated_at=updated_at,
            url=url,
            version=version,
        )


        subscription_created_out.additional_properties = d
        return subscription_created_out

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
