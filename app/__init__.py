"""Tijori: custody of physical commodity reserves that back tokens."""

__version__ = "0.1.0"
