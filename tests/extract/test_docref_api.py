"""The public API of bantin.extract.docref, and invariants over arbitrary text."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

import bantin.extract.docref as docref
from bantin._compiled import docstring
from bantin.extract.docref import DocumentReference, find_document_references
from bantin.text import normalize_text


def test_the_exported_names_are_the_public_api() -> None:
    assert sorted(docref.__all__) == [
        "DocumentReference",
        "DocumentRegister",
        "Mention",
        "RegisterEntry",
        "find_document_references",
        "may_cite_documents",
        "to_facts",
    ]
    for name in docref.__all__:
        assert docstring(getattr(docref, name))


def test_a_reference_is_frozen() -> None:
    (ref,) = find_document_references("Nghị định 15/2020/NĐ-CP")
    assert dataclasses.is_dataclass(ref)
    try:
        ref.start = 3  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        return
    raise AssertionError("DocumentReference should be frozen")


def test_empty_text_gives_nothing() -> None:
    assert find_document_references("") == []


# Pieces that references are made of, shuffled into noise: the extractor must never
# crash, and every span it gives must be the text it claims, in order.
_PIECES = st.sampled_from(
    [
        "Nghị quyết",
        "Chỉ thị",
        "Luật",
        "Quyết định",
        "số",
        "Số:",
        "của",
        "Bộ Chính trị",
        "Tỉnh uỷ",
        "UBND tỉnh",
        "khoá",
        "khóa",
        "XIII",
        "XII",
        "Đại hội",
        "Trung ương",
        "Hội nghị",
        "lần thứ",
        "tư",
        "ngày",
        "năm",
        "này",
        "05",
        "5",
        "2020",
        "15/5/2016",
        "-",
        "–",
        "/",
        "/",
        "NQ",
        "NĐ",
        "QĐ",
        "TW",
        "CT",
        "TTg",
        "CP",
        "QH13",
        "&",
        ",",
        ".",
        "(",
        ")",
        "Hiến pháp",
        "\n",
        "Căn cứ",
        "Đà Nẵng",
        "https://x.vn/a",
        "Ð",
        "TƯ",
        "Điều 5",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, st.sampled_from(["", " ", " ", "  "])), max_size=40))
def test_spans_always_name_their_own_text(parts: list[tuple[str, str]]) -> None:
    text = normalize_text("".join(piece + space for piece, space in parts))
    refs = find_document_references(text)
    for ref in refs:
        assert isinstance(ref, DocumentReference)
        assert 0 <= ref.start < ref.end <= len(text)
        assert text[ref.start : ref.end] == ref.text
        assert ref.canonical_id
    assert [r.start for r in refs] == sorted(r.start for r in refs)
    for before, after in zip(refs, refs[1:], strict=False):
        assert before.end <= after.start, (before.text, after.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_read_without_error(raw: str) -> None:
    text = normalize_text(raw)
    for ref in find_document_references(text):
        assert text[ref.start : ref.end] == ref.text
