"""Accord: a CDMO's service to its sponsors, in one system."""

__version__ = "0.1.0"
