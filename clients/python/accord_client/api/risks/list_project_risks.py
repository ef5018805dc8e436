from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.paged_risk_out import PagedRiskOut
from ...models.risk_category import RiskCategory
from ...models.risk_level import RiskLevel
from ...models.risk_status import RiskStatus
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    project_id: int,
    *,
    status: None | RiskStatus | Unset = UNSET,
    category: None | RiskCategory | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    level: None | RiskLevel | Unset = UNSET,
    likelihood: int | None | Unset = UNSET,
    impact: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, RiskStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    elif isinstance(category, RiskCategory):
        json_category = category.value
    else:
        json_category = category
    params["category"] = json_category

    json_min_score: int | None | Unset
    if isinstance(min_score, Unset):
        json_min_score = UNSET
    else:
        json_min_score = min_score
    params["min_score"] = json_min_score

    json_level: None | str | Unset
    if isinstance(level, Unset):
        json_level = UNSET
    elif isinstance(level, RiskLevel):
        json_level = level.value
    else:
        json_level = level
    params["level"] = json_level

    json_likelihood: int | None | Unset
    if isinstance(likelihood, Unset):
        json_likelihood = UNSET
    else:
        json_likelihood = likelihood
    params["likelihood"] = json_likelihood

    json_impact: int | None | Unset
    if isinstance(impact, Unset):
        json_impact = UNSET
    else:
        json_impact = impact
    params["impact"] = json_impact

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
        "url": "/api/v1/projects/{project_id}/risks".format(project_id=quote(str(project_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PagedRiskOut | None:
    if response.status_code == 200:
        response_200 = PagedRiskOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PagedRiskOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient,
    status: None | RiskStatus | Unset = UNSET,
    category: None | RiskCategory | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    level: None | RiskLevel | Unset = UNSET,
    likelihood: int | None | Unset = UNSET,
    impact: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedRiskOut]:
    """ A project's risk register (sponsors see the risks shared with them)

    Args:
        project_id (int):
        status (None | RiskStatus | Unset):
        category (None | RiskCategory | Unset):
        min_score (int | None | Unset): Score at least this
        level (None | RiskLevel | Unset):
        likelihood (int | None | Unset):
        impact (int | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedRiskOut]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
status=status,
category=category,
min_score=min_score,
level=level,
likelihood=likelihood,
impact=impact,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    project_id: int,
    *,
    client: AuthenticatedClient,
    status: None | RiskStatus | Unset = UNSET,
    category: None | RiskCategory | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    level: None | RiskLevel | Unset = UNSET,
    likelihood: int | None | Unset = UNSET,
    impact: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedRiskOut | None:
    """ A project's risk register (sponsors see the risks shared with them)

    Args:
        project_id (int):
        status (None | RiskStatus | Unset):
        category (None | RiskCategory | Unset):
        min_score (int | None | Unset): Score at least this
        level (None | RiskLevel | Unset):
        likelihood (int | None | Unset):
        impact (int | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedRiskOut
     """


    return sync_detailed(
        project_id=project_id,
client=client,
status=status,
category=category,
min_score=min_score,
level=level,
likelihood=likelihood,
impact=impact,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient,
    status: None | RiskStatus | Unset = UNSET,
    category: None | RiskCategory | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    level: None | RiskLevel | Unset = UNSET,
    likelihood: int | None | Unset = UNSET,
    impact: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedRiskOut]:
    """ A project's risk register (sponsors see the risks shared with them)

    Args:
        project_id (int):
        status (None | RiskStatus | Unset):
        category (None | RiskCategory | Unset):
        min_score (int | None | Unset): Score at least this
        level (None | RiskLevel | Unset):
        likelihood (int | None | Unset):
        impact (int | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedRiskOut]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
status=status,
category=category,
min_score=min_score,
level=level,
likelihood=likelihood,
impact=impact,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    project_id: int,
    *,
    client: AuthenticatedClient,
    status: None | RiskStatus | Unset = UNSET,
    category: None | RiskCategory | Unset = UNSET,
    min_score: int | None | Unset = UNSET,
    level: None | RiskLevel | Unset = UNSET,
    likelihood: int | None | Unset = UNSET,
    impact: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedRiskOut | None:
    """ A project's risk register (sponsors see the risks shared with them)

    Args:
        project_id (int):
        status (None | RiskStatus | Unset):
        category (None | RiskCategory | Unset):
        min_score (int | None | Unset): Score at least this
        level (None | RiskLevel | Unset):
        likelihood (int | None | Unset):
        impact (int | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedRiskOut
     """


    return (await asyncio_detailed(
        project_id=project_id,
client=client,
status=status,
category=category,
min_score=min_score,
level=level,
likelihood=likelihood,
impact=impact,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
