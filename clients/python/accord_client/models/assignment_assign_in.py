from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="AssignmentAssignIn")



@_attrs_define
class AssignmentAssignIn:
    """ 
        Attributes:
            person_id (int):
            role_on_task (str): e.g. Operator
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            override_reason (str | Unset): To override the gate (QA or a supervisor) Default: ''.
            password (str | Unset): To sign an override Default: ''.
            username (None | str | Unset): To sign an override
     """

    person_id: int
    role_on_task: str
    acknowledge: bool | Unset = False
    override_reason: str | Unset = ''
    password: str | Unset = ''
    username: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        person_id = self.person_id

        role_on_task = self.role_on_task

        acknowledge = self.acknowledge

        override_reason = self.override_reason

        password = self.password

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "person_id": person_id,
            "role_on_task": role_on_task,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if override_reason is not UNSET:
            field_dict["override_reason"] = override_reason
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        person_id = d.pop("person_id")

        role_on_task = d.pop("role_on_task")

        acknowledge = d.pop("acknowledge", UNSET)

        override_reason = d.pop("override_reason", UNSET)

        password = d.pop("password", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))


        assignment_assign_in = cls(
            person_id=person_id,
            role_on_task=role_on_task,
            acknowledge=acknowledge,
            override_reason=override_reason,
            password=password,
            username=username,
        )

        return assignment_assign_in

