from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.search_out import SearchOut
from ...models.search_type import SearchType
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str,
    type_: SearchType | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["page"] = page

    params["page_size"] = page_size


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/search",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | SearchOut | None:
    if response.status_code == 200:
        response_200 = SearchOut.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | SearchOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: SearchType | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,

) -> Response[ErrorOut | SearchOut]:
    """ Search every record you may see

     Projects, sponsors, RFPs, proposals and their revisions, risks, delays, change orders, concerns,
    meetings, decisions, action items, status reports and documents (and, for CDMO staff, key contacts,
    interactions, follow-ups, lessons learned and service levels), with the same visibility as their
    pages. Results are grouped by type, best match first.

    Args:
        q (str): The words to find (2 to 100 characters, no control characters); every word must
            match, as the start of a word on PostgreSQL.
        type_ (SearchType | Unset): Only this record type: its `type` key, e.g. `risks` (empty:
            every type you may search; one you may not search is unknown to you).
        page (int | Unset): 1-based page, within each type's results Default: 1.
        page_size (int | Unset): Results per type and page (at most 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | SearchOut]
     """


    kwargs = _get_kwargs(
        q=q,
type_=type_,
page=page,
page_size=page_size,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: SearchType | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,

) -> ErrorOut | SearchOut | None:
    """ Search every record you may see

     Projects, sponsors, RFPs, proposals and their revisions, risks, delays, change orders, concerns,
    meetings, decisions, action items, status reports and documents (and, for CDMO staff, key contacts,
    interactions, follow-ups, lessons learned and service levels), with the same visibility as their
    pages. Results are grouped by type, best match first.

    Args:
        q (str): The words to find (2 to 100 characters, no control characters); every word must
            match, as the start of a word on PostgreSQL.
        type_ (SearchType | Unset): Only this record type: its `type` key, e.g. `risks` (empty:
            every type you may search; one you may not search is unknown to you).
        page (int | Unset): 1-based page, within each type's results Default: 1.
        page_size (int | Unset): Results per type and page (at most 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | SearchOut
     """


    return sync_detailed(
        client=client,
q=q,
type_=type_,
page=page,
page_size=page_size,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: SearchType | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,

) -> Response[ErrorOut | SearchOut]:
    """ Search every record you may see

     Projects, sponsors, RFPs, proposals and their revisions, risks, delays, change orders, concerns,
    meetings, decisions, action items, status reports and documents (and, for CDMO staff, key contacts,
    interactions, follow-ups, lessons learned and service levels), with the same visibility as their
    pages. Results are grouped by type, best match first.

    Args:
        q (str): The words to find (2 to 100 characters, no control characters); every word must
            match, as the start of a word on PostgreSQL.
        type_ (SearchType | Unset): Only this record type: its `type` key, e.g. `risks` (empty:
            every type you may search; one you may not search is unknown to you).
        page (int | Unset): 1-based page, within each type's results Default: 1.
        page_size (int | Unset): Results per type and page (at most 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | SearchOut]
     """


    kwargs = _get_kwargs(
        q=q,
type_=type_,
page=page,
page_size=page_size,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: SearchType | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 10,

) -> ErrorOut | SearchOut | None:
    """ Search every record you may see

     Projects, sponsors, RFPs, proposals and their revisions, risks, delays, change orders, concerns,
    meetings, decisions, action items, status reports and documents (and, for CDMO staff, key contacts,
    interactions, follow-ups, lessons learned and service levels), with the same visibility as their
    pages. Results are grouped by type, best match first.

    Args:
        q (str): The words to find (2 to 100 characters, no control characters); every word must
            match, as the start of a word on PostgreSQL.
        type_ (SearchType | Unset): Only this record type: its `type` key, e.g. `risks` (empty:
            every type you may search; one you may not search is unknown to you).
        page (int | Unset): 1-based page, within each type's results Default: 1.
        page_size (int | Unset): Results per type and page (at most 50) Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | SearchOut
     """


    return (await asyncio_detailed(
        client=client,
q=q,
type_=type_,
page=page,
page_size=page_size,

    )).parsed
