from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.api_token_scope import ApiTokenScope
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TokenIn")



@_attrs_define
class TokenIn:
    """ 
        Attributes:
            name (str): After the script using it
            project_ids (list[int] | Unset): Limit it to some of the projects you see; empty: all
            scope (ApiTokenScope | Unset):  Default: ApiTokenScope.READ_ONLY.
     """

    name: str
    project_ids: list[int] | Unset = UNSET
    scope: ApiTokenScope | Unset = ApiTokenScope.READ_ONLY





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_ids: list[int] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids



        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if project_ids is not UNSET:
            field_dict["project_ids"] = project_ids
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        project_ids = cast(list[int], d.pop("project_ids", UNSET))


        _scope = d.pop("scope", UNSET)
        scope: ApiTokenScope | Unset
        if isinstance(_scope,  Unset):
            scope = UNSET
        else:
            scope = ApiTokenScope(_scope)




        token_in = cls(
            name=name,
            project_ids=project_ids,
            scope=scope,
        )

        return token_in

