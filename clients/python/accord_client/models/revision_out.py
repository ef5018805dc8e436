from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.proposal_revision_status import ProposalRevisionStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.comment_out import CommentOut
  from ..models.proposal_milestone_out import ProposalMilestoneOut
  from ..models.scope_item_out import ScopeItemOut
  from ..models.signature_out import SignatureOut
  from ..models.timeline_out import TimelineOut





T = TypeVar("T", bound="RevisionOut")



@_attrs_define
class RevisionOut:
    """ 
        Attributes:
            comments (list[CommentOut]):
            currency (str):
            id (int):
            milestones (list[ProposalMilestoneOut]):
            proposal_id (int):
            proposal_number (str):
            reference (str):
            scope_items (list[ScopeItemOut]):
            sent_on (datetime.date | None):
            signatures (list[SignatureOut]):
            status (ProposalRevisionStatus):
            summary (str):
            timeline (None | TimelineOut):
            total (str):
            valid_until (datetime.date | None):
            version (int):
     """

    comments: list[CommentOut]
    currency: str
    id: int
    milestones: list[ProposalMilestoneOut]
    proposal_id: int
    proposal_number: str
    reference: str
    scope_items: list[ScopeItemOut]
    sent_on: datetime.date | None
    signatures: list[SignatureOut]
    status: ProposalRevisionStatus
    summary: str
    timeline: None | TimelineOut
    total: str
    valid_until: datetime.date | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.comment_out import CommentOut # noqa: PLC0415
        from ..models.proposal_milestone_out import ProposalMilestoneOut # noqa: PLC0415
        from ..models.scope_item_out import ScopeItemOut # noqa: PLC0415
        from ..models.signature_out import SignatureOut # noqa: PLC0415
        from ..models.timeline_out import TimelineOut # noqa: PLC0415
        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)



        currency = self.currency

        id = self.id

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)



        proposal_id = self.proposal_id

        proposal_number = self.proposal_number

        reference = self.reference

        scope_items = []
        for scope_items_item_data in self.scope_items:
            scope_items_item = scope_items_item_data.to_dict()
            scope_items.append(scope_items_item)



        sent_on: None | str
        if isinstance(self.sent_on, datetime.date):
            sent_on = self.sent_on.isoformat()
        else:
            sent_on = self.sent_on

        signatures = []
        for signatures_item_data in self.signatures:
            signatures_item = signatures_item_data.to_dict()
            signatures.append(signatures_item)



        status = self.status.value

        summary = self.summary

        timeline: dict[str, Any] | None
        if isinstance(self.timeline, TimelineOut):
            timeline = self.timeline.to_dict()
        else:
            timeline = self.timeline

        total = self.total

        valid_until: None | str
        if isinstance(self.valid_until, datetime.date):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comments": comments,
            "currency": currency,
            "id": id,
            "milestones": milestones,
            "proposal_id": proposal_id,
            "proposal_number": proposal_number,
            "reference": reference,
            "scope_items": scope_items,
            "sent_on": sent_on,
            "signatures": signatures,
            "status": status,
            "summary": summary,
            "timeline": timeline,
            "total": total,
            "valid_until": valid_until,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comment_out import CommentOut # noqa: PLC0415
        from ..models.proposal_milestone_out import ProposalMilestoneOut # noqa: PLC0415
        from ..models.scope_item_out import ScopeItemOut # noqa: PLC0415
        from ..models.signature_out import SignatureOut # noqa: PLC0415
        from ..models.timeline_out import TimelineOut # noqa: PLC0415
        d = dict(src_dict)
        comments = []
        _comments = d.pop("comments")
        for comments_item_data in (_comments):
            comments_item = CommentOut.from_dict(comments_item_data)



            comments.append(comments_item)


        currency = d.pop("currency")

        id = d.pop("id")

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in (_milestones):
            milestones_item = ProposalMilestoneOut.from_dict(milestones_item_data)



            milestones.append(milestones_item)


        proposal_id = d.pop("proposal_id")

        proposal_number = d.pop("proposal_number")

        reference = d.pop("reference")

        scope_items = []
        _scope_items = d.pop("scope_items")
        for scope_items_item_data in (_scope_items):
            scope_items_item = ScopeItemOut.from_dict(scope_items_item_data)



            scope_items.append(scope_items_item)


        def _parse_sent_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_on_type_0 = datetime.date.fromisoformat(data)



                return sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        sent_on = _parse_sent_on(d.pop("sent_on"))


        signatures = []
        _signatures = d.pop("signatures")
        for signatures_item_data in (_signatures):
            signatures_item = SignatureOut.from_dict(signatures_item_data)



            signatures.append(signatures_item)


        status = ProposalRevisionStatus(d.pop("status"))




        summary = d.pop("summary")

        def _parse_timeline(data: object) -> None | TimelineOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timeline_type_0 = TimelineOut.from_dict(data)



                return timeline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimelineOut, data)

        timeline = _parse_timeline(d.pop("timeline"))


        total = d.pop("total")

        def _parse_valid_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.date.fromisoformat(data)



                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_until = _parse_valid_until(d.pop("valid_until"))


        version = d.pop("version")

        revision_out = cls(
            comments=comments,
            currency=currency,
            id=id,
            milestones=milestones,
            proposal_id=proposal_id,
            proposal_number=proposal_number,
            reference=reference,
            scope_items=scope_items,
            sent_on=sent_on,
            signatures=signatures,
            status=status,
            summary=summary,
            timeline=timeline,
            total=total,
            valid_until=valid_until,
            version=version,
        )


        revision_out.additional_properties = d
        return revision_out

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
