"""Auto-detection picks the right legacy encoding for realistic Vietnamese text.

The sentences are our own, about fictional places and events, each of 20 words or more; one is a
headline in capitals, which TCVN3 (VN1) and VISCII write partly with C0 control bytes.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bantin.decode import decode_bytes, encode_text

SENTENCES = (
    ("Sáng thứ Hai, Ủy ban nhân dân tỉnh Sơn Lâm tổ chức hội nghị trực tuyến với các huyện để bàn kế hoạch "
     "sửa chữa đường giao thông nông thôn trước mùa mưa bão năm nay."),
    ("Theo báo cáo của Sở Nông nghiệp, gần một nghìn hộ dân ở vùng cao đã được hỗ trợ giống lúa mới, phân bón "
     "và hướng dẫn kỹ thuật chăm sóc cây trồng."),
    ("Phát biểu kết luận, đồng chí Chủ tịch đề nghị các đơn vị khẩn trương rà soát những công trình xuống cấp, "
     "báo cáo kết quả trước ngày mười lăm tháng sau."),
    ("Người dân xã Thượng Khê phấn khởi khi con đường bê tông mới giúp học sinh đến trường an toàn hơn trong "
     "những ngày sương mù dày đặc của mùa đông."),
    ("ĐẨY MẠNH CẢI CÁCH HÀNH CHÍNH, NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN VÀ DOANH NGHIỆP TRÊN ĐỊA BÀN TỈNH "
     "TRONG NĂM TỚI"),
)

LEGACY = ("tcvn3", "vni", "viscii", "windows-1258")

documents = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5).flatmap(
    lambda picked: st.sampled_from(["\n", " ", "\r\n", "\n\n"]).map(lambda sep: sep.join(picked) + "\n")
)


def test_sentences_are_long_enough() -> None:
    assert all(len(sentence.split()) >= 20 for sentence in SENTENCES)


@pytest.mark.parametrize("encoding", LEGACY)
@pytest.mark.parametrize("sentence", SENTENCES, ids=lambda s: s[:12])
def test_each_sentence_alone_is_detected(encoding: str, sentence: str) -> None:
    decoded = decode_bytes(encode_text(sentence, encoding), source="t")
    assert (decoded.encoding, decoded.text) == (encoding, sentence)


@pytest.mark.parametrize("encoding", LEGACY)
@settings(max_examples=60, deadline=None)
@given(document=documents)
def test_documents_of_sentences_are_detected(encoding: str, document: str) -> None:
    decoded = decode_bytes(encode_text(document, encoding), source="<hypothesis>")
    assert decoded.encoding == encoding
    assert decoded.text == document
    assert decoded.confidence >= 0.5
    assert decoded.warnings == ()


def test_utf8_document_is_utf8_with_high_confidence() -> None:
    text = "\n".join(SENTENCES)
    decoded = decode_bytes(text.encode("utf-8"), source="t")
    assert (decoded.encoding, decoded.text, decoded.warnings) == ("utf-8", text, ())
    assert decoded.confidence >= 0.99


@pytest.mark.parametrize(("bom", "encoding", "name"), [
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le"),
])
def test_byte_order_mark_decides(bom: bytes, encoding: str, name: str) -> None:
    decoded = decode_bytes(bom + SENTENCES[0].encode(encoding), source="t")
    assert (decoded.encoding, decoded.text, decoded.confidence) == (name, SENTENCES[0], 1.0)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_is_recognised_by_its_nul_bytes(encoding: str) -> None:
    decoded = decode_bytes(SENTENCES[1].encode(encoding), source="t")
    assert (decoded.encoding, decoded.text) == (encoding, SENTENCES[1])


def test_windows_1258_with_only_shared_letters_is_still_vietnamese() -> None:
    # "à", "é" and "ò" are the same bytes in windows-1252; the tie goes to the Vietnamese code page.
    decoded = decode_bytes(encode_text("bà là mà", "windows-1258"), source="t")
    assert (decoded.encoding, decoded.text) == ("windows-1258", "bà là mà")


def test_tcvn3_with_windows_quotes_reads_them_as_quotes() -> None:
    # ABC-font documents typed in Word carry windows-1252 curly quotes in 0x93/0x94.
    body = encode_text("Ông nói: Chúng tôi sẽ hoàn thành công việc đúng hạn trong tháng này.", "tcvn3")
    data = body.replace(b": ", b": \x93", 1) + b"\x94"
    decoded = decode_bytes(data, source="t")
    assert decoded.encoding == "tcvn3"
    assert decoded.text == "Ông nói: “Chúng tôi sẽ hoàn thành công việc đúng hạn trong tháng này.”"
    assert any("quotes" in w for w in decoded.warnings)


def test_latin1_english_page_falls_back_to_windows_1252() -> None:
    text = "The café near the museum served crème brûlée; the naïve critic called it “superb”.\n" * 3
    decoded = decode_bytes(text.encode("cp1252"), source="t")
    assert (decoded.encoding, decoded.text) == ("windows-1252", text)
    assert decoded.warnings and "windows-1252" in decoded.warnings[0]


def test_cyrillic_page_is_left_to_charset_normalizer() -> None:
    text = "Это простой русский текст о погоде и новостях нашего города на этой неделе.\n" * 3
    decoded = decode_bytes(text.encode("cp1251"), source="t")
    assert (decoded.encoding, decoded.text) == ("windows-1251", text)


@pytest.mark.parametrize("text", ["Phương", "Đồng Nai", "Tường"])
def test_short_viscii_that_is_valid_utf8_is_still_viscii(text: str) -> None:
    data = encode_text(text, "viscii")
    data.decode("utf-8")  # the accident this test is about: these bytes are valid UTF-8
    decoded = decode_bytes(data, source="t")
    assert (decoded.encoding, decoded.text) == ("viscii", text)
    assert "valid UTF-8" in decoded.warnings[0]


def test_russian_utf8_stays_utf8() -> None:
    text = "Новости дня: в городе открыли новую школу."
    assert decode_bytes(text.encode(), source="t").encoding == "utf-8"
