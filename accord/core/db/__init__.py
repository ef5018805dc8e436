"""Accord's thin database backends (Django's sqlite3 and postgresql, plus the deferred
audit append) and the recognition of a database that is too busy to answer in time."""
