from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deviation_request_kind import DeviationRequestKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RequestIn")



@_attrs_define
class RequestIn:
    """ 
        Attributes:
            justification (str):
            kind (DeviationRequestKind):
            new_due_date (datetime.date | None | Unset):
     """

    justification: str
    kind: DeviationRequestKind
    new_due_date: datetime.date | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        justification = self.justification

        kind = self.kind.value

        new_due_date: None | str | Unset
        if isinstance(self.new_due_date, Unset):
            new_due_date = UNSET
        elif isinstance(self.new_due_date, datetime.date):
            new_due_date = self.new_due_date.isoformat()
        else:
            new_due_date = self.new_due_date


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "justification": justification,
            "kind": kind,
        })
        if new_due_date is not UNSET:
            field_dict["new_due_date"] = new_due_date

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        justification = d.pop("justification")

        kind = DeviationRequestKind(d.pop("kind"))




        def _parse_new_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                new_due_date_type_0 = datetime.date.fromisoformat(data)



                return new_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        new_due_date = _parse_new_due_date(d.pop("new_due_date", UNSET))


        request_in = cls(
            justification=justification,
            kind=kind,
            new_due_date=new_due_date,
        )

        return request_in

