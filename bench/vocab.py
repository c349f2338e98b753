"""Vocabularies for the synthetic article generator (``bench/generate.py``).

Everything here is plain data: tuples of strings and small records. The
generator composes articles from these pieces; no sentence is copied from the
seed articles. Order matters: the generator indexes these tuples with its own
deterministic random stream, so reordering or editing an entry changes the
generated corpus and must come with a bump of ``GENERATOR_VERSION``.
"""

# --------------------------------------------------------------------------
# Geography: the 63 provinces and centrally-run cities before the 2025 merger.
# --------------------------------------------------------------------------

#: Centrally-run cities (their Party committee is a "Thành ủy").
CITIES = ("Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")

#: Regions -> member provinces/cities (all 63, each exactly once).
REGIONS = (
    ("khu vực miền núi phía Bắc", (
        "Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Điện Biên",
        "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên", "Lạng Sơn",
        "Bắc Giang", "Phú Thọ",
    )),
    ("khu vực đồng bằng sông Hồng", (
        "Hà Nội", "Hải Phòng", "Quảng Ninh", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương",
        "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình",
    )),
    ("khu vực Bắc Trung Bộ và duyên hải miền Trung", (
        "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế",
        "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
        "Ninh Thuận", "Bình Thuận",
    )),
    ("khu vực Tây Nguyên", ("Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng")),
    ("khu vực Đông Nam Bộ", (
        "TP. Hồ Chí Minh", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai",
        "Bà Rịa - Vũng Tàu",
    )),
    ("khu vực đồng bằng sông Cửu Long", (
        "Cần Thơ", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long",
        "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu",
        "Cà Mau",
    )),
)

PROVINCES = tuple(p for _, members in REGIONS for p in members)

#: Short abbreviations some outlets print in a source tag, e.g. "(Cổng TTĐT AG)".
PROVINCE_ABBR = {
    "An Giang": "AG", "Bình Dương": "BD", "Đồng Nai": "ĐN", "Lâm Đồng": "LĐ",
    "Quảng Ninh": "QN", "Thanh Hóa": "TH", "Nghệ An": "NA", "Bắc Ninh": "BN",
    "Cà Mau": "CM", "Kiên Giang": "KG", "Gia Lai": "GL", "Phú Thọ": "PT",
}

#: Generic district/commune/ward names (not tied to a real province).
PLACE_NAMES = (
    "Tân Phú", "Yên Lạc", "Bình Minh", "Phú Lộc", "Thạch Thất", "Hòa An", "Tân Lập",
    "Quảng Điền", "Đức Thọ", "Vĩnh Tường", "Châu Thành", "Hưng Hà", "Kim Sơn", "Ea Kar",
    "Krông Pắc", "Mường Tè", "Bảo Yên", "Na Hang", "Tam Nông", "Thanh Sơn", "Cẩm Xuyên",
    "Lục Ngạn", "Xuân Trường", "Nghĩa Hưng", "Tiên Du", "Gia Bình", "Phù Cừ", "Kiến Xương",
    "Hải Lăng", "Núi Thành", "Tư Nghĩa", "Hoài Nhơn", "Sơn Hòa", "Cam Lâm", "Ninh Phước",
    "Hàm Thuận Bắc", "Đắk Glong", "Di Linh", "Chư Sê", "Đăk Hà", "Lộc Ninh", "Trảng Bàng",
    "Dầu Tiếng", "Long Thành", "Xuyên Mộc", "Cần Giuộc", "Cai Lậy", "Mỏ Cày Nam",
    "Cầu Kè", "Tam Bình", "Lai Vung", "Tri Tôn", "Giồng Riềng", "Phụng Hiệp",
    "Mỹ Xuyên", "Hồng Dân", "Trần Văn Thời", "Quảng Xương", "Diễn Châu", "Lệ Thủy",
    "Vĩnh Linh", "Phong Điền", "Hương Sơn", "An Lão", "Đông Triều", "Văn Lâm",
)

VILLAGE_KINDS = ("thôn", "ấp", "bản", "tổ dân phố", "khu phố", "buôn")

# --------------------------------------------------------------------------
# People.
# --------------------------------------------------------------------------

FAMILY_NAMES = (
    "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh",
    "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh",
    "Mai", "Lâm", "Hà", "Tạ", "Lương", "Cao", "Đào", "Chu", "Quách", "Triệu", "Kiều",
    "Thái", "Lò", "Nông", "Hứa", "Tô", "Châu", "Văn",
)

MALE_MIDDLE = (
    "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Xuân", "Công", "Đình", "Ngọc",
    "Quốc", "Trọng", "Mạnh", "Hồng", "Tiến", "Thế", "Anh", "Bá", "Duy", "Hoàng", "Trung",
    "Viết", "Khắc", "Tấn", "Thành",
)

FEMALE_MIDDLE = (
    "Thị", "Thị", "Thị Thu", "Thị Hồng", "Thị Kim", "Thị Thanh", "Ngọc", "Thu", "Thanh",
    "Hồng", "Thị Minh", "Thị Lan", "Thị Bích", "Thị Ngọc",
)

MALE_GIVEN = (
    "An", "Bình", "Cường", "Dũng", "Đạt", "Định", "Giang", "Hải", "Hiếu", "Hòa", "Hùng",
    "Huy", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Lợi", "Luân", "Nam", "Nghĩa",
    "Nhân", "Phong", "Phúc", "Quân", "Quyết", "Sang", "Sơn", "Tài", "Tâm", "Thắng",
    "Thành", "Thịnh", "Thuận", "Tiến", "Toàn", "Trí", "Trung", "Tuấn", "Tùng", "Việt",
    "Vinh", "Vũ", "Chiến", "Hưng", "Khải", "Lực", "Mạnh", "Phương", "Quang", "Sỹ",
    "Thông", "Tuyên", "Bảo", "Đông", "Hậu", "Kha", "Nguyên", "Tới",
)

FEMALE_GIVEN = (
    "Anh", "Bích", "Châu", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
    "Hồng", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Minh", "Nga", "Ngân",
    "Nhung", "Oanh", "Phượng", "Quyên", "Thảo", "Thoa", "Thủy", "Thúy", "Trang", "Tuyết",
    "Vân", "Xuân", "Yến", "Hòa",
)

#: Full names the generator must never produce (real national leaders).
FORBIDDEN_NAMES = frozenset((
    "Nguyễn Phú Trọng", "Tô Lâm", "Phạm Minh Chính", "Lương Cường", "Trần Thanh Mẫn",
    "Võ Văn Thưởng", "Vương Đình Huệ", "Nguyễn Xuân Phúc", "Trương Thị Mai",
    "Lê Minh Hưng", "Trần Cẩm Tú", "Nguyễn Hòa Bình", "Phan Đình Trạc", "Nguyễn Trọng Nghĩa",
    "Lê Minh Khái", "Nguyễn Văn Nên", "Trần Quốc Vượng", "Đinh Thế Huynh", "Trương Tấn Sang",
    "Nguyễn Tấn Dũng", "Nguyễn Sinh Hùng", "Tô Huy Rứa", "Nguyễn Thị Kim Ngân",
    "Trần Đại Quang", "Nguyễn Minh Triết", "Phan Văn Khải", "Nông Đức Mạnh",
    "Đỗ Văn Chiến", "Phan Văn Giang", "Lương Tam Quang", "Nguyễn Duy Ngọc",
    "Trần Hồng Hà", "Nguyễn Hòa Bình", "Lê Hoài Trung", "Nguyễn Quang Dương",
    "Mai Văn Chính", "Hoàng Đăng Quang", "Nguyễn Thanh Bình", "Phạm Thị Thanh Trà",
))

#: Bylines: either names or outlet/agency credits.
BYLINE_SURNAMES = ("Minh", "Thu", "Hải", "Lan", "Hoàng", "Văn", "Hữu", "Kim", "Duy",
                   "Thanh", "Quang", "Ngọc", "Phương", "Bảo", "Đức", "Hồng")
BYLINE_CREDITS = (
    "Ban Tổ chức Tỉnh ủy", "Phòng Thông tin - Tuyên truyền", "BTC", "Văn phòng Tỉnh ủy",
    "Theo Tạp chí Xây dựng Đảng", "Theo Báo Nhân Dân", "Theo TTXVN", "CTV",
    "Trung tâm Truyền thông tỉnh", "Theo xaydungdang.org.vn",
)

# --------------------------------------------------------------------------
# Official titles.
# --------------------------------------------------------------------------

#: Central-level titles (used with Ban Tổ chức Trung ương).
CENTRAL_TITLES_TOP = (
    "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương",
    "Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương",
)
CENTRAL_TITLES = (
    "Ủy viên Trung ương Đảng, Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
    "Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương",
    "Phó Trưởng Ban Tổ chức Trung ương",
    "Phó Trưởng Ban Tổ chức Trung ương",
    "Vụ trưởng Vụ Địa phương I (Ban Tổ chức Trung ương)",
    "Vụ trưởng Vụ Địa phương II, Ban Tổ chức Trung ương",
    "Vụ trưởng Vụ Địa phương III, Ban Tổ chức Trung ương",
    "Vụ trưởng Vụ Cơ sở đảng, đảng viên",
    "Vụ trưởng Vụ Tổng hợp, Ban Tổ chức Trung ương",
    "Cục trưởng Cục Bảo vệ chính trị nội bộ",
    "Vụ trưởng Vụ Tổ chức - Cán bộ cơ quan",
    "Phó Vụ trưởng Vụ Chính sách cán bộ",
)
#: The short title for "{title} {name} phát biểu" style (title before name).
CENTRAL_SHORT = (
    "Phó Trưởng Ban Tổ chức Trung ương", "Phó Trưởng Ban Thường trực Ban Tổ chức Trung ương",
    "Trưởng Ban Tổ chức Trung ương", "Vụ trưởng Vụ Địa phương I",
)

#: Provincial titles; "{u}" is "Tỉnh ủy" or "Thành ủy", "{p}" the province.
PROV_TITLES = (
    "Ủy viên Ban Thường vụ {u}, Trưởng Ban Tổ chức {u}",
    "Ủy viên Ban Thường vụ {u}, Trưởng Ban Tổ chức {u}",
    "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức {u}",
    "Trưởng Ban Tổ chức {u} {p}",
    "Phó Bí thư Thường trực {u}",
    "Phó Bí thư Thường trực {u} {p}",
    "Bí thư {u}",
    "Phó Trưởng Ban Tổ chức {u}",
    "Phó Trưởng Ban Thường trực Ban Tổ chức {u}",
    "Ủy viên Trung ương Đảng, Bí thư {u} {p}",
)
PROV_TITLES_2018_2020 = (
    "Ủy viên Ban Thường vụ {u}, Trưởng Ban Tổ chức {u}, Giám đốc Sở Nội vụ",
    "Trưởng Ban Tổ chức {u}, Giám đốc Sở Nội vụ {p}",
)
PROV_SIDE_TITLES = (
    "Giám đốc Sở Nội vụ", "Phó Giám đốc Sở Nội vụ", "Chủ nhiệm Ủy ban Kiểm tra {u}",
    "Trưởng Ban Tuyên giáo {u}", "Chánh Văn phòng {u}", "Bí thư Đảng ủy Khối các cơ quan tỉnh",
    "Trưởng phòng Cơ sở đảng - đảng viên, Ban Tổ chức {u}",
    "Trưởng phòng Tổ chức cán bộ, Ban Tổ chức {u}",
    "Trưởng phòng Bảo vệ chính trị nội bộ, Ban Tổ chức {u}",
)

GRASS_TITLES = (
    "Bí thư Huyện ủy {d}", "Phó Bí thư Thường trực Huyện ủy {d}", "Trưởng Ban Tổ chức Huyện ủy {d}",
    "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy", "Bí thư Thị ủy {d}",
    "Trưởng Ban Tổ chức Thị ủy {d}", "Bí thư Đảng ủy xã {c}", "Phó Bí thư Đảng ủy xã {c}",
    "Bí thư Đảng ủy phường {c}", "Bí thư Đảng ủy thị trấn {c}",
    "Bí thư Chi bộ {v} {c}", "Chủ tịch UBND huyện {d}",
)

# --------------------------------------------------------------------------
# Directives.  Fields:
#   (kind, number, suffix, day, month, year, issuer, subject, last_year, short)
# ``short`` is the bare number printed in a short repeat ("Chỉ thị 35").
# Listed roughly by popularity; the generator applies a Zipf-like weight by
# position, restricted to directives already issued and still topical.
# --------------------------------------------------------------------------

BCT = "Bộ Chính trị"
BBT = "Ban Bí thư"
BTCTW = "Ban Tổ chức Trung ương"

DIRECTIVES = (
    ("Nghị quyết", "12", "NQ/TW", 16, 1, 2012, "Hội nghị Trung ương 4 khóa XI",
     "một số vấn đề cấp bách về xây dựng Đảng hiện nay", 2015, "12"),
    ("Nghị quyết", "04", "NQ/TW", 30, 10, 2016, "Hội nghị Trung ương 4 khóa XII",
     "tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính "
     "trị, đạo đức, lối sống, những biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ",
     2021, "04"),
    ("Kết luận", "21", "KL/TW", 25, 10, 2021, "Ban Chấp hành Trung ương Đảng khóa XIII",
     "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", 2026, "21"),
    ("Nghị quyết", "26", "NQ/TW", 19, 5, 2018, "Ban Chấp hành Trung ương Đảng khóa XII",
     "tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược, đủ phẩm chất, năng lực "
     "và uy tín, ngang tầm nhiệm vụ", 2026, "26"),
    ("Nghị quyết", "18", "NQ/TW", 25, 10, 2017, "Ban Chấp hành Trung ương Đảng khóa XII",
     "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh "
     "gọn, hoạt động hiệu lực, hiệu quả", 2026, "18"),
    ("Quy định", "262", "QĐ/TW", 8, 10, 2014, BCT,
     "việc lấy phiếu tín nhiệm đối với thành viên lãnh đạo cấp ủy, cán bộ lãnh đạo trong hệ "
     "thống chính trị", 2023, "262"),
    ("Quy định", "08", "QĐi/TW", 25, 10, 2018, "Ban Chấp hành Trung ương",
     "trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên "
     "Ban Bí thư, Ủy viên Ban Chấp hành Trung ương", 2026, "08"),
    ("Chỉ thị", "28", "CT/TW", 21, 1, 2019, BBT,
     "nâng cao chất lượng kết nạp đảng viên và rà soát, sàng lọc, đưa những đảng viên không đủ "
     "tư cách ra khỏi Đảng", 2026, "28"),
    ("Nghị quyết", "19", "NQ/TW", 25, 10, 2017, "Ban Chấp hành Trung ương Đảng khóa XII",
     "tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động "
     "của các đơn vị sự nghiệp công lập", 2024, "19"),
    ("Quy định", "213", "QĐ/TW", 2, 1, 2020, BCT,
     "trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và "
     "nhân dân nơi cư trú", 2026, "213"),
    ("Nghị quyết", "39", "NQ/TW", 17, 4, 2015, BCT,
     "tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức", 2022, "39"),
    ("Quy định", "105", "QĐ/TW", 19, 12, 2017, BCT,
     "phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử", 2022, "105"),
    ("Hướng dẫn", "01", "HD/TW", 28, 9, 2021, BBT,
     "một số vấn đề cụ thể thi hành Điều lệ Đảng", 2026, "01"),
    ("Quy định", "50", "QĐ/TW", 27, 12, 2021, BCT, "công tác quy hoạch cán bộ", 2026, "50"),
    ("Quy định", "80", "QĐ/TW", 18, 8, 2022, BCT,
     "phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử", 2026, "80"),
    ("Quy định", "24", "QĐ/TW", 30, 7, 2021, "Ban Chấp hành Trung ương",
     "thi hành Điều lệ Đảng", 2026, "24"),
    ("Kết luận", "14", "KL/TW", 22, 9, 2021, BCT,
     "chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung", 2026, "14"),
    ("Quy định", "132", "QĐ/TW", 8, 10, 2018, BCT,
     "việc kiểm điểm và đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong "
     "hệ thống chính trị", 2023, "132"),
    ("Quy định", "41", "QĐ/TW", 3, 11, 2021, BCT,
     "việc miễn nhiệm, từ chức đối với cán bộ", 2026, "41"),
    ("Nghị quyết", "22", "NQ/TW", 2, 2, 2008, "Ban Chấp hành Trung ương Đảng khóa X",
     "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ "
     "cán bộ, đảng viên", 2019, "22"),
    ("Quy định", "114", "QĐ/TW", 11, 7, 2023, BCT,
     "kiểm soát quyền lực và phòng, chống tham nhũng, tiêu cực trong công tác cán bộ", 2026, "114"),
    ("Nghị quyết", "37", "NQ/TW", 24, 12, 2018, BCT,
     "việc sắp xếp các đơn vị hành chính cấp huyện và cấp xã", 2023, "37"),
    ("Quy định", "96", "QĐ/TW", 2, 2, 2023, BCT,
     "lấy phiếu tín nhiệm đối với chức vụ lãnh đạo, quản lý trong hệ thống chính trị", 2026, "96"),
    ("Hướng dẫn", "16", "HD/BTCTW", 15, 11, 2018, BTCTW,
     "kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng, đảng viên",
     2019, "16"),
    ("Hướng dẫn", "21", "HD/BTCTW", 18, 10, 2019, BTCTW,
     "kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng, đảng viên và tập "
     "thể, cá nhân cán bộ lãnh đạo, quản lý các cấp", 2022, "21"),
    ("Hướng dẫn", "26", "HD/BTCTW", 18, 10, 2019, BTCTW,
     "một số nội dung Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp", 2020, "26"),
    ("Quy định", "101", "QĐ/TW", 7, 6, 2012, BBT,
     "trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp",
     2018, "101"),
    ("Quy định", "55", "QĐ/TW", 19, 12, 2016, BCT,
     "một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên", 2021, "55"),
    ("Quy định", "98", "QĐ/TW", 7, 10, 2017, BCT, "luân chuyển cán bộ", 2022, "98"),
    ("Quy định", "65", "QĐ/TW", 28, 4, 2022, BCT, "luân chuyển cán bộ", 2026, "65"),
    ("Quy định", "148", "QĐ/TW", 23, 5, 2024, BCT,
     "thẩm quyền, trách nhiệm của người đứng đầu trong công tác cán bộ", 2026, "148"),
    ("Kết luận", "48", "KL/TW", 30, 1, 2023, BCT,
     "tiếp tục thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030",
     2025, "48"),
    ("Quy định", "45", "QĐ/TW", 1, 11, 2011, "Ban Chấp hành Trung ương", "thi hành Điều lệ Đảng",
     2016, "45"),
    ("Kết luận", "24", "KL/TW", 5, 6, 2012, BCT,
     "đẩy mạnh công tác quy hoạch và luân chuyển cán bộ lãnh đạo, quản lý đến năm 2020 và những "
     "năm tiếp theo", 2017, "24"),
    ("Chỉ thị", "05", "CT/TW", 15, 5, 2016, BCT,
     "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", 2026, "05"),
    ("Chỉ thị", "03", "CT/TW", 14, 5, 2011, BCT,
     "tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh", 2015, "03"),
    ("Kết luận", "121", "KL/TW", 24, 1, 2025, "Ban Chấp hành Trung ương Đảng khóa XIII",
     "tổng kết Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy", 2026, "121"),
    ("Nghị quyết", "60", "NQ/TW", 12, 4, 2025, "Hội nghị Trung ương 11 khóa XIII",
     "sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp", 2026, "60"),
    ("Kết luận", "126", "KL/TW", 14, 2, 2025, BCT,
     "một số nội dung, nhiệm vụ tiếp tục sắp xếp, tinh gọn tổ chức bộ máy", 2026, "126"),
    ("Quy định", "89", "QĐ/TW", 4, 8, 2017, BCT,
     "khung tiêu chuẩn chức danh, định hướng khung tiêu chí đánh giá cán bộ lãnh đạo, quản lý "
     "các cấp", 2020, "89"),
    ("Quy định", "214", "QĐ/TW", 2, 1, 2020, BCT,
     "khung tiêu chuẩn chức danh, tiêu chí đánh giá cán bộ thuộc diện Ban Chấp hành Trung ương, "
     "Bộ Chính trị, Ban Bí thư quản lý", 2026, "214"),
    ("Chỉ thị", "10", "CT/TW", 30, 3, 2007, BBT,
     "nâng cao chất lượng sinh hoạt chi bộ", 2022, "10"),
    ("Hướng dẫn", "12", "HD/BTCTW", 6, 7, 2022, BTCTW,
     "một số vấn đề về nghiệp vụ công tác đảng viên", 2026, "12"),
    ("Nghị quyết", "42", "NQ/TW", 30, 11, 2004, BCT,
     "công tác quy hoạch cán bộ lãnh đạo, quản lý thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa "
     "đất nước", 2017, "42"),
    ("Quy định", "57", "QĐ/TW", 3, 5, 2007, BCT, "một số vấn đề bảo vệ chính trị nội bộ Đảng",
     2018, "57"),
    ("Quy định", "47", "QĐ/TW", 1, 11, 2011, "Ban Chấp hành Trung ương",
     "những điều đảng viên không được làm", 2019, "47"),
    ("Kết luận", "64", "KL/TW", 28, 5, 2013, "Hội nghị Trung ương 7 khóa XI",
     "một số vấn đề về tiếp tục đổi mới, hoàn thiện hệ thống chính trị từ Trung ương đến cơ sở",
     2017, "64"),
)

#: Congress directives, keyed by congress number. Each: (directive tuple, from date).
CONGRESS_DIRECTIVES = {
    "XI": ("Chỉ thị", "37", "CT/TW", 6, 6, 2009, BCT,
           "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XI của Đảng",
           2010, "37"),
    "XII": ("Chỉ thị", "36", "CT/TW", 30, 5, 2014, BCT,
            "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
            2015, "36"),
    "XIII": ("Chỉ thị", "35", "CT/TW", 30, 5, 2019, BCT,
             "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
             2020, "35"),
    "XIV": ("Chỉ thị", "35", "CT/TW", 14, 6, 2024, BCT,
            "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
            2025, "35"),
    "XIV-b": ("Chỉ thị", "45", "CT/TW", 14, 4, 2025, BCT,
              "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
              2025, "45"),
}

#: Congress -> (term of local committees, term of the Central Committee).
CONGRESS_TERMS = {
    "XI": ("2010 - 2015", "2011 - 2016"),
    "XII": ("2015 - 2020", "2016 - 2021"),
    "XIII": ("2020 - 2025", "2021 - 2026"),
    "XIV": ("2025 - 2030", "2026 - 2031"),
}

# --------------------------------------------------------------------------
# Phrases for composing sentences.  ``{...}`` slots are filled by the generator.
# --------------------------------------------------------------------------

LEAD_VERBS = ("tổ chức", "đã tổ chức", "tổ chức", "chủ trì tổ chức", "phối hợp tổ chức")

ONLINE_FORMS = (
    "", "", " trực tuyến", " trực tuyến toàn quốc", " trực tiếp kết hợp trực tuyến",
)

CHAIR_VERBS = ("chủ trì hội nghị", "chủ trì", "dự và chủ trì hội nghị",
               "chủ trì và kết luận hội nghị",
               "chủ trì hội nghị và phát biểu chỉ đạo")

GRASS_ATTENDEES = (
    "bí thư các chi bộ trực thuộc", "các đồng chí ủy viên ban chấp hành đảng bộ",
    "lãnh đạo các ban xây dựng Đảng của huyện", "bí thư đảng ủy các xã, thị trấn",
    "trưởng các đoàn thể chính trị - xã hội", "cán bộ phụ trách công tác tổ chức các cơ sở",
)

ATTENDEES = (
    "lãnh đạo các vụ, cục, đơn vị thuộc Ban Tổ chức Trung ương",
    "đại diện lãnh đạo các sở, ban, ngành của tỉnh",
    "trưởng ban tổ chức các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc",
    "lãnh đạo, chuyên viên Ban Tổ chức {u}",
    "bí thư các chi bộ trực thuộc",
    "thường trực các huyện ủy, thị ủy, thành ủy",
    "đại diện Ủy ban Kiểm tra, Ban Tuyên giáo, Văn phòng {u}",
    "lãnh đạo Sở Nội vụ và các phòng chuyên môn",
    "các đồng chí ủy viên ban chấp hành đảng bộ",
)

PERIOD_INTROS = (
    "Trong {per}, ",
    "{Per}, ",
    "Theo báo cáo, trong {per}, ",
    "Báo cáo tại hội nghị cho biết, {per}, ",
    "Qua {per}, ", "Tính đến hết {per}, ",
)

ACTORS = (
    "toàn ngành Tổ chức xây dựng Đảng", "ngành tổ chức xây dựng Đảng {where}", "{org}",
    "ban tổ chức cấp ủy các cấp", "các cấp ủy, tổ chức đảng {where}", "{org}",
    "cơ quan tổ chức cấp ủy các cấp", "đội ngũ cán bộ làm công tác tổ chức",
)

ACHIEVE_VERBS = (
    "đã tập trung tham mưu cho cấp ủy",
    "đã chủ động tham mưu",
    "đã bám sát chương trình công tác, tích cực tham mưu",
    "đã triển khai đồng bộ, toàn diện các nhiệm vụ, trong đó tham mưu",
    "đã hoàn thành khối lượng lớn công việc, kịp thời tham mưu",
    "đã nỗ lực khắc phục khó khăn, tham mưu",
    "đã phối hợp chặt chẽ với các cơ quan liên quan để tham mưu",
)

TASKS = (
    "rà soát, bổ sung quy hoạch cán bộ lãnh đạo, quản lý các cấp nhiệm kỳ {term}",
    "kiện toàn tổ chức bộ máy, sắp xếp các cơ quan tham mưu, giúp việc của cấp ủy",
    "thực hiện quy trình bổ nhiệm, bổ nhiệm lại, giới thiệu cán bộ ứng cử bảo đảm đúng quy định",
    "luân chuyển, điều động cán bộ lãnh đạo, quản lý gắn với quy hoạch và đào tạo",
    "đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm {ry}",
    "kiểm điểm tập thể, cá nhân theo tinh thần tự phê bình và phê bình",
    "nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề",
    "củng cố tổ chức cơ sở đảng, khắc phục tình trạng chi bộ yếu kém",
    "phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
    "kết nạp đảng viên là học sinh, sinh viên, đoàn viên ưu tú",
    "tạo nguồn phát triển đảng viên ở thôn, bản, tổ dân phố chưa có đảng viên",
    "rà soát, sàng lọc, đưa những đảng viên không đủ tư cách ra khỏi Đảng",
    "thẩm định tiêu chuẩn chính trị đối với nhân sự dự kiến bổ nhiệm, giới thiệu ứng cử",
    "giải quyết kịp thời các vấn đề về bảo vệ chính trị nội bộ phát sinh",
    "quản lý hồ sơ đảng viên, cập nhật cơ sở dữ liệu đảng viên trên phần mềm",
    "triển khai sử dụng sổ tay đảng viên điện tử",
    "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
    "tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ, công chức, viên chức",
    "sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn {ry} - {ry2}",
    "xây dựng đề án vị trí việc làm trong các cơ quan đảng, đoàn thể",
    "đào tạo, bồi dưỡng lý luận chính trị cho cán bộ trong quy hoạch",
    "thực hiện chính sách đối với cán bộ dôi dư sau sắp xếp",
    "xét tặng Huy hiệu Đảng đợt {ngay_le}",
    "lấy phiếu tín nhiệm đối với chức danh lãnh đạo, quản lý do hội đồng nhân dân bầu",
    "kiểm soát quyền lực, phòng, chống chạy chức, chạy quyền trong công tác cán bộ",
    "khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm",
    "thu hút, trọng dụng người có tài năng vào làm việc trong hệ thống chính trị",
    "tuyên truyền về xây dựng Đảng, hưởng ứng Giải Búa liềm vàng lần thứ {bua}",
    "cải cách hành chính trong Đảng, ứng dụng công nghệ thông tin trong quản lý, điều hành",
    "thực hiện Quy định về trách nhiệm nêu gương của cán bộ, đảng viên",
    "quản lý đảng viên đi làm ăn xa, đảng viên ra nước ngoài",
    "tham mưu tổ chức đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ {term}",
    "chuẩn bị nhân sự cấp ủy khóa mới bảo đảm tiêu chuẩn, cơ cấu",
    "xây dựng báo cáo chính trị, đề án nhân sự trình đại hội",
    "tổ chức lớp bồi dưỡng nghiệp vụ cho cán bộ làm công tác tổ chức",
    "giải quyết đơn thư liên quan đến công tác cán bộ, đảng viên",
    "thực hiện chế độ, chính sách đối với cán bộ nghỉ hưu, cán bộ có thời gian công tác dài",
    "đánh giá cán bộ theo kết quả, sản phẩm cụ thể",
    "kiểm tra, giám sát việc thực hiện các quy định về công tác cán bộ",
    "thực hiện nhiệm vụ của Cụm thi đua số {cum} trong ngành",
)

NOUN_RESULTS = (
    "kết nạp {n} đảng viên mới, đạt {pct}% chỉ tiêu kế hoạch",
    "kết nạp được {n} đảng viên, trong đó có {n2} đảng viên là người dân tộc thiểu số",
    "xét tặng Huy hiệu Đảng cho {n} đảng viên",
    "bổ nhiệm, bổ nhiệm lại {n2} cán bộ diện ban thường vụ quản lý",
    "điều động, luân chuyển {n3} lượt cán bộ",
    "thẩm định tiêu chuẩn chính trị cho {n} trường hợp",
    "giảm {n3} đầu mối phòng, ban và tương đương",
    "thành lập mới {n3} tổ chức cơ sở đảng trong doanh nghiệp",
    "tinh giản {n2} biên chế",
    "thẩm tra, xác minh lý lịch của {n} quần chúng ưu tú",
    "giải quyết {n3} đơn thư liên quan đến công tác cán bộ",
    "đào tạo, bồi dưỡng {n} lượt cán bộ, đảng viên",
    "hợp nhất, sáp nhập {n3} chi bộ thôn, tổ dân phố",
    "xóa {n3} thôn, bản chưa có chi bộ",
    "xếp loại {pctle}% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
    "đưa {n3} đảng viên không đủ tư cách ra khỏi Đảng",
    "lấy phiếu tín nhiệm {n2} chức danh lãnh đạo, quản lý",
)

LIMITATIONS = (
    "chất lượng sinh hoạt chi bộ ở một số nơi chưa cao, nội dung còn đơn điệu",
    "việc phát triển đảng viên ở vùng đồng bào dân tộc thiểu số, vùng có đạo còn khó khăn",
    "tỷ lệ cán bộ nữ, cán bộ trẻ trong quy hoạch chưa đạt yêu cầu",
    "công tác đánh giá cán bộ vẫn còn nể nang, né tránh",
    "một số cấp ủy chưa quan tâm đúng mức đến công tác tạo nguồn kết nạp đảng viên",
    "việc quản lý đảng viên đi làm ăn xa còn lỏng lẻo",
    "tiến độ xây dựng đề án vị trí việc làm còn chậm",
    "việc bố trí cán bộ dôi dư sau sắp xếp còn gặp nhiều vướng mắc",
    "một số tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước hoạt động còn hình thức",
    "nguồn cán bộ chủ chốt cấp xã còn thiếu và yếu",
    "ứng dụng công nghệ thông tin trong quản lý đảng viên chưa đồng bộ",
    "một số nơi chưa thực hiện nghiêm chế độ báo cáo định kỳ",
)

CONCLUDE_INTROS = (
    "Phát biểu kết luận hội nghị, {P_title_name} đề nghị",
    "Kết luận hội nghị, {P_title_name} yêu cầu",
    "Phát biểu chỉ đạo tại hội nghị, {P_name_title} nhấn mạnh",
    "Kết luận hội nghị, {P_name_title} đề nghị",
    "Phát biểu tại hội nghị, {P_title_name} ghi nhận, biểu dương kết quả đạt được và đề nghị",
    "Thay mặt lãnh đạo Ban, {P_name_title} đề nghị",
)

CONCLUDE_TARGETS = (
    "trong thời gian tới, ban tổ chức cấp ủy các cấp tiếp tục",
    "ngành tổ chức xây dựng Đảng {where} cần",
    "các cơ quan tham mưu, giúp việc của cấp ủy tập trung",
    "trong {next_per}, {org} và ban tổ chức các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
    "cấp ủy, tổ chức đảng các cấp quan tâm lãnh đạo, chỉ đạo",
    "các đơn vị tiếp tục bám sát chương trình công tác, khẩn trương",
)

DISCUSSION = (
    "Thảo luận tại hội nghị, các đại biểu thống nhất cao với nội dung báo cáo, đồng thời chia sẻ "
    "kinh nghiệm trong {task}",
    "Tại hội nghị, đại diện ban tổ chức các tỉnh {provs} đã trao đổi, làm rõ thêm những kết quả "
    "nổi bật và khó khăn, vướng mắc trong {task}",
    "Các ý kiến phát biểu tập trung làm rõ nguyên nhân của hạn chế, đề xuất giải pháp {task}",
    "Nhiều đại biểu kiến nghị Trung ương sớm ban hành hướng dẫn về {task}",
    "Hội nghị đã nghe {n3} ý kiến tham luận, trong đó có ý kiến của {provs} về {task}",
    "Đại biểu các địa phương {provs} cũng nêu một số khó khăn trong {task}",
)

QUOTES = (
    "Phải coi công tác cán bộ là then chốt của then chốt, làm đến đâu chắc đến đó",
    "Không vì cơ cấu mà hạ thấp tiêu chuẩn, không để lọt người không đủ tiêu chuẩn vào cấp ủy",
    "Mỗi cán bộ làm công tác tổ chức phải thực sự công tâm, khách quan, dám nói, dám chịu trách "
    "nhiệm",
    "Chất lượng sinh hoạt chi bộ quyết định sức chiến đấu của tổ chức đảng",
    "Sắp xếp bộ máy là cuộc cách mạng về tinh gọn, không thể chậm trễ",
    "Làm tốt công tác tổ chức thì mới có nền móng vững chắc cho mọi nhiệm vụ chính trị",
    "Việc gì đã thống nhất thì phải làm đến nơi đến chốn, không hình thức",
    "Đánh giá cán bộ phải lấy hiệu quả công việc, sự hài lòng của nhân dân làm thước đo",
)

GENERIC_SENTENCES = (
    "Công tác cán bộ được thực hiện bảo đảm nguyên tắc, công khai, minh bạch, đúng quy trình.",
    "Việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên cuối năm được tiến "
    "hành nghiêm túc, thực chất hơn.",
    "Công tác quy hoạch cán bộ được thực hiện theo hướng mở và động, bảo đảm cơ cấu ba độ tuổi.",
    "Chất lượng sinh hoạt chi bộ có chuyển biến tích cực; nhiều chi bộ đã lựa chọn được nội dung "
    "sinh hoạt chuyên đề phù hợp.",
    "Công tác bảo vệ chính trị nội bộ được quan tâm, không để xảy ra tình trạng lọt người không "
    "đủ tiêu chuẩn chính trị.",
    "Việc sắp xếp tổ chức bộ máy được thực hiện quyết liệt, bảo đảm ổn định tư tưởng cán bộ, "
    "đảng viên.",
    "Công tác thông tin, tuyên truyền về xây dựng Đảng được đẩy mạnh, góp phần tạo đồng thuận "
    "trong xã hội.",
    "Việc ứng dụng phần mềm quản lý cơ sở dữ liệu đảng viên giúp giảm đáng kể thời gian xử lý hồ "
    "sơ.",
    "Đội ngũ cán bộ làm công tác tổ chức từng bước được kiện toàn, chuyên nghiệp hơn.",
    "Công tác chính sách cán bộ được thực hiện kịp thời, đúng đối tượng.",
    "Nhiều mô hình, cách làm hay trong phát triển đảng viên đã được nhân rộng.",
    "Việc luân chuyển cán bộ gắn với quy hoạch, đào tạo đã tạo điều kiện cho cán bộ trẻ rèn "
    "luyện qua thực tiễn.",
    "Chế độ thông tin, báo cáo giữa ban tổ chức các cấp được duy trì thường xuyên.",
    "Phong trào thi đua trong ngành được phát động sâu rộng với nhiều chỉ tiêu cụ thể.",
    "Công tác đảng viên được chú trọng cả về số lượng và chất lượng.",
    "Công tác kiểm tra, giám sát về tổ chức xây dựng Đảng được tăng cường.",
    "Việc thực hiện Quy định về trách nhiệm nêu gương đã tạo chuyển biến rõ nét trong ý thức của "
    "cán bộ, đảng viên.",
    "Một số địa phương đã chủ động rà soát, đề xuất sửa đổi các quy định không còn phù hợp.",
)

NEXT_STEPS = (
    "Đối với nhiệm vụ {next_per}, hội nghị thống nhất tập trung vào một số trọng tâm: {t1}; "
    "{t2}; {t3}.",
    "Về phương hướng {next_per}, ngành xác định {t1}; đồng thời {t2}.",
    "Hội nghị đã thống nhất các giải pháp trọng tâm, trong đó ưu tiên {t1} và {t2}.",
    "Trong {next_per}, {org} sẽ tham mưu {t1}; {t2}; chú trọng {t3}.",
)

CAPTIONS = (
    "Toàn cảnh hội nghị.", "Quang cảnh hội nghị.", "Toàn cảnh Hội nghị.",
    "Các đại biểu dự hội nghị.", "Đại biểu dự hội nghị tại điểm cầu {where_short}.",
    "{P_name_title} phát biểu tại hội nghị.", "{P_title_name} phát biểu kết luận hội nghị.",
    "Đ/c {P_name}, {P_title} phát biểu chỉ đạo.",
    "Quang cảnh hội nghị tại điểm cầu {where_short}.",
    "Các đại biểu biểu quyết thông qua kế hoạch.",
    "Lãnh đạo {org} trao khen thưởng cho các tập thể có thành tích xuất sắc.",
)

SITE_HEADERS = (
    ("Chào mừng bạn đến với Cổng thông tin điện tử Tỉnh {p}", "cổng thông tin điện tử tỉnh {pl}"),
    ("Trang thông tin điện tử Ban Tổ chức {u} {p}", "Trang chủ | Giới thiệu | Tin tức - Sự kiện"),
    ("Báo {p} điện tử", "Thời sự | Chính trị | Xây dựng Đảng"),
    ("Đảng bộ tỉnh {p}", "Trang chủ > Tin tức > Xây dựng Đảng"),
)

CATEGORIES = ("Chính trị", "Xây dựng Đảng", "Thời sự", "Tin hoạt động", "Tin tức - Sự kiện")

SOURCE_TAGS = ("(ĐCSVN) - ", "(XDĐ) - ", "(TTXVN) - ", "BTC - ", "(Cổng TTĐT {ab}) - ")

TAIL_CHROME = (
    ("Xem phản hồi",),
    ("Tin khác",),
    ("Chia sẻ",),
    ("Phản hồi", "Các tin khác", "Mới nhất", "Xem nhiều nhất"),
    ("Chia sẻ", "Tin khác"),
    ("In bài viết", "Gửi email", "Tin cùng chuyên mục"),
    ("Bình luận", "Tin liên quan"),
)

VN_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
ROMAN = ("", "I", "II", "III", "IV")
