"""A static site generator for archives of diplomatic meeting readouts."""

from __future__ import annotations

__version__ = "0.1.0"
