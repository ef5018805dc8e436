from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.interaction_kind import InteractionKind
from ...models.paged_interaction_out import PagedInteractionOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    sponsor_id: int,
    *,
    q: str | Unset = '',
    kind: InteractionKind | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    concern: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, InteractionKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_start: None | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.date):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: None | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.date):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    json_concern: bool | None | Unset
    if isinstance(concern, Unset):
        json_concern = UNSET
    else:
        json_concern = concern
    params["concern"] = json_concern

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
        "url": "/api/v1/sponsors/{sponsor_id}/interactions".format(sponsor_id=quote(str(sponsor_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PagedInteractionOut | None:
    if response.status_code == 200:
        response_200 = PagedInteractionOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PagedInteractionOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sponsor_id: int,
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    kind: InteractionKind | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    concern: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedInteractionOut]:
    """ A sponsor's interactions, newest first (CDMO staff)

     Lists carry no rapport notes; read them on one interaction.

    Args:
        sponsor_id (int):
        q (str | Unset): Subject, summary or contact name contains Default: ''.
        kind (InteractionKind | None | Unset):
        start (datetime.date | None | Unset): Occurred on or after
        end (datetime.date | None | Unset): Occurred on or before
        concern (bool | None | Unset): true: only interactions flagged a concern
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedInteractionOut]
     """


    kwargs = _get_kwargs(
        sponsor_id=sponsor_id,
q=q,
kind=kind,
start=start,
end=end,
concern=concern,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    sponsor_id: int,
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    kind: InteractionKind | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    concern: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedInteractionOut | None:
    """ A sponsor's interactions, newest first (CDMO staff)

     Lists carry no rapport notes; read them on one interaction.

    Args:
        sponsor_id (int):
        q (str | Unset): Subject, summary or contact name contains Default: ''.
        kind (InteractionKind | None | Unset):
        start (datetime.date | None | Unset): Occurred on or after
        end (datetime.date | None | Unset): Occurred on or before
        concern (bool | None | Unset): true: only interactions flagged a concern
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedInteractionOut
     """


    return sync_detailed(
        sponsor_id=sponsor_id,
client=client,
q=q,
kind=kind,
start=start,
end=end,
concern=concern,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    sponsor_id: int,
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    kind: InteractionKind | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    concern: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedInteractionOut]:
    """ A sponsor's interactions, newest first (CDMO staff)

     Lists carry no rapport notes; read them on one interaction.

    Args:
        sponsor_id (int):
        q (str | Unset): Subject, summary or contact name contains Default: ''.
        kind (InteractionKind | None | Unset):
        start (datetime.date | None | Unset): Occurred on or after
        end (datetime.date | None | Unset): Occurred on or before
        concern (bool | None | Unset): true: only interactions flagged a concern
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedInteractionOut]
     """


    kwargs = _get_kwargs(
        sponsor_id=sponsor_id,
q=q,
kind=kind,
start=start,
end=end,
concern=concern,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    sponsor_id: int,
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    kind: InteractionKind | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    concern: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedInteractionOut | None:
    """ A sponsor's interactions, newest first (CDMO staff)

     Lists carry no rapport notes; read them on one interaction.

    Args:
        sponsor_id (int):
        q (str | Unset): Subject, summary or contact name contains Default: ''.
        kind (InteractionKind | None | Unset):
        start (datetime.date | None | Unset): Occurred on or after
        end (datetime.date | None | Unset): Occurred on or before
        concern (bool | None | Unset): true: only interactions flagged a concern
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedInteractionOut
     """


    return (await asyncio_detailed(
        sponsor_id=sponsor_id,
client=client,
q=q,
kind=kind,
start=start,
end=end,
concern=concern,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
