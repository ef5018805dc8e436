from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.kudos_category import KudosCategory
from ...models.paged_kudos_out import PagedKudosOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    recipient_id: int | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    category: KudosCategory | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_recipient_id: int | None | Unset
    if isinstance(recipient_id, Unset):
        json_recipient_id = UNSET
    else:
        json_recipient_id = recipient_id
    params["recipient_id"] = json_recipient_id

    json_sponsor_id: int | None | Unset
    if isinstance(sponsor_id, Unset):
        json_sponsor_id = UNSET
    else:
        json_sponsor_id = sponsor_id
    params["sponsor_id"] = json_sponsor_id

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, KudosCategory):
        json_category = category.value
    else:
        json_category = category
    params["category"] = json_category

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.date):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.date):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/api/v1/kudos",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PagedKudosOut | None:
    if response.status_code == 200:
        response_200 = PagedKudosOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PagedKudosOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    recipient_id: int | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    category: KudosCategory | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedKudosOut]:
    """ The kudos you may see (staff: all; sponsor users: those your company gave)

     Newest first. Filter by the person thanked, the sponsor, the category, the days (both included) or
    words.

    Args:
        recipient_id (int | None | Unset): Only kudos to this CDMO person
        sponsor_id (int | None | Unset): Only kudos from this sponsor's people
        category (KudosCategory | None | Unset):
        since (datetime.date | None | Unset): Given on this day or later
        until (datetime.date | None | Unset): Given on this day or earlier
        q (None | str | Unset): Words of the message or a name
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedKudosOut]
     """


    kwargs = _get_kwargs(
        recipient_id=recipient_id,
sponsor_id=sponsor_id,
category=category,
since=since,
until=until,
q=q,
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
    recipient_id: int | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    category: KudosCategory | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedKudosOut | None:
    """ The kudos you may see (staff: all; sponsor users: those your company gave)

     Newest first. Filter by the person thanked, the sponsor, the category, the days (both included) or
    words.

    Args:
        recipient_id (int | None | Unset): Only kudos to this CDMO person
        sponsor_id (int | None | Unset): Only kudos from this sponsor's people
        category (KudosCategory | None | Unset):
        since (datetime.date | None | Unset): Given on this day or later
        until (datetime.date | None | Unset): Given on this day or earlier
        q (None | str | Unset): Words of the message or a name
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedKudosOut
     """


    return sync_detailed(
        client=client,
recipient_id=recipient_id,
sponsor_id=sponsor_id,
category=category,
since=since,
until=until,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    recipient_id: int | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    category: KudosCategory | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedKudosOut]:
    """ The kudos you may see (staff: all; sponsor users: those your company gave)

     Newest first. Filter by the person thanked, the sponsor, the category, the days (both included) or
    words.

    Args:
        recipient_id (int | None | Unset): Only kudos to this CDMO person
        sponsor_id (int | None | Unset): Only kudos from this sponsor's people
        category (KudosCategory | None | Unset):
        since (datetime.date | None | Unset): Given on this day or later
        until (datetime.date | None | Unset): Given on this day or earlier
        q (None | str | Unset): Words of the message or a name
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedKudosOut]
     """


    kwargs = _get_kwargs(
        recipient_id=recipient_id,
sponsor_id=sponsor_id,
category=category,
since=since,
until=until,
q=q,
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
    recipient_id: int | None | Unset = UNSET,
    sponsor_id: int | None | Unset = UNSET,
    category: KudosCategory | None | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedKudosOut | None:
    """ The kudos you may see (staff: all; sponsor users: those your company gave)

     Newest first. Filter by the person thanked, the sponsor, the category, the days (both included) or
    words.

    Args:
        recipient_id (int | None | Unset): Only kudos to this CDMO person
        sponsor_id (int | None | Unset): Only kudos from this sponsor's people
        category (KudosCategory | None | Unset):
        since (datetime.date | None | Unset): Given on this day or later
        until (datetime.date | None | Unset): Given on this day or earlier
        q (None | str | Unset): Words of the message or a name
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedKudosOut
     """


    return (await asyncio_detailed(
        client=client,
recipient_id=recipient_id,
sponsor_id=sponsor_id,
category=category,
since=since,
until=until,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
