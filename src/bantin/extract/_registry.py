"""The default chain of extractors, wrapping each extractor package as a component."""

from __future__ import annotations

from bantin.extract._component import Extractor, check_order
from bantin.extract.context import ExtractContext
from bantin.record import Fact

_BODY_ROLES = ("title", "lead", "paragraph")

# The extractor packages are imported on first use (their language data takes a tenth of a second to
# build, which commands that extract nothing should not pay). Once a module is loaded, ``import a.b as c``
# is a look-up in C, where ``from a.b import c`` runs importlib's Python code on every call.


def _dates(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    import bantin.extract.dates as dates  # noqa: PLR0402

    result = dates.to_facts(dates.find_dates(text, context))
    for fact in result:
        # The record contract writes a range as an ISO interval; the pair stays under "range".
        if isinstance(fact.value, (list, tuple)) and len(fact.value) == 2:
            setattr(fact, "range", list(fact.value))
            fact.value = f"{fact.value[0]}/{fact.value[1]}"
    return result


def _documents(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    import bantin.extract.docref as docref  # noqa: PLR0402

    return docref.to_facts(docref.find_document_references(text, context))


def _places(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    import bantin.extract.places as places  # noqa: PLR0402

    return places.to_facts(places.find_places(text, context))


def _organizations(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    import bantin.extract.orgs as orgs  # noqa: PLR0402
    import bantin.extract.places as places  # noqa: PLR0402

    province = places.article_province(text, context)
    return orgs.to_facts(orgs.find_organizations(text, context, province=province))


def _people(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    import bantin.extract.people as people  # noqa: PLR0402
    import bantin.extract.places as places  # noqa: PLR0402

    # The same province as the organisations: titles then name the same bodies as the org facts.
    province = places.article_province(text, context)
    return people.to_facts(people.find_people(text, context, province=province))


def _meetings(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    import bantin.extract.meetings as meetings  # noqa: PLR0402

    body = context.spans_of(*_BODY_ROLES) or [(0, len(text))]
    return meetings.meeting_and_task_facts(text, facts, body)


DATES = Extractor("dates", "2", (), ("date",), _dates)
DOCUMENTS = Extractor("documents", "1", (), ("document",), _documents)
PLACES = Extractor("places", "2", (), ("place",), _places)
ORGANIZATIONS = Extractor("organizations", "1", (), ("organization",), _organizations)
PEOPLE = Extractor("people", "1", (), ("person",), _people)
MEETINGS = Extractor(
    "meetings", "2", ("date", "place", "organization", "person"), ("meeting", "task"), _meetings
)


def default_extractors() -> tuple[Extractor, ...]:
    """The extractors every record goes through, in an order :func:`check_order` accepts."""
    chain = (DATES, DOCUMENTS, PLACES, ORGANIZATIONS, PEOPLE, MEETINGS)
    check_order(chain)
    return chain
