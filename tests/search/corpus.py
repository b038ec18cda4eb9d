"""Fictional articles (our own writing) for the search tests, and helpers over an index."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bantin.search import IndexDoc, SearchFilters, SearchIndex

CT05 = "party:CT:05:TW@XII"

DOCS = [
    IndexDoc(
        "khoa-ct05", "Tỉnh ủy Đà Nẵng triển khai Chỉ thị 05-CT/TW",
        "Tỉnh ủy Đà Nẵng triển khai Chỉ thị 05-CT/TW\n\nSáng 16/7, Tỉnh ủy Đà Nẵng tổ chức hội nghị "
        "triển khai Chỉ thị 05-CT/TW. Đồng chí Trần Văn Khoa chủ trì hội nghị.",
        dt.date(2021, 7, 16), "baodanang.vn", ("Đà Nẵng", "48"), ("Trần Văn Khoa",), ("Tỉnh ủy Đà Nẵng",), (CT05,),
    ),
    IndexDoc(
        "qnam-ct05", "Hội nghị Tỉnh uỷ Quảng Nam",
        "Hội nghị Tỉnh uỷ Quảng Nam\n\nBan Thường vụ Tỉnh uỷ Quảng Nam họp bàn việc học tập Chỉ thị số 05 "
        "của Bộ Chính trị.",
        dt.date(2022, 3, 1), "https://www.baoquangnam.vn/", ("Quảng Nam", "49"), (), ("Tỉnh ủy Quảng Nam",), (CT05,),
    ),
    IndexDoc(
        "khach-danang", "Du khách đến Da Nang",
        "Du khách đến Da Nang\n\nNhiều du khách quốc tế viết Da Nang trên bản đồ, không dấu. Da Nang, Da Nang!",
        dt.date(2019, 5, 20), "vnexpress.net",
    ),
    IndexDoc(
        "cho-que", "Chợ quê", "Chợ quê\n\nỞ làng Dã Nắng có phiên chợ họp mỗi sáng.",
        dt.date(2018, 1, 1), "tuoitre.vn",
    ),
    IndexDoc(
        "mua-danang", "Mưa lớn",
        "Mưa lớn\n\nMưa lớn kéo dài tại thành phố Đà Nẵng làm ngập nhiều tuyến phố ven sông trong buổi chiều.",
        dt.date(2023, 10, 10), "VnExpress.net", ("Đà Nẵng", "48"),
    ),
    IndexDoc(
        "gia-vang", "Giá vàng hôm nay", "Giá vàng hôm nay\n\nGiá vàng trong nước tăng mạnh, giá bạc đứng yên.",
        dt.date(2024, 1, 5), "cafef.vn",
    ),
    IndexDoc(
        "bong-da", "Bóng đá", "Bóng đá\n\nĐội tuyển thắng trận giao hữu, giá vé tăng. Huấn luyện viên Lê Minh Tuấn hài lòng.",
        dt.date(2024, 2, 1), "thethao.vn", (), ("Lê Minh Tuấn",),
    ),
    IndexDoc(
        "ret-hanoi", "Thời tiết", "Thời tiết\n\nHà Nội trời rét đậm, người dân đi làm sớm.",
        dt.date(2025, 12, 1), "dantri.com.vn", ("Hà Nội", "01"),
    ),
    IndexDoc(
        "cho-lua", "Hội chợ lúa gạo", "Hội chợ lúa gạo\n\nNông dân mang sản phẩm tới hội chợ.",
        dt.date(2020, 9, 9), "nongnghiep.vn",
    ),
    IndexDoc(
        "cho-nong-san", "Hội chợ nông sản", "Hội chợ nông sản\n\nNông dân mang lúa gạo tới hội chợ.",
        dt.date(2020, 9, 9), "nongnghiep.vn",
    ),
    IndexDoc("khong-ngay", "Bản tin không ngày", "Bản tin không ngày\n\nMột bài không có ngày đăng.", None, ""),
]

IDS = {doc.id for doc in DOCS}


def build(path: Path) -> SearchIndex:
    index = SearchIndex.open(path)
    index.upsert(DOCS)
    index.commit()
    return index


def ids(index: SearchIndex, query: str, **filters: object) -> set[str]:
    """The ids of every hit of ``query`` under ``filters`` (keyword arguments of SearchFilters)."""
    return set(index.search(query, SearchFilters(**filters), limit=100).ids)  # type: ignore[arg-type]
