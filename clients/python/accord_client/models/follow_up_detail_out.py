from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="FollowUpDetailOut")



@_attrs_define
class FollowUpDetailOut:
    """ 
        Attributes:
            closed_by_name (None | str):
            created_at (datetime.datetime):
            description (str):
            done_on (datetime.date | None):
            due_on (datetime.date):
            id (int):
            interaction_id (int | None):
            is_done (bool):
            owner_id (int):
            owner_name (str):
            sponsor_id (int):
     """

    closed_by_name: None | str
    created_at: datetime.datetime
    description: str
    done_on: datetime.date | None
    due_on: datetime.date
    id: int
    interaction_id: int | None
    is_done: bool
    owner_id: int
    owner_name: str
    sponsor_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        closed_by_name: None | str
        closed_by_name = self.closed_by_name

        created_at = self.created_at.isoformat()

        description = self.description

        done_on: None | str
        if isinstance(self.done_on, datetime.date):
            done_on = self.done_on.isoformat()
        else:
            done_on = self.done_on

        due_on = self.due_on.isoformat()

        id = self.id

        interaction_id: int | None
        interaction_id = self.interaction_id

        is_done = self.is_done

        owner_id = self.owner_id

        owner_name = self.owner_name

        sponsor_id = self.sponsor_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "closed_by_name": closed_by_name,
            "created_at": created_at,
            "description": description,
            "done_on": done_on,
            "due_on": due_on,
            "id": id,
            "interaction_id": interaction_id,
            "is_done": is_done,
            "owner_id": owner_id,
            "owner_name": owner_name,
            "sponsor_id": sponsor_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_closed_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_by_name = _parse_closed_by_name(d.pop("closed_by_name"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        description = d.pop("description")

        def _parse_done_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_on_type_0 = datetime.date.fromisoformat(data)



                return done_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        done_on = _parse_done_on(d.pop("done_on"))


        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        id = d.pop("id")

        def _parse_interaction_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        interaction_id = _parse_interaction_id(d.pop("interaction_id"))


        is_done = d.pop("is_done")

        owner_id = d.pop("owner_id")

        owner_name = d.pop("owner_name")

        sponsor_id = d.pop("sponsor_id")

        follow_up_detail_out = cls(
            closed_by_name=closed_by_name,
            created_at=created_at,
            description=description,
            done_on=done_on,
            due_on=due_on,
            id=id,
            interaction_id=interaction_id,
            is_done=is_done,
            owner_id=owner_id,
            owner_name=owner_name,
            sponsor_id=sponsor_id,
        )


        follow_up_detail_out.additional_properties = d
        return follow_up_detail_out

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
