from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.concern_category import ConcernCategory
from ...models.concern_page import ConcernPage
from ...models.error_out import ErrorOut
from ...models.list_concerns_clock_type_0 import ListConcernsClockType0
from ...models.list_concerns_order import ListConcernsOrder
from ...models.service_priority import ServicePriority
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str | Unset = '',
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    category: ConcernCategory | None | Unset = UNSET,
    priority: None | ServicePriority | Unset = UNSET,
    clock: ListConcernsClockType0 | None | Unset = UNSET,
    order: ListConcernsOrder | Unset = ListConcernsOrder.NEWEST,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

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

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, ConcernCategory):
        json_category = category.value
    else:
        json_category = category
    params["category"] = json_category

    json_priority: None | str | Unset
    if isinstance(priority, Unset):
        json_priority = UNSET
    elif isinstance(priority, ServicePriority):
        json_priority = priority.value
    else:
        json_priority = priority
    params["priority"] = json_priority

    json_clock: None | str | Unset
    if isinstance(clock, Unset):
        json_clock = UNSET
    elif isinstance(clock, ListConcernsClockType0):
        json_clock = clock.value
    else:
        json_clock = clock
    params["clock"] = json_clock

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

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
        "url": "/api/v1/concerns",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ConcernPage | ErrorOut | None:
    if response.status_code == 200:
        response_200 = ConcernPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ConcernPage | ErrorOut]:
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
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    category: ConcernCategory | None | Unset = UNSET,
    priority: None | ServicePriority | Unset = UNSET,
    clock: ListConcernsClockType0 | None | Unset = UNSET,
    order: ListConcernsOrder | Unset = ListConcernsOrder.NEWEST,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ConcernPage | ErrorOut]:
    """ The concerns you may see, newest first (or nearest due), each with its clocks

     Staff see every sponsor's; a sponsor manager its company's; a sponsor contact those it raised and
    those of its projects. Filter by `sponsor_id`, `project_id`, `owner_id`, `state` (or `open`),
    `category`, `priority`, `clock` (`at_risk` or `breached`: a clock in that state now) and `q`
    (number, title or description). Clocks count working minutes of the concern's site.

    Args:
        q (str | Unset): Number, title or description contains Default: ''.
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        owner_id (int | None | Unset):
        state (None | str | Unset): One state (raised, acknowledged, in_progress,
            waiting_on_sponsor, resolved, closed), or open (raised, acknowledged, in progress or
            waiting on the sponsor); every state when empty
        category (ConcernCategory | None | Unset):
        priority (None | ServicePriority | Unset):
        clock (ListConcernsClockType0 | None | Unset): Only concerns with a clock in this state
            now
        order (ListConcernsOrder | Unset): newest raised first, or due: the nearest due clock
            first (like the staff queue; concerns with no clock counting last, newest first) Default:
            ListConcernsOrder.NEWEST.
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcernPage | ErrorOut]
     """


    kwargs = _get_kwargs(
        q=q,
sponsor_id=sponsor_id,
project_id=project_id,
owner_id=owner_id,
state=state,
category=category,
priority=priority,
clock=clock,
order=order,
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
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    category: ConcernCategory | None | Unset = UNSET,
    priority: None | ServicePriority | Unset = UNSET,
    clock: ListConcernsClockType0 | None | Unset = UNSET,
    order: ListConcernsOrder | Unset = ListConcernsOrder.NEWEST,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ConcernPage | ErrorOut | None:
    """ The concerns you may see, newest first (or nearest due), each with its clocks

     Staff see every sponsor's; a sponsor manager its company's; a sponsor contact those it raised and
    those of its projects. Filter by `sponsor_id`, `project_id`, `owner_id`, `state` (or `open`),
    `category`, `priority`, `clock` (`at_risk` or `breached`: a clock in that state now) and `q`
    (number, title or description). Clocks count working minutes of the concern's site.

    Args:
        q (str | Unset): Number, title or description contains Default: ''.
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        owner_id (int | None | Unset):
        state (None | str | Unset): One state (raised, acknowledged, in_progress,
            waiting_on_sponsor, resolved, closed), or open (raised, acknowledged, in progress or
            waiting on the sponsor); every state when empty
        category (ConcernCategory | None | Unset):
        priority (None | ServicePriority | Unset):
        clock (ListConcernsClockType0 | None | Unset): Only concerns with a clock in this state
            now
        order (ListConcernsOrder | Unset): newest raised first, or due: the nearest due clock
            first (like the staff queue; concerns with no clock counting last, newest first) Default:
            ListConcernsOrder.NEWEST.
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcernPage | ErrorOut
     """


    return sync_detailed(
        client=client,
q=q,
sponsor_id=sponsor_id,
project_id=project_id,
owner_id=owner_id,
state=state,
category=category,
priority=priority,
clock=clock,
order=order,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = '',
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    category: ConcernCategory | None | Unset = UNSET,
    priority: None | ServicePriority | Unset = UNSET,
    clock: ListConcernsClockType0 | None | Unset = UNSET,
    order: ListConcernsOrder | Unset = ListConcernsOrder.NEWEST,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ConcernPage | ErrorOut]:
    """ The concerns you may see, newest first (or nearest due), each with its clocks

     Staff see every sponsor's; a sponsor manager its company's; a sponsor contact those it raised and
    those of its projects. Filter by `sponsor_id`, `project_id`, `owner_id`, `state` (or `open`),
    `category`, `priority`, `clock` (`at_risk` or `breached`: a clock in that state now) and `q`
    (number, title or description). Clocks count working minutes of the concern's site.

    Args:
        q (str | Unset): Number, title or description contains Default: ''.
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        owner_id (int | None | Unset):
        state (None | str | Unset): One state (raised, acknowledged, in_progress,
            waiting_on_sponsor, resolved, closed), or open (raised, acknowledged, in progress or
            waiting on the sponsor); every state when empty
        category (ConcernCategory | None | Unset):
        priority (None | ServicePriority | Unset):
        clock (ListConcernsClockType0 | None | Unset): Only concerns with a clock in this state
            now
        order (ListConcernsOrder | Unset): newest raised first, or due: the nearest due clock
            first (like the staff queue; concerns with no clock counting last, newest first) Default:
            ListConcernsOrder.NEWEST.
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConcernPage | ErrorOut]
     """


    kwargs = _get_kwargs(
        q=q,
sponsor_id=sponsor_id,
project_id=project_id,
owner_id=owner_id,
state=state,
category=category,
priority=priority,
clock=clock,
order=order,
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
    sponsor_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    owner_id: int | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    category: ConcernCategory | None | Unset = UNSET,
    priority: None | ServicePriority | Unset = UNSET,
    clock: ListConcernsClockType0 | None | Unset = UNSET,
    order: ListConcernsOrder | Unset = ListConcernsOrder.NEWEST,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ConcernPage | ErrorOut | None:
    """ The concerns you may see, newest first (or nearest due), each with its clocks

     Staff see every sponsor's; a sponsor manager its company's; a sponsor contact those it raised and
    those of its projects. Filter by `sponsor_id`, `project_id`, `owner_id`, `state` (or `open`),
    `category`, `priority`, `clock` (`at_risk` or `breached`: a clock in that state now) and `q`
    (number, title or description). Clocks count working minutes of the concern's site.

    Args:
        q (str | Unset): Number, title or description contains Default: ''.
        sponsor_id (int | None | Unset):
        project_id (int | None | Unset):
        owner_id (int | None | Unset):
        state (None | str | Unset): One state (raised, acknowledged, in_progress,
            waiting_on_sponsor, resolved, closed), or open (raised, acknowledged, in progress or
            waiting on the sponsor); every state when empty
        category (ConcernCategory | None | Unset):
        priority (None | ServicePriority | Unset):
        clock (ListConcernsClockType0 | None | Unset): Only concerns with a clock in this state
            now
        order (ListConcernsOrder | Unset): newest raised first, or due: the nearest due clock
            first (like the staff queue; concerns with no clock counting last, newest first) Default:
            ListConcernsOrder.NEWEST.
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConcernPage | ErrorOut
     """


    return (await asyncio_detailed(
        client=client,
q=q,
sponsor_id=sponsor_id,
project_id=project_id,
owner_id=owner_id,
state=state,
category=category,
priority=priority,
clock=clock,
order=order,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
