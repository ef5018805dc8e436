from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OjtSignIn")



@_attrs_define
class OjtSignIn:
    """ 
        Attributes:
            password (str):
            username (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            comments (list[str] | None | Unset): The trainer: a comment per step
            observed (list[bool] | None | Unset): The trainer: one mark per step, all true (the trainee sends none)
            version (int | None | Unset): The version you read (or If-Match)
     """

    password: str
    username: str
    acknowledge: bool | Unset = False
    comments: list[str] | None | Unset = UNSET
    observed: list[bool] | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        password = self.password

        username = self.username

        acknowledge = self.acknowledge

        comments: list[str] | None | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        elif isinstance(self.comments, list):
            comments = self.comments


        else:
            comments = self.comments

        observed: list[bool] | None | Unset
        if isinstance(self.observed, Unset):
            observed = UNSET
        elif isinstance(self.observed, list):
            observed = self.observed


        else:
            observed = self.observed

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "password": password,
            "username": username,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if comments is not UNSET:
            field_dict["comments"] = comments
        if observed is not UNSET:
            field_dict["observed"] = observed
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        username = d.pop("username")

        acknowledge = d.pop("acknowledge", UNSET)

        def _parse_comments(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                comments_type_0 = cast(list[str], data)

                return comments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))


        def _parse_observed(data: object) -> list[bool] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                observed_type_0 = cast(list[bool], data)

                return observed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[bool] | None | Unset, data)

        observed = _parse_observed(d.pop("observed", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        ojt_sign_in = cls(
            password=password,
            username=username,
            acknowledge=acknowledge,
            comments=comments,
            observed=observed,
            version=version,
        )

        return ojt_sign_in

