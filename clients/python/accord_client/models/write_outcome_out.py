from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rfp_outcome_kind import RfpOutcomeKind
from ..models.rfp_status import RfpStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.postmortem_out import PostmortemOut





T = TypeVar("T", bound="WriteOutcomeOut")



@_attrs_define
class WriteOutcomeOut:
    """ 
        Attributes:
            decided_on (datetime.date):
            kind (RfpOutcomeKind):
            kind_label (str):
            postmortem (None | PostmortemOut):
            project_code (None | str):
            project_id (int | None): The project a win created
            reason (str):
            recorded_at (datetime.datetime):
            recorded_by_name (str):
            revision_id (int | None):
            revision_reference (None | str):
            rfp_id (int):
            rfp_number (str):
            rfp_status (RfpStatus):
     """

    decided_on: datetime.date
    kind: RfpOutcomeKind
    kind_label: str
    postmortem: None | PostmortemOut
    project_code: None | str
    project_id: int | None
    reason: str
    recorded_at: datetime.datetime
    recorded_by_name: str
    revision_id: int | None
    revision_reference: None | str
    rfp_id: int
    rfp_number: str
    rfp_status: RfpStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.postmortem_out import PostmortemOut # noqa: PLC0415
        decided_on = self.decided_on.isoformat()

        kind = self.kind.value

        kind_label = self.kind_label

        postmortem: dict[str, Any] | None
        if isinstance(self.postmortem, PostmortemOut):
            postmortem = self.postmortem.to_dict()
        else:
            postmortem = self.postmortem

        project_code: None | str
        project_code = self.project_code

        project_id: int | None
        project_id = self.project_id

        reason = self.reason

        recorded_at = self.recorded_at.isoformat()

        recorded_by_name = self.recorded_by_name

        revision_id: int | None
        revision_id = self.revision_id

        revision_reference: None | str
        revision_reference = self.revision_reference

        rfp_id = self.rfp_id

        rfp_number = self.rfp_number

        rfp_status = self.rfp_status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decided_on": decided_on,
            "kind": kind,
            "kind_label": kind_label,
            "postmortem": postmortem,
            "project_code": project_code,
            "project_id": project_id,
            "reason": reason,
            "recorded_at": recorded_at,
            "recorded_by_name": recorded_by_name,
            "revision_id": revision_id,
            "revision_reference": revision_reference,
            "rfp_id": rfp_id,
            "rfp_number": rfp_number,
            "rfp_status": rfp_status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.postmortem_out import PostmortemOut # noqa: PLC0415
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))




        kind = RfpOutcomeKind(d.pop("kind"))




        kind_label = d.pop("kind_label")

        def _parse_postmortem(data: object) -> None | PostmortemOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postmortem_type_0 = PostmortemOut.from_dict(data)



                return postmortem_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PostmortemOut, data)

        postmortem = _parse_postmortem(d.pop("postmortem"))


        def _parse_project_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_code = _parse_project_code(d.pop("project_code"))


        def _parse_project_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        project_id = _parse_project_id(d.pop("project_id"))


        reason = d.pop("reason")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by_name = d.pop("recorded_by_name")

        def _parse_revision_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        revision_id = _parse_revision_id(d.pop("revision_id"))


        def _parse_revision_reference(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revision_reference = _parse_revision_reference(d.pop("revision_reference"))


        rfp_id = d.pop("rfp_id")

        rfp_number = d.pop("rfp_number")

        rfp_status = RfpStatus(d.pop("rfp_status"))




        write_outcome_out = cls(
            decided_on=decided_on,
            kind=kind,
            kind_label=kind_label,
            postmortem=postmortem,
            project_code=project_code,
            project_id=project_id,
            reason=reason,
            recorded_at=recorded_at,
            recorded_by_name=recorded_by_name,
            revision_id=revision_id,
            revision_reference=revision_reference,
            rfp_id=rfp_id,
            rfp_number=rfp_number,
            rfp_status=rfp_status,
        )


        write_outcome_out.additional_properties = d
        return write_outcome_out

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
