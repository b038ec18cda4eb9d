"""bantin: Vietnamese news, as published and crawled, turned into a structured, searchable archive."""

__version__ = "0.1.0"
