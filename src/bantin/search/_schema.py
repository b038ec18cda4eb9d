"""The tantivy schema of the index, its analyzer, and the version file beside it.

Fields (none stores text but ``id``: the archive holds the text, the index only points at it):

=================  =========================  ==================================================
field              analyzer / type            holds
=================  =========================  ==================================================
``id``             raw, stored                the article id (delete-by-term, hits)
``title_exact``    ``bantin_exact``, freqs    canonical form of the title (the exact-accent tier)
``body_exact``     ``bantin_exact``, freqs    canonical form of the text
``title_fold``     ``bantin_fold``, positions the title, folded by the analyzer (BM25, phrases)
``body_fold``      ``bantin_fold``, positions the text, folded by the analyzer
``title_pairs``    ``bantin_pairs``, freqs    neighbouring word pairs of the title, folded
``body_pairs``     ``bantin_pairs``, freqs    neighbouring word pairs of the text, folded
``published``      date, indexed + fast       publication date (range filters, date ordering)
``source``         raw                        source key
``place``          raw, multi-valued          place keys (names without unit word, unit codes)
``person``         raw, multi-valued          people's name keys
``org``            raw, multi-valued          organisation name keys
``doc``            raw, multi-valued          canonical document id keys
=================  =========================  ==================================================

``bantin_exact`` is tantivy's SimpleTokenizer (runs of letters and digits), RemoveLongFilter(40)
and LowerCaser; the texts it gets are put in the canonical form by us. ``bantin_fold`` adds
AsciiFoldingFilter, which for Vietnamese letters is our folded form, "đ" -> "d" included (unlike
SQLite's ``remove_diacritics``); see ``_forms.fold_analyzer``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import tantivy

from bantin.search._errors import IndexVersionError, SearchIndexError
from bantin.search._forms import exact_analyzer, fold_analyzer, pairs_analyzer

SCHEMA_VERSION = 1  # bump on any change of fields or analyzers: the index is then rebuilt
VERSION_FILE = "bantin-search.json"
EXACT_ANALYZER = "bantin_exact"
FOLD_ANALYZER = "bantin_fold"
PAIRS_ANALYZER = "bantin_pairs"

ID = "id"
TITLE_EXACT, BODY_EXACT, TITLE_FOLD, BODY_FOLD = "title_exact", "body_exact", "title_fold", "body_fold"
TITLE_PAIRS, BODY_PAIRS = "title_pairs", "body_pairs"
PUBLISHED = "published"
# tantivy counts a date in nanoseconds on 64 bits (September 1677 to April 2262); days outside are
# held at these bounds, which keeps the order of dates and their range filters true for every
# date a news archive holds.
FIRST_INDEX_DAY, LAST_INDEX_DAY = dt.date(1678, 1, 1), dt.date(2261, 12, 31)
SOURCE, PLACE, PERSON, ORG, DOC = "source", "place", "person", "org", "doc"


def build_schema() -> tantivy.Schema:
    """The schema of :data:`SCHEMA_VERSION`."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field(ID, stored=True, tokenizer_name="raw", index_option="basic")
    for name in (TITLE_EXACT, BODY_EXACT):
        builder.add_text_field(name, tokenizer_name=EXACT_ANALYZER, index_option="freq")
    for name in (TITLE_FOLD, BODY_FOLD):
        builder.add_text_field(name, tokenizer_name=FOLD_ANALYZER, index_option="position")
    for name in (TITLE_PAIRS, BODY_PAIRS):
        builder.add_text_field(name, tokenizer_name=PAIRS_ANALYZER, index_option="freq")
    builder.add_date_field(PUBLISHED, indexed=True, fast=True)
    for name in (SOURCE, PLACE, PERSON, ORG, DOC):
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    return builder.build()


def register_analyzers(index: tantivy.Index) -> None:
    """Register our analyzers on an opened index (tantivy does not persist them)."""
    index.register_tokenizer(EXACT_ANALYZER, exact_analyzer())
    index.register_tokenizer(FOLD_ANALYZER, fold_analyzer())
    index.register_tokenizer(PAIRS_ANALYZER, pairs_analyzer())


def _version_record() -> dict[str, object]:
    return {"format": "bantin-search", "schema_version": SCHEMA_VERSION, "engine": "tantivy"}


def check_version(path: Path) -> bool:
    """Whether ``path`` holds an index of our version; ``False`` when it is new (empty or absent).

    Raises :class:`IndexVersionError` for an index of another version, and
    :class:`SearchIndexError` for a directory that holds something else.
    """
    version_path = path / VERSION_FILE
    if not path.exists() or (path.is_dir() and not any(path.iterdir())):
        return False
    if not path.is_dir():
        raise SearchIndexError(path, "is not a directory: the search index is a directory beside the archive")
    if not version_path.is_file():
        raise SearchIndexError(path, f"holds files but no {VERSION_FILE}: not a bantin search index")
    try:
        record = json.loads(version_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SearchIndexError(path, f"cannot read {VERSION_FILE} ({error})") from error
    found = record.get("schema_version") if isinstance(record, dict) else None
    if found != SCHEMA_VERSION:
        raise IndexVersionError(
            path, f"index schema version {found!r}, this bantin reads {SCHEMA_VERSION}: delete it and reindex"
        )
    return True


def write_version(path: Path) -> None:
    """Write the version file of a newly created index (atomically)."""
    temporary = path / (VERSION_FILE + ".tmp")
    temporary.write_text(json.dumps(_version_record()) + "\n", encoding="utf-8")
    temporary.replace(path / VERSION_FILE)


def index_day(day: dt.date) -> dt.date:
    """``day`` held within the dates the ``published`` field can hold."""
    return min(max(day, FIRST_INDEX_DAY), LAST_INDEX_DAY)


def start_of(day: dt.date) -> dt.datetime:
    """The start of ``day``, as the ``published`` field and its range queries take it."""
    return dt.datetime(day.year, day.month, day.day)
