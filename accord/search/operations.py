"""A migration operation for the full-text indexes, which exist on PostgreSQL only.

``AddSearchIndex`` creates a GIN index on the weighted ``tsvector`` expression of some
fields of a model of any app, built by the same function the search query uses
(``selectors.search_vector``), so the planner can match the query to the index. On
SQLite it does nothing. Its arguments are written out in the migration (not read from
the registry), so an old migration keeps meaning what it meant.
"""

from __future__ import annotations

from django.contrib.postgres.indexes import GinIndex
from django.db.migrations.operations.base import Operation


class AddSearchIndex(Operation):
    reversible = True

    def __init__(self, model: str, name: str, fields: list[tuple[str, str]]):
        self.model = model  # "app_label.ModelName"
        self.name = name
        self.fields = [tuple(f) for f in fields]  # (field name, weight A-D)

    def deconstruct(self):
        return (
            self.__class__.__qualname__,
            [],
            {"model": self.model, "name": self.name, "fields": self.fields},
        )

    def state_forwards(self, app_label, state) -> None:
        """The index is not part of any model's state: it is the search's, not the model's."""

    def _index(self) -> GinIndex:
        from accord.search.registry import SearchField
        from accord.search.selectors import search_vector

        vector = search_vector(SearchField(name, weight) for name, weight in self.fields)
        return GinIndex(vector, name=self.name)

    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        model = to_state.apps.get_model(*self.model.split("."))
        schema_editor.add_index(model, self._index())

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor != "postgresql":
            return
        model = from_state.apps.get_model(*self.model.split("."))
        schema_editor.remove_index(model, self._index())

    def describe(self) -> str:
        return f"Create the full-text search index {self.name} on {self.model} (PostgreSQL only)"

    @property
    def migration_name_fragment(self) -> str:
        return self.name
