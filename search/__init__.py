"""Hemeroteca: full-text search for Spanish press documents."""

__version__ = "0.1.0"
