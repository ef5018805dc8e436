from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.bulk_item_in_op import BulkItemInOp
from ..models.dependency_type import DependencyType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.bulk_task_fields import BulkTaskFields





T = TypeVar("T", bound="BulkItemIn")



@_attrs_define
class BulkItemIn:
    """ 
        Attributes:
            op (BulkItemInOp):
            fields (BulkTaskFields | None | Unset): task_create, task_update
            lag_days (int | Unset):  Default: 0.
            link_id (int | None | Unset): link_remove
            predecessor_id (int | None | Unset):
            predecessor_ref (None | str | Unset):
            ref (None | str | Unset): task_create: a name later items use for this task
            successor_id (int | None | Unset):
            successor_ref (None | str | Unset):
            task_id (int | None | Unset): task_update
            type_ (DependencyType | Unset):  Default: DependencyType.FS.
            version (int | None | Unset): task_update: the version read
     """

    op: BulkItemInOp
    fields: BulkTaskFields | None | Unset = UNSET
    lag_days: int | Unset = 0
    link_id: int | None | Unset = UNSET
    predecessor_id: int | None | Unset = UNSET
    predecessor_ref: None | str | Unset = UNSET
    ref: None | str | Unset = UNSET
    successor_id: int | None | Unset = UNSET
    successor_ref: None | str | Unset = UNSET
    task_id: int | None | Unset = UNSET
    type_: DependencyType | Unset = DependencyType.FS
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_task_fields import BulkTaskFields # noqa: PLC0415
        op = self.op.value

        fields: dict[str, Any] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, BulkTaskFields):
            fields = self.fields.to_dict()
        else:
            fields = self.fields

        lag_days = self.lag_days

        link_id: int | None | Unset
        if isinstance(self.link_id, Unset):
            link_id = UNSET
        else:
            link_id = self.link_id

        predecessor_id: int | None | Unset
        if isinstance(self.predecessor_id, Unset):
            predecessor_id = UNSET
        else:
            predecessor_id = self.predecessor_id

        predecessor_ref: None | str | Unset
        if isinstance(self.predecessor_ref, Unset):
            predecessor_ref = UNSET
        else:
            predecessor_ref = self.predecessor_ref

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        successor_id: int | None | Unset
        if isinstance(self.successor_id, Unset):
            successor_id = UNSET
        else:
            successor_id = self.successor_id

        successor_ref: None | str | Unset
        if isinstance(self.successor_ref, Unset):
            successor_ref = UNSET
        else:
            successor_ref = self.successor_ref

        task_id: int | None | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value


        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "op": op,
        })
        if fields is not UNSET:
            field_dict["fields"] = fields
        if lag_days is not UNSET:
            field_dict["lag_days"] = lag_days
        if link_id is not UNSET:
            field_dict["link_id"] = link_id
        if predecessor_id is not UNSET:
            field_dict["predecessor_id"] = predecessor_id
        if predecessor_ref is not UNSET:
            field_dict["predecessor_ref"] = predecessor_ref
        if ref is not UNSET:
            field_dict["ref"] = ref
        if successor_id is not UNSET:
            field_dict["successor_id"] = successor_id
        if successor_ref is not UNSET:
            field_dict["successor_ref"] = successor_ref
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_task_fields import BulkTaskFields # noqa: PLC0415
        d = dict(src_dict)
        op = BulkItemInOp(d.pop("op"))




        def _parse_fields(data: object) -> BulkTaskFields | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fields_type_0 = BulkTaskFields.from_dict(data)



                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkTaskFields | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))


        lag_days = d.pop("lag_days", UNSET)

        def _parse_link_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        link_id = _parse_link_id(d.pop("link_id", UNSET))


        def _parse_predecessor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        predecessor_id = _parse_predecessor_id(d.pop("predecessor_id", UNSET))


        def _parse_predecessor_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        predecessor_ref = _parse_predecessor_ref(d.pop("predecessor_ref", UNSET))


        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))


        def _parse_successor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        successor_id = _parse_successor_id(d.pop("successor_id", UNSET))


        def _parse_successor_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        successor_ref = _parse_successor_ref(d.pop("successor_ref", UNSET))


        def _parse_task_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        task_id = _parse_task_id(d.pop("task_id", UNSET))


        _type_ = d.pop("type", UNSET)
        type_: DependencyType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = DependencyType(_type_)




        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        bulk_item_in = cls(
            op=op,
            fields=fields,
            lag_days=lag_days,
            link_id=link_id,
            predecessor_id=predecessor_id,
            predecessor_ref=predecessor_ref,
            ref=ref,
            successor_id=successor_id,
            successor_ref=successor_ref,
            task_id=task_id,
            type_=type_,
            version=version,
        )

        return bulk_item_in

