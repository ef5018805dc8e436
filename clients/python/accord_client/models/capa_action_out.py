from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CapaActionOut")



@_attrs_define
class CapaActionOut:
    """ 
        Attributes:
            action_type (str):
            action_type_label (str):
            cancel_reason (str):
            description (str):
            done_at (datetime.datetime | None):
            due_date (datetime.date):
            evidence (str):
            evidence_file_name (str):
            id (int):
            owner_name (str):
            qa_approver_name (str):
            state (str):
            state_label (str):
            verified_at (datetime.datetime | None):
            version (int):
     """

    action_type: str
    action_type_label: str
    cancel_reason: str
    description: str
    done_at: datetime.datetime | None
    due_date: datetime.date
    evidence: str
    evidence_file_name: str
    id: int
    owner_name: str
    qa_approver_name: str
    state: str
    state_label: str
    verified_at: datetime.datetime | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        action_type = self.action_type

        action_type_label = self.action_type_label

        cancel_reason = self.cancel_reason

        description = self.description

        done_at: None | str
        if isinstance(self.done_at, datetime.datetime):
            done_at = self.done_at.isoformat()
        else:
            done_at = self.done_at

        due_date = self.due_date.isoformat()

        evidence = self.evidence

        evidence_file_name = self.evidence_file_name

        id = self.id

        owner_name = self.owner_name

        qa_approver_name = self.qa_approver_name

        state = self.state

        state_label = self.state_label

        verified_at: None | str
        if isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "action_type": action_type,
            "action_type_label": action_type_label,
            "cancel_reason": cancel_reason,
            "description": description,
            "done_at": done_at,
            "due_date": due_date,
            "evidence": evidence,
            "evidence_file_name": evidence_file_name,
            "id": id,
            "owner_name": owner_name,
            "qa_approver_name": qa_approver_name,
            "state": state,
            "state_label": state_label,
            "verified_at": verified_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_type = d.pop("action_type")

        action_type_label = d.pop("action_type_label")

        cancel_reason = d.pop("cancel_reason")

        description = d.pop("description")

        def _parse_done_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                done_at_type_0 = datetime.datetime.fromisoformat(data)



                return done_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        done_at = _parse_done_at(d.pop("done_at"))


        due_date = datetime.date.fromisoformat(d.pop("due_date"))




        evidence = d.pop("evidence")

        evidence_file_name = d.pop("evidence_file_name")

        id = d.pop("id")

        owner_name = d.pop("owner_name")

        qa_approver_name = d.pop("qa_approver_name")

        state = d.pop("state")

        state_label = d.pop("state_label")

        def _parse_verified_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)



                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        verified_at = _parse_verified_at(d.pop("verified_at"))


        version = d.pop("version")

        capa_action_out = cls(
            action_type=action_type,
            action_type_label=action_type_label,
            cancel_reason=cancel_reason,
            description=description,
            done_at=done_at,
            due_date=due_date,
            evidence=evidence,
            evidence_file_name=evidence_file_name,
            id=id,
            owner_name=owner_name,
            qa_approver_name=qa_approver_name,
            state=state,
            state_label=state_label,
            verified_at=verified_at,
            version=version,
        )


        capa_action_out.additional_properties = d
        return capa_action_out

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
