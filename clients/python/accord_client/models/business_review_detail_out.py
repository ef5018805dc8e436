from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.publication_status import PublicationStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.business_review_detail_out_content import BusinessReviewDetailOutContent
  from ..models.review_comment_out import ReviewCommentOut
  from ..models.review_signature_out import ReviewSignatureOut





T = TypeVar("T", bound="BusinessReviewDetailOut")



@_attrs_define
class BusinessReviewDetailOut:
    """ 
        Attributes:
            comments (list[ReviewCommentOut]):
            content (BusinessReviewDetailOutContent): The snapshot the review shows, frozen once published
            content_taken_at (datetime.datetime):
            highlights (str):
            id (int):
            issues (str):
            last_changes (list[str]): What the last regeneration changed
            outlook (str):
            published_at (datetime.datetime | None):
            published_by (None | str):
            quarter (str): Q3 2026
            quarter_start (datetime.date):
            reference (str):
            signatures (list[ReviewSignatureOut]):
            sponsor_id (int):
            sponsor_name (str):
            status (PublicationStatus):
            summary (str):
            version (int):
     """

    comments: list[ReviewCommentOut]
    content: BusinessReviewDetailOutContent
    content_taken_at: datetime.datetime
    highlights: str
    id: int
    issues: str
    last_changes: list[str]
    outlook: str
    published_at: datetime.datetime | None
    published_by: None | str
    quarter: str
    quarter_start: datetime.date
    reference: str
    signatures: list[ReviewSignatureOut]
    sponsor_id: int
    sponsor_name: str
    status: PublicationStatus
    summary: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.business_review_detail_out_content import BusinessReviewDetailOutContent # noqa: PLC0415
        from ..models.review_comment_out import ReviewCommentOut # noqa: PLC0415
        from ..models.review_signature_out import ReviewSignatureOut # noqa: PLC0415
        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)



        content = self.content.to_dict()

        content_taken_at = self.content_taken_at.isoformat()

        highlights = self.highlights

        id = self.id

        issues = self.issues

        last_changes = self.last_changes



        outlook = self.outlook

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        quarter = self.quarter

        quarter_start = self.quarter_start.isoformat()

        reference = self.reference

        signatures = []
        for signatures_item_data in self.signatures:
            signatures_item = signatures_item_data.to_dict()
            signatures.append(signatures_item)



        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        status = self.status.value

        summary = self.summary

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comments": comments,
            "content": content,
            "content_taken_at": content_taken_at,
            "highlights": highlights,
            "id": id,
            "issues": issues,
            "last_changes": last_changes,
            "outlook": outlook,
            "published_at": published_at,
            "published_by": published_by,
            "quarter": quarter,
            "quarter_start": quarter_start,
            "reference": reference,
            "signatures": signatures,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "status": status,
            "summary": summary,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.business_review_detail_out_content import BusinessReviewDetailOutContent # noqa: PLC0415
        from ..models.review_comment_out import ReviewCommentOut # noqa: PLC0415
        from ..models.review_signature_out import ReviewSignatureOut # noqa: PLC0415
        d = dict(src_dict)
        comments = []
        _comments = d.pop("comments")
        for comments_item_data in (_comments):
            comments_item = ReviewCommentOut.from_dict(comments_item_data)



            comments.append(comments_item)


        content = BusinessReviewDetailOutContent.from_dict(d.pop("content"))




        content_taken_at = datetime.datetime.fromisoformat(d.pop("content_taken_at"))




        highlights = d.pop("highlights")

        id = d.pop("id")

        issues = d.pop("issues")

        last_changes = cast(list[str], d.pop("last_changes"))


        outlook = d.pop("outlook")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))


        quarter = d.pop("quarter")

        quarter_start = datetime.date.fromisoformat(d.pop("quarter_start"))




        reference = d.pop("reference")

        signatures = []
        _signatures = d.pop("signatures")
        for signatures_item_data in (_signatures):
            signatures_item = ReviewSignatureOut.from_dict(signatures_item_data)



            signatures.append(signatures_item)


        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        status = PublicationStatus(d.pop("status"))




        summary = d.pop("summary")

        version = d.pop("version")

        business_review_detail_out = cls(
            comments=comments,
            content=content,
            content_taken_at=content_taken_at,
            highlights=highlights,
            id=id,
            issues=issues,
            last_changes=last_changes,
            outlook=outlook,
            published_at=published_at,
            published_by=published_by,
            quarter=quarter,
            quarter_start=quarter_start,
            reference=reference,
            signatures=signatures,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            status=status,
            summary=summary,
            version=version,
        )


        business_review_detail_out.additional_properties = d
        return business_review_detail_out

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
