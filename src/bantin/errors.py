"""The exceptions bantin raises, all rooted in :class:`BantinError`.

::

    BantinError
    ├── InputError                 an input cannot be read as an article
    │   ├── InputNotFoundError     the path does not exist or is not a file
    │   ├── EmptyInputError        the input holds no text at all
    │   ├── InputTooLargeError     the input is over the size limit
    │   ├── BinaryInputError       the input is not text (an image, an archive, a PDF ...)
    │   ├── DecodeError            the bytes cannot be turned into trustworthy Unicode
    │   │   └── UnknownEncodingError   the encoding asked for does not exist
    │   ├── RecordFormatError      a JSONL line is not a JSON object with article fields
    │   ├── FetchError             a URL could not be fetched (bantin.sources), with its HTTP status
    │   │   ├── RobotsDisallowedError  robots.txt forbids the URL
    │   │   └── PrivateAddressError    the URL leads to a private or loopback address
    │   ├── SkippedRecordError     a record of a WARC, feed or sitemap that is not an article (HTTP 404, an image)
    │   ├── SourceFormatError      a feed, sitemap or WARC file that cannot be read
    │   └── HtmlExtractionError    an HTML page without main text (bantin.html)
    ├── ArchiveError               the archive cannot be opened or written
    │   ├── ArchiveNotFoundError   reading an archive that does not exist
    │   └── ArchiveVersionError    the archive was written by a newer bantin
    ├── SearchIndexError           the search index beside the archive cannot be used (bantin.search)
    │   ├── IndexVersionError      the index was built by another version of its schema
    │   └── IndexLockedError       another process is writing the index
    ├── GazetteerDataError         the administrative units' data cannot be read (bantin.extract.places)
    ├── AnnotationError            an annotated record is missing or its text changed (bantin.evaluation)
    ├── QualityFloorError          an extractor scores below its pinned floor (bantin eval)
    ├── ReportError                a report cannot be rendered or written (bantin.report)
    └── UsageError                 the caller asked for something impossible (bad option values)
        ├── ExtractorOrderError    an extractor runs before the one whose facts it reads
        └── ReportRequestError     a period, format or language that cannot make a report

The web UI answers a missing page with its own ``NotFoundError`` (an HTTP 404, not a BantinError).
Every message names the input it is about and the reason, so that a user can act
on it without reading a traceback.
"""

from __future__ import annotations


class BantinError(Exception):
    """Root of every error bantin raises on purpose."""


class InputError(BantinError):
    """An input (file, URL, standard input, JSONL line) cannot be turned into an article.

    ``source`` names the input, ``reason`` says why in words a user can act on.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class InputNotFoundError(InputError):
    """The path given does not exist, or is not a regular file."""


class EmptyInputError(InputError):
    """The input holds no bytes, or nothing but whitespace."""


class InputTooLargeError(InputError):
    """The input is larger than the configured size limit."""


class BinaryInputError(InputError):
    """The input looks like binary data (NUL bytes, a known binary signature)."""


class DecodeError(InputError):
    """The bytes could not be decoded into Vietnamese text we can trust."""


class UnknownEncodingError(DecodeError):
    """An encoding name given with ``--encoding`` is not one bantin knows."""


class RecordFormatError(InputError):
    """A JSONL line is not valid JSON, or not an object with the fields of an article."""


class ArchiveError(BantinError):
    """The archive file cannot be opened, read or written; the message names the file."""


class ArchiveNotFoundError(ArchiveError):
    """A command that only reads was given an archive file that does not exist."""


class ArchiveVersionError(ArchiveError):
    """The archive's schema is newer than this version of bantin knows."""


class UsageError(BantinError):
    """Options that cannot work together, or values out of range."""
