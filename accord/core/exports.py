"""Every CSV and XLSX file Accord writes goes through here: safe, readable, Excel-ready.

* **No formula injection.** A text that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return would run as a formula in a spreadsheet (a task named
  ``=HYPERLINK(...)``). In CSV such a text gets a leading apostrophe; in XLSX it is
  written as a text cell (never a formula) with Excel's quote prefix. Real numbers and
  dates stay typed: ``-3`` days is a number, not text.
* **Human labels.** A value becomes what a person reads on the page: a choice its label,
  a record its name, a boolean Yes/No, a date a date, a list its items joined with "; ".
  :class:`Column` reads a model field that way by name (``Column("Status", "status")``).
* **Excel on Windows.** CSV is UTF-8 with a byte-order mark, so "°C" and "Müller"
  survive a double click.
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import enum
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Any

from django.db import models
from django.db.models.fields.files import FieldFile
from django.http import HttpResponse
from django.utils import timezone

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
BOM = "\ufeff"
DATE_FORMAT = "%Y-%m-%d"  # unambiguous in every locale, and read as a date by Excel
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
XLSX_DATE_FORMAT = "yyyy-mm-dd"
XLSX_DATETIME_FORMAT = "yyyy-mm-dd hh:mm"


# --------------------------------------------------------------------------- values


def human(value: object) -> object:
    """``value`` as a person should read it: text, a number, a date or a local datetime."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, enum.Enum):
        return str(getattr(value, "label", value.value))
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, dt.datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return local.replace(tzinfo=None, microsecond=0)
    if isinstance(value, dt.date | int | float | decimal.Decimal):
        return value
    if isinstance(value, list | tuple | set | frozenset | models.QuerySet):
        return "; ".join(str(human(item)) for item in value)
    return str(value)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def field_value(record: models.Model, name: str) -> object:
    """A model field as shown on a page: a choice's label, a related record, many related
    records as a list; anything else as stored."""
    field = record._meta.get_field(name)
    if getattr(field, "choices", None) and not field.many_to_many:
        return record._get_FIELD_display(field)
    if field.many_to_many or field.one_to_many:
        return list(getattr(record, name).all())
    return getattr(record, name)


@dataclass(frozen=True)
class Column:
    """One exported column: a heading and where its value comes from (a field name, read
    with :func:`field_value`, or a function of the record)."""

    heading: str
    source: str | Callable[[Any], object]
    width: int | None = None  # characters, in XLSX

    def value(self, record: Any) -> object:
        if callable(self.source):
            return self.source(record)
        return field_value(record, self.source)


def rows_of(records: Iterable[Any], columns: Sequence[Column]) -> Iterable[list[object]]:
    for record in records:
        yield [column.value(record) for column in columns]


# --------------------------------------------------------------------------- CSV


def _csv_cell(value: object) -> object:
    value = human(value)
    if isinstance(value, dt.datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, str) and is_formula_like(value):
        return "'" + value
    return value


def csv_write(
    stream: IO[str], headings: Sequence[str], rows: Iterable[Iterable[object]], *, bom: bool = True
) -> None:
    """Write a CSV table; every cell made safe and readable."""
    if bom:
        stream.write(BOM)
    writer = csv.writer(stream)
    writer.writerow([_csv_cell(heading) for heading in headings])
    for row in rows:
        writer.writerow([_csv_cell(value) for value in row])


def csv_response(
    filename: str, headings: Sequence[str], rows: Iterable[Iterable[object]]
) -> HttpResponse:
    """A CSV download (UTF-8 with BOM) of ``rows`` under ``headings``."""
    buffer = io.StringIO()
    csv_write(buffer, headings, rows)
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# --------------------------------------------------------------------------- XLSX


def xlsx_workbook():
    """An empty workbook (its first sheet is replaced by the first :func:`xlsx_sheet`)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    return book


def _xlsx_set(cell, value: object) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = human(value)
    if isinstance(value, str):
        # Older rows may hold characters XML cannot carry; the input boundary refuses them.
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"  # text, never a formula, whatever it begins with
        if is_formula_like(value):
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
        return
    cell.value = value
    if isinstance(value, dt.datetime):
        cell.number_format = XLSX_DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = XLSX_DATE_FORMAT


def xlsx_sheet(
    book,
    title: str,
    headings: Sequence[str],
    rows: Iterable[Iterable[object]],
    *,
    widths: Sequence[int | None] = (),
    freeze: str = "A2",
):
    """Add a sheet with a styled, filterable header row and ``rows``; return the sheet."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(title[:31])
    for index, heading in enumerate(headings, start=1):
        cell = sheet.cell(row=1, column=index)
        _xlsx_set(cell, heading)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="0F766E")
    for number, row in enumerate(rows, start=2):
        for index, value in enumerate(row, start=1):
            _xlsx_set(sheet.cell(row=number, column=index), value)
    for index, width in enumerate(widths, start=1):
        if width:
            sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = freeze
    if sheet.max_row > 1:
        sheet.auto_filter.ref = sheet.dimensions
    return sheet


def xlsx_bytes(book) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_response(book, filename: str) -> HttpResponse:
    response = HttpResponse(xlsx_bytes(book), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
