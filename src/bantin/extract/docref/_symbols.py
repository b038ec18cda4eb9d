"""Document symbols: find them in the match form and read their parts.

Three shapes, tried in this order (SPEC §7.2), each later one skipping spans an
earlier one took:

- Party ``NUMBER-TYPE/ISSUER``: "05-CT/TW", "23 – NQ/TW", "858CV/ĐUK", "11, 26-CT/TU";
  kept only when the issuer is a Party body or a mass organisation.
- State normative ``NUMBER/YEAR/TYPE-ISSUER``: "15/2020/NĐ-CP", "103/2016/QH13".
- State administrative ``NUMBER/TYPE-ISSUER`` or, for a công văn, ``NUMBER/ISSUER-UNIT``:
  "1234/QĐ-TTg", "123/UBND-VX". A Party document written this way ("31/QĐ-TW")
  is Party with the flag ``fmt``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bantin.extract.docref._data import Tables, TypeCode
from bantin.extract.docref._forms import (
    is_mass_org_issuer,
    is_party_issuer,
    pad_number,
    party_codebook,
    repair_issuer,
    state_codebook,
    state_hyphen_codebook,
)
from bantin.extract.docref._patterns import NUM, Patterns

_NUM_RE = re.compile(NUM)
_CV = TypeCode("", "CV", "Công văn")


@dataclass(slots=True)
class NumberItem:
    """One number of a symbol (a list "11, 26-CT/TU" has two), its span in the text."""

    number: str
    start: int
    end: int


@dataclass(slots=True)
class SymbolHit:
    """A symbol found in the text, read into its parts."""

    start: int
    end: int
    items: list[NumberItem]
    system: str
    type_code: TypeCode | None
    issuers: tuple[str, ...]
    unit: str | None = None
    year: int | None = None
    is_qh: bool = False
    flags: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    symbol: str = ""


def _items(match: re.Match[str], group: str) -> list[NumberItem]:
    base = match.start(group)
    return [
        NumberItem(pad_number(m.group()), base + m.start(), base + m.end())
        for m in _NUM_RE.finditer(match.group(group))
    ]


def _split_codes(chain: str) -> list[str]:
    return [code.strip() for code in chain.split("-")]


def _read_party(match: re.Match[str], tables: Tables) -> SymbolHit | None:
    printed_type = match["type"]
    issuer, issuer_repaired = repair_issuer(match["iss"], tables)
    issuer = issuer.upper()
    type_code, repaired = party_codebook().lookup(printed_type)
    if issuer.startswith(tables.state_hyphen_issuers):
        # An old State order numbered hyphen first ("18-L/CTN", 1993).
        type_code, repaired = state_hyphen_codebook().lookup(printed_type)
        system = "state"
    elif is_mass_org_issuer(issuer, tables):
        system = "mass_org"
    elif is_party_issuer(issuer, tables):
        system = "party"
    else:
        return None
    if type_code is None:
        return None
    repairs = []
    if repaired:
        repairs.append(f"type code '{printed_type}' read as '{type_code.code}'")
    elif printed_type != type_code.code:
        repairs.append(f"type code '{printed_type}' in other case")
    if issuer_repaired:
        repairs.append(f"issuer '{match['iss']}' read as '{issuer}'")
    elif match["iss"] != issuer:
        repairs.append(f"issuer '{match['iss']}' in other case")
    items = _items(match, "nums")
    unit = match["unit"]
    suffix = f"-{unit}" if unit else ""
    symbols = ", ".join(f"{i.number}-{type_code.code}/{issuer}{suffix}" for i in items)
    return SymbolHit(
        match.start(),
        match.end(),
        items,
        system,
        type_code,
        (issuer,),
        unit=unit,
        repairs=repairs,
        symbol=symbols,
    )


def _state_type(printed: str) -> tuple[TypeCode, list[str]]:
    type_code, repaired = state_codebook().lookup(printed)
    if type_code is None:
        # A year-bearing symbol with a type code we do not know ("01/2020/XNQC-ATTP"):
        # keep the document, name its type by the code.
        return TypeCode(printed, printed.upper(), ""), [f"type code '{printed}' is not in the tables"]
    if repaired:
        return type_code, [f"type code '{printed}' read as '{type_code.code}'"]
    return type_code, []


def _read_state_normative(match: re.Match[str]) -> SymbolHit:
    items = _items(match, "num")
    year = int(match["year"])
    chain = match["sym"].replace(" ", "")
    if chain.upper().startswith(("QH", "UBTVQH")) and "-" not in chain:
        symbol = f"{items[0].number}/{year}/{chain}"
        return SymbolHit(
            match.start(), match.end(), items, "state", None, (chain,), year=year, is_qh=True, symbol=symbol
        )
    codes = _split_codes(chain)
    type_code, repairs = _state_type(codes[0])
    printed = "-".join([type_code.code or codes[0], *codes[1:]])
    return SymbolHit(
        match.start(),
        match.end(),
        items,
        "state",
        type_code,
        tuple(codes[1:]),
        year=year,
        repairs=repairs,
        symbol=f"{items[0].number}/{year}/{printed}",
    )


def _read_state_admin(match: re.Match[str], tables: Tables) -> SymbolHit:
    items = _items(match, "nums")
    codes = _split_codes(match["sym"])
    type_code, repaired = state_codebook().lookup(codes[0])
    if type_code is None:
        # No type code: a công văn, whose symbol is issuer + drafting unit (NĐ30 Phụ lục I).
        unit = "-".join(codes[1:])
        symbols = ", ".join(f"{i.number}/{'-'.join(codes)}" for i in items)
        return SymbolHit(
            match.start(), match.end(), items, "state", _CV, (codes[0],), unit=unit, symbol=symbols
        )
    repairs = [f"type code '{codes[0]}' read as '{type_code.code}'"] if repaired else []
    issuers = tuple(codes[1:])
    system, flags = "state", []
    if len(issuers) == 1:
        issuer, issuer_repaired = repair_issuer(issuers[0], tables)
        party_type, _ = party_codebook().lookup(codes[0])
        if party_type is not None and is_party_issuer(issuer, tables):
            # A Party document printed in State punctuation ("31/QĐ-TW", "29/NQ-TƯ", SPEC §3).
            system, flags, type_code = "party", ["fmt"], party_type
            issuers = (issuer.upper(),)
            repairs.append("Party symbol printed State-style")
            if issuer_repaired:
                repairs.append(f"issuer '{codes[1]}' read as '{issuers[0]}'")
    if system == "party":
        symbols = ", ".join(f"{i.number}-{type_code.code}/{issuers[0]}" for i in items)
    else:
        symbols = ", ".join(f"{i.number}/{'-'.join([type_code.code, *issuers])}" for i in items)
    return SymbolHit(
        match.start(),
        match.end(),
        items,
        system,
        type_code,
        issuers,
        flags=flags,
        repairs=repairs,
        symbol=symbols,
    )


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)


def find_symbols(
    text: str, windows: list[tuple[int, int]], taken: list[tuple[int, int]], tables: Tables, pats: Patterns
) -> list[SymbolHit]:
    """Every symbol in the ``windows`` of ``text`` (the match form), left to right, none
    overlapping ``taken``. Spans of the hits are added to ``taken``.
    """
    hits: list[SymbolHit] = []
    shapes = ((pats.party, "party"), (pats.state_normative, "norm"), (pats.state_admin, "admin"))
    for (pattern, kind), (lo, hi) in ((shape, window) for shape in shapes for window in windows):
        for match in pattern.finditer(text, lo, hi):
            if _overlaps(match.start(), match.end(), taken):
                continue
            if kind == "party":
                hit = _read_party(match, tables)
            elif kind == "norm":
                hit = _read_state_normative(match)
            else:
                hit = _read_state_admin(match, tables)
            if hit is None:
                continue
            if " " in text[hit.items[-1].start : hit.end]:
                hit.repairs.append("spaces inside the symbol")
            hits.append(hit)
            taken.append((hit.start, hit.end))
    hits.sort(key=lambda h: h.start)
    return hits
