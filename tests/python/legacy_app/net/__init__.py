"""A package whose modules use async as an attribute and parameter name."""
from .client import Connection

__all__ = ["Connection"]
