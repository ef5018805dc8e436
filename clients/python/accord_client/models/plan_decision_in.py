from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_outcome import DecisionOutcome
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PlanDecisionIn")



@_attrs_define
class PlanDecisionIn:
    """ 
        Attributes:
            decided_on (datetime.date):
            options (str):
            outcome (DecisionOutcome):
            rationale (str):
            acknowledge (bool | Unset): Acknowledge that your electronic signature is binding (once) Default: False.
            password (str | Unset): Your password, to sign Default: ''.
            username (None | str | Unset): Your user id, to sign
     """

    decided_on: datetime.date
    options: str
    outcome: DecisionOutcome
    rationale: str
    acknowledge: bool | Unset = False
    password: str | Unset = ''
    username: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        decided_on = self.decided_on.isoformat()

        options = self.options

        outcome = self.outcome.value

        rationale = self.rationale

        acknowledge = self.acknowledge

        password = self.password

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "decided_on": decided_on,
            "options": options,
            "outcome": outcome,
            "rationale": rationale,
        })
        if acknowledge is not UNSET:
            field_dict["acknowledge"] = acknowledge
        if password is not UNSET:
            field_dict["password"] = password
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))




        options = d.pop("options")

        outcome = DecisionOutcome(d.pop("outcome"))




        rationale = d.pop("rationale")

        acknowledge = d.pop("acknowledge", UNSET)

        password = d.pop("password", UNSET)

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))


        plan_decision_in = cls(
            decided_on=decided_on,
            options=options,
            outcome=outcome,
            rationale=rationale,
            acknowledge=acknowledge,
            password=password,
            username=username,
        )

        return plan_decision_in

