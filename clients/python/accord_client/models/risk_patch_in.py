from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.risk_category import RiskCategory
from ..models.risk_status import RiskStatus
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RiskPatchIn")



@_attrs_define
class RiskPatchIn:
    """ Send only what changes. Closing is its own action (``/close``); a closed risk
    changes, or reopens (``status``), only with a ``reason``.

        Attributes:
            affected_task_ids (list[int] | None | Unset):
            category (None | RiskCategory | Unset):
            cause (None | str | Unset):
            contingency_plan (None | str | Unset):
            contingency_trigger (None | str | Unset):
            effect (None | str | Unset):
            impact (int | None | Unset):
            likelihood (int | None | Unset):
            mitigation_plan (None | str | Unset):
            next_review_date (datetime.date | None | Unset):
            owner_id (int | None | Unset):
            reason (str | Unset):  Default: ''.
            shared_with_sponsor (bool | None | Unset):
            status (None | RiskStatus | Unset):
            title (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match)
     """

    affected_task_ids: list[int] | None | Unset = UNSET
    category: None | RiskCategory | Unset = UNSET
    cause: None | str | Unset = UNSET
    contingency_plan: None | str | Unset = UNSET
    contingency_trigger: None | str | Unset = UNSET
    effect: None | str | Unset = UNSET
    impact: int | None | Unset = UNSET
    likelihood: int | None | Unset = UNSET
    mitigation_plan: None | str | Unset = UNSET
    next_review_date: datetime.date | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    reason: str | Unset = ''
    shared_with_sponsor: bool | None | Unset = UNSET
    status: None | RiskStatus | Unset = UNSET
    title: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        affected_task_ids: list[int] | None | Unset
        if isinstance(self.affected_task_ids, Unset):
            affected_task_ids = UNSET
        elif isinstance(self.affected_task_ids, list):
            affected_task_ids = self.affected_task_ids


        else:
            affected_task_ids = self.affected_task_ids

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, RiskCategory):
            category = self.category.value
        else:
            category = self.category

        cause: None | str | Unset
        if isinstance(self.cause, Unset):
            cause = UNSET
        else:
            cause = self.cause

        contingency_plan: None | str | Unset
        if isinstance(self.contingency_plan, Unset):
            contingency_plan = UNSET
        else:
            contingency_plan = self.contingency_plan

        contingency_trigger: None | str | Unset
        if isinstance(self.contingency_trigger, Unset):
            contingency_trigger = UNSET
        else:
            contingency_trigger = self.contingency_trigger

        effect: None | str | Unset
        if isinstance(self.effect, Unset):
            effect = UNSET
        else:
            effect = self.effect

        impact: int | None | Unset
        if isinstance(self.impact, Unset):
            impact = UNSET
        else:
            impact = self.impact

        likelihood: int | None | Unset
        if isinstance(self.likelihood, Unset):
            likelihood = UNSET
        else:
            likelihood = self.likelihood

        mitigation_plan: None | str | Unset
        if isinstance(self.mitigation_plan, Unset):
            mitigation_plan = UNSET
        else:
            mitigation_plan = self.mitigation_plan

        next_review_date: None | str | Unset
        if isinstance(self.next_review_date, Unset):
            next_review_date = UNSET
        elif isinstance(self.next_review_date, datetime.date):
            next_review_date = self.next_review_date.isoformat()
        else:
            next_review_date = self.next_review_date

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        reason = self.reason

        shared_with_sponsor: bool | None | Unset
        if isinstance(self.shared_with_sponsor, Unset):
            shared_with_sponsor = UNSET
        else:
            shared_with_sponsor = self.shared_with_sponsor

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RiskStatus):
            status = self.status.value
        else:
            status = self.status

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if affected_task_ids is not UNSET:
            field_dict["affected_task_ids"] = affected_task_ids
        if category is not UNSET:
            field_dict["category"] = category
        if cause is not UNSET:
            field_dict["cause"] = cause
        if contingency_plan is not UNSET:
            field_dict["contingency_plan"] = contingency_plan
        if contingency_trigger is not UNSET:
            field_dict["contingency_trigger"] = contingency_trigger
        if effect is not UNSET:
            field_dict["effect"] = effect
        if impact is not UNSET:
            field_dict["impact"] = impact
        if likelihood is not UNSET:
            field_dict["likelihood"] = likelihood
        if mitigation_plan is not UNSET:
            field_dict["mitigation_plan"] = mitigation_plan
        if next_review_date is not UNSET:
            field_dict["next_review_date"] = next_review_date
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if shared_with_sponsor is not UNSET:
            field_dict["shared_with_sponsor"] = shared_with_sponsor
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_affected_task_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                affected_task_ids_type_0 = cast(list[int], data)

                return affected_task_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        affected_task_ids = _parse_affected_task_ids(d.pop("affected_task_ids", UNSET))


        def _parse_category(data: object) -> None | RiskCategory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = RiskCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskCategory | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        def _parse_cause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cause = _parse_cause(d.pop("cause", UNSET))


        def _parse_contingency_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contingency_plan = _parse_contingency_plan(d.pop("contingency_plan", UNSET))


        def _parse_contingency_trigger(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contingency_trigger = _parse_contingency_trigger(d.pop("contingency_trigger", UNSET))


        def _parse_effect(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        effect = _parse_effect(d.pop("effect", UNSET))


        def _parse_impact(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        impact = _parse_impact(d.pop("impact", UNSET))


        def _parse_likelihood(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        likelihood = _parse_likelihood(d.pop("likelihood", UNSET))


        def _parse_mitigation_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mitigation_plan = _parse_mitigation_plan(d.pop("mitigation_plan", UNSET))


        def _parse_next_review_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_review_date_type_0 = datetime.date.fromisoformat(data)



                return next_review_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_review_date = _parse_next_review_date(d.pop("next_review_date", UNSET))


        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_shared_with_sponsor(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        shared_with_sponsor = _parse_shared_with_sponsor(d.pop("shared_with_sponsor", UNSET))


        def _parse_status(data: object) -> None | RiskStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = RiskStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        risk_patch_in = cls(
            affected_task_ids=affected_task_ids,
            category=category,
            cause=cause,
            contingency_plan=contingency_plan,
            contingency_trigger=contingency_trigger,
            effect=effect,
            impact=impact,
            likelihood=likelihood,
            mitigation_plan=mitigation_plan,
            next_review_date=next_review_date,
            owner_id=owner_id,
            reason=reason,
            shared_with_sponsor=shared_with_sponsor,
            status=status,
            title=title,
            version=version,
        )

        return risk_patch_in

