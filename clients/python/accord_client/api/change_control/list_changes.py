from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.change_page import ChangePage
from ...models.change_state import ChangeState
from ...models.change_type import ChangeType
from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    state: ChangeState | None | Unset = UNSET,
    change_type: ChangeType | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ChangeState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_change_type: None | str | Unset
    if isinstance(change_type, Unset):
        json_change_type = UNSET
    elif isinstance(change_type, ChangeType):
        json_change_type = change_type.value
    else:
        json_change_type = change_type
    params["change_type"] = json_change_type

    json_sponsor_id: int | None | Unset
    if isinstance(sponsor_id, Unset):
        json_sponsor_id = UNSET
    else:
        json_sponsor_id = sponsor_id
    params["sponsor_id"] = json_sponsor_id

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
        "url": "/api/v1/change-controls",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangePage | ErrorOut | None:
    if response.status_code == 200:
        response_200 = ChangePage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ChangePage | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: ChangeState | None | Unset = UNSET,
    change_type: ChangeType | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ChangePage | ErrorOut]:
    """ The change controls you may see

    Args:
        state (ChangeState | None | Unset):
        change_type (ChangeType | None | Unset):
        sponsor_id (int | None | Unset): Changes touching a sponsor's projects
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | ErrorOut]
     """


    kwargs = _get_kwargs(
        state=state,
change_type=change_type,
sponsor_id=sponsor_id,
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
    state: ChangeState | None | Unset = UNSET,
    change_type: ChangeType | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ChangePage | ErrorOut | None:
    """ The change controls you may see

    Args:
        state (ChangeState | None | Unset):
        change_type (ChangeType | None | Unset):
        sponsor_id (int | None | Unset): Changes touching a sponsor's projects
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | ErrorOut
     """


    return sync_detailed(
        client=client,
state=state,
change_type=change_type,
sponsor_id=sponsor_id,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: ChangeState | None | Unset = UNSET,
    change_type: ChangeType | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ChangePage | ErrorOut]:
    """ The change controls you may see

    Args:
        state (ChangeState | None | Unset):
        change_type (ChangeType | None | Unset):
        sponsor_id (int | None | Unset): Changes touching a sponsor's projects
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangePage | ErrorOut]
     """


    kwargs = _get_kwargs(
        state=state,
change_type=change_type,
sponsor_id=sponsor_id,
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
    state: ChangeState | None | Unset = UNSET,
    change_type: ChangeType | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ChangePage | ErrorOut | None:
    """ The change controls you may see

    Args:
        state (ChangeState | None | Unset):
        change_type (ChangeType | None | Unset):
        sponsor_id (int | None | Unset): Changes touching a sponsor's projects
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangePage | ErrorOut
     """


    return (await asyncio_detailed(
        client=client,
state=state,
change_type=change_type,
sponsor_id=sponsor_id,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
