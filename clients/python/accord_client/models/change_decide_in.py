from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sponsor_approval_decision import SponsorApprovalDecision
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ChangeDecideIn")



@_attrs_define
class ChangeDecideIn:
    """ 
        Attributes:
            decision (SponsorApprovalDecision):
            password (str):
            username (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            comment (str | Unset): Required to reject Default: ''.
            version (int | None | Unset): The version you read (or If-Match)
     """

    decision: SponsorApprovalDecision
    password: str
    username: str
    acknowledge: bool | Unset = False
    comment: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        password = self.password

        username = self.username

        acknowledge = self.acknowledge

        comment = self.comment

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decision": decision,
            "password": password,
            "username": username,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if comment is not UNSET:
            field_dict["comment"] = comment
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = SponsorApprovalDecision(d.pop("decision"))




        password = d.pop("password")

        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        change_decide_in = cls(
            decision=decision,
            password=password,
            username=username,
            acknowledge=acknowledge,
            comment=comment,
            version=version,
        )

        return change_decide_in

