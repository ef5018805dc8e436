from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.batch_status import BatchStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="BatchIn")



@_attrs_define
class BatchIn:
    """ 
        Attributes:
            manufactured_on (datetime.date):
            number (str):
            project_id (int):
            product (str | Unset): Empty: the project's molecule Default: ''.
            status (BatchStatus | Unset):  Default: BatchStatus.IN_PROCESS.
     """

    manufactured_on: datetime.date
    number: str
    project_id: int
    product: str | Unset = ''
    status: BatchStatus | Unset = BatchStatus.IN_PROCESS





    def to_dict(self) -> dict[str, Any]:
        manufactured_on = self.manufactured_on.isoformat()

        number = self.number

        project_id = self.project_id

        product = self.product

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "manufactured_on": manufactured_on,
            "number": number,
            "project_id": project_id,
        })
        if product is not UNSET:
            field_dict["product"] = product
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        manufactured_on = datetime.date.fromisoformat(d.pop("manufactured_on"))




        number = d.pop("number")

        project_id = d.pop("project_id")

        product = d.pop("product", UNSET)

        _status = d.pop("status", UNSET)
        status: BatchStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = BatchStatus(_status)




        batch_in = cls(
            manufactured_on=manufactured_on,
            number=number,
            project_id=project_id,
            product=product,
            status=status,
        )

        return batch_in

