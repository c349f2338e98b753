"""Provinces and cities (invented sentences)."""

from __future__ import annotations

import pytest

from desktop.core.parse import gazetteer, parse_article_strict
from desktop.core.parse.people import find_people
from desktop.core.parse.places import find_places, unique_places


def places_in(text: str) -> list[str]:
    spans = [(p.start, p.end) for p in find_people(text)]
    return unique_places(find_places(text, exclude_spans=spans))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại biểu các tỉnh Quảng Ninh, Hoà Bình, Khánh Hoà và Thanh Hoá dự họp.",
         ["Quảng Ninh", "Hoà Bình", "Khánh Hoà", "Thanh Hoá"]),
        ("Tỉnh ủy Bà Rịa - Vũng Tàu và Thành ủy TP.HCM ký kết.", ["Bà Rịa - Vũng Tàu", "TP.HCM"]),
        # an outlet's initials glued to the city's ("Đảng bộ TPHCM") name no place on their own
        ("(Cổng TTĐT ĐBTPHCM) - Sáng 13-7, Thành ủy TP. Hồ Chí Minh họp.", ["TP. Hồ Chí Minh"]),
        ("Thành phố Hồ Chí Minh và Thừa Thiên Huế; sau đó là Huế.",
         ["Thành phố Hồ Chí Minh", "Thừa Thiên Huế"]),
        ("Đắc Lắc, Đắk Nông, Kon Tum, Bắc Cạn", ["Đắc Lắc", "Đắk Nông", "Kon Tum", "Bắc Cạn"]),
        ("Sở Nội vụ Cà Mau phối hợp với Đồng Tháp.", ["Cà Mau", "Đồng Tháp"]),
        ("Phó Bí thư Thường trực Tỉnh ủy Sóc Trăng phát biểu.", ["Sóc Trăng"]),
        ("Hà Nội, Hà Nội và hà nội", ["Hà Nội"]),
        # a city's school of medicine ("Y" is also a family name of the Central Highlands)
        ("liên kết với Trường Đại học Y Hải Phòng và Học viện Y Dược học cổ truyền.",
         ["Hải Phòng"]),
    ],
)
def test_places(text: str, expected: list[str]) -> None:
    assert places_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "các tỉnh khu vực phía Bắc và Vụ Địa phương I",
        "học tập tư tưởng Hồ Chí Minh, Chủ tịch Hồ Chí Minh",
        "vì hòa bình và an ninh khu vực Thái Bình Dương",
        # one syllable keeps its tone: Huệ is a name or a flower, not Huế
        "chị Huệ và chị Hoa cùng dự",
        # a district, a town, a district's committee named like a province
        "đại diện huyện Hòa Bình, thị xã Quảng Trị và Huyện ủy Phú Yên",
        # other diacritics, another name: Quang Bình is a district of Hà Giang
        "Ban Tổ chức Huyện ủy Quang Bình tham luận",
        "kỷ niệm chiến thắng Điện Biên Phủ",
        "Đồng chí Nguyễn Thái Bình, Bí thư Chi bộ, phát biểu.",
        "Tỉnh ủy đã tổ chức hội nghị trong tỉnh.",
        # a river or a mountain named like a province
        "khai thác cát trái phép trên sông Đồng Nai và núi Bà Rịa",
    ],
)
def test_not_places(text: str) -> None:
    assert places_in(text) == []


def test_gazetteer_sizes() -> None:
    assert len(gazetteer.PROVINCES_63) == 63
    assert len(gazetteer.PROVINCES_34) == 34
    assert set(gazetteer.PROVINCES_34) - set(gazetteer.PROVINCES_63) == {"Huế"}


@pytest.mark.parametrize("name", gazetteer.all_keys())
def test_every_unit_is_found(name: str) -> None:
    prefix = "Thành phố " if name == "Hồ Chí Minh" else ""
    assert places_in(f"Đoàn công tác làm việc tại {prefix}{name} hôm nay.") != []


def test_places_of_the_site_header_come_first() -> None:
    p = parse_article_strict("\n".join([
        "Cổng thông tin điện tử Đảng bộ tỉnh Sóc Trăng",
        "Sóc Trăng giao ban công tác tổ chức quý III",
        "Ngày đăng: 05/10/2023",
        "Ban Tổ chức Tỉnh ủy làm việc với đoàn công tác của tỉnh Bạc Liêu và Hậu Giang.",
    ]))
    assert list(p.places) == ["Sóc Trăng", "Bạc Liêu", "Hậu Giang"]


@pytest.mark.parametrize(
    ("lead", "places"),
    [
        ("QUẢNG TRỊ - Sáng 4/3, Ban Tổ chức Tỉnh ủy tổ chức giao ban.", ["QUẢNG TRỊ"]),
        ("BÀ RỊA - VŨNG TÀU - Chiều 4/3, Ban Tổ chức Tỉnh ủy tổ chức giao ban.",
         ["BÀ RỊA - VŨNG TÀU"]),
        ("TP. HỒ CHÍ MINH – Chiều 4/3, Ban Tổ chức Thành ủy tổ chức giao ban.", ["TP. HỒ CHÍ MINH"]),
        # an outlet's tag is no place
        ("TTXVN - Chiều 4/3, Ban Tổ chức Thành ủy tổ chức giao ban.", []),
        # a wire's dateline: the place before a comma or the agency's bracket
        ("ĐÀ NẴNG, 4/3 (TTXVN) - Chiều 4/3, Ban Tổ chức Thành ủy tổ chức giao ban.", ["ĐÀ NẴNG"]),
        ("CẦN THƠ (TTXVN) – Chiều 4/3, Ban Tổ chức Thành ủy tổ chức giao ban.", ["CẦN THƠ"]),
        # (a comma with no dash after it is no dateline)
        ("BAN TỔ CHỨC, chiều 4/3, tổ chức giao ban với Hà Nội.", ["Hà Nội"]),
    ],
)
def test_dateline_in_capitals(lead: str, places: list[str]) -> None:
    from desktop.core.parse import parse_article_strict

    p = parse_article_strict(f"Giao ban công tác tổ chức quý I\nNgày đăng: 05/03/2024\n{lead}")
    assert (list(p.places), p.event_date) == (places, "2024-03-04")


def test_an_english_wire_dateline_and_hcm_city() -> None:
    from desktop.core.parse import parse_article_strict

    p = parse_article_strict("Organisation boards review the first quarter\n"
                             "HANOI, March 4 (VNA) – Officials met on Monday with delegates of "
                             "HCM City and Can Tho city. HCMC-based firms sent no one.")
    assert list(p.places) == ["HANOI", "HCM City", "Can Tho"]


def test_a_name_typed_without_diacritics_is_still_the_province() -> None:
    assert places_in("Doan cong tac tinh Quang Nam va Ha Noi") == ["Quang Nam", "Ha Noi"]


def test_a_province_at_the_end_of_a_long_masthead_in_capitals() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIỂU CẦN - TỈNH TRÀ VINH",
                     "Huyện ủy sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm",
                     "Sáng 5/7, Huyện ủy tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng."])
    assert parse_article_strict(raw).places == ("Trà Vinh",)


def test_provinces_named_only_on_the_page_after_the_article_come_after_its_own() -> None:
    from desktop.core.parse import analysis_dict, parse_article_strict

    raw = "\n".join([
        "Huyện ủy Tiên Lữ giao ban công tác tổ chức quý II",
        "Thứ Tư, 05/07/2023 - 10:15",
        "Sáng 4/7, Ban Tổ chức Huyện ủy Tiên Lữ (Hưng Yên) tổ chức giao ban công tác tổ chức quý II.",
        "Hội nghị đã đánh giá kết quả công tác tổ chức xây dựng Đảng trong quý, chỉ ra những hạn chế "
        "trong công tác phát triển đảng viên ở cơ sở và thống nhất các nhiệm vụ trọng tâm của quý III "
        "năm 2023, trong đó có việc chuẩn bị nhân sự cấp ủy và rà soát quy hoạch cán bộ.",
        "Thu Hà", "Tin khác", "Thái Bình: Kết nạp 120 đảng viên mới", "Hưng Yên sơ kết Chỉ thị 28",
        "Báo Hưng Yên - Số 8 Hải Dương, phường Lê Lợi"])
    parsed = parse_article_strict(raw)
    assert parsed.places == ("Hưng Yên",)  # the article's: the library's province filter
    assert parsed.page_places == ("Thái Bình",)  # the street of the address is no province
    assert analysis_dict(parsed, "a.txt")["places"] == ["Hưng Yên", "Thái Bình"]


def test_two_provinces_joined_by_a_dash() -> None:
    from desktop.core.parse.places import find_places

    assert [k for k, *_ in find_places("tuyến đường kết nối Quảng Ninh - Thái Bình")] == ["Quảng Ninh", "Thái Bình"]
    # a reporter's name beside another's is no province
    assert [k for k, *_ in find_places("Văn Giang - Thanh Hoa")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province merged away in 2008, named in the reports of its day
        ("Tỉnh ủy Hà Tây tổ chức hội nghị, đoàn công tác tỉnh Hòa Bình dự.", ["Hà Tây", "Hòa Bình"]),
        ("Năm 1987, Ban Tổ chức Tỉnh ủy Hà Sơn Bình và Hải Hưng trao đổi kinh nghiệm.",
         ["Hà Sơn Bình", "Hải Hưng"]),
        # (the longest name wins: "Hà Nam Ninh" is not "Hà Nam")
        ("cán bộ tỉnh Hà Nam Ninh cũ", ["Hà Nam Ninh"]),
        # a movement, not the province: "Xô viết Nghệ Tĩnh"
        ("phát huy truyền thống Xô viết Nghệ Tĩnh anh hùng", []),
        ("Đồng chí Lê Hà Tây phát biểu", []),
    ],
)
def test_former_provinces(text: str, expected: list[str]) -> None:
    assert places_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's capital city shares its name: the city is not the province
        ("các phường Nguyễn Thái Học, Yên Ninh thuộc thành phố Yên Bái cũ", []),
        ("Thành ủy TP. Thái Nguyên tổ chức hội nghị", []),
        ("đoàn công tác tỉnh Thái Nguyên làm việc tại thành phố Thái Nguyên", ["Thái Nguyên"]),
        # a centrally run city is the unit itself
        ("Thành ủy thành phố Đà Nẵng và TP. Cần Thơ trao đổi kinh nghiệm", ["Đà Nẵng", "Cần Thơ"]),
    ],
)
def test_a_provinces_city_is_not_the_province(text: str, expected: list[str]) -> None:
    assert places_in(text) == expected


@pytest.mark.parametrize("text", ["Đồng chí Vũ Thị Hạnh, Bí thư Huyện đoàn Hải Dương dự lễ.",
                                  "Quận đội Bắc Ninh tổ chức huấn luyện."])
def test_a_districts_own_bodies_name_no_province(text: str) -> None:
    assert places_in(text) == []


def test_a_district_sharing_a_provinces_name_is_meant_by_its_bare_name_too() -> None:
    raw = ("Huyện ủy Thái Bình tổng kết công tác tổ chức năm 2016\n\n"
           "Sáng 28/12, Ban Tổ chức Huyện ủy Thái Bình (tỉnh Hòa Bình) tổ chức hội nghị tổng kết. "
           "Mục tiêu năm 2017 là đưa Thái Bình trở thành huyện dẫn đầu tỉnh về phát triển đảng viên.")
    assert list(parse_article_strict(raw).places) == ["Hòa Bình"]
    # the province is meant when the text says so somewhere
    said = raw + " Đoàn công tác tỉnh Thái Bình đến thăm và trao đổi kinh nghiệm."
    assert list(parse_article_strict(said).places) == ["Hòa Bình", "Thái Bình"]


def test_the_cities_as_an_english_page_names_them() -> None:
    text = ("The Danang Party Committee met delegates from Hanoi, Haiphong and Ho Chi Minh City. "
            "Ho Chi Minh Thought was studied.")
    assert unique_places(find_places(text)) == ["Danang", "Hanoi", "Haiphong", "Ho Chi Minh City"]
    # (a calendar's time zone names no place; one syllable still keeps its tone: "Huệ" is no "Huế")
    assert find_places("Thời gian: 8:00 SA (UTC+07:00) Bangkok, Hanoi, Jakarta. Bà Nguyễn Thị Huệ dự.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # the last of a list of districts' or communes' names after their noun in the plural
    ("Các huyện Thới Bình, U Minh, Hòa Bình làm tốt công tác phát triển đảng viên ở tỉnh Cà Mau.", ["Cà Mau"]),
    ("Hai xã Tân Hưng và Quảng Ninh của huyện Quảng Trạch đạt chỉ tiêu.", []),
    # (provinces listed after "các tỉnh" stay provinces)
    ("Đoàn công tác làm việc với các tỉnh Sóc Trăng, Bạc Liêu và Hòa Bình.", ["Sóc Trăng", "Bạc Liêu", "Hòa Bình"]),
    # the communes' committees named, or communes named as examples
    ("Từ nay đến ngày 20-5, các đảng bộ xã Vĩnh Long, Hòa Bình, Lý Học sẽ tổ chức đại hội.", []),
    ("Một số xã như Hòa Bình, Song Lãng, Tân Hòa chậm kiện toàn chi ủy.", []),
    ("Các tỉnh như Hòa Bình, Sơn La làm tốt.", ["Hòa Bình", "Sơn La"]),
])
def test_a_list_of_districts_names_no_province(text: str, expected: list[str]) -> None:
    assert places_in(text) == expected
