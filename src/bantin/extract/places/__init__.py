"""Places: Vietnamese administrative units at the article's date, countries, foreign cities, regions.

:func:`find_places` finds the places a text names ("tỉnh Lạng Sơn", "TP.HCM",
"huyện Đồng Văn", "xã Lũng Cú", "Trung Quốc", "Bình Nhưỡng", "Tây Nguyên") and
resolves each Vietnamese one to the unit of the map in force at the article's
date: the 63 provinces with their districts and communes until 30 June 2025,
the 34 provinces with their communes from 1 July 2025 (ERA_63, ERA_34). A former
unit carries the unit of the 34-province map it belongs to now (``new_unit``:
"Hà Giang" -> "Tuyên Quang"). :func:`to_facts` turns mentions into ``place``
facts; :func:`article_province` tells other extractors which province an
article is about. :class:`Gazetteer` is the map itself: units by era, lookup by
name (:meth:`Gazetteer.resolve_place`), and conversion (:meth:`Gazetteer.convert_to_2025`).

Data and licence
----------------
The administrative units come from the PyPI package ``vietnamadminunits``
(>= 1.0.4, MIT licence, Copyright (c) 2025 Tran Ngoc Minh Hieu,
https://github.com/tranngocminhhieu/vietnamadminunits), a dependency of bantin.
Its JSON data files are located with importlib.util.find_spec (importing the
package would load its parser and shapely for nothing) and read in place at
run time, once per process (about 0.2 s); nothing is copied into this
repository and its parser is not used. They give
the statistics-office (GSO/NSO) codes of every unit: 63 provinces, 696
districts and 10,035 communes before the merger (the GSO list of 1 March 2025
has 10,047: 12 communes merged away in spring 2025 are missing), 34 provinces
and 3,321 communes after it, and the old-to-new conversion of every commune
(it agrees with the vietnam-provinces table on 10,031 of 10,033 communes; "Xã
Phú Tân" of Hậu Giang and "Xã Đặng Xá" of Hà Nội differ).
MIT is compatible with bantin's MIT licence; GPL-licensed lists (dvhcvn,
vietnam-provinces) are used only by the tests, to check this data, never
shipped. Countries, foreign cities and regions are facts written for bantin in
``bantin/lang/vi/foreign_places.json``; unit words and the words that tell a
place from a person's name are in ``bantin/lang/vi/admin_words.py``.
"""

from __future__ import annotations

from bantin.extract.places._data import GazetteerDataError
from bantin.extract.places._find import article_province, find_places, to_facts
from bantin.extract.places._gazetteer import Gazetteer
from bantin.extract.places._model import ERA_34, ERA_63, MERGER_DATE, AdminUnit, NewUnit, PlaceMention, era_at

__all__ = [
    "ERA_34",
    "ERA_63",
    "MERGER_DATE",
    "AdminUnit",
    "Gazetteer",
    "GazetteerDataError",
    "NewUnit",
    "PlaceMention",
    "article_province",
    "era_at",
    "find_places",
    "to_facts",
]
