from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.results_out import ResultsOut
from ...models.survey_results_trigger import SurveyResultsTrigger
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    trigger: SurveyResultsTrigger | Unset = SurveyResultsTrigger.VALUE_0,
    answered_from: datetime.date | None | Unset = UNSET,
    answered_to: datetime.date | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_sponsor_id: int | None | Unset
    if isinstance(sponsor_id, Unset):
        json_sponsor_id = UNSET
    else:
        json_sponsor_id = sponsor_id
    params["sponsor_id"] = json_sponsor_id

    json_project_id: int | None | Unset
    if isinstance(project_id, Unset):
        json_project_id = UNSET
    else:
        json_project_id = project_id
    params["project_id"] = json_project_id

    json_owner_id: int | None | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

    json_trigger: str | Unset = UNSET
    if not isinstance(trigger, Unset):
        json_trigger = trigger.value

    params["trigger"] = json_trigger

    json_answered_from: None | str | Unset
    if isinstance(answered_from, Unset):
        json_answered_from = UNSET
    elif isinstance(answered_from, datetime.date):
        json_answered_from = answered_from.isoformat()
    else:
        json_answered_from = answered_from
    params["answered_from"] = json_answered_from

    json_answered_to: None | str | Unset
    if isinstance(answered_to, Unset):
        json_answered_to = UNSET
    elif isinstance(answered_to, datetime.date):
        json_answered_to = answered_to.isoformat()
    else:
        json_answered_to = answered_to
    params["answered_to"] = json_answered_to


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/survey-results",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | ResultsOut | None:
    if response.status_code == 200:
        response_200 = ResultsOut.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = ErrorOut.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | ResultsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    trigger: SurveyResultsTrigger | Unset = SurveyResultsTrigger.VALUE_0,
    answered_from: datetime.date | None | Unset = UNSET,
    answered_to: datetime.date | None | Unset = UNSET,

) -> Response[ErrorOut | ResultsOut]:
    """ CSAT and NPS of the answers that match the filters (CDMO staff)

    Args:
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        owner_id (int | None | Unset): Whose service: a staff user's id
        trigger (SurveyResultsTrigger | Unset):  Default: SurveyResultsTrigger.VALUE_0.
        answered_from (datetime.date | None | Unset):
        answered_to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | ResultsOut]
     """


    kwargs = _get_kwargs(
        sponsor_id=sponsor_id,
project_id=project_id,
owner_id=owner_id,
trigger=trigger,
answered_from=answered_from,
answered_to=answered_to,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    trigger: SurveyResultsTrigger | Unset = SurveyResultsTrigger.VALUE_0,
    answered_from: datetime.date | None | Unset = UNSET,
    answered_to: datetime.date | None | Unset = UNSET,

) -> ErrorOut | ResultsOut | None:
    """ CSAT and NPS of the answers that match the filters (CDMO staff)

    Args:
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        owner_id (int | None | Unset): Whose service: a staff user's id
        trigger (SurveyResultsTrigger | Unset):  Default: SurveyResultsTrigger.VALUE_0.
        answered_from (datetime.date | None | Unset):
        answered_to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | ResultsOut
     """


    return sync_detailed(
        client=client,
sponsor_id=sponsor_id,
project_id=project_id,
owner_id=owner_id,
trigger=trigger,
answered_from=answered_from,
answered_to=answered_to,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    trigger: SurveyResultsTrigger | Unset = SurveyResultsTrigger.VALUE_0,
    answered_from: datetime.date | None | Unset = UNSET,
    answered_to: datetime.date | None | Unset = UNSET,

) -> Response[ErrorOut | ResultsOut]:
    """ CSAT and NPS of the answers that match the filters (CDMO staff)

    Args:
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        owner_id (int | None | Unset): Whose service: a staff user's id
        trigger (SurveyResultsTrigger | Unset):  Default: SurveyResultsTrigger.VALUE_0.
        answered_from (datetime.date | None | Unset):
        answered_to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | ResultsOut]
     """


    kwargs = _get_kwargs(
        sponsor_id=sponsor_id,
project_id=project_id,
owner_id=owner_id,
trigger=trigger,
answered_from=answered_from,
answered_to=answered_to,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    trigger: SurveyResultsTrigger | Unset = SurveyResultsTrigger.VALUE_0,
    answered_from: datetime.date | None | Unset = UNSET,
    answered_to: datetime.date | None | Unset = UNSET,

) -> ErrorOut | ResultsOut | None:
    """ CSAT and NPS of the answers that match the filters (CDMO staff)

    Args:
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        owner_id (int | None | Unset): Whose service: a staff user's id
        trigger (SurveyResultsTrigger | Unset):  Default: SurveyResultsTrigger.VALUE_0.
        answered_from (datetime.date | None | Unset):
        answered_to (datetime.date | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | ResultsOut
     """


    return (await asyncio_detailed(
        client=client,
sponsor_id=sponsor_id,
project_id=project_id,
owner_id=owner_id,
trigger=trigger,
answered_from=answered_from,
answered_to=answered_to,

    )).parsed
