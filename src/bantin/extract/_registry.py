"""The default chain of extractors, wrapping each extractor package as a component."""

from __future__ import annotations

from bantin.extract._component import Extractor, check_order
from bantin.extract.context import ExtractContext
from bantin.record import Fact

_BODY_ROLES = ("title", "lead", "paragraph")


def _dates(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    from bantin.extract.dates import find_dates, to_facts

    result = to_facts(find_dates(text, context))
    for fact in result:
        # The record contract writes a range as an ISO interval; the pair stays under "range".
        if isinstance(fact.value, (list, tuple)) and len(fact.value) == 2:
            setattr(fact, "range", list(fact.value))
            fact.value = f"{fact.value[0]}/{fact.value[1]}"
    return result


def _documents(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    from bantin.extract.docref import find_document_references, to_facts

    return to_facts(find_document_references(text, context))


def _places(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    from bantin.extract.places import find_places, to_facts

    return to_facts(find_places(text, context))


def _organizations(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    from bantin.extract.orgs import find_organizations, to_facts
    from bantin.extract.places import article_province

    return to_facts(find_organizations(text, context, province=article_province(text, context)))


def _people(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    from bantin.extract.people import find_people, to_facts
    from bantin.extract.places import article_province

    # The same province as the organisations: titles then name the same bodies as the org facts.
    return to_facts(find_people(text, context, province=article_province(text, context)))


def _meetings(text: str, context: ExtractContext, facts: list[Fact]) -> list[Fact]:
    from bantin.extract.meetings import meeting_and_task_facts

    body = context.spans_of(*_BODY_ROLES) or [(0, len(text))]
    return meeting_and_task_facts(text, facts, body)


DATES = Extractor("dates", "1", (), ("date",), _dates)
DOCUMENTS = Extractor("documents", "1", (), ("document",), _documents)
PLACES = Extractor("places", "1", (), ("place",), _places)
ORGANIZATIONS = Extractor("organizations", "1", (), ("organization",), _organizations)
PEOPLE = Extractor("people", "1", (), ("person",), _people)
MEETINGS = Extractor(
    "meetings", "1", ("date", "place", "organization", "person"), ("meeting", "task"), _meetings
)


def default_extractors() -> tuple[Extractor, ...]:
    """The extractors every record goes through, in an order :func:`check_order` accepts."""
    chain = (DATES, DOCUMENTS, PLACES, ORGANIZATIONS, PEOPLE, MEETINGS)
    check_order(chain)
    return chain
