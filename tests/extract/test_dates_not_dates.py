"""What looks like a date and is not: document numbers, fractions, scores, addresses, durations.

The sentences are our own. Each must yield no date at all (or only the date named).
"""

from __future__ import annotations

import datetime as dt

import pytest

from bantin.extract.context import ExtractContext
from bantin.extract.dates import find_dates

PUBLISHED = ExtractContext(published=dt.date(2021, 7, 20))


@pytest.mark.parametrize(
    "sentence",
    [
        # document numbers
        "Nghị định 15/2020/NĐ-CP quy định xử phạt hành chính.",
        "Quyết định 1234/QĐ-TTg phê duyệt đề án.",
        "Chỉ thị 05-CT/TW của Bộ Chính trị.",
        "Thông tư 12/2021/TT-BTC hướng dẫn thu phí.",
        "Luật 103/2016/QH13 có hiệu lực.",
        # fractions
        "Khoảng 1/5 số hộ trong xã đã thoát nghèo.",
        "1/5 số hộ trong xã đã thoát nghèo.",
        "Rừng chiếm 1/3 diện tích của huyện.",
        "Có 8/12 đội bóng rút lui khỏi giải.",
        "Xã đã đảm bảo 2/2 tiêu chí.",
        # scores, line-ups, tallies
        "Đội nhà thắng 2-1 trên sân khách.",
        "Trận đấu kết thúc với tỉ số 3-1.",
        "Đội khách chơi sơ đồ 4-2-3-1.",
        # phone numbers, codes, decimals, percentages, ratios
        "Gọi đường dây nóng 0912.345.678 để báo tin.",
        "Tổng đài 024-3825-1234 trực suốt đêm.",
        "Dịch COVID-19 diễn biến phức tạp.",
        "Trục Trái Đất nghiêng 23,5 độ.",
        "Lãi suất tăng 12,5% so với cùng kỳ.",
        "Hai bên góp vốn theo tỷ lệ 50/50.",
        "Tỷ lệ mỡ nạc là 20:30.",
        "Cửa hàng phục vụ 24/7.",
        # addresses and places
        "Cửa hàng ở số 18/2 Nguyễn Trãi.",
        "Nhà chị ở hẻm 18/2 đường Lê Lợi.",
        "Nhà anh ở ngõ 12/3 phố Huế.",
        "Quán nằm ở ngách 4/5 Tây Sơn.",
        "Nhà bà ở kiệt 7/9 Trần Phú.",
        "Tai nạn xảy ra ở km 15/3 quốc lộ 1.",
        "Học sinh lớp 10/2 đạt giải nhất.",
        # impossible dates
        "Mã lô hàng là 32/13.",
        "Mã lô hàng là 30/2.",
        # law articles, groups, sport minutes and rounds
        "Theo Điều 5 khoản 2 của luật.",
        "Hội nghị thượng đỉnh G7 bế mạc.",
        "Bàn thắng ở phút 45/90 của trận đấu.",
        "Hai đội gặp nhau ở vòng 1/8 cúp quốc gia.",
        # words that are also date words
        "Đây là lần thứ hai đội vô địch.",
        "Thứ hai, cần giữ vệ sinh chung.",
        "Quý khách vui lòng xếp hàng.",
        "Đoàn khách đến từ Ba Lan.",
        "Ánh sáng chiếu qua khe cửa.",
        "Mỗi tháng 2 lần đoàn về bản.",
        "Hai năm trước, ông rời quê.",
        "Những năm trước, lũ lớn hơn.",
        "Một năm sau đó, ông trở về.",
        # durations
        "Xe chạy trong 2 giờ thì tới nơi.",
        "Cuộc họp kéo dài 2 giờ 30 phút.",
        "Trận đấu kết thúc sau 3 giờ 11 phút.",
        "Pin sạc đầy trong 1,5 giờ.",
        "Số ca mắc trong 24 giờ qua giảm.",
        # lunar dates are not read as solar ones
        "Lễ hội diễn ra ngày 10 tháng 3 âm lịch.",
    ],
)
def test_not_a_date(sentence: str) -> None:
    assert find_dates(sentence, PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "date_text"),
    [
        ("Theo Nghị định 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ.", "ngày 3/2/2020"),
        ("Ngày 1/5 người dân đổ về công viên.", "Ngày 1/5"),
        ("Cửa hàng mở cửa ngày 24/7.", "ngày 24/7"),
        ("Sáng 18/2 Nguyễn Văn A đến cơ quan.", "Sáng 18/2"),
    ],
)
def test_a_date_word_overrides_the_look_alike_rules(sentence: str, date_text: str) -> None:
    assert [m.text for m in find_dates(sentence, PUBLISHED)] == [date_text]
