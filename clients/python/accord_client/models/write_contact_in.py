from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.key_contact_decision_role import KeyContactDecisionRole
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="WriteContactIn")



@_attrs_define
class WriteContactIn:
    """ 
        Attributes:
            decision_role (KeyContactDecisionRole):
            name (str):
            email (str | Unset):  Default: ''.
            is_primary (bool | Unset): The first person we call (one per sponsor) Default: False.
            phone (str | Unset):  Default: ''.
            title (str | Unset):  Default: ''.
            user_id (int | None | Unset): Their portal account (of this sponsor)
     """

    decision_role: KeyContactDecisionRole
    name: str
    email: str | Unset = ''
    is_primary: bool | Unset = False
    phone: str | Unset = ''
    title: str | Unset = ''
    user_id: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decision_role = self.decision_role.value

        name = self.name

        email = self.email

        is_primary = self.is_primary

        phone = self.phone

        title = self.title

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision_role": decision_role,
            "name": name,
        })
        if email is not UNSET:
            field_dict["email"] = email
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if phone is not UNSET:
            field_dict["phone"] = phone
        if title is not UNSET:
            field_dict["title"] = title
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision_role = KeyContactDecisionRole(d.pop("decision_role"))




        name = d.pop("name")

        email = d.pop("email", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        phone = d.pop("phone", UNSET)

        title = d.pop("title", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))


        write_contact_in = cls(
            decision_role=decision_role,
            name=name,
            email=email,
            is_primary=is_primary,
            phone=phone,
            title=title,
            user_id=user_id,
        )

        return write_contact_in

