from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SurveyAnswerIn")



@_attrs_define
class SurveyAnswerIn:
    """ 
        Attributes:
            score (int): csat: 1 to 5; nps: 0 to 10
            capabilities (int | None | Unset):
            comment (str | Unset):  Default: ''.
            compatibility (int | None | Unset):
            expertise (int | None | Unset):
            quality (int | None | Unset):
            reason (str | Unset): Required for a satisfaction of 1 or 2 Default: ''.
            reliability (int | None | Unset):
            service (int | None | Unset):
     """

    score: int
    capabilities: int | None | Unset = UNSET
    comment: str | Unset = ''
    compatibility: int | None | Unset = UNSET
    expertise: int | None | Unset = UNSET
    quality: int | None | Unset = UNSET
    reason: str | Unset = ''
    reliability: int | None | Unset = UNSET
    service: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        score = self.score

        capabilities: int | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = self.capabilities

        comment = self.comment

        compatibility: int | None | Unset
        if isinstance(self.compatibility, Unset):
            compatibility = UNSET
        else:
            compatibility = self.compatibility

        expertise: int | None | Unset
        if isinstance(self.expertise, Unset):
            expertise = UNSET
        else:
            expertise = self.expertise

        quality: int | None | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        else:
            quality = self.quality

        reason = self.reason

        reliability: int | None | Unset
        if isinstance(self.reliability, Unset):
            reliability = UNSET
        else:
            reliability = self.reliability

        service: int | None | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        else:
            service = self.service


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "score": score,
        })
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if comment is not UNSET:
            field_dict["comment"] = comment
        if compatibility is not UNSET:
            field_dict["compatibility"] = compatibility
        if expertise is not UNSET:
            field_dict["expertise"] = expertise
        if quality is not UNSET:
            field_dict["quality"] = quality
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reliability is not UNSET:
            field_dict["reliability"] = reliability
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("score")

        def _parse_capabilities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))


        comment = d.pop("comment", UNSET)

        def _parse_compatibility(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        compatibility = _parse_compatibility(d.pop("compatibility", UNSET))


        def _parse_expertise(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expertise = _parse_expertise(d.pop("expertise", UNSET))


        def _parse_quality(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_reliability(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reliability = _parse_reliability(d.pop("reliability", UNSET))


        def _parse_service(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service = _parse_service(d.pop("service", UNSET))


        survey_answer_in = cls(
            score=score,
            capabilities=capabilities,
            comment=comment,
            compatibility=compatibility,
            expertise=expertise,
            quality=quality,
            reason=reason,
            reliability=reliability,
            service=service,
        )

        return survey_answer_in

