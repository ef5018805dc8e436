from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.paged_delivery_out import PagedDeliveryOut
from ...models.webhook_delivery_state import WebhookDeliveryState
from ...models.webhook_event_type import WebhookEventType
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    webhook_id: int,
    *,
    state: None | Unset | WebhookDeliveryState = UNSET,
    event_type: None | Unset | WebhookEventType = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, WebhookDeliveryState):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

    json_event_type: None | str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    elif isinstance(event_type, WebhookEventType):
        json_event_type = event_type.value
    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

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
        "url": "/api/v1/webhooks/{webhook_id}/deliveries".format(webhook_id=quote(str(webhook_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PagedDeliveryOut | None:
    if response.status_code == 200:
        response_200 = PagedDeliveryOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PagedDeliveryOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    state: None | Unset | WebhookDeliveryState = UNSET,
    event_type: None | Unset | WebhookEventType = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedDeliveryOut]:
    """ The delivery log of a subscription, newest first

    Args:
        webhook_id (int):
        state (None | Unset | WebhookDeliveryState): Only deliveries in this state
        event_type (None | Unset | WebhookEventType): Only this event type
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedDeliveryOut]
     """


    kwargs = _get_kwargs(
        webhook_id=webhook_id,
state=state,
event_type=event_type,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    state: None | Unset | WebhookDeliveryState = UNSET,
    event_type: None | Unset | WebhookEventType = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedDeliveryOut | None:
    """ The delivery log of a subscription, newest first

    Args:
        webhook_id (int):
        state (None | Unset | WebhookDeliveryState): Only deliveries in this state
        event_type (None | Unset | WebhookEventType): Only this event type
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedDeliveryOut
     """


    return sync_detailed(
        webhook_id=webhook_id,
client=client,
state=state,
event_type=event_type,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    state: None | Unset | WebhookDeliveryState = UNSET,
    event_type: None | Unset | WebhookEventType = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedDeliveryOut]:
    """ The delivery log of a subscription, newest first

    Args:
        webhook_id (int):
        state (None | Unset | WebhookDeliveryState): Only deliveries in this state
        event_type (None | Unset | WebhookEventType): Only this event type
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedDeliveryOut]
     """


    kwargs = _get_kwargs(
        webhook_id=webhook_id,
state=state,
event_type=event_type,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    state: None | Unset | WebhookDeliveryState = UNSET,
    event_type: None | Unset | WebhookEventType = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedDeliveryOut | None:
    """ The delivery log of a subscription, newest first

    Args:
        webhook_id (int):
        state (None | Unset | WebhookDeliveryState): Only deliveries in this state
        event_type (None | Unset | WebhookEventType): Only this event type
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedDeliveryOut
     """


    return (await asyncio_detailed(
        webhook_id=webhook_id,
client=client,
state=state,
event_type=event_type,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
