from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.deviation_class import DeviationClass
from ...models.deviation_page import DeviationPage
from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str | Unset = '',
    classification: DeviationClass | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    site_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_classification: None | str | Unset
    if isinstance(classification, Unset):
        json_classification = UNSET
    elif isinstance(classification, DeviationClass):
        json_classification = classification.value
    else:
        json_classification = classification
    params["classification"] = json_classification

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

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

    json_site_id: int | None | Unset
    if isinstance(site_id, Unset):
        json_site_id = UNSET
    else:
        json_site_id = site_id
    params["site_id"] = json_site_id

    json_owner_id: int | None | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    params["page"] = page

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/deviations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeviationPage | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DeviationPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeviationPage | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    classification: DeviationClass | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    site_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[DeviationPage | ErrorOut]:
    """ The deviations you may see, newest discovered first

     Staff see every deviation; a sponsor's people their company's from the moment it was told. Filter by
    `q`, `classification`, `state` (or `open`), `sponsor_id`, `project_id`, `site_id`, `owner_id` and
    `overdue`.

    Args:
        q (str | Unset): Number, title, area or equipment contains Default: ''.
        classification (DeviationClass | None | Unset):
        state (None | str | Unset): One state (assessment, assessment_review, investigation,
            final_review, closed, cancelled), or open; every state when empty
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        site_id (int | None | Unset):
        owner_id (int | None | Unset):
        overdue (bool | None | Unset): Only open deviations past their due date
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviationPage | ErrorOut]
     """


    kwargs = _get_kwargs(
        q=q,
classification=classification,
state=state,
sponsor_id=sponsor_id,
project_id=project_id,
site_id=site_id,
owner_id=owner_id,
overdue=overdue,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    classification: DeviationClass | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    site_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> DeviationPage | ErrorOut | None:
    """ The deviations you may see, newest discovered first

     Staff see every deviation; a sponsor's people their company's from the moment it was told. Filter by
    `q`, `classification`, `state` (or `open`), `sponsor_id`, `project_id`, `site_id`, `owner_id` and
    `overdue`.

    Args:
        q (str | Unset): Number, title, area or equipment contains Default: ''.
        classification (DeviationClass | None | Unset):
        state (None | str | Unset): One state (assessment, assessment_review, investigation,
            final_review, closed, cancelled), or open; every state when empty
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        site_id (int | None | Unset):
        owner_id (int | None | Unset):
        overdue (bool | None | Unset): Only open deviations past their due date
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviationPage | ErrorOut
     """


    return sync_detailed(
        client=client,
q=q,
classification=classification,
state=state,
sponsor_id=sponsor_id,
project_id=project_id,
site_id=site_id,
owner_id=owner_id,
overdue=overdue,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    classification: DeviationClass | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    site_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[DeviationPage | ErrorOut]:
    """ The deviations you may see, newest discovered first

     Staff see every deviation; a sponsor's people their company's from the moment it was told. Filter by
    `q`, `classification`, `state` (or `open`), `sponsor_id`, `project_id`, `site_id`, `owner_id` and
    `overdue`.

    Args:
        q (str | Unset): Number, title, area or equipment contains Default: ''.
        classification (DeviationClass | None | Unset):
        state (None | str | Unset): One state (assessment, assessment_review, investigation,
            final_review, closed, cancelled), or open; every state when empty
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        site_id (int | None | Unset):
        owner_id (int | None | Unset):
        overdue (bool | None | Unset): Only open deviations past their due date
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviationPage | ErrorOut]
     """


    kwargs = _get_kwargs(
        q=q,
classification=classification,
state=state,
sponsor_id=sponsor_id,
project_id=project_id,
site_id=site_id,
owner_id=owner_id,
overdue=overdue,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    classification: DeviationClass | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    site_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> DeviationPage | ErrorOut | None:
    """ The deviations you may see, newest discovered first

     Staff see every deviation; a sponsor's people their company's from the moment it was told. Filter by
    `q`, `classification`, `state` (or `open`), `sponsor_id`, `project_id`, `site_id`, `owner_id` and
    `overdue`.

    Args:
        q (str | Unset): Number, title, area or equipment contains Default: ''.
        classification (DeviationClass | None | Unset):
        state (None | str | Unset): One state (assessment, assessment_review, investigation,
            final_review, closed, cancelled), or open; every state when empty
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        site_id (int | None | Unset):
        owner_id (int | None | Unset):
        overdue (bool | None | Unset): Only open deviations past their due date
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviationPage | ErrorOut
     """


    return (await asyncio_detailed(
        client=client,
q=q,
classification=classification,
state=state,
sponsor_id=sponsor_id,
project_id=project_id,
site_id=site_id,
owner_id=owner_id,
overdue=overdue,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
