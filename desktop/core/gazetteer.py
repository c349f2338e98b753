"""Provinces and centrally run cities of Vietnam, before and after the 2025 merger.

A hand-written table, so the analyser needs no network and no data package.
(The ``vietnam-provinces`` package in the environment only ships the 34
post-merger units, not the 63 earlier ones, so it is not used.)

``PROVINCES_63`` lists the 63 units of 2008-2025; ``PROVINCES_34`` the 34 units
after the merger of 12 June 2025 (Resolution 202/2025/QH15). Every one of the
34 names except ``Huế`` is also one of the 63, so the union has 64 keys;
``FORMER_PROVINCES`` adds the units older reports name (``Hà Tây``).
``VARIANTS`` gives the spellings matched for each key (tone placement
``Hòa``/``Hoà`` needs no variant: matching runs on folded text); ``ONE_WORD_FORMS``
the cities' names as English pages print them.
"""

from __future__ import annotations

PROVINCES_63: tuple[str, ...] = (
    # Red River delta and the north
    "Hà Nội", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên",
    "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn", "Quảng Ninh",
    "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hải Phòng", "Hưng Yên",
    "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình",
    # the centre
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng",
    "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Thuận", "Bình Thuận",
    # Central Highlands
    "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng",
    # south-east
    "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh",
    # Mekong delta
    "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang",
    "Kiên Giang", "Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau",
)

PROVINCES_34: tuple[str, ...] = (
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ",
    "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh",
    "Cần Thơ", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
)

#: provinces that no longer exist, named in older reports: "Hà Tây" (1991-2008, merged into Hà
#: Nội) and the units of 1976-1997 (split since). Names that are also a person's, a river's or a
#: region's ("Minh Hải", "Nam Hà", "Sông Bé", "Cửu Long", "Hà Bắc" is China's Hebei) and the
#: dashed ones ("Quảng Nam - Đà Nẵng" reads as two provinces today) are left out.
FORMER_PROVINCES: tuple[str, ...] = (
    "Hà Tây", "Hà Sơn Bình", "Hà Nam Ninh", "Hải Hưng", "Hà Tuyên", "Hoàng Liên Sơn", "Bắc Thái",
    "Vĩnh Phú", "Nghệ Tĩnh", "Bình Trị Thiên", "Nghĩa Bình", "Phú Khánh", "Thuận Hải",
)

#: key -> folded spellings (regex fragments, spaces match any white space)
VARIANTS: dict[str, tuple[str, ...]] = {
    "Bắc Kạn": ("bac kan", "bac can"),
    "Thừa Thiên Huế": ("thua thien hue", r"thua thien\s*[-–]\s*hue"),
    "Huế": ("hue",),
    "Kon Tum": ("kon tum", "kontum"),
    "Đắk Lắk": ("dak lak", "dac lac", "dak lac", "dac lak", "daklak", "daclac"),
    "Đắk Nông": ("dak nong", "dac nong", "daknong"),
    "Bà Rịa - Vũng Tàu": (r"ba ria\s*[-–—]?\s*vung tau", "br-vt", "brvt"),
    # "Hồ Chí Minh" alone is the president (tư tưởng Hồ Chí Minh): require the city prefix
    "Hồ Chí Minh": (
        r"(?:thanh pho|tp\.?)\s*ho chi minh", r"tp\.?\s*hcm", "tphcm",
        # on an English page: "Ho Chi Minh City", "HCM City"
        r"ho chi minh city", r"hcm city",
    ),
}

#: key -> the city's name in one word, as English pages print it (folded): "Hanoi", "Danang".
#: Not a variant: printed without marks it is the city only where its line has none either
#: (the places' test for a name without marks), as on an English page
ONE_WORD_FORMS: dict[str, str] = {"Hà Nội": "hanoi", "Hải Phòng": "haiphong", "Đà Nẵng": "danang"}

#: keys folded in Huế: "Thừa Thiên Huế" (63) and "Huế" (34) are one unit
SAME_UNIT: dict[str, str] = {"Huế": "Thừa Thiên Huế"}

#: (key, folded word that must not come right before, folded word that must not follow)
#: "Thái Bình Dương" is the Pacific, "Điện Biên Phủ" the battle, "Bình Dương" in it too
EXCLUDE_CONTEXT: tuple[tuple[str, str | None, str | None], ...] = (
    ("Thái Bình", None, "duong"),
    ("Bình Dương", "thai", None),
    ("Điện Biên", None, "phu"),
    ("Điện Biên", None, "dong"),  # Điện Biên Đông, a district
    ("Hà Nam", None, "ninh"),
    ("Nam Định", "ha", None),
    ("Nghệ Tĩnh", "viet", None),  # "phong trào Xô viết Nghệ Tĩnh" (1930-1931), a movement
    ("Hà Nội", "bangkok", None),  # a calendar's time zone: "(UTC+07:00) Bangkok, Hanoi, Jakarta"
)


def all_keys() -> tuple[str, ...]:
    """Every key of the gazetteer: the 63 units, ``Huế`` of the 34, and the former ones."""
    return tuple(dict.fromkeys(PROVINCES_63 + PROVINCES_34 + FORMER_PROVINCES))


def unit_of(key: str) -> str:
    """The one key a place is unified under (``Huế`` -> ``Thừa Thiên Huế``)."""
    return SAME_UNIT.get(key, key)
