"""XML sitemaps and sitemap indexes (gzip too): every <loc> a page, read locally or fetched.

A sitemap is parsed as a stream (``iterparse``, entities not resolved, no network), so a sitemap
of 50,000 URLs never sits in memory whole. A page's ``<lastmod>`` goes into its metadata.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from bantin.errors import EmptyInputError, InputError
from bantin.record import RawDocument
from bantin.sources._errors import SourceFormatError
from bantin.sources._files import ByteStream

if TYPE_CHECKING:
    from bantin.sources._reader import Reader

_ENTRY_TAGS = ("{*}url", "{*}sitemap")


def iter_sitemap(
    stream: ByteStream, *, name: str, folder: Path | None, reader: Reader, depth: int = 0
) -> Iterator[RawDocument | InputError]:
    """One raw document (or error) per page the sitemap lists, sitemap indexes followed."""
    found = 0
    try:
        for _event, element in etree.iterparse(
            stream, events=("end",), tag=_ENTRY_TAGS, resolve_entities=False, no_network=True, huge_tree=False
        ):
            loc = _child_text(element, "loc")
            lastmod = _child_text(element, "lastmod")
            is_index = etree.QName(element).localname == "sitemap"
            element.clear()
            if not loc:
                continue
            found += 1
            metadata = {"sitemap": name, **({"lastmod": lastmod} if lastmod else {})}
            if is_index:
                yield from _child_sitemap(loc, name=name, folder=folder, reader=reader, depth=depth)
            else:
                yield from reader.linked_page(loc, folder=folder, metadata=metadata)
    except etree.XMLSyntaxError as error:
        yield SourceFormatError(name, f"not a well-formed sitemap ({error})")
        return
    if not found:
        yield EmptyInputError(name, "the sitemap lists no <loc>")


def _child_sitemap(
    loc: str, *, name: str, folder: Path | None, reader: Reader, depth: int
) -> Iterator[RawDocument | InputError]:
    if depth >= reader.options.max_sitemap_depth:
        yield SourceFormatError(loc, f"sitemap indexes nest deeper than {reader.options.max_sitemap_depth} levels")
        return
    yield from reader.sitemap_at(loc, folder=folder, depth=depth + 1, parent=name)


def _child_text(element: etree._Element, tag: str) -> str | None:
    for child in element:
        if isinstance(child.tag, str) and etree.QName(child).localname == tag and child.text:
            return str(child.text).strip()
    return None
