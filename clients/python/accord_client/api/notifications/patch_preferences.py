from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.preference_out import PreferenceOut
from ...models.preferences_in import PreferencesIn
from typing import cast



def _get_kwargs(
    *,
    body: PreferencesIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/notification-preferences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | list[PreferenceOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = PreferenceOut.from_dict(response_200_item_data)



            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

    if response.status_code == 413:
        response_413 = ErrorOut.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = ErrorOut.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | list[PreferenceOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreferencesIn,

) -> Response[ErrorOut | list[PreferenceOut]]:
    """ Change how you hear about some kinds of event

     Send only the kinds to change. Kinds: `proposal_review`, `proposal_reviewed`, `proposal_sent`,
    `proposal_answered`, `proposal_comment`, `rfp_submitted`, `change_order_decision`,
    `change_order_decided`, `change_order_incorporate`, `document_review`, `document_decided`,
    `action_item_assigned`, `action_item_due`, `action_item_overdue`, `risk_review_overdue`,
    `follow_up_due`, `status_report_published`, `business_review_published`, `business_review_comment`,
    `team_added`, `concern_raised`, `concern_news`, `concern_answered`, `concern_clock`,
    `kudos_received`, `kudos_to_your_team`, `survey_invitation`, `survey_low_score`, `job_finished`,
    `quality_agreement_to_approve`, `quality_agreement_approved`, `change_assessment_requested`,
    `change_plan_to_approve`, `change_decision_requested`, `change_sponsor_decided`,
    `deviation_to_approve`, `deviation_sent_back`, `training_assigned`, `training_due`,
    `training_quiz_failed`, `training_ojt_to_assess`, `competency_expiring`, `deviation_sponsor_notice`,
    `deviation_clock`, `capa_assigned`, `capa_action_assigned`, `capa_action_to_verify`,
    `capa_action_returned`, `capa_check_due`, `capa_not_effective`, `equipment_due`,
    `equipment_overdue`, `task_assigned`, `scorecard_to_sign`, `scorecard_published`,
    `initiative_owner`, `initiative_gate`, `five_s_action_due`, `five_s_action_overdue`,
    `lessons_review_required`, `lessons_review_submitted`, `leveling_proposed`, `leveling_applied`,
    `webhook_disabled`.

    Args:
        body (PreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | list[PreferenceOut]]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: PreferencesIn,

) -> ErrorOut | list[PreferenceOut] | None:
    """ Change how you hear about some kinds of event

     Send only the kinds to change. Kinds: `proposal_review`, `proposal_reviewed`, `proposal_sent`,
    `proposal_answered`, `proposal_comment`, `rfp_submitted`, `change_order_decision`,
    `change_order_decided`, `change_order_incorporate`, `document_review`, `document_decided`,
    `action_item_assigned`, `action_item_due`, `action_item_overdue`, `risk_review_overdue`,
    `follow_up_due`, `status_report_published`, `business_review_published`, `business_review_comment`,
    `team_added`, `concern_raised`, `concern_news`, `concern_answered`, `concern_clock`,
    `kudos_received`, `kudos_to_your_team`, `survey_invitation`, `survey_low_score`, `job_finished`,
    `quality_agreement_to_approve`, `quality_agreement_approved`, `change_assessment_requested`,
    `change_plan_to_approve`, `change_decision_requested`, `change_sponsor_decided`,
    `deviation_to_approve`, `deviation_sent_back`, `training_assigned`, `training_due`,
    `training_quiz_failed`, `training_ojt_to_assess`, `competency_expiring`, `deviation_sponsor_notice`,
    `deviation_clock`, `capa_assigned`, `capa_action_assigned`, `capa_action_to_verify`,
    `capa_action_returned`, `capa_check_due`, `capa_not_effective`, `equipment_due`,
    `equipment_overdue`, `task_assigned`, `scorecard_to_sign`, `scorecard_published`,
    `initiative_owner`, `initiative_gate`, `five_s_action_due`, `five_s_action_overdue`,
    `lessons_review_required`, `lessons_review_submitted`, `leveling_proposed`, `leveling_applied`,
    `webhook_disabled`.

    Args:
        body (PreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | list[PreferenceOut]
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreferencesIn,

) -> Response[ErrorOut | list[PreferenceOut]]:
    """ Change how you hear about some kinds of event

     Send only the kinds to change. Kinds: `proposal_review`, `proposal_reviewed`, `proposal_sent`,
    `proposal_answered`, `proposal_comment`, `rfp_submitted`, `change_order_decision`,
    `change_order_decided`, `change_order_incorporate`, `document_review`, `document_decided`,
    `action_item_assigned`, `action_item_due`, `action_item_overdue`, `risk_review_overdue`,
    `follow_up_due`, `status_report_published`, `business_review_published`, `business_review_comment`,
    `team_added`, `concern_raised`, `concern_news`, `concern_answered`, `concern_clock`,
    `kudos_received`, `kudos_to_your_team`, `survey_invitation`, `survey_low_score`, `job_finished`,
    `quality_agreement_to_approve`, `quality_agreement_approved`, `change_assessment_requested`,
    `change_plan_to_approve`, `change_decision_requested`, `change_sponsor_decided`,
    `deviation_to_approve`, `deviation_sent_back`, `training_assigned`, `training_due`,
    `training_quiz_failed`, `training_ojt_to_assess`, `competency_expiring`, `deviation_sponsor_notice`,
    `deviation_clock`, `capa_assigned`, `capa_action_assigned`, `capa_action_to_verify`,
    `capa_action_returned`, `capa_check_due`, `capa_not_effective`, `equipment_due`,
    `equipment_overdue`, `task_assigned`, `scorecard_to_sign`, `scorecard_published`,
    `initiative_owner`, `initiative_gate`, `five_s_action_due`, `five_s_action_overdue`,
    `lessons_review_required`, `lessons_review_submitted`, `leveling_proposed`, `leveling_applied`,
    `webhook_disabled`.

    Args:
        body (PreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | list[PreferenceOut]]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreferencesIn,

) -> ErrorOut | list[PreferenceOut] | None:
    """ Change how you hear about some kinds of event

     Send only the kinds to change. Kinds: `proposal_review`, `proposal_reviewed`, `proposal_sent`,
    `proposal_answered`, `proposal_comment`, `rfp_submitted`, `change_order_decision`,
    `change_order_decided`, `change_order_incorporate`, `document_review`, `document_decided`,
    `action_item_assigned`, `action_item_due`, `action_item_overdue`, `risk_review_overdue`,
    `follow_up_due`, `status_report_published`, `business_review_published`, `business_review_comment`,
    `team_added`, `concern_raised`, `concern_news`, `concern_answered`, `concern_clock`,
    `kudos_received`, `kudos_to_your_team`, `survey_invitation`, `survey_low_score`, `job_finished`,
    `quality_agreement_to_approve`, `quality_agreement_approved`, `change_assessment_requested`,
    `change_plan_to_approve`, `change_decision_requested`, `change_sponsor_decided`,
    `deviation_to_approve`, `deviation_sent_back`, `training_assigned`, `training_due`,
    `training_quiz_failed`, `training_ojt_to_assess`, `competency_expiring`, `deviation_sponsor_notice`,
    `deviation_clock`, `capa_assigned`, `capa_action_assigned`, `capa_action_to_verify`,
    `capa_action_returned`, `capa_check_due`, `capa_not_effective`, `equipment_due`,
    `equipment_overdue`, `task_assigned`, `scorecard_to_sign`, `scorecard_published`,
    `initiative_owner`, `initiative_gate`, `five_s_action_due`, `five_s_action_overdue`,
    `lessons_review_required`, `lessons_review_submitted`, `leveling_proposed`, `leveling_applied`,
    `webhook_disabled`.

    Args:
        body (PreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | list[PreferenceOut]
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
