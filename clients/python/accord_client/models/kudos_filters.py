from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kudos_category import KudosCategory
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="KudosFilters")



@_attrs_define
class KudosFilters:
    """ 
        Attributes:
            category (KudosCategory | None | Unset):
            q (None | str | Unset): Words of the message or a name
            recipient_id (int | None | Unset): Only kudos to this CDMO person
            since (datetime.date | None | Unset): Given on this day or later
            sponsor_id (int | None | Unset): Only kudos from this sponsor's people
            until (datetime.date | None | Unset): Given on this day or earlier
     """

    category: KudosCategory | None | Unset = UNSET
    q: None | str | Unset = UNSET
    recipient_id: int | None | Unset = UNSET
    since: datetime.date | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    until: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, KudosCategory):
            category = self.category.value
        else:
            category = self.category

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        recipient_id: int | None | Unset
        if isinstance(self.recipient_id, Unset):
            recipient_id = UNSET
        else:
            recipient_id = self.recipient_id

        since: None | str | Unset
        if isinstance(self.since, Unset):
            since = UNSET
        elif isinstance(self.since, datetime.date):
            since = self.since.isoformat()
        else:
            since = self.since

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        until: None | str | Unset
        if isinstance(self.until, Unset):
            until = UNSET
        elif isinstance(self.until, datetime.date):
            until = self.until.isoformat()
        else:
            until = self.until


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if category is not UNSET:
            field_dict["category"] = category
        if q is not UNSET:
            field_dict["q"] = q
        if recipient_id is not UNSET:
            field_dict["recipient_id"] = recipient_id
        if since is not UNSET:
            field_dict["since"] = since
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if until is not UNSET:
            field_dict["until"] = until

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_category(data: object) -> KudosCategory | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = KudosCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KudosCategory | None | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        def _parse_recipient_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        recipient_id = _parse_recipient_id(d.pop("recipient_id", UNSET))


        def _parse_since(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                since_type_0 = datetime.date.fromisoformat(data)



                return since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        since = _parse_since(d.pop("since", UNSET))


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        def _parse_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                until_type_0 = datetime.date.fromisoformat(data)



                return until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        until = _parse_until(d.pop("until", UNSET))


        kudos_filters = cls(
            category=category,
            q=q,
            recipient_id=recipient_id,
            since=since,
            sponsor_id=sponsor_id,
            until=until,
        )


        kudos_filters.additional_properties = d
        return kudos_filters

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
