from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.list_tasks_sort import ListTasksSort
from ...models.list_tasks_status_type_0 import ListTasksStatusType0
from ...models.paged_task_out import PagedTaskOut
from ...models.task_kind import TaskKind
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    project_id: int,
    *,
    q: None | str | Unset = UNSET,
    critical: bool | None | Unset = UNSET,
    milestone: bool | None | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    status: ListTasksStatusType0 | None | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.WBS,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_critical: bool | None | Unset
    if isinstance(critical, Unset):
        json_critical = UNSET
    else:
        json_critical = critical
    params["critical"] = json_critical

    json_milestone: bool | None | Unset
    if isinstance(milestone, Unset):
        json_milestone = UNSET
    else:
        json_milestone = milestone
    params["milestone"] = json_milestone

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, TaskKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListTasksStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/api/v1/projects/{project_id}/plan/tasks".format(project_id=quote(str(project_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PagedTaskOut | None:
    if response.status_code == 200:
        response_200 = PagedTaskOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PagedTaskOut]:
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
    q: None | str | Unset = UNSET,
    critical: bool | None | Unset = UNSET,
    milestone: bool | None | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    status: ListTasksStatusType0 | None | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.WBS,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedTaskOut]:
    """ A project's plan: its tasks with computed dates, float, critical flag, baseline

    Args:
        project_id (int):
        q (None | str | Unset): In the name, WBS or department
        critical (bool | None | Unset): Only critical tasks (true) or the others
        milestone (bool | None | Unset): Only milestones and decision points
        kind (None | TaskKind | Unset):
        status (ListTasksStatusType0 | None | Unset): By progress: no actual start, started,
            finished
        sort (ListTasksSort | Unset): As the plan page sorts Default: ListTasksSort.WBS.
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedTaskOut]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
q=q,
critical=critical,
milestone=milestone,
kind=kind,
status=status,
sort=sort,
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
    q: None | str | Unset = UNSET,
    critical: bool | None | Unset = UNSET,
    milestone: bool | None | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    status: ListTasksStatusType0 | None | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.WBS,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedTaskOut | None:
    """ A project's plan: its tasks with computed dates, float, critical flag, baseline

    Args:
        project_id (int):
        q (None | str | Unset): In the name, WBS or department
        critical (bool | None | Unset): Only critical tasks (true) or the others
        milestone (bool | None | Unset): Only milestones and decision points
        kind (None | TaskKind | Unset):
        status (ListTasksStatusType0 | None | Unset): By progress: no actual start, started,
            finished
        sort (ListTasksSort | Unset): As the plan page sorts Default: ListTasksSort.WBS.
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedTaskOut
     """


    return sync_detailed(
        project_id=project_id,
client=client,
q=q,
critical=critical,
milestone=milestone,
kind=kind,
status=status,
sort=sort,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    project_id: int,
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    critical: bool | None | Unset = UNSET,
    milestone: bool | None | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    status: ListTasksStatusType0 | None | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.WBS,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedTaskOut]:
    """ A project's plan: its tasks with computed dates, float, critical flag, baseline

    Args:
        project_id (int):
        q (None | str | Unset): In the name, WBS or department
        critical (bool | None | Unset): Only critical tasks (true) or the others
        milestone (bool | None | Unset): Only milestones and decision points
        kind (None | TaskKind | Unset):
        status (ListTasksStatusType0 | None | Unset): By progress: no actual start, started,
            finished
        sort (ListTasksSort | Unset): As the plan page sorts Default: ListTasksSort.WBS.
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedTaskOut]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
q=q,
critical=critical,
milestone=milestone,
kind=kind,
status=status,
sort=sort,
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
    q: None | str | Unset = UNSET,
    critical: bool | None | Unset = UNSET,
    milestone: bool | None | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    status: ListTasksStatusType0 | None | Unset = UNSET,
    sort: ListTasksSort | Unset = ListTasksSort.WBS,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedTaskOut | None:
    """ A project's plan: its tasks with computed dates, float, critical flag, baseline

    Args:
        project_id (int):
        q (None | str | Unset): In the name, WBS or department
        critical (bool | None | Unset): Only critical tasks (true) or the others
        milestone (bool | None | Unset): Only milestones and decision points
        kind (None | TaskKind | Unset):
        status (ListTasksStatusType0 | None | Unset): By progress: no actual start, started,
            finished
        sort (ListTasksSort | Unset): As the plan page sorts Default: ListTasksSort.WBS.
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedTaskOut
     """


    return (await asyncio_detailed(
        project_id=project_id,
client=client,
q=q,
critical=critical,
milestone=milestone,
kind=kind,
status=status,
sort=sort,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
