"""People and bylines (invented sentences)."""

from __future__ import annotations

import pytest

from desktop.core.models import Person
from desktop.core.parse import parse_article_strict
from desktop.core.parse.people import (
    PersonMention,
    chat_sender,
    commenters,
    find_listed,
    find_people,
    find_photo_credits,
    mail_sender,
    parse_byline,
    photo_only,
    unique_people,
)

CASES = [
    # "và" joins another post whose holder is named after it: a second person, not a longer title
    ("Chủ trì có bà Đinh Thị Hảo, Phó Trưởng Ban Thường trực Ban Tổ chức Thành ủy và Phó Trưởng Ban "
     "Tổ chức Thành ủy Mai Văn Tuấn. Đồng chí Tạ Quang Vinh, Phó Bí thư Huyện ủy và Chủ tịch UBND huyện "
     "phát biểu.",
     [("Đinh Thị Hảo", "Phó Trưởng Ban Thường trực Ban Tổ chức Thành ủy"),
      ("Mai Văn Tuấn", "Phó Trưởng Ban Tổ chức Thành ủy"),
      ("Tạ Quang Vinh", "Phó Bí thư Huyện ủy và Chủ tịch UBND huyện")]),
    # cue, name, comma, title; the title ends at the verb
    ("Đồng chí Trần Thanh Mai, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo.",
     [("Trần Thanh Mai", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]),
    # "đ/c" and a dash
    ("Dự hội nghị có đ/c Vũ Minh Hằng - Trưởng Ban Tổ chức Thành ủy cùng đại diện các sở.",
     [("Vũ Minh Hằng", "Trưởng Ban Tổ chức Thành ủy")]),
    # title then name
    ("Phát biểu bế mạc, Phó Trưởng Ban Tổ chức Trung ương Lê Văn Quý nhấn mạnh ba nội dung.",
     [("Lê Văn Quý", "Phó Trưởng Ban Tổ chức Trung ương")]),
    # a place ends the title, the name follows
    ("Bí thư Thành ủy Hải Phòng Đỗ Quang Huy chủ trì hội nghị.",
     [("Đỗ Quang Huy", "Bí thư Thành ủy Hải Phòng")]),
    # cue, title, dash, name
    ("Đồng chí Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy – Hồ Thị Lan kết luận hội nghị.",
     [("Hồ Thị Lan", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy")]),
    # parenthesis inside the title
    ("Báo cáo của đồng chí Phan Đức Tài, Phó Vụ trưởng Vụ Địa phương II (Ban Tổ chức Trung ương) cho thấy",
     [("Phan Đức Tài", "Phó Vụ trưởng Vụ Địa phương II (Ban Tổ chức Trung ương)")]),
    # a bloc party committee's lower-case name stays in the title
    ("Đồng chí Vi Thị Mến, Tỉnh ủy viên, Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì.",
     [("Vi Thị Mến", "Tỉnh ủy viên, Bí thư Đảng ủy Khối các cơ quan tỉnh")]),
    ("Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh Triệu Văn Hưng báo cáo.",
     [("Triệu Văn Hưng", "Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh")]),
    # names of the Central Highlands and the north-west after ông / bà
    ("Phát biểu tham luận, bà Rơ Châm H'Loan, Phó Trưởng Ban Tổ chức Tỉnh ủy nêu ý kiến.",
     [("Rơ Châm H'Loan", "Phó Trưởng Ban Tổ chức Tỉnh ủy")]),
    ("Ông Cầm Văn Đoàn, Trưởng phòng Nội vụ huyện cho biết.",
     [("Cầm Văn Đoàn", "Trưởng phòng Nội vụ huyện")]),
    ("Bà H'Yim Kđoh cho biết kết quả.", [("H'Yim Kđoh", "")]),
    # a family name that is also a body's first word, in a three-syllable name
    ("Theo Phó Chánh Văn phòng Huyện ủy Đoàn Quốc Hưng, số đảng viên tăng.",
     [("Đoàn Quốc Hưng", "Phó Chánh Văn phòng Huyện ủy")]),
    # a list of names after a shared title and a colon
    ("Dự có các đồng chí Phó Bí thư Tỉnh ủy: Lò Minh Hùng, Tráng A Tủa và Hà Thị Nga; đại diện các sở.",
     [("Lò Minh Hùng", "Phó Bí thư Tỉnh ủy"), ("Tráng A Tủa", "Phó Bí thư Tỉnh ủy"),
      ("Hà Thị Nga", "Phó Bí thư Tỉnh ủy")]),
    # a place before the title is no one's name
    ("Tại huyện Mường Lát, Bí thư Huyện ủy Hà Văn Tuấn cho biết.",
     [("Hà Văn Tuấn", "Bí thư Huyện ủy")]),
    # a numbered ward in the title; a rank opening the name, the post after it the title
    ("Tham luận, Bí thư Quận ủy Quận 10 Lê Thị Mỹ Hạnh chia sẻ cách làm.",
     [("Lê Thị Mỹ Hạnh", "Bí thư Quận ủy Quận 10")]),
    ("Thiếu tá Đinh Thị Hoa - Trợ lý Tổ chức, Phòng Chính trị kiến nghị.",
     [("Đinh Thị Hoa", "Trợ lý Tổ chức")]),
    # a district named like family names before the name
    ("Trưởng Ban Tổ chức Huyện ủy Sơn Hà Đinh Văn Mười kiến nghị.",
     [("Đinh Văn Mười", "Trưởng Ban Tổ chức Huyện ủy Sơn Hà")]),
    # a Khmer family name, read after a cue ("Sơn" elsewhere is a place's syllable)
    ("Bà Sơn Thị Kim Thoa, Phó Bí thư Đảng ủy xã phát biểu.",
     [("Sơn Thị Kim Thoa", "Phó Bí thư Đảng ủy xã")]),
    # ông / bà need a family name
    ("Bà Nguyễn Thị Bích, Giám đốc Sở Nội vụ, cho biết số liệu.",
     [("Nguyễn Thị Bích", "Giám đốc Sở Nội vụ")]),
    # name then title without a cue
    ("Ngô Thanh Sơn, Bí thư Huyện ủy, đề nghị các chi bộ rà soát.",
     [("Ngô Thanh Sơn", "Bí thư Huyện ủy")]),
    # a bare mention has no title
    ("Đồng chí Đặng Văn Bình yêu cầu các đơn vị khẩn trương.", [("Đặng Văn Bình", "")]),
    # a title ending a sentence on a place: the full stop (and the next sentence) stay out
    ("Dự có đồng chí Lò Văn Khánh, Phó Trưởng Ban Tổ chức Tỉnh ủy Phú Yên. Trong tháng, "
     "các chi bộ họp đầy đủ.",
     [("Lò Văn Khánh", "Phó Trưởng Ban Tổ chức Tỉnh ủy Phú Yên")]),
    ("Dự có đồng chí Lò Văn Khánh, Phó Trưởng Ban Tổ chức Tỉnh ủy Phú Yên.",
     [("Lò Văn Khánh", "Phó Trưởng Ban Tổ chức Tỉnh ủy Phú Yên")]),
    # an abbreviation's full stop is not a sentence's end
    ("Dự có đồng chí Mạc Thị Hoa, Trưởng Ban Tổ chức Thành ủy TP. Hồ Chí Minh phát biểu.",
     [("Mạc Thị Hoa", "Trưởng Ban Tổ chức Thành ủy TP. Hồ Chí Minh")]),
    # post-2025 titles
    ("Dự có đồng chí Trần Thị Bích Liên, Phó Trưởng ban Thường trực Ban Tổ chức Trung ương.",
     [("Trần Thị Bích Liên", "Phó Trưởng ban Thường trực Ban Tổ chức Trung ương")]),
    ("Ông Vũ Đức Khiêm - Giám đốc Sở Nội vụ cho biết toàn tỉnh đã hoàn thành.",
     [("Vũ Đức Khiêm", "Giám đốc Sở Nội vụ")]),
    # a student after "em" (with a family name)
    ("Phát biểu cảm nghĩ, em Trịnh Ngọc Diệp, sinh viên năm thứ hai, hứa phấn đấu.",
     [("Trịnh Ngọc Diệp", "")]),
    # a foreigner after ông / bà: a title or the Vietnamese form follows the name; a
    # hyphenated given name
    ("Dự có ông Watanabe Kenji, Tổng Giám đốc Công ty TNHH Sao Mai, và bà Park Min-ji.",
     [("Watanabe Kenji", "Tổng Giám đốc Công ty TNHH Sao Mai")]),
    ("Ông Chen Wei-ming (Trần Vĩ Minh) cho biết công ty ủng hộ chi bộ.",
     [("Chen Wei-ming", "")]),
    ("Bà Kim Soo-yeon, Phó Giám đốc Công ty May Sông Hồng, phát biểu.",
     [("Kim Soo-yeon", "Phó Giám đốc Công ty May Sông Hồng")]),
    # a discipline notice's initials after a cue, with the title
    ("thi hành kỷ luật khiển trách ông P.V.H, Trưởng phòng Kinh tế huyện; cảnh cáo bà L.T.T.N.",
     [("P.V.H", "Trưởng phòng Kinh tế huyện"), ("L.T.T.N", "")]),
    # a Cơ Tu family name after "chị" (the honorific alone does not make a name)
    ('"Chi bộ thôn đã có 11 đảng viên" - chị Zơrâm Thị Blúi, Bí thư Chi bộ thôn Pơ Nhông, cho biết.',
     [("Zơrâm Thị Blúi", "Bí thư Chi bộ thôn Pơ Nhông")]),
]

NOT_PEOPLE = [
    "Ban Tổ chức Trung ương và Vụ Địa phương III tổ chức hội nghị.",
    "Thường trực Tỉnh ủy Nghệ An và các đồng chí trong Ban Thường vụ dự hội nghị.",
    "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Ban Bí thư chỉ đạo.",
    "Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị.",
    # "em" and a foreign-looking run with neither a family name nor a title
    "Các em Đoàn viên Thanh niên tham gia. Em Út nhà bà Tư đi học.",
    "Ông Bảy Hùng đi chợ và bà Mẹ Việt Nam Anh hùng được thăm hỏi.",
    # capitals after a cue that are no name: a post, an office, one syllable
    "Kính gửi đồng chí BÍ THƯ CHI BỘ, đồng chí TRƯỞNG BAN. Đ/c HÙNG vắng.",
    # a body, not a person, elected to a post
    "Tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ Khối được bầu làm Ban Thường vụ lâm thời.",
]


CASES += [
    # names with no cue, elected or appointed to the post after them
    ("Tại phiên họp thứ nhất, Đặng Minh Khoa được bầu làm Bí thư Tỉnh ủy; Hồ Thị Lan Anh và Phạm "
     "Quốc Trung được bầu giữ chức Phó Bí thư Tỉnh ủy. Lý Văn Sang tái đắc cử Chủ nhiệm Ủy ban Kiểm tra.",
     [("Đặng Minh Khoa", "Bí thư Tỉnh ủy"), ("Hồ Thị Lan Anh", "Phó Bí thư Tỉnh ủy"),
      ("Phạm Quốc Trung", "Phó Bí thư Tỉnh ủy"), ("Lý Văn Sang", "Chủ nhiệm Ủy ban Kiểm tra")]),
    # a former or acting post is printed with "nguyên" / "quyền", before or after the name, and
    # once more after a comma inside the title
    ("Về dự có ông Lưu Đình Khải, nguyên Tỉnh ủy viên, nguyên Giám đốc Sở Nội vụ; đồng chí "
     "nguyên Bí thư Huyện ủy Quế Sơn Trịnh Văn Bảy và bà Mạc Thị Yến, quyền Chủ tịch UBND huyện.",
     [("Lưu Đình Khải", "nguyên Tỉnh ủy viên, nguyên Giám đốc Sở Nội vụ"),
      ("Trịnh Văn Bảy", "nguyên Bí thư Huyện ủy Quế Sơn"), ("Mạc Thị Yến", "quyền Chủ tịch UBND huyện")]),
    ("Đinh Công Sứ, nguyên Phó Trưởng Ban Tổ chức Thành ủy phát biểu tại buổi gặp mặt.",
     [("Đinh Công Sứ", "nguyên Phó Trưởng Ban Tổ chức Thành ủy")]),
    # the Organisation Board a post belongs to after a comma, a village's commune after its name,
    # an emulation cluster's head; not a word that only opens like a commune's noun
    ("Dự có đồng chí Cao Thị Hạnh, Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương; đồng chí "
     "Nông Văn Sính, Bí thư Chi bộ bản Nà Lạn, xã La Pán Tẩn, huyện Mù Cang Chải và đồng chí Lục Văn Tuấn, Trưởng Ban Tổ chức "
     "Tỉnh ủy Bắc Kạn, Cụm trưởng Cụm thi đua số 1. Đồng chí Hầu Văn Lý, Bí thư Huyện ủy, xã hội hóa "
     "nguồn lực.",
     [("Cao Thị Hạnh", "Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương"),
      ("Nông Văn Sính", "Bí thư Chi bộ bản Nà Lạn, xã La Pán Tẩn, huyện Mù Cang Chải"),
      ("Lục Văn Tuấn", "Trưởng Ban Tổ chức Tỉnh ủy Bắc Kạn, Cụm trưởng Cụm thi đua số 1"),
      ("Hầu Văn Lý", "Bí thư Huyện ủy")]),
    # a rank before the name, the post after it: the post is the title (a rank alone stays one)
    ("Dự có Đại tá Lê Hồng Quân, Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh; "
     "Thượng tá Đinh Văn Hòa phát biểu.",
     [("Lê Hồng Quân", "Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
      ("Đinh Văn Hòa", "Thượng tá")]),
    # a body's name going on in lower case; a one-word name of the Central Highlands after a title
    ("Trưởng phòng Bảo vệ chính trị nội bộ Y Moan Êban cho biết. Đồng chí Lý Văn Tài, Phó Vụ trưởng Vụ "
     "Tổ chức đảng, đảng viên, Ban Tổ chức Trung ương dự. Phó Trưởng Ban Tổ chức Tỉnh ủy K'Bròng báo cáo.",
     [("Y Moan Êban", "Trưởng phòng Bảo vệ chính trị nội bộ"),
      ("Lý Văn Tài", "Phó Vụ trưởng Vụ Tổ chức đảng, đảng viên, Ban Tổ chức Trung ương"),
      ("K'Bròng", "Phó Trưởng Ban Tổ chức Tỉnh ủy")]),
    # veterans listed with their ages, in capitals or not
    ("- Huy hiệu 70 năm tuổi Đảng: TRƯƠNG CÔNG BẢY, 92 tuổi (phường Đống Đa); Hà Thị Mười (89 tuổi, "
     "xã Nhơn Lý).\n- Huy hiệu 65 năm tuổi Đảng: LÝ VĂN TƯ, 86 tuổi.",
     [("Trương Công Bảy", ""), ("Hà Thị Mười", ""), ("Lý Văn Tư", "")]),
    ("Đứng trước cờ Đảng, Siu H'Lan (23 tuổi) đọc lời tuyên thệ. Ở xã Thổ Sơn, ông Kiên Sô Khum, 30 năm "
     "tuổi Đảng, kể lại.", [("Siu H'Lan", ""), ("Kiên Sô Khum", "")]),
    # a post after the age: in its brackets, or after them (past a ward's name); a Party unit the
    # member belongs to is that post; a ward alone is none
    ("Huy hiệu 75 năm tuổi Đảng được trao cho cụ Tôn Thất Lãm (94 tuổi, Chi bộ thôn Phú Xuân, xã "
     "Quảng Điền), cụ Hà Thị Đào (90 tuổi), nguyên Phó Chủ tịch UBND thị xã Hương Trà và cụ Lê Văn Ất "
     "(88 tuổi, phường Thuận Hòa), nguyên Trưởng phòng Sở Tài chính; cụ Phan Văn Tý (91 tuổi, "
     "phường An Cựu) nhận Huy hiệu; cụ Ngô Văn Sửu, 86 tuổi, đảng viên Chi bộ tổ 5, phường Vỹ Dạ, "
     "vào Đảng năm 1961; chị Hồ Thị Nga, 24 tuổi, Bí thư Đoàn Thanh niên xã.",
     [("Tôn Thất Lãm", "Chi bộ thôn Phú Xuân, xã Quảng Điền"),
      ("Hà Thị Đào", "nguyên Phó Chủ tịch UBND thị xã Hương Trà"),
      ("Lê Văn Ất", "nguyên Trưởng phòng Sở Tài chính"), ("Phan Văn Tý", ""),
      ("Ngô Văn Sửu", "đảng viên Chi bộ tổ 5, phường Vỹ Dạ"),
      ("Hồ Thị Nga", "Bí thư Đoàn Thanh niên xã")]),
    # a Party office's abbreviations ("UV BTV", "TUV"), a committee's abbreviation closing the
    # sentence, a board in lower case, a term, a unit's noun with no name closing the title
    ("Chủ trì: đ/c Đoàn Văn Lực, UV BTV TU, Trưởng BTC TU. Dự có đ/c Mai Thị Hiền, TUV, Bí thư "
     "Huyện ủy; đ/c Quách Văn Khởi, UVBTV, Trưởng ban tổ chức Huyện ủy; đồng chí Triệu Văn Sĩ, Bí "
     "thư Huyện ủy khóa XXIV; ông Lục Văn Đáp, Bí thư Chi bộ, Trưởng thôn và bà Mông Thị Hoa, Phó "
     "Chủ tịch HĐND thành phố.",
     [("Đoàn Văn Lực", "UV BTV TU, Trưởng BTC TU"), ("Mai Thị Hiền", "TUV, Bí thư Huyện ủy"),
      ("Quách Văn Khởi", "UVBTV, Trưởng ban tổ chức Huyện ủy"),
      ("Triệu Văn Sĩ", "Bí thư Huyện ủy khóa XXIV"), ("Lục Văn Đáp", "Bí thư Chi bộ, Trưởng thôn"),
      ("Mông Thị Hoa", "Phó Chủ tịch HĐND thành phố")]),
    # a body's name in two parts joined by a dash; a unit's name with a dash in it
    ("Bà Khổng Thị Vân, Trưởng phòng Kế hoạch - Tài chính Sở Nội vụ và ông Đậu Văn Hùng, Phó Bí thư "
     "Tỉnh ủy Bà Rịa - Vũng Tàu dự.",
     [("Khổng Thị Vân", "Trưởng phòng Kế hoạch - Tài chính Sở Nội vụ"),
      ("Đậu Văn Hùng", "Phó Bí thư Tỉnh ủy Bà Rịa - Vũng Tàu")]),
    # a rank after a cue, the post after the name; the army's posts
    ("Đồng chí Đại tá Khuất Văn Hiển, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh và Đại tá "
     "Nghiêm Xuân Lộc, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự; Thượng tá Kiều Văn Tâm, Trung đoàn "
     "trưởng, và Trung tá Ma Văn Hưng, Chính trị viên Đồn Biên phòng Cửa khẩu Thanh Thủy phát biểu.",
     [("Khuất Văn Hiển", "Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh"),
      ("Nghiêm Xuân Lộc", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
      ("Kiều Văn Tâm", "Trung đoàn trưởng"),
      ("Ma Văn Hưng", "Chính trị viên Đồn Biên phòng Cửa khẩu Thanh Thủy")]),
    # a list's posts in brackets after each name, apart by ";" or ","
    ("Dự đại hội có các đồng chí: Bạch Văn Long (Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND "
     "tỉnh); Kha Thị Nhung (Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy), Thượng tá Đàm Quang "
     "Vĩnh (Đảng ủy viên Bộ Chỉ huy Quân sự tỉnh) và Ninh Văn Tới (72 tuổi).",
     [("Bạch Văn Long", "Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"),
      ("Kha Thị Nhung", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy"),
      ("Đàm Quang Vĩnh", "Đảng ủy viên Bộ Chỉ huy Quân sự tỉnh"), ("Ninh Văn Tới", "")]),
    # a name in capitals after the cue (a TV lower third, a programme): its title after a comma,
    # on the next line, or after the spaces a caption's markup left; named as a name is written
    ("Đ/c TRIỆU VĂN KHÁNH\nPhó Bí thư Thường trực Huyện ủy Bảo Lạc\n\nĐề nghị các chi bộ bám sát "
     "nghị quyết. Đồng chí LƯƠNG THỊ MAI, Trưởng Ban Tổ chức Huyện ủy, báo cáo. Đ/c VI THỊ HỒNG     "
     "Bí thư Đảng ủy xã",
     [("Triệu Văn Khánh", "Phó Bí thư Thường trực Huyện ủy Bảo Lạc"),
      ("Lương Thị Mai", "Trưởng Ban Tổ chức Huyện ủy"), ("Vi Thị Hồng", "Bí thư Đảng ủy xã")]),
    # those admitted to the Party listed after "các quần chúng:", each with the work in brackets
    # (a unit there is none); the people's council and committee, the grassroots union
    ("Chi bộ kết nạp các quần chúng: Hà Thị Lụa (công nhân may), Đinh Văn Khang (xã Yên Lạc) và "
     "Vũ Minh Tâm (kỹ sư điện). Dự có đồng chí Mạc Thị Yến – Quận ủy viên, Chủ tịch Hội đồng nhân "
     "dân phường Tân Mai; đồng chí Tạ Văn Khoa – Chủ tịch Ủy ban nhân dân phường, Chủ tịch Công "
     "đoàn cơ sở; ông Lục Văn Hòa – Phó Giám đốc nhân sự.",
     [("Hà Thị Lụa", "công nhân may"), ("Đinh Văn Khang", ""), ("Vũ Minh Tâm", "kỹ sư điện"),
      ("Mạc Thị Yến", "Quận ủy viên, Chủ tịch Hội đồng nhân dân phường Tân Mai"),
      ("Tạ Văn Khoa", "Chủ tịch Ủy ban nhân dân phường, Chủ tịch Công đoàn cơ sở"),
      ("Lục Văn Hòa", "Phó Giám đốc nhân sự")]),
    # a state company's board; a place's syllable of two letters closing the sentence
    ("Đồng chí Kha Văn Lũy, Chủ tịch Hội đồng thành viên Tổng công ty Sông Đà. Hội nghị do đồng "
     "chí Lầu Thị Dợ, Bí thư Huyện ủy Na Rì. Dự có đồng chí Tô Văn Nghị, Chủ tịch Hội đồng quản "
     "trị Công ty.",
     [("Kha Văn Lũy", "Chủ tịch Hội đồng thành viên Tổng công ty Sông Đà"),
      ("Lầu Thị Dợ", "Bí thư Huyện ủy Na Rì"), ("Tô Văn Nghị", "Chủ tịch Hội đồng quản trị Công ty")]),
    # a company's name in sentence case inside a title, to its end (a comma, a place in brackets,
    # a verb or a link: "dự", "phát biểu", "kiến nghị", "và"); its number after "số"
    ("Đồng chí Quách Văn Đạt, Bí thư Chi bộ, Giám đốc Công ty TNHH Gạch men Hưng Long (xã Tiên "
     "Lữ) báo cáo. Giám đốc Công ty cổ phần Thủy sản Rạch Gốc Lâm Thị Diễm kiến nghị Đảng ủy Khối. "
     "Đồng chí Âu Minh Trí, Chủ tịch Hội đồng quản trị Công ty cổ phần Cơ điện số 7; đồng chí Hứa "
     "Văn Lực, Giám đốc Công ty TNHH Hòa Bình dự Hội nghị tổng kết và đồng chí Kim Thị Hoa, Phó "
     "Tổng Giám đốc Tập đoàn Dệt may Việt Thắng phát biểu.",
     [("Quách Văn Đạt", "Bí thư Chi bộ, Giám đốc Công ty TNHH Gạch men Hưng Long"),
      ("Lâm Thị Diễm", "Giám đốc Công ty cổ phần Thủy sản Rạch Gốc"),
      ("Âu Minh Trí", "Chủ tịch Hội đồng quản trị Công ty cổ phần Cơ điện số 7"),
      ("Hứa Văn Lực", "Giám đốc Công ty TNHH Hòa Bình"),
      ("Kim Thị Hoa", "Phó Tổng Giám đốc Tập đoàn Dệt may Việt Thắng")]),
    # a body's name in sentence case after its first word, to the clause's end ("Sở Giao thông
    # vận tải", "Vụ Chính sách cán bộ"; the board for cadres' health after its comma), not a verb
    ("Bà Đoàn Thị Yến, Phó Giám đốc Sở Giao thông vận tải, và ông Hầu Văn Pao, Phó Vụ trưởng Vụ "
     "Chính sách cán bộ, Ban Tổ chức Trung ương dự. Đồng chí Lò Văn Ọn, Trưởng Ban Bảo vệ, chăm sóc "
     "sức khỏe cán bộ tỉnh; đồng chí Tòng Thị Ban, Phó Giám đốc Bảo tàng tỉnh. Đồng chí Vì Văn Lả, "
     "Giám đốc Sở Nội vụ nêu ý kiến.",
     [("Đoàn Thị Yến", "Phó Giám đốc Sở Giao thông vận tải"),
      ("Hầu Văn Pao", "Phó Vụ trưởng Vụ Chính sách cán bộ, Ban Tổ chức Trung ương"),
      ("Lò Văn Ọn", "Trưởng Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh"),
      ("Tòng Thị Ban", "Phó Giám đốc Bảo tàng tỉnh"), ("Vì Văn Lả", "Giám đốc Sở Nội vụ")]),
    ("Đồng chí Lò Thị Xoan, Giám đốc Trung tâm Chính trị huyện Mường Lát, báo cáo.",
     [("Lò Thị Xoan", "Giám đốc Trung tâm Chính trị huyện Mường Lát")]),
    # a list's item of two names sharing one post; a Lao delegation's names printed in syllables
    # joined by hyphens, each with the post after it; "Giáp" a family name; "Cách mạng" in a party's name
    ("Dự có các đồng chí: Tạ Văn Hòa, Bí thư Tỉnh ủy; Đinh Thị Mơ, Hứa Quốc Toản, Phó Trưởng Ban "
     "Tổ chức Trung ương; Giáp Văn Lực, Vụ trưởng. Về phía bạn có các đồng chí: Thoong-xỉ Phôm-ma-chăn, "
     "Trưởng ban Tổ chức Tỉnh ủy Chăm-pa-xắc; Khăm-lạ Xay-nha-lạt, Phó Trưởng Ban Tổ chức Trung ương "
     "Đảng Nhân dân Cách mạng Lào.",
     [("Tạ Văn Hòa", "Bí thư Tỉnh ủy"), ("Đinh Thị Mơ", "Phó Trưởng Ban Tổ chức Trung ương"),
      ("Hứa Quốc Toản", "Phó Trưởng Ban Tổ chức Trung ương"), ("Giáp Văn Lực", "Vụ trưởng"),
      ("Thoong-xỉ Phôm-ma-chăn", "Trưởng ban Tổ chức Tỉnh ủy Chăm-pa-xắc"),
      ("Khăm-lạ Xay-nha-lạt", "Phó Trưởng Ban Tổ chức Trung ương Đảng Nhân dân Cách mạng Lào")]),
    # a post given after a cue's name ("được bầu giữ chức", "tái đắc cử"); a title closing the
    # sentence with an ellipsis
    ("Đồng chí Hà Văn Dũng được bầu giữ chức Bí thư Đảng ủy xã; đồng chí Lục Thị Mến được bầu làm "
     "Phó Bí thư Thường trực Đảng ủy xã. Ông Nông Văn Khải tái đắc cử Bí thư Huyện ủy...",
     [("Hà Văn Dũng", "Bí thư Đảng ủy xã"), ("Lục Thị Mến", "Phó Bí thư Thường trực Đảng ủy xã"),
      ("Nông Văn Khải", "Bí thư Huyện ủy")]),
    # a former post, then the post now after a comma ("nay là", "hiện là"); a ministry's or a
    # department's name with "Phát triển nông thôn"
    ("Ông Mã Văn Thiện, nguyên Bí thư Huyện ủy Chợ Đồn, nay là Bí thư Đảng ủy xã Nam Cường, và bà "
     "Chẩu Thị Ngân, nguyên Phó Chủ tịch UBND huyện, hiện là Phó Giám đốc Sở Nông nghiệp và Phát "
     "triển nông thôn. Đồng chí Sầm Văn Ba, Bí thư Chi bộ, hiện là đảng viên cao tuổi nhất.",
     [("Mã Văn Thiện", "nguyên Bí thư Huyện ủy Chợ Đồn, nay là Bí thư Đảng ủy xã Nam Cường"),
      ("Chẩu Thị Ngân", "nguyên Phó Chủ tịch UBND huyện, hiện là Phó Giám đốc Sở Nông nghiệp và Phát "
                        "triển nông thôn"),
      ("Sầm Văn Ba", "Bí thư Chi bộ")]),
    # a Central Highlands name of two syllables after a province's committee (a district's
    # "Huyện ủy A Lưới" names the district); an anniversary of a birth names no one present
    ("Phó Trưởng Ban Tổ chức Tỉnh ủy A Pớt thông tin về hội nghị. Bí thư Huyện ủy A Lưới phát "
     "biểu. Các chi bộ sinh hoạt kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
     [("A Pớt", "Phó Trưởng Ban Tổ chức Tỉnh ủy")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert unique_people(find_people(text)) == expected


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(text: str) -> None:
    assert find_people(text) == []


def test_first_title_kept_and_order_of_first_mention() -> None:
    text = ("Phó Chủ tịch HĐND tỉnh Lý Thị Hoa dự họp. Đồng chí Mai Xuân Trường, Bí thư Đảng ủy "
            "xã, báo cáo. Đồng chí Lý Thị Hoa, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh phát biểu.")
    assert unique_people(find_people(text)) == [
        ("Lý Thị Hoa", "Phó Chủ tịch HĐND tỉnh"),
        ("Mai Xuân Trường", "Bí thư Đảng ủy xã"),
    ]


@pytest.mark.parametrize(
    ("line", "names", "outlet"),
    [
        ("Thu Hằng", [("Thu Hằng", "")], None),
        ("MINH QUÂN", [("Minh Quân", "MINH QUÂN")], None),
        ("Lan Anh - Quốc Việt", [("Lan Anh", ""), ("Quốc Việt", "")], None),
        ("Tin, ảnh: Hoài Nam", [("Hoài Nam", "")], None),
        ("Theo Báo Quân đội nhân dân", [], "Báo Quân đội nhân dân"),
        ("(Theo TTXVN)", [], "TTXVN"),
        ("Phương Thảo (Báo Lào Cai)", [("Phương Thảo", "")], "Báo Lào Cai"),
        # the author's office after a dash
        ("Thu Hằng - Văn phòng Đảng ủy Khối", [("Thu Hằng", "")], "Văn phòng Đảng ủy Khối"),
        # a second author whose family name is also a body's word, and that body as an office
        ("Thu Hà - Đoàn Văn Hùng", [("Thu Hà", ""), ("Đoàn Văn Hùng", "")], None),
        ("Thu Hà - Đoàn Khối Cơ quan tỉnh", [("Thu Hà", "")], "Đoàn Khối Cơ quan tỉnh"),
        ("Thu Hà - Đoàn Thanh Niên xã", [("Thu Hà", "")], "Đoàn Thanh Niên xã"),
        # ... or of two syllables, the family name and one given name
        ("Bài và ảnh: Đoàn Thu", [("Đoàn Thu", "")], None),
        ("Trường Giang", [("Trường Giang", "")], None),
        # ... opening with the body's initials
        ("Hà Thị Mơ - UBKT Đảng ủy Khối", [("Hà Thị Mơ", "")], "UBKT Đảng ủy Khối"),
        # ... initials with no vowel, then its place in lower case or capitalised
        ("Minh Châu - TTVH huyện", [("Minh Châu", "")], "TTVH huyện"),
        # a broadcast's sign-off: the reporters, a comma, the station (a dash in its name)
        ("Thu Thủy - Quang Minh, Đài PT-TH Nghệ An.", [("Thu Thủy", ""), ("Quang Minh", "")],
         "Đài PT-TH Nghệ An"),
        ("Minh Châu - TTVHTT huyện Lục Nam", [("Minh Châu", "")], "TTVHTT huyện Lục Nam"),
        # the outlet after a slash
        ("Hải Yến/VOV-Tây Bắc", [("Hải Yến", "")], "VOV-Tây Bắc"),
        ("Quốc Huy - Thanh Tâm/VTV-Thời sự", [("Quốc Huy", ""), ("Thanh Tâm", "")], "VTV-Thời sự"),
        # a photo credit in brackets, with the photographer's office
        ("(Ảnh: Ngọc Trâm - Đảng ủy Khối)", [("Ngọc Trâm", "")], "Đảng ủy Khối"),
        # an author's footnote mark; two degrees with a comma between them
        ("TRẦN VĂN AN*", [("Trần Văn An", "TRẦN VĂN AN")], None),
        # who approved a bulletin is not its author
        ("Biên tập: Mỹ Duyên – Duyệt: Văn phòng Đảng ủy xã", [("Mỹ Duyên", "")], None),
        ("Biên tập: Thu Hà - Người duyệt: Lê Văn Hòa", [("Thu Hà", "")], None),
        # an initial before a given name in capitals
        ("H.ĐĂNG", [("H.Đăng", "H.ĐĂNG")], None),
        ("T.T. HƯƠNG - N.BÌNH", [("T.T. Hương", "T.T. HƯƠNG"), ("N.Bình", "N.BÌNH")], None),
        ("PGS, TS. Lê Minh Tâm - Trường Chính trị tỉnh Nam Định", [("Lê Minh Tâm", "")],
         "Trường Chính trị tỉnh Nam Định"),
    ],
)
def test_byline(line: str, names: list[tuple[str, str]], outlet: str | None) -> None:
    b = parse_byline(line)
    assert b is not None
    assert list(b.names) == names
    assert b.outlet == outlet


@pytest.mark.parametrize(
    "line",
    ["Toàn cảnh hội nghị.", "Hà Nội", "Theo kế hoạch, hội nghị kết thúc sớm.",
     "Ban Tổ chức Tỉnh ủy", "Tháng 10/2023", "Hội nghị diễn ra trong một ngày với nhiều nội dung",
     "Q.HCM", "P.H.N", "I. THỜI GIAN - ĐỊA ĐIỂM", "ĐOÀN THỂ", "ĐOÀN VIÊN"],
)
def test_not_byline(line: str) -> None:
    b = parse_byline(line)
    assert b is None or not b.names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng chí Nguyễn Văn A phát biểu. Ảnh: Minh Hiếu", [("Minh Hiếu", "byline (photo credit)")]),
        ("Toàn cảnh hội nghị. (Ảnh: QUANG VINH)",
         [("Quang Vinh", "byline (photo credit, printed in capitals: QUANG VINH)")]),
        ("Đại biểu dự hội nghị - Ảnh: ĐỨC TOÀN\nNội dung tiếp theo.",
         [("Đức Toàn", "byline (photo credit, printed in capitals: ĐỨC TOÀN)")]),
        # the agency before the name: a government portal's, a wire's
        ("Quang cảnh hội nghị - Ảnh: VGP/Thu Trang", [("Thu Trang", "byline (photo credit)")]),
        ("Đại biểu biểu quyết. Ảnh: TTXVN/Quốc Dũng", [("Quốc Dũng", "byline (photo credit)")]),
        # not a name: a place, a number, a sentence going on
        ("Ảnh: Hà Nội", []), ("Ảnh: 3", []), ("Ảnh: tư liệu của Ban Tổ chức", []),
    ],
)
def test_photo_credits(text: str, expected: list[tuple[str, str]]) -> None:
    from desktop.core.parse.people import find_photo_credits

    found = find_photo_credits(text)
    assert [(p.name, p.title) for p in found] == expected
    for p in found:
        assert text[p.start : p.end].casefold() == p.name.casefold()


def test_an_officers_rank_before_a_byline_name() -> None:
    from desktop.core.parse.people import parse_byline

    b = parse_byline("Đại úy NGUYỄN VĂN HÙNG")
    assert b is not None and b.names == (("Nguyễn Văn Hùng", "NGUYỄN VĂN HÙNG"),)
    b = parse_byline("Thượng tá Lê Minh Đức")
    assert b is not None and b.names == (("Lê Minh Đức", ""),)


def test_a_byline_of_labelled_credits() -> None:
    from desktop.core.parse.people import parse_byline

    b = parse_byline("Tin: Bảo Ngọc; Ảnh: Hữu Phước")
    assert b is not None and [n for n, _ in b.names] == ["Bảo Ngọc", "Hữu Phước"]
    b = parse_byline("Bài: Ngọc Lan - Ảnh: TTXVN")  # an agency's photos name no one
    assert b is not None and [n for n, _ in b.names] == ["Ngọc Lan"]
    assert parse_byline("Tin: Bảo Ngọc; Ảnh: Quang cảnh hội nghị tổng kết") is None


@pytest.mark.parametrize(("line", "expected"), [
    # an e-magazine's credits: the text's, the photos' (one from an archive), the design's
    ("Nội dung: THU HIỀN | Ảnh: ĐỨC MINH, TƯ LIỆU | Thiết kế: HẢI NAM", ["Thu Hiền", "Đức Minh", "Hải Nam"]),
    ("Bài: Ngọc Lan - Ảnh: Tư liệu", ["Ngọc Lan"]),
    ("Tin: Bảo Ngọc; Ảnh: Sưu tầm", ["Bảo Ngọc"]),
    ("Ảnh: TƯ LIỆU", None),
    ("Ảnh: Minh họa", None),
    ("Ảnh: Minh Hòa", ["Minh Hòa"]),  # a photographer's name, not "minh họa"
])
def test_a_photos_source_that_names_no_one(line: str, expected: list[str] | None) -> None:
    from desktop.core.parse.people import parse_byline

    b = parse_byline(line)
    assert (None if b is None else [n for n, _ in b.names]) == expected


def test_a_caption_crediting_an_archive_names_no_one() -> None:
    from desktop.core.parse.people import find_photo_credits

    assert find_photo_credits("Cán bộ hướng dẫn người dân làm thủ tục. Ảnh: TƯ LIỆU") == []
    assert find_photo_credits("Quang cảnh hội nghị (Ảnh: Sưu tầm)") == []
    assert [p.name for p in find_photo_credits("Quang cảnh hội nghị. Ảnh: Minh Hòa")] == ["Minh Hòa"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one title before two names joined by "và"
        ("Dự có Phó Bí thư Tỉnh ủy Trần Văn Lộc và Y Bhin Niê; đồng chí Lê Hà, Chủ tịch.",
         [("Trần Văn Lộc", "Phó Bí thư Tỉnh ủy"), ("Y Bhin Niê", "Phó Bí thư Tỉnh ủy"), ("Lê Hà", "Chủ tịch")]),
        # ... but not when the second has a title of its own
        ("Chủ tịch UBND tỉnh Trần Văn Lộc và Lê Thị Hoa, Giám đốc Sở Nội vụ dự họp.",
         [("Trần Văn Lộc", "Chủ tịch UBND tỉnh"), ("Lê Thị Hoa", "Giám đốc Sở Nội vụ")]),
        # an officer's rank is followed by a name whatever its family name (the post after it is
        # the title)
        ("Báo cáo của Trung tá Thạch Sô Phết, Phó Chỉ huy trưởng.", [("Thạch Sô Phết", "Phó Chỉ huy trưởng")]),
    ],
)
def test_names_after_a_shared_title_or_a_rank(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.name, m.title) for m in find_people(text)] == expected


def test_a_name_shortened_later_is_the_same_person() -> None:
    text = ("Dự hội nghị có đồng chí Hà Thị Mai, Phó Bí thư Tỉnh ủy; đồng chí Y Wang Êban, Bí thư Huyện ủy. "
            "Đồng chí Hà Mai, Phó Bí thư Tỉnh ủy phát biểu. Đồng chí Y Wang cho biết huyện đã hoàn thành.")
    assert [n for n, _t in unique_people(find_people(text))] == ["Hà Thị Mai", "Y Wang Êban"]
    # two people sharing a family name and a given name but not the short form stay apart
    other = "Đồng chí Lê Minh Châu, Bí thư; đồng chí Lê Minh, Phó Bí thư dự họp."
    assert len(unique_people(find_people(other))) == 2


@pytest.mark.parametrize(("line", "expected"), [
    ("Ảnh: PHƯƠNG THẢO", True),
    ("(Ảnh: Hữu Nghĩa - Văn phòng Huyện ủy)", True),
    ("📷 Ảnh: Đức Trí", True),
    ("Hình ảnh: Ngọc Lan", True),
    ("Tin, ảnh: Ngọc Lan", False),
    ("Bài, ảnh: Ngọc Lan", False),
    ("Bài: Hồng Hà - Ảnh: Văn Tú", False),
    ("Ảnh: Văn Tú; Bài: Hồng Hà", False),
    ("PHƯƠNG THẢO", False),
])
def test_a_credit_for_the_photos_alone(line: str, expected: bool) -> None:
    assert photo_only(line) is expected


def test_a_photographer_closing_an_article_is_not_its_author() -> None:
    head = ["Huyện ủy Thạch Thất sơ kết công tác tổ chức 6 tháng đầu năm",
            "Thứ Sáu, 19/07/2024 14:05",
            "Chiều 18/7, Ban Tổ chức Huyện ủy Thạch Thất tổ chức sơ kết công tác tổ chức xây dựng "
            "Đảng 6 tháng đầu năm 2024 và triển khai nhiệm vụ 6 tháng cuối năm."]
    photographer = parse_article_strict("\n".join([*head, "Ảnh: PHƯƠNG THẢO"]))
    assert photographer.byline is None
    assert Person("Phương Thảo", "byline (photo credit, printed in capitals: PHƯƠNG THẢO)") \
        in photographer.people
    author = parse_article_strict("\n".join([*head, "Tin, ảnh: PHƯƠNG THẢO"]))
    assert author.byline == "Phương Thảo"


@pytest.mark.parametrize(("line", "names", "outlet"), [
    ("Hải Yến - Đức Minh / VTV Thời sự", ["Hải Yến", "Đức Minh"], "VTV Thời sự"),
    ("Hải Yến / VOV-Thời sự", ["Hải Yến"], "VOV-Thời sự"),
    ("Văn Thành / MINH ĐỨC", ["Văn Thành", "Minh Đức"], None),  # a name in capitals, no outlet
    ("Nguồn: baoquangtri.vn · Đọc bài gốc ↗", [], "baoquangtri.vn"),
    ("Nguồn: www.xaydungdang.org.vn", [], "www.xaydungdang.org.vn"),
    ("Thanh Hà - VNU Media", ["Thanh Hà"], "VNU Media"),  # an outlet named in English
    ("Quốc Khánh - VTC News", ["Quốc Khánh"], "VTC News"),
])
def test_a_byline_and_its_outlet(line: str, names: list[str], outlet: str | None) -> None:
    b = parse_byline(line)
    assert b is not None and [n for n, _ in b.names] == names and b.outlet == outlet


def test_a_list_of_members_one_a_line() -> None:
    text = "\n".join([
        "DANH SÁCH BAN THƯỜNG VỤ HUYỆN ỦY KHÓA XXV",
        "1. NGUYỄN VĂN THƯỞNG - Bí thư Huyện ủy",
        "2. Ksor Y Phun - Phó Bí thư Thường trực Huyện ủy",
        "3. LƯƠNG THỊ NGỌC: Trưởng Ban Tổ chức Huyện ủy",
        "- ĐINH VĂN LÂM, Thượng tá, Trưởng Công an huyện",
        "4. Hội nghị lần thứ nhất - Ban Chấp hành họp ngay sau Đại hội",  # not a name
        "5. HÀ NỘI - Phó Chủ tịch",  # a place, not a name
    ])
    got = [(p.name, p.title) for p in find_people(text)]
    assert got == [("Nguyễn Văn Thưởng", "Bí thư Huyện ủy"),
                   ("Ksor Y Phun", "Phó Bí thư Thường trực Huyện ủy"),
                   ("Lương Thị Ngọc", "Trưởng Ban Tổ chức Huyện ủy"),
                   ("Đinh Văn Lâm", "Thượng tá, Trưởng Công an huyện")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # two syllables after a unit are its name, not a person's
        ("Đồng chí Lê Văn Tư, Bí thư Huyện ủy Mèo Vạc phát biểu.", ["Lê Văn Tư"]),
        ("giữ chức Phó Chủ tịch UBND huyện Kim Bảng.", []),
        ("nguyên Bí thư Thành ủy Buôn Hồ, nay công tác tại tỉnh", []),
        # a place of the Highlands opening the run: the name after it has three syllables
        ("Bí thư Thành ủy Buôn Ma Thuột Trần Văn Bình dự hội nghị", ["Trần Văn Bình"]),
        # a person's two syllables of the Highlands stay a name
        ("Phó Bí thư Huyện ủy Ksor Nham phát biểu", ["Ksor Nham"]),
        # "thành phố" is no street named after someone
        ("Chủ tịch UBND thành phố Tôn Nữ Thu Hằng chủ trì", ["Tôn Nữ Thu Hằng"]),
        ("Chi bộ khu phố Tôn Đức Thắng sinh hoạt", []),
        # a Chăm name with no Vietnamese family name after a ward's or commune's two syllables
        ("Bí thư Đảng ủy xã Phước Hậu Thành Phú Hoàng cho biết", ["Thành Phú Hoàng"]),
        ("Chủ tịch UBND phường Đô Vinh Quảng Đại Tuyên phát biểu.", ["Quảng Đại Tuyên"]),
        ("Bí thư Đảng ủy xã Vĩnh Hảo Tuy Phong phát biểu.", []),  # (two more are a place's)
        # a Khmer name after a commune's two syllables, the first a family name too
        ("Bí thư Đảng ủy xã Lâm Tân Sơn Thị Sa Ly chủ trì", ["Sơn Thị Sa Ly"]),
    ],
)
def test_names_after_units(text: str, names: list[str]) -> None:
    assert [p.name for p in find_people(text)] == names


def test_an_ede_name_with_a_space_after_its_apostrophe_is_one_person() -> None:
    text = ("Chi bộ kết nạp quần chúng H' Linh Niê, sinh năm 2002, vào Đảng. Chi bộ phân công "
            "đảng viên giúp đỡ đồng chí H'Linh trong thời gian dự bị.")
    assert [p.name for p in find_people(text)][:1] == ["H' Linh Niê"]
    assert unique_people(find_people(text)) == [("H' Linh Niê", "")]


def test_a_list_of_people_each_with_a_post_apart_by_semicolons() -> None:
    text = ("Khen thưởng các đồng chí: THÀO A SÌNH, Bí thư Chi bộ bản Pả Vi; Vàng Thị Dua, "
            "nguyên Phó Chủ tịch UBND xã Lũng Cú; Hờ Mí Páo, trưởng thôn Sủng Là.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Thào A Sình", "Bí thư Chi bộ bản Pả Vi"),
        ("Vàng Thị Dua", "nguyên Phó Chủ tịch UBND xã Lũng Cú"),
        ("Hờ Mí Páo", "trưởng thôn Sủng Là"),
    ]


@pytest.mark.parametrize(
    ("line", "text", "outlet"),
    [
        ("Tác giả: Quỳnh Anh · Chuyên mục: Chính trị · Nguồn: baobacninh.vn", "Quỳnh Anh", "baobacninh.vn"),
        ("Tác giả: Quỳnh Anh | Nguồn: Báo Bắc Ninh", "Quỳnh Anh", "Báo Bắc Ninh"),
    ],
)
def test_a_byline_beside_its_section_and_source(line: str, text: str, outlet: str) -> None:
    b = parse_byline(line)
    assert b is not None and (b.text, b.outlet) == (text, outlet)


def test_the_authors_office_under_a_byline_over_the_date_is_not_the_headline() -> None:
    raw = ("TẠP CHÍ LÝ LUẬN\n\nĐổi mới sinh hoạt chi bộ ở vùng cao\n\nLÊ THU TRANG\n"
           "Phó Trưởng Ban Tổ chức Tỉnh ủy Lào Cai\nNgày 3-5-2016\n\n"
           "(TCLL) - Những năm qua, các chi bộ vùng cao đã có nhiều đổi mới trong sinh hoạt.\n\n"
           "Một là, chuẩn bị kỹ nội dung sinh hoạt.")
    got = parse_article_strict(raw)
    assert (got.title, got.byline, got.outlet) == ("Đổi mới sinh hoạt chi bộ ở vùng cao", "Lê Thu Trang", "TCLL")


def test_a_khmer_womans_name_opening_with_thi_after_a_cue() -> None:
    assert [p.name for p in find_people("Chị Thị Ra Vy (29 tuổi), đảng viên mới của chi bộ ấp")] == ["Thị Ra Vy"]


@pytest.mark.parametrize(
    ("line", "text", "outlet"),
    [
        ("Phóng viên: Lò Thị Hoa / VOV-Tây Bắc", "Lò Thị Hoa", "VOV-Tây Bắc"),
        ("Minh Tâm - Quốc Huy / Ban Thời sự - Đài THVN", "Minh Tâm - Quốc Huy", "Ban Thời sự - Đài THVN"),
        ("Biên tập: Thanh Mai | Đọc: Hải Yến - Trung Kiên", "Thanh Mai - Hải Yến - Trung Kiên", None),
    ],
)
def test_a_broadcasts_credits(line: str, text: str, outlet: str | None) -> None:
    b = parse_byline(line)
    assert b is not None and (b.text, b.outlet) == (text, outlet)


def test_a_heading_in_capitals_is_no_byline() -> None:
    assert parse_byline("TIN TỪ CƠ SỞ") is None and parse_byline("HOẠT ĐỘNG CỦA NGÀNH") is None


def test_one_person_whatever_the_apostrophe_and_by_the_given_name() -> None:
    text = ("Đồng chí K’Ly Ha Sơn, Bí thư Huyện ủy phát biểu. Đồng chí Trương Thị Thu Hằng, "
            "Phó Bí thư Huyện ủy cũng dự. Theo đồng chí K'Ly Ha Sơn, ... Với đồng chí Thu Hằng, ...")
    assert [n for n, _t in unique_people(find_people(text))] == ["K’Ly Ha Sơn", "Trương Thị Thu Hằng"]


def test_a_list_after_a_count_of_comrades() -> None:
    text = "Ban Thường vụ khóa mới gồm 5 đồng chí: Hà Văn Sáu, Nông Thị Bảy, Đại tá Lý Văn Tám, Vi Văn Chín, Lục Thị Mười."
    assert [p.name for p in find_people(text)] == ["Hà Văn Sáu", "Nông Thị Bảy", "Lý Văn Tám", "Vi Văn Chín", "Lục Thị Mười"]


def test_a_post_of_a_wards_body_since_2025() -> None:
    text = "Trưởng Ban Xây dựng Đảng Đảng ủy phường Sơn Trà 2 Lê Thị Mai cho biết, phường đã rà soát."
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lê Thị Mai", "Trưởng Ban Xây dựng Đảng Đảng ủy phường Sơn Trà 2")]


def test_a_candidate_for_admission_is_named_after_quan_chung() -> None:
    text = "Chi bộ hoàn thiện hồ sơ kết nạp quần chúng ưu tú Lò Thị Ngân; vận động quần chúng tham gia."
    assert [p.name for p in find_people(text)] == ["Lò Thị Ngân"]


def test_a_title_in_lower_case_and_a_signing_body_in_capitals() -> None:
    text = "Phát biểu chỉ đạo, Phó bí thư thường trực Thành ủy Lê Văn Tâm đề nghị các cấp ủy."
    assert [(p.name, p.title) for p in find_people(text)] == [("Lê Văn Tâm", "Phó bí thư thường trực Thành ủy")]
    assert parse_byline("VĂN PHÒNG TỈNH ỦY") is None and parse_byline("THÀNH ỦY CẦN THƠ") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Các đồng chí nhận Huy hiệu 60 năm tuổi Đảng gồm: Lê Thị Tư (88 tuổi, Đảng bộ xã An Bình), "
         "Vũ Văn Năm (86 tuổi) và Đỗ Văn Sáu (85 tuổi, Đảng bộ thị trấn).",
         ["Lê Thị Tư", "Vũ Văn Năm", "Đỗ Văn Sáu"]),
        ("dự có các đồng chí nguyên Bí thư Huyện ủy qua các thời kỳ: Hồ Văn Một, Lý Thị Hai, Tạ Văn Ba.",
         ["Hồ Văn Một", "Lý Thị Hai", "Tạ Văn Ba"]),
        ("là các đồng chí: Phan Văn Bảy (72 tuổi), nguyên Phó Giám đốc Sở Tài chính và Mai Thị Tám "
         "(70 tuổi), nguyên Trưởng phòng Sở Y tế.", ["Phan Văn Bảy", "Mai Thị Tám"]),
    ],
)
def test_a_list_after_a_plural_cue_and_a_colon(text: str, names: list[str]) -> None:
    assert [p.name for p in find_people(text)] == names


def test_a_profession_before_a_name_is_a_cue() -> None:
    assert [p.name for p in find_people("Kỹ sư Lò Văn Quý, chuyên viên Văn phòng Tỉnh ủy hướng dẫn.")] == ["Lò Văn Quý"]


def test_an_elder_named_after_cu() -> None:
    assert [p.name for p in find_people("Cụ Hầu Seo Dính, năm nay 86 tuổi, vẫn nhớ. Một cách cụ thể Hà Nội.")] == [
        "Hầu Seo Dính"]
    # ... or after "bác" (not Bác Hồ, nor a physician's "bác sĩ" alone)
    text = "Bác Hoàng Văn Chuyên, đảng viên 55 năm tuổi Đảng, góp ý. Làm theo lời Bác Hồ dạy; ý kiến bị bác bỏ."
    assert [p.name for p in find_people(text)] == ["Hoàng Văn Chuyên"]


# --- round 32 (invented) --------------------------------------------------------------


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Chủ trì có BSCKII Lâm Văn Tâm, Bí thư Chi bộ, Giám đốc Bệnh viện.", "Lâm Văn Tâm",
     "Bí thư Chi bộ, Giám đốc Bệnh viện"),
    ("Báo cáo do ThS.BS Trịnh Thị Thu trình bày.", "Trịnh Thị Thu", "ThS.BS"),
    ("NCS Đỗ Minh Quân cho biết như vậy.", "Đỗ Minh Quân", "NCS"),
    # a nurse's degree (điều dưỡng)
    ("Tham luận tại hội nghị, ThS.ĐD Lương Thị Mai, Bí thư Chi bộ Khoa Nội chia sẻ.", "Lương Thị Mai",
     "Bí thư Chi bộ Khoa Nội"),
    ("Báo cáo do CN.ĐD Hà Văn Lực trình bày.", "Hà Văn Lực", "CN.ĐD"),
    ("Như Chủ tịch Hồ Chí Minh căn dặn, chi bộ phải tốt.", "Hồ Chí Minh", "Chủ tịch"),
    # a lecturer of the Party's, the role after a degree, or before the name and its post
    ("Tại hội nghị, TS. Hoàng Văn Lương, Báo cáo viên Trung ương, giới thiệu chuyên đề.", "Hoàng Văn Lương",
     "Báo cáo viên Trung ương"),
    ("Báo cáo viên Hà Thị Tuyết, Phó Trưởng Ban Dân vận Tỉnh ủy giới thiệu chuyên đề.", "Hà Thị Tuyết",
     "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    # a degree with its point inside a sentence, after a verb, its post after the name or none
    ("Học viên được TS. Vi Thị Hồng, Phó Giám đốc Sở Nội vụ truyền đạt chuyên đề.", "Vi Thị Hồng",
     "Phó Giám đốc Sở Nội vụ"),
    ("Các đại biểu nghe ThS. Quách Văn Long giới thiệu điểm mới của Quy định.", "Quách Văn Long", "ThS"),
])
def test_degrees_and_the_president_before_a_name(text: str, name: str, title: str) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == [(name, title)]


@pytest.mark.parametrize("text", [
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Báo cáo tại hội nghị, đồng chí Lê Thị",  # a name broken at a line's end
    "Hội nghị nghe báo cáo viên các cấp trao đổi.",
    "Trường có 12 giảng viên đạt chuẩn TS. Năm nay tuyển thêm.",  # a sentence's end
])
def test_no_person_in(text: str) -> None:
    assert find_people(text) == []


def test_an_office_holding_a_dash_after_an_author() -> None:
    b = parse_byline("ThS Vi Thị Hạnh - Vụ Tổ chức - Cán bộ, Ban Tổ chức Trung ương")
    assert b is not None and b.text == "Vi Thị Hạnh"
    assert b.outlet == "Vụ Tổ chức - Cán bộ, Ban Tổ chức Trung ương"


def test_the_party_agencies_committee_named_since_2025_is_one_title() -> None:
    text = ("Phó Bí thư Thường trực Đảng ủy các cơ quan Đảng tỉnh Lò Văn Mừng báo cáo. Đồng chí "
            "Vi Thị Hạnh, Bí thư Đảng ủy các cơ quan Đảng tỉnh, kết luận.")
    assert unique_people(find_people(text)) == [
        ("Lò Văn Mừng", "Phó Bí thư Thường trực Đảng ủy các cơ quan Đảng tỉnh"),
        ("Vi Thị Hạnh", "Bí thư Đảng ủy các cơ quan Đảng tỉnh"),
    ]


def test_a_graphic_credited_on_its_own_line_in_the_body() -> None:
    from desktop.core.parse.people import find_photo_credits

    text = "69.840\ntổng số đảng viên\nĐồ họa: Bảo Châu\n\nTheo báo cáo, năm 2023 ..."
    assert [(p.name, p.title) for p in find_photo_credits(text)] == [
        ("Bảo Châu", "byline (graphics credit)")]
    # (the words inside a sentence are no credit)
    assert find_photo_credits("Phần đồ họa: bảng số liệu của các chi bộ.") == []


def test_a_kho_name_printed_with_a_space_after_its_prefix() -> None:
    found = find_people("Đồng chí K' Mák Ha Lim, Ủy viên Ban Thường vụ Huyện ủy, phát biểu.")
    assert [(p.name, p.title) for p in found] == [("K' Mák Ha Lim", "Ủy viên Ban Thường vụ Huyện ủy")]


@pytest.mark.parametrize(
    ("line", "names", "office"),
    [
        ("Thu Trang - Trung tâm VH-TT&TT huyện", ["Thu Trang"], "Trung tâm VH-TT&TT huyện"),
        ("Trung Kiên - Minh Hà", ["Trung Kiên", "Minh Hà"], None),
        ("Nhóm PV: Hải Yến - Đức Minh", ["Hải Yến", "Đức Minh"], None),
        # the office in capitals too (and two names in capitals are still two authors)
        ("LÊ THANH - BAN TỔ CHỨC HUYỆN ỦY", ["Lê Thanh"], "BAN TỔ CHỨC HUYỆN ỦY"),
        ("VĂN HẢI - NGỌC LAN", ["Văn Hải", "Ngọc Lan"], None),
        # the team after the writer: no office, no name
        ("Bảo Ngọc - Nhóm PV", ["Bảo Ngọc"], None),
    ],
)
def test_a_byline_with_an_office_or_a_teams_label(line: str, names: list[str], office: str | None) -> None:
    b = parse_byline(line)
    assert b is not None and ([n for n, _ in b.names], b.outlet) == (names, office)


def test_a_byline_over_a_row_of_hashtags_of_several_words() -> None:
    raw = ("Giao ban công tác tổ chức xây dựng Đảng quý III\n05/10/2023\n"
           "Sáng 4/10, Ban Tổ chức Thành ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng quý III.\n\n"
           "Theo kế hoạch, Đại hội đại biểu Đảng bộ thành phố lần thứ XI, nhiệm kỳ 2020-2025 dự kiến diễn ra "
           "vào tháng 10 năm 2020; các đảng bộ trực thuộc hoàn thành đại hội trước ngày 30-6-2020.\n\n"
           "MAI ANH\n\n#Ban Tổ chức Thành ủy TP.HCM   #đại hội đảng bộ   #công tác cán bộ\n\n"
           "Đọc thêm\nQuận 1 kết nạp đảng viên là chủ doanh nghiệp tư nhân\n")
    assert parse_article_strict(raw).byline == "Mai Anh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ tịch Hội Cựu chiến binh tỉnh Hoàng Văn Lực kiến nghị tăng cường giám sát.",
         [("Hoàng Văn Lực", "Chủ tịch Hội Cựu chiến binh tỉnh")]),
        ("Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Lò Thị Xuân phát biểu.",
         [("Lò Thị Xuân", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện")]),
        ("Chủ tịch Hội Chữ thập đỏ tỉnh Vi Văn Kiên báo cáo.", [("Vi Văn Kiên", "Chủ tịch Hội Chữ thập đỏ tỉnh")]),
        ("Chủ tịch Hội Người cao tuổi xã Mai Thị Hồng cho biết.",
         [("Mai Thị Hồng", "Chủ tịch Hội Người cao tuổi xã")]),
    ],
)
def test_a_mass_organisations_name_in_lower_case_inside_a_title(text: str, expected) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == expected


def test_a_highland_name_written_as_one_word() -> None:
    found = find_people("Đồng chí K'Dơng, Phó Chủ tịch Ủy ban MTTQ tỉnh, báo cáo kết quả giám sát.")
    assert [(p.name, p.title) for p in found] == [("K'Dơng", "Phó Chủ tịch Ủy ban MTTQ tỉnh")]
    # one word with no apostrophe is no name: "Đồng chí Bí thư, ..."
    assert find_people("Đồng chí Thường, Bí thư Chi bộ, phát biểu.") == []


def test_elders_listed_after_a_plural_cue_each_with_the_cell() -> None:
    text = ("Nhận Huy hiệu 60 năm tuổi Đảng có các cụ: Lương Văn Sở, Chi bộ thôn Đông, xã An Lạc; "
            "Cao Thị Nụ, Chi bộ khu 2, thị trấn Hưng Hà...")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lương Văn Sở", "Chi bộ thôn Đông, xã An Lạc"), ("Cao Thị Nụ", "Chi bộ khu 2, thị trấn Hưng Hà")]


@pytest.mark.parametrize(("line", "name"), [("H'XUÂN", "H'Xuân"), ("K'Brơi", "K'Brơi")])
def test_a_one_word_highland_byline(line: str, name: str) -> None:
    b = parse_byline(line)
    assert b is not None and [n for n, _ in b.names] == [name]


def test_a_title_in_a_special_zone() -> None:
    found = find_people("Trưởng Ban Xây dựng Đảng Đảng ủy đặc khu Lâm Thị Kiều đề nghị các chi bộ.")
    assert [(p.name, p.title) for p in found] == [("Lâm Thị Kiều", "Trưởng Ban Xây dựng Đảng Đảng ủy đặc khu")]


def test_people_each_with_a_post_listed_after_a_word_apart_by_semicolons() -> None:
    text = ("Năm nay kết nạp 9 đảng viên, trong đó có những trường hợp tiêu biểu như Hờ Thị Mai, "
            "giáo viên Trường Tiểu học Sà Phìn; Vàng Văn Páo, đội trưởng đội dân quân thôn Lũng Táo; "
            "Thào Mí Chá, chủ nhiệm hợp tác xã chăn nuôi bò.")
    got = [(p.name, p.title) for p in find_people(text)]
    assert got == [("Hờ Thị Mai", "giáo viên Trường Tiểu học Sà Phìn"),
                   ("Vàng Văn Páo", "đội trưởng đội dân quân thôn Lũng Táo"),
                   ("Thào Mí Chá", "chủ nhiệm hợp tác xã chăn nuôi bò")]


def test_a_list_after_a_word_needs_whole_names() -> None:
    text = "Các xã dẫn đầu như Sà Phìn, nhất về kết nạp; Lũng Táo, nhì về thu đảng phí; Phố Cáo, ba."
    assert find_people(text) == []


@pytest.mark.parametrize("memorial", ["Khu lưu niệm", "tượng đài", "Khu di tích lịch sử"])
def test_the_president_in_a_memorials_name_is_no_one_named(memorial: str) -> None:
    text = f"Đoàn đã dâng hương tại {memorial} Chủ tịch Hồ Chí Minh ở xã Kim Liên."
    assert find_people(text) == []
    assert [p.name for p in find_people("Chủ tịch Hồ Chí Minh đã dạy cán bộ.")] == ["Hồ Chí Minh"]


@pytest.mark.parametrize(("line", "name"), [("Trường Sơn", "Trường Sơn"), ("TRƯỜNG AN", "Trường An")])
def test_a_byline_of_given_names_opening_with_a_schools_word(line: str, name: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.names[0][0] == name
    assert parse_byline("Trường Chính trị") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village named, then numbered, before the name
        ("Bí thư Chi bộ bản Pá Hốc 3 Mùa A Chớ cho biết chi bộ đã kết nạp 2 đảng viên.",
         [("Mùa A Chớ", "Bí thư Chi bộ bản Pá Hốc 3")]),
        # only numbered
        ("Bí thư Chi bộ xóm 4 Lê Văn Quang đề nghị đầu tư đường liên xóm.",
         [("Lê Văn Quang", "Bí thư Chi bộ xóm 4")]),
        ("Tổ trưởng tổ dân phố 12 Phan Thị Ngọc phản ánh ý kiến cử tri.",
         [("Phan Thị Ngọc", "Tổ trưởng tổ dân phố 12")]),
        # named only: the village stays in the title
        ("Trưởng ấp Tân Quới Thạch Thị Sa Rết báo cáo tình hình.",
         [("Thạch Thị Sa Rết", "Trưởng ấp Tân Quới")]),
        # the name first: the title runs on to the village's number
        ("Đồng chí Hờ A Lử, Bí thư Chi bộ thôn 6, phát biểu.", [("Hờ A Lử", "Bí thư Chi bộ thôn 6")]),
        # a town's numbered block
        ("Bí thư Chi bộ khối 5 Lương Thị Hạnh cho biết chi bộ có 38 đảng viên.",
         [("Lương Thị Hạnh", "Bí thư Chi bộ khối 5")]),
        # the commune after a comma, then the holder after the commune's two syllables
        ("Bí thư Chi bộ tổ dân phố 9, phường Tân Thịnh Hoàng Văn Khiêm cho biết chi bộ họp đều.",
         [("Hoàng Văn Khiêm", "Bí thư Chi bộ tổ dân phố 9, phường Tân Thịnh")]),
        ("Bí thư Chi bộ thôn Khuổi Hẩu, xã Minh Tâm Triệu Văn Lìn cho biết thôn đã có chi bộ.",
         [("Triệu Văn Lìn", "Bí thư Chi bộ thôn Khuổi Hẩu, xã Minh Tâm")]),
        # a cell's name in lower case after the post, as many pages print it
        ("Bí thư chi bộ thôn 3 Lê Văn Ánh cho biết chi bộ có 20 đảng viên.",
         [("Lê Văn Ánh", "Bí thư chi bộ thôn 3")]),
        ("Đồng chí Lò Thị Hoa, Phó Bí thư chi đoàn bản Mé, phát biểu.", [("Lò Thị Hoa", "Phó Bí thư chi đoàn bản Mé")]),
        ("Vắng đ/c Lê Thị Sen – Bí thư chi bộ Trường Mầm non (có lý do).",
         [("Lê Thị Sen", "Bí thư chi bộ Trường Mầm non")]),
        # (a number, a comma and the commune: the title runs on to the commune's name)
        ("Đồng chí Lò Văn Pọm, Bí thư Chi bộ bản 3, xã Chiềng Sơ, phát biểu.",
         [("Lò Văn Pọm", "Bí thư Chi bộ bản 3, xã Chiềng Sơ")]),
    ],
)
def test_a_title_ending_in_a_village_or_its_number(text: str, expected) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == expected


def test_a_village_count_is_no_title_or_name() -> None:
    assert find_people("Trưởng thôn 3 đã vận động 20 hộ hiến đất làm đường.") == []


def test_people_listed_after_a_colon_each_with_a_dash_before_the_post() -> None:
    text = ("Cùng chủ trì có các đồng chí: Lê Thị Thu Hà - Phó Bí thư Thường trực Tỉnh ủy; "
            "Đào Văn Khải – Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lê Thị Thu Hà", "Phó Bí thư Thường trực Tỉnh ủy"),
        ("Đào Văn Khải", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")]


def test_a_national_assembly_delegations_head_is_one_title() -> None:
    found = find_people("Đồng chí Hà Quang Vinh, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh phát biểu.")
    assert [(p.name, p.title) for p in found] == [
        ("Hà Quang Vinh", "Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đồng chí Xổm-phênh Vi-la-vông cho biết tỉnh bạn có 9 huyện.", "Xổm-phênh Vi-la-vông"),
        ("Bà Khăm-la Sỉ-hả-phăn-thạ-vông, Phó Trưởng Ban Tổ chức tỉnh Hủa Phăn, phát biểu.",
         "Khăm-la Sỉ-hả-phăn-thạ-vông"),
    ],
)
def test_a_lao_name_hyphenated_in_several_pieces(text: str, name: str) -> None:
    assert [p.name for p in find_people(text)] == [name]


@pytest.mark.parametrize(("text", "expected"), [
    # a village's posts printed in lower case after the name
    ("Theo bà Hờ Thị Dua, bí thư chi bộ bản Nà Hừ, bản đã hết hộ nghèo.",
     [("Hờ Thị Dua", "bí thư chi bộ bản Nà Hừ")]),
    ("Ông Lỳ Chừ Khó - trưởng bản, người có uy tín của bản - kể lại chuyện cũ.",
     [("Lỳ Chừ Khó", "trưởng bản, người có uy tín của bản")]),
    ("Chị Bàn Thị Mai, người có uy tín thôn Khuổi Vài, xã Tân An, cho biết thêm.",
     [("Bàn Thị Mai", "người có uy tín thôn Khuổi Vài, xã Tân An")]),
    ("Ông Sừ A Lừ - bí thư kiêm trưởng xóm Nà Pàng 3 - cam kết khắc phục.",
     [("Sừ A Lừ", "bí thư kiêm trưởng xóm Nà Pàng 3")]),
    ("Ông Khoàng Văn Ún, nguyên bí thư Đảng ủy xã Nậm Ty (huyện Mường La cũ), nhớ lại.",
     [("Khoàng Văn Ún", "nguyên bí thư Đảng ủy xã Nậm Ty (huyện Mường La cũ)")]),
    ("Đồng chí Phan Văn Tới - phó bí thư thường trực Thành ủy Long Xuyên - đề nghị.",
     [("Phan Văn Tới", "phó bí thư thường trực Thành ủy Long Xuyên")]),
    ("Ông Lê Hữu Đức, nguyên phó chủ tịch UBND tỉnh Vĩnh Phúc, bị khiển trách.",
     [("Lê Hữu Đức", "nguyên phó chủ tịch UBND tỉnh Vĩnh Phúc")]),
    # ... and before it, where a number or the post's own words end the village's name
    ("Nhờ bí thư chi bộ bản Huổi Khon 2 Cháng A Dơ kiên trì vận động, bản có đảng viên.",
     [("Cháng A Dơ", "bí thư chi bộ bản Huổi Khon 2")]),
    ("Theo trưởng thôn Phàn Văn Sình, thôn đã có đường bê tông.", [("Phàn Văn Sình", "trưởng thôn")]),
    ("Phó Bí thư Thường trực Huyện ủy Mèo Vạc Hảng Mí Sử dự đại hội.",
     [("Hảng Mí Sử", "Phó Bí thư Thường trực Huyện ủy Mèo Vạc")]),
    # ... or after a commune's name, which opens with no family name
    ("Còn phó bí thư Đảng ủy xã Tân Thạnh Đông Võ Thị Bích Ngọc đề xuất lập tổ công tác.",
     [("Võ Thị Bích Ngọc", "phó bí thư Đảng ủy xã Tân Thạnh Đông")]),
])
def test_titles_in_lower_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == expected


@pytest.mark.parametrize("text", [
    "Cuộc họp do bí thư chi bộ bản Huổi Lếch chủ trì.",  # a village's name, no one's
    "Các trưởng thôn Nà Hang Tày đều có mặt.",
    "Cuộc họp do bí thư Đảng ủy xã Tân Thạnh Đông chủ trì.",
])
def test_a_lower_case_title_without_a_name(text: str) -> None:
    assert find_people(text) == []


def test_the_editor_a_pages_footer_credits() -> None:
    from desktop.core.parse.people import masthead_credits

    footer = "\n".join([
        "BÁO ĐIỆN TỬ VÙNG CAO", "Tổng Biên tập: Đại tá Lữ Văn Khương   |   Phó Tổng Biên tập: Hà Thị Nga, Mùa A Tủa",
        "Chịu trách nhiệm nội dung: Giám đốc Đài Hoàng Văn Chiến", "Tổng biên tập: ...",
        "Chịu trách nhiệm xuất bản: Ban Biên tập", "Tổng Biên tập: Đang cập nhật",
        "Giấy phép số 77/GP-BVHTTDL ngày 2/8/2025 của Bộ Văn hóa, Thể thao và Du lịch.",
    ])
    # (a rank is no post; a placeholder or a body names no one)
    assert masthead_credits(footer) == [
        ("Lữ Văn Khương", "Tổng Biên tập"), ("Hà Thị Nga", "Phó Tổng Biên tập"),
        ("Mùa A Tủa", "Phó Tổng Biên tập"), ("Hoàng Văn Chiến", "Giám đốc Đài")]


def test_a_footers_editor_is_listed_after_the_articles_people_and_not_stored() -> None:
    from desktop.core.parse import analysis_dict

    text = "\n".join([
        "Giao ban công tác xây dựng Đảng quý III", "Thứ Bảy, 05/10/2024 08:30",
        "Sáng 4/10, đồng chí Lê Văn Tám, Trưởng Ban Tổ chức Huyện ủy, chủ trì hội nghị giao ban.",
        "Các chi bộ báo cáo kết quả sinh hoạt chuyên đề.",
        *(f"Trong quý, chi bộ số {i} kết nạp thêm đảng viên mới, duy trì nền nếp sinh hoạt định kỳ và "
          "nâng cao chất lượng sinh hoạt chuyên đề theo hướng dẫn của cấp trên." for i in range(1, 7)),
        "MINH AN", " ",
        "Từ khóa:  Chi bộ  Giao ban", "Chia sẻ  |  Thích 48  |  In  |  Lưu", " ",
        "Tin cùng chuyên mục", "Huyện ủy tổng kết công tác năm 2023", " ",
        "BÁO BIÊN CƯƠNG", "Tổng Biên tập: Lữ Văn Khương",
        "Tòa soạn: Số 4 Hàng Chuối, phường Hai Bà Trưng, Hà Nội",
        "Giấy phép số 77/GP-BVHTTDL ngày 2/8/2025 của Bộ Văn hóa, Thể thao và Du lịch.",
        "© Bản quyền thuộc về Báo Biên Cương. Không được sao chép khi chưa có sự đồng ý bằng văn bản.",
    ])
    parsed = parse_article_strict(text)
    assert "Khương" not in parsed.clean_text
    assert [p.name for p in parsed.people] == ["Lê Văn Tám", "Minh An"]  # (what the library stores)
    assert [(p["name"], p["title"]) for p in analysis_dict(parsed, "a.txt")["people"]] == [
        ("Lê Văn Tám", "Trưởng Ban Tổ chức Huyện ủy"), ("Minh An", "byline (printed in capitals: MINH AN)"),
        ("Lữ Văn Khương", "Tổng Biên tập")]


def test_a_signature_beside_the_recipients_list_read_line_by_line() -> None:
    from desktop.core.parse import parse_article_strict

    raw = "\n".join([
        "HUYỆN ỦY CƯ M'GAR", "Số: 102-BC/HU", "", "BÁO CÁO", "",
        "Kết quả công tác tổ chức xây dựng Đảng quý I năm 2024", "",
        "Trong quý I, Ban Thường vụ Huyện ủy đã lãnh đạo hoàn thành các nhiệm vụ trọng tâm về "
        "công tác tổ chức xây dựng Đảng, kết nạp 45 đảng viên mới.", "",
        "Nơi nhận:                                     T/M BAN THƯỜNG VỤ", "",
        "- Ban Tổ chức Tỉnh ủy (b/c),                 PHÓ BÍ THƯ", "", "- Lưu VP.", "",
        "                                              (Đã ký)", "", "- Các chi bộ,", "",
        "                                              Y Jút Niê"])
    got = parse_article_strict(raw)
    assert ("Y Jút Niê", "PHÓ BÍ THƯ") in {(p.name, p.title) for p in got.people}
    assert got.title == "Kết quả công tác tổ chức xây dựng Đảng quý I năm 2024"


def test_a_pandoc_span_keeps_its_words() -> None:
    from desktop.core.parse import markdown

    text = "# Báo cáo\n\n**Kết quả** quý I.\n\n[Nơi nhận:]{.underline} các chi bộ.\n"
    assert "Nơi nhận: các chi bộ." in markdown.to_text(text)


def test_a_name_after_its_title_and_a_dash_as_a_paper_prints_it() -> None:
    got = find_people("Hội nghị do Phó Bí thư Thường trực Huyện ủy - Trần Thị Kim Hoa chủ trì.")
    assert [(p.name, p.title) for p in got] == [("Trần Thị Kim Hoa", "Phó Bí thư Thường trực Huyện ủy")]
    # a dash before a body's name is no name's
    assert find_people("Trưởng Ban Tổ chức Huyện ủy - Văn phòng Huyện ủy phối hợp thực hiện.") == []


def test_a_reporter_asking_at_a_press_conference_and_his_name_shortened() -> None:
    text = ("PV Lý Minh Khang (Báo Thanh Niên): Xin ông cho biết kết quả kết nạp đảng viên?\n\n"
            "Đồng chí Hồ Văn Tâm, Trưởng Ban Tổ chức Tỉnh ủy: Quý I kết nạp 820 đảng viên.\n\n"
            "PV Minh Khang (Báo Thanh Niên): Xin hỏi thêm về nhiệm vụ quý II?")
    names = [p.name for p in parse_article_strict("Họp báo quý I\n\n" + text).people]
    assert names.count("Lý Minh Khang") == 1 and "Minh Khang" not in names
    # (a given name of three syllables' last two is not the man's whose middle is "Văn")
    mentions = [PersonMention("Nguyễn Văn Hùng", "", 0, 15), PersonMention("Văn Hùng", "", 40, 48)]
    assert unique_people(mentions) == [("Nguyễn Văn Hùng", ""), ("Văn Hùng", "")]


def test_credits_of_several_labels_apart_by_dashes_and_a_byline_in_english() -> None:
    assert parse_byline("Biên tập: Thu Trang - Kỹ thuật: Quốc Bảo").names == (("Thu Trang", ""), ("Quốc Bảo", ""))
    assert parse_byline("By Thu Hương").names == (("Thu Hương", ""),)
    assert parse_byline("sggp.org.vn · by Thu Hương · Saved Oct 2, 2025 · 6 min read").names == (
        ("Thu Hương", ""),)


def test_a_social_posts_header_names_its_poster_and_whom_they_tagged() -> None:
    raw = "\n".join([
        "Đinh Thị Thu Hà đang ở Tỉnh ủy Quảng Trị cùng với Lê Văn Toàn và Hồ Thị Mai.",
        "8 tháng 4, 2025  · 🌏",
        "Sáng nay 8/4, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng "
        "quý I năm 2025. Cảm ơn anh chị em đã cùng làm việc những ngày qua 🙏"])
    got = parse_article_strict(raw)
    assert got.byline == "Đinh Thị Thu Hà"
    assert {("Lê Văn Toàn", ""), ("Hồ Thị Mai", "")} <= {(p.name, p.title) for p in got.people}
    assert got.event_date == "2025-04-08"


def test_a_womans_name_after_a_communes_committee_whatever_its_family_name() -> None:
    got = find_people("Bí thư Đảng ủy xã Thạch Thị Sa Rươne cho biết xã kết nạp 12 đảng viên.")
    assert [(p.name, p.title) for p in got] == [("Thạch Thị Sa Rươne", "Bí thư Đảng ủy xã")]
    got = find_people("Bí thư Đảng ủy xã Sơn Thị Chanh Đa cho biết xã kết nạp 12 đảng viên.")
    assert [(p.name, p.title) for p in got] == [("Sơn Thị Chanh Đa", "Bí thư Đảng ủy xã")]


def test_a_tv_scripts_credits_apart_by_spaces_and_its_reporters_line_inside_it() -> None:
    assert parse_byline("BTV: Ngọc Lan   Kỹ thuật: Hữu Phước   Đạo diễn: Thành Trung").names == (
        ("Ngọc Lan", ""), ("Hữu Phước", ""), ("Thành Trung", ""))
    got = parse_byline("PV: Khánh Linh - Đức Toàn / THTG")
    assert got is not None and got.names == (("Khánh Linh", ""), ("Đức Toàn", "")) and got.outlet == "THTG"
    # a reporter's narration is no credit
    assert parse_byline("PV: Chiều nay, các đại biểu thảo luận sôi nổi.") is None
    raw = "\n".join([
        "Thời sự tối 9/10/2024",
        "BTV: Ngọc Lan   Kỹ thuật: Hữu Phước",
        "MC: Kính chào quý vị. Chiều nay (9/10), Ban Tổ chức Tỉnh ủy tổ chức giao ban quý III năm 2024.",
        "PV: Các đại biểu thảo luận về công tác phát triển đảng viên trong doanh nghiệp.",
        "PV: Khánh Linh - Đức Toàn / THTG",
        "TIN 2: NẮNG NÓNG KÉO DÀI",
        "MC: Nắng nóng tiếp tục gay gắt trên địa bàn tỉnh trong những ngày tới."])
    got = parse_article_strict(raw)
    assert [p.name for p in got.people if p.title == "byline"] == [
        "Ngọc Lan", "Hữu Phước", "Khánh Linh", "Đức Toàn"]


def test_a_compilers_label_and_post_and_an_items_author_in_brackets() -> None:
    got = parse_byline("Người tổng hợp: Lâm Thị Thu Cúc, chuyên viên Phòng Tổng hợp")
    assert got is not None and got.names == (("Lâm Thị Thu Cúc", ""),)
    raw = "\n".join([
        "BẢN TIN ĐIỂM BÁO NGÀY 5/3/2024",
        "1. Giao ban công tác tổ chức xây dựng Đảng tháng 2",
        "Chiều 4-3, Ban Tổ chức Tỉnh ủy giao ban công tác tháng 2 năm 2024 với các huyện ủy. (Kim Ngân)",
        "2. Huyện Châu Thành kết nạp 40 đảng viên",
        "Sáng 4-3, Huyện ủy Châu Thành trao quyết định kết nạp đảng viên mới. (Theo Báo Hậu Giang)",
        "3. Sơ kết công tác dân vận",
        "Sáng 3-3, Ban Dân vận Tỉnh ủy sơ kết công tác quý I. (Cà Mau)"])
    got = parse_article_strict(raw)
    assert [p.name for p in got.people if p.title == "byline"] == ["Kim Ngân"]
    # (its own paragraph now, as a closing byline is)
    assert "(Kim Ngân)" not in got.clean_text and "\n\nKim Ngân\n\n" in got.clean_text


def test_a_reporter_named_after_phong_vien_a_readers_question_and_a_footers_credit() -> None:
    got = find_people("Mời quý vị cùng nghe phóng viên Trần Thị Hải Yến ghi nhận tại cơ sở.")
    assert [p.name for p in got] == ["Trần Thị Hải Yến"]
    assert find_people("Các phóng viên Báo Nhân Dân dự họp.") == []
    raw = ("Hỏi - đáp nghiệp vụ\n\nHỏi: Đảng viên dự bị chuyển sinh hoạt thì xét chính thức ở đâu?\n\n"
           "(Nguyễn Văn Bình, xã Quảng Phú)\n\nTrả lời: Chi bộ nơi đảng viên sinh hoạt xét công nhận.")
    assert "Nguyễn Văn Bình" in [p.name for p in parse_article_strict(raw).people]
    from desktop.core.parse.people import masthead_credits
    assert masthead_credits("Chịu trách nhiệm chính: Ông Đào Văn Hải – Phó Chủ tịch UBND xã") == [
        ("Đào Văn Hải", "Phó Chủ tịch UBND xã")]
    # a stamp's city in capitals over a signer's name is no name; a note-taker's label is a credit
    assert parse_byline("THÀNH PHỐ HẢI PHÒNG") is None
    assert parse_byline("Người ghi: Lê Minh Tâm (Văn phòng)").names == (("Lê Minh Tâm", ""),)


def test_a_minutes_fields_and_its_signers_side_by_side() -> None:
    raw = "\n".join([
        "BIÊN BẢN HỌP GIAO BAN CÔNG TÁC TỔ CHỨC THÁNG 3", "",
        "Thời gian: 8 giờ 00, ngày 5/3/2024",
        "Chủ trì: đồng chí Vũ Đức Hải, Bí thư Đảng ủy",
        "Thư ký: Lê Thị Mai, chuyên viên Văn phòng Đảng ủy",
        "Người lập biểu: Trần Thu Phương", "",
        "Hội nghị đánh giá kết quả công tác tổ chức tháng 2 và triển khai nhiệm vụ tháng 3 năm 2024.", "",
        "THƯ KÝ                    CHỦ TRÌ", "(Đã ký)                    (Đã ký)",
        "Hà Thị Lan                Vũ Đức Hải"])
    got = parse_article_strict(raw)
    # (each field its own line: the title of one ends before the next one's label)
    assert [(p.name, p.title) for p in got.people] == [
        ("Vũ Đức Hải", "Bí thư Đảng ủy"), ("Lê Thị Mai", "Thư ký"), ("Trần Thu Phương", "Người lập biểu"),
        ("Hà Thị Lan", "THƯ KÝ")]
    # the posts over the names are no author's; the meeting's time is no publication's
    assert (got.title, got.byline, got.published, got.event_date) == (
        "BIÊN BẢN HỌP GIAO BAN CÔNG TÁC TỔ CHỨC THÁNG 3", None, None, "2024-03-05")
    assert "Thời gian: 8 giờ 00" in got.clean_text


def test_the_people_a_notice_lists_by_name_in_its_field_of_those_invited() -> None:
    text = ("Thời gian: 8 giờ 00, ngày 5/3/2024\nThành phần: Lò Văn Sơn, Vi Thị Hồng Nhung; Tòng Văn Quý\n"
            "Khách mời: đại diện lãnh đạo các ban, Hà Minh Đức\n\nSáng 5/3, hội nghị giao ban quý I.")
    got = find_listed(text)
    assert [p.name for p in got] == ["Lò Văn Sơn", "Vi Thị Hồng Nhung", "Tòng Văn Quý", "Hà Minh Đức"]
    assert all(text[p.start : p.end] == p.name and p.title == "" for p in got)
    assert find_listed("Thành phần: đại diện lãnh đạo các ban, ngành của tỉnh") == []


def test_a_mails_senders_are_read_from_their_addresses() -> None:
    assert mail_sender("Từ: Võ Hoàng Anh <anh.vh@tinhuy.vn>") == "Võ Hoàng Anh"
    assert mail_sender("Vào Th 2, 17 thg 11, 2025 lúc 08:12 Hà Thị Mai <mai@x.vn> đã viết:") == "Hà Thị Mai"
    assert mail_sender("To: Phòng TCĐ-ĐV <tcddv@tinhuy.vn>") is None
    assert mail_sender("Từ: Văn phòng Đảng ủy xã Lê Lợi <vp@x.vn>") is None  # (an office, its commune named)
    assert mail_sender("Võ Hoàng Anh, Trưởng phòng") is None
    raw = "\n".join([
        "Fwd: Tin giao ban tháng 3", "", "Lò Thị Hằng <hang@tinhuy.vn>", "", "Anh Đức gửi bài, em chuyển anh.", "",
        "---------- Forwarded message ---------", "Từ: Cầm Văn Đức <duc@tinhuy.vn>",
        "Subject: Tin giao ban tháng 3", "", "Giao ban công tác tổ chức xây dựng Đảng tháng 3", "",
        "Sáng 12/3/2024, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức xây dựng Đảng tháng 3. "
        "Đồng chí Tòng Văn Quý, Trưởng Ban Tổ chức Tỉnh ủy chủ trì.", ""])
    names = [p.name for p in parse_article_strict(raw).people]
    assert {"Lò Thị Hằng", "Cầm Văn Đức", "Tòng Văn Quý"} <= set(names)


def test_the_readers_commenting_under_a_post_by_name() -> None:
    raw = "\n".join([
        "Giao ban công tác tổ chức quý I.", "", "Phù hợp nhất", "", "Lò Thị Hằng", "Hội nghị thành công tốt đẹp 👏",
        "1 năm", "Thích", "Phản hồi", "3", "", "Đảng ủy xã Mường Lay", "Quyết tâm hoàn thành chỉ tiêu 💪",
        "1 năm  Thích  Phản hồi", "", "Cầm Văn Đức", "Fan cứng", "Mong các đồng chí quan tâm chi bộ bản xa.",
        "2 ngày  Thích  Phản hồi  1", "", "Tòng Văn Quý", "Trưởng Ban Tổ chức Tỉnh ủy", ""])
    assert commenters(raw) == ["Lò Thị Hằng", "Cầm Văn Đức"]


def test_commenters_with_their_age_after_a_dot_and_reactions_after_the_buttons() -> None:
    raw = "\n".join([
        "Bình luận (3)", "Đặng Minh Quân · 3 giờ trước", "Chúc mừng các đồng chí đảng viên mới.", "Trả lời · Thích 5",
        "Vi Thị Hồng · 12/08/2025 20:15", "Mong chi bộ quan tâm hơn.", "Trả lời   Thích (2)",
        "Lương Văn Khiêm", "Tự hào quá 😍", "2 ngày   Thích   Phản hồi   14 👍❤️",
        "    Đoàn Xã Tân Phú", "    Cảm ơn anh ạ", "    1 ngày   Thích   Phản hồi", ""])
    # (a commune's Youth Union answering is no person)
    assert commenters(raw) == ["Đặng Minh Quân", "Vi Thị Hồng", "Lương Văn Khiêm"]


def test_a_graphics_credit_after_a_bar_and_a_co_tu_name() -> None:
    got = find_people("Bà Bh'riu Thị Hoa, Phó Trưởng Ban Tổ chức Huyện ủy Tây Giang, chia sẻ kinh nghiệm.")
    assert [(p.name, p.title) for p in got] == [("Bh'riu Thị Hoa", "Phó Trưởng Ban Tổ chức Huyện ủy Tây Giang")]
    assert [p.name for p in find_photo_credits("Nguồn: Ban Tổ chức Tỉnh ủy | Thiết kế: Hoàng Nam\n")] == ["Hoàng Nam"]


def test_a_stamps_words_with_their_marks_lost_are_no_byline() -> None:
    assert parse_byline("TINH HA TINH") is None or not parse_byline("TINH HA TINH").names
    assert parse_byline("THU TRANG").names[0][0] == "Thu Trang"  # (a pen name typed without marks)


def test_a_professional_networks_commenters_and_the_posts_author() -> None:
    raw = "\n".join([
        "Bài đăng", "Đỗ Minh Khôi", "Đỗ Minh Khôi", " • Bạn bè", "TS. Chính trị học | Giảng viên", "3 ngày •", "",
        "Ghi chép nhanh từ hội thảo.", "", "Thích", "Bình luận", "", "Phạm Thu Trang", "Xem hồ sơ của Phạm Thu Trang",
        "Phạm Thu Trang", " • Bạn bè", "Nghiên cứu sinh, Học viện Chính trị quốc gia", "2 ngày",
        "Điểm 1 rất trúng ạ.", "Thích", " · 14", "Trả lời", ""])
    assert commenters(raw) == ["Đỗ Minh Khôi", "Phạm Thu Trang"]


def test_a_chats_senders_after_their_stamps() -> None:
    assert chat_sender("[08:06] Hoàng Vy: Dạ đây anh:") == "Hoàng Vy"
    assert chat_sender("[11/06/2025 07:05] Trần Minh Hiếu (BTC HU Gò Dầu):") == "Trần Minh Hiếu"
    assert chat_sender("[17/11/2025, 07:42] VP Đảng ủy phường: Lịch làm việc") is None


def test_an_english_pages_people_have_their_english_titles() -> None:
    # (a portal's English page: "Mr."/"Ms." before a Vietnamese name, the title after it up to
    # the clause's verb; "Mr. Smith" is no Vietnamese name)
    got = parse_article_strict(
        "Province reviews Party building work\n\n"
        "On January 7, Mr. Tôn Thất Bảo, Member of the Provincial Party Standing Committee and Head "
        "of the Organization Commission, chaired the event. Also attending was Ms. Ka Thị Nguyệt, "
        "Deputy Head of the Organization Commission. Mr. Smith said hello.\n\n"
        "By Ngọc Thùy - Translated by Thu Hương")
    assert [(p.name, p.title) for p in got.people] == [
        ("Tôn Thất Bảo", "Member of the Provincial Party Standing Committee and Head of the "
                         "Organization Commission"),
        ("Ka Thị Nguyệt", "Deputy Head of the Organization Commission"),
        ("Ngọc Thùy", "byline"), ("Thu Hương", "byline")]


@pytest.mark.parametrize("table", [
    "+----+----------------+---------+\n| TT | Họ và tên      | Số phiếu|\n+----+----------------+---------+\n"
    "|  1 | Trần Văn Ánh   |   112   |\n|  2 | Lò Thị Mai     |    96   |\n+----+----------------+---------+",
    "| STT | Họ tên đại biểu | Chức vụ |\n|---|---|---|\n| 1 | Trần Văn Ánh | Bí thư Chi bộ 3 |\n"
    "| 2 | Lò Thị Mai | Phó Bí thư |",
    "TT\tHọ và tên\tChức vụ\n1\tTrần Văn Ánh\tBí thư Chi bộ 3\n2\tLò Thị Mai\tPhó Bí thư",
])
def test_a_tables_column_of_names_lists_people(table: str) -> None:
    # (a vote count's table, a Markdown list of delegates, a Word table pasted with tabs; the
    # post from the "Chức vụ" column when there is one; the table ends at its last row)
    got = parse_article_strict("Biên bản kiểm phiếu\n\nKết quả như sau:\n\n" + table
                               + "\n\nĐồng chí Hoàng Văn Nam phát biểu.  Trân trọng.")
    posts = "Chức vụ" in table
    assert [(p.name, p.title) for p in got.people] == [
        ("Trần Văn Ánh", "Bí thư Chi bộ 3" if posts else ""), ("Lò Thị Mai", "Phó Bí thư" if posts else ""),
        ("Hoàng Văn Nam", "")]


@pytest.mark.parametrize("table", [
    "STT\nHọ và tên\nChức vụ, đơn vị\nNăm vào Đảng\n1\nTrần Văn Ánh\nBí thư Chi bộ 3\n1996\n"
    "2\nLò Thị Mai\nPhó Bí thư\n2001\n3\nĐạt 100% kế hoạch\n",
    "STT\nHọ và tên\nSố phiếu\n\n1\nTrần Văn Ánh\n112\n\n2\nLò Thị Mai\n96\n",
])
def test_a_table_copied_one_cell_a_line_lists_people(table: str) -> None:
    # (a page's table copied from a browser: each cell a line; the rows counted from 1, the
    # last ending where a row's number or its name fails)
    got = parse_article_strict(
        "Huyện ủy tặng Giấy khen cho đảng viên\n\nSáng 20/12, Ban Thường vụ Huyện ủy tổ chức hội nghị "
        "tổng kết công tác xây dựng Đảng năm 2022 và tặng Giấy khen cho các đảng viên tiêu biểu.\n\n"
        "Danh sách đảng viên được tặng Giấy khen:\n" + table
        + "\nĐồng chí Hoàng Văn Nam phát biểu bế mạc hội nghị.")
    posts = "Chức vụ" in table
    assert [(p.name, p.title) for p in got.people] == [
        ("Trần Văn Ánh", "Bí thư Chi bộ 3" if posts else ""), ("Lò Thị Mai", "Phó Bí thư" if posts else ""),
        ("Hoàng Văn Nam", "")]


def test_a_team_chats_senders_are_people() -> None:
    # (a Slack channel's export: the sender over each message, the time beside the name; the
    # article pasted into one of them; a channel's name with a time is nobody)
    got = parse_article_strict(
        "#phong-to-chuc\n7 members · Trao đổi công việc\n\nThursday, December 27th\n\n"
        "Trần Thị Kim Ngân  4:47 PM\nHội nghị tổng kết xong rồi nha cả nhà.\n\n"
        "Lê Hoàng Phúc  7:58 AM\nBáo đăng bài hội nghị rồi, em dán vô đây 👇\n\n"
        "Ngành Tổ chức xây dựng Đảng tổng kết năm 2018\nCập nhật lúc: 16:35 - 27/12/2018\n\n"
        "Chiều 27/12, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2018. Đồng chí "
        "Trầm Quốc Thái, Phó Bí thư Thường trực Tỉnh ủy dự.\n\nBan Tổ chức  9:02 AM\nNhắc lại lịch họp.")
    assert [p.name for p in got.people] == ["Trầm Quốc Thái", "Trần Thị Kim Ngân", "Lê Hoàng Phúc"]


def test_a_transcripts_speakers_are_people() -> None:
    # (each names himself before the words of a cue; a room's account names no one)
    got = parse_article_strict(
        "WEBVTT\n\n1\n00:00:01.880 --> 00:00:06.420\nPhòng họp số 2 - Tỉnh ủy: Alo, các điểm cầu nghe rõ không ạ?\n\n"
        "2\n00:00:07.050 --> 00:00:09.310\nLe Minh Tuan - Vu Thu: Dạ nghe rõ ạ.\n\n"
        "3\n00:00:15.200 --> 00:00:31.640\nĐỗ Thị Hạnh (iPhone): Kính thưa các đồng chí, hôm nay Ban Tổ chức "
        "Tỉnh ủy tổ chức giao ban trực tuyến công tác tổ chức xây dựng Đảng tháng 8.\n")
    names = [p.name for p in got.people]
    assert "Le Minh Tuan" in names and "Đỗ Thị Hạnh" in names
    assert not any("Phòng" in n for n in names)


def test_an_invitations_addressee_and_a_list_of_office_holders_are_people() -> None:
    # (a mail merge's field "Đồng chí: <name>"; former secretaries one a line with their years)
    got = parse_article_strict(
        "GIẤY MỜI\nDự Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024\n"
        "Đồng chí: Rơ Châm Khang\nChức vụ: Bí thư Đảng ủy xã\n\n"
        "Bí thư Huyện ủy qua các thời kỳ\nNông Văn Tiến (2004–2010)\nHoàng Minh Đức (2010–nay)\n")
    names = [p.name for p in got.people]
    assert {"Rơ Châm Khang", "Nông Văn Tiến", "Hoàng Minh Đức"} <= set(names)


def test_a_chats_senders_each_over_the_time() -> None:
    # a group chat copied from a phone: each sender alone on a line over the message's time
    raw = "\n".join(["Chi bộ khu phố 3 🇻🇳", "45 thành viên", "Thứ Hai, 07/10/2024",
                     "Nguyễn Văn Thắng", "07:58",
                     "Mời các đồng chí dự sinh hoạt chi bộ chuyên đề tháng 10 về Chỉ thị 35-CT/TW.",
                     "Trần Thị Hương", "08:03", "Em nhận ạ, em sẽ chuẩn bị báo cáo."])
    names = [p.name for p in parse_article_strict(raw).people]
    assert "Nguyễn Văn Thắng" in names and "Trần Thị Hương" in names


def test_new_members_of_the_souths_peoples_listed_with_their_ages() -> None:
    # a Khmer woman's family name that opens places too ("Sơn"), the last item after "và", a
    # hamlet's two-syllable name after "ấp" (no one's)
    text = ("Được kết nạp gồm: Sơn Thị Sa Phia (22 tuổi, giáo viên); Lâm Sà Quol (31 tuổi, Phó Trưởng"
            " ấp Huỳnh Ký, Chi bộ ấp Huỳnh Ký) và Huỳnh Văn Khởi (27 tuổi, dân quân thường trực xã).")
    assert [p.name for p in find_people(text)] == ["Sơn Thị Sa Phia", "Lâm Sà Quol", "Huỳnh Văn Khởi"]


def test_cham_names_after_anh_and_chi_told_by_an_age_or_a_post() -> None:
    text = ("Kết nạp chị Ha Ri Da, 26 tuổi, giáo viên; anh Abdul Ha Lim, Chi hội trưởng Chi hội Nông dân"
            " ấp Châu Giang. Chị Sa Ly Mah cho biết thêm.")  # (no age, no post: unread)
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Ha Ri Da", ""), ("Abdul Ha Lim", "Chi hội trưởng Chi hội Nông dân ấp Châu Giang")]


def test_cham_and_khmer_family_names_in_a_list_after_a_plural_cue() -> None:
    # names whose family name only a cue tells (Quảng, Phú, Sơn), listed after "các đồng chí":
    # bare, each with its post, or among others sharing one post
    text = ("Các đồng chí: Quảng Thị Hoa, Phó Chủ tịch UBND huyện và Phú Văn Tâm, Chánh Văn phòng"
            " Huyện ủy được bầu vào Ban Thường vụ. Các đồng chí Phú Thị Mai và Quảng Văn Sáu cùng dự."
            " Các đồng chí Lâm Văn Hải, Sơn Thị Kim Loan, Tô Văn Bé, cùng là Ủy viên Ban Chấp hành.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Quảng Thị Hoa", "Phó Chủ tịch UBND huyện"), ("Phú Văn Tâm", "Chánh Văn phòng Huyện ủy"),
        ("Phú Thị Mai", ""), ("Quảng Văn Sáu", ""),
        ("Lâm Văn Hải", ""), ("Sơn Thị Kim Loan", ""), ("Tô Văn Bé", "")]
    # no cue, no family name: a commune's name before a name stays a place
    assert [p.name for p in find_people("Chủ tịch UBND xã An Phú Tân Trương Văn Dũng dự.")] == ["Trương Văn Dũng"]


def test_kho_and_chu_ru_family_names() -> None:
    # K'Ho family names a village's word may share (Bon, Liêng) after a cue; Cil and Touneh anywhere
    text = ("Cùng dự có các đồng chí: Bon Niêng Ha Thuận, Phó Trưởng Ban Tổ chức Tỉnh ủy; đồng chí"
            " Liêng Hót Ha Nhung, Bí thư Huyện ủy. Ông Cil Măng, Chủ tịch UBND xã, phát biểu."
            " Phó Bí thư Đảng ủy xã Touneh Hàn Thái cho biết thêm.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Bon Niêng Ha Thuận", "Phó Trưởng Ban Tổ chức Tỉnh ủy"), ("Liêng Hót Ha Nhung", "Bí thư Huyện ủy"),
        ("Cil Măng", "Chủ tịch UBND xã"), ("Touneh Hàn Thái", "Phó Bí thư Đảng ủy xã")]
    # with no cue, "Bon" opens a village's name
    assert find_people("Chi bộ Bon Bu Dâr kết nạp 3 đảng viên.") == []


def test_a_captions_post_before_a_name_in_capitals() -> None:
    # a photo's caption: the post in ordinary case, the name in capitals after it, a verb
    text = ("Phó Bí thư Thường trực Tỉnh ủy LÊ THỊ THU HẰNG phát biểu chỉ đạo. Ảnh: MINH ĐỨC\n"
            "Giám đốc VNPT TRẦN VĂN KHOA trao đổi tại hội nghị.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lê Thị Thu Hằng", "Phó Bí thư Thường trực Tỉnh ủy"), ("Trần Văn Khoa", "Giám đốc VNPT")]
    # a rank alone before it is a byline's; a post all in capitals, or one ending with a
    # body's initials, names no one
    assert find_people("Thượng úy ĐỖ VĂN NAM") == []
    assert find_people("CHỦ TỊCH UBND TỈNH PHÁT BIỂU") == []
    assert find_people("Bí thư Đảng ủy VNPT phát biểu.") == []


def test_a_portals_editor_credited_with_a_rank_before_the_name() -> None:
    from desktop.core.parse.people import masthead_credits

    assert masthead_credits("Chịu trách nhiệm chính: Đại tá Đỗ Quang Vinh - Phó Giám đốc Công an tỉnh\n") == [
        ("Đỗ Quang Vinh", "Phó Giám đốc Công an tỉnh")]


def test_a_second_name_after_va_once_the_first_ones_post_is_read() -> None:
    # after a cue's name and its post in brackets (the post whole, words in lower case too),
    # after a post closing at "và" before a full name, and after a bare cued name
    text = ("Chi ủy gồm các đồng chí: Đoàn Văn Lực, đồng chí Hà Thị Mộng Tuyền (Trưởng Ban điều hành"
            " khu dân cư số 2) và Khổng Minh Triết. Dự có đồng chí Lưu Văn Toàn, Phó Bí thư Đảng ủy xã"
            " và Mạc Thị Hường. Ông Âu Văn Bảy, Chủ tịch Hội Nông dân xã và Ninh Thị Sen cũng phát biểu."
            " Đồng chí Quan Văn Dũng và Tô Hữu Nghĩa cùng dự.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Đoàn Văn Lực", ""),
        ("Hà Thị Mộng Tuyền", "Trưởng Ban điều hành khu dân cư số 2"),
        ("Khổng Minh Triết", ""),
        ("Lưu Văn Toàn", "Phó Bí thư Đảng ủy xã"),
        ("Mạc Thị Hường", ""),
        ("Âu Văn Bảy", "Chủ tịch Hội Nông dân xã"),
        ("Ninh Thị Sen", ""),
        ("Quan Văn Dũng", ""),
        ("Tô Hữu Nghĩa", ""),
    ]
    # a body joined by "và" is still the post's: no second person
    assert [(p.name, p.title) for p in find_people(
        "Dự có đồng chí Cù Văn Hòa, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.")] == [
        ("Cù Văn Hòa", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")]


def test_an_ambassadors_full_post_is_a_title_but_the_embassy_is_no_one() -> None:
    text = ("Về phía bạn có đồng chí Bun-thon Chăn-tha-vông, Đại sứ đặc mệnh toàn quyền nước CHDCND Lào"
            " tại Việt Nam. Đoàn đến thăm Đại sứ quán Lào Hà Nội.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Bun-thon Chăn-tha-vông", "Đại sứ đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam")]
    text = "Tham dự có các đồng chí: Lò Văn Pha, Phó Vụ trưởng; Bun-thon Chăn-tha-vông, Đại sứ đặc mệnh toàn quyền."
    assert [p.name for p in find_people(text)] == ["Lò Văn Pha", "Bun-thon Chăn-tha-vông"]


def test_a_monks_title_before_the_name_and_his_post_after_it() -> None:
    text = ("Đại đức Danh Sà Rinh cho biết nhà chùa phối hợp với chi bộ ấp. Hòa thượng Thạch Sô Kha,"
            " Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, phát biểu.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Danh Sà Rinh", "Đại đức"),
        ("Thạch Sô Kha", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")]


def test_a_monks_dharma_name_after_his_title_though_thich_is_no_family_name() -> None:
    text = ("Dự có Hòa thượng Thích Thiện Tâm, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh;"
            " Thượng tọa Thích Minh Nhẫn và Linh mục Giuse Trần Văn Khải. Bấm Thích để theo dõi.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Thích Thiện Tâm", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
        ("Thích Minh Nhẫn", "Thượng tọa"), ("Trần Văn Khải", "Linh mục")]


def test_a_rank_before_a_name_in_capitals_over_its_post_as_an_interview_prints_it() -> None:
    text = ("[Phỏng vấn] Thượng tá ĐOÀN VĂN KIỆT\nChính trị viên Ban Chỉ huy Phòng thủ khu vực 2, Bộ CHQS tỉnh\n"
            "\"Chúng tôi làm tốt công tác tư tưởng.\"\nĐại úy LÊ MINH ĐỨC, Phó Chính ủy Lữ đoàn\n")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Đoàn Văn Kiệt", "Chính trị viên Ban Chỉ huy Phòng thủ khu vực 2"), ("Lê Minh Đức", "Phó Chính ủy Lữ đoàn")]
    # (words after it in capitals: a headline's, no one's)
    assert find_people("Đại tá NGUYỄN VĂN AN ĐƯỢC BỔ NHIỆM") == []


def test_a_caption_in_capitals_a_rank_before_the_name_and_the_post_in_capitals() -> None:
    text = ("ĐẠI TÁ TRẦN QUỐC HƯNG, ỦY VIÊN BAN THƯỜNG VỤ ĐẢNG ỦY, CHÍNH ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH TRAO QUÀ "
            "CHO CÁC HỘ DÂN. ẢNH: MINH ANH\nTHƯỢNG TÁ LÒ VĂN SƠN (BÌA PHẢI) KIỂM TRA HỒ SƠ\n"
            "Đồng chí NGUYỄN THỊ LAN - PHÓ BÍ THƯ THÀNH ỦY TP. HỒ CHÍ MINH PHÁT BIỂU\n")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Trần Quốc Hưng", "ỦY VIÊN BAN THƯỜNG VỤ ĐẢNG ỦY, CHÍNH ỦY BỘ ĐỘI BIÊN PHÒNG TỈNH"),
        ("Lò Văn Sơn", ""), ("Nguyễn Thị Lan", "PHÓ BÍ THƯ THÀNH ỦY TP. HỒ CHÍ MINH")]
    # (a headline in capitals: words after the name, no mark)
    assert find_people("THIẾU TƯỚNG NGUYỄN VĂN AN NHẬN QUYẾT ĐỊNH NGHỈ HƯU") == []


def test_a_lower_thirds_name_in_capitals_after_a_cue_in_capitals() -> None:
    text = ("Chữ chạy: ÔNG ĐÀM VĂN KHẢI - PHÓ CHỦ NHIỆM UBKT TỈNH ỦY\n\"Thời gian tới, chúng tôi kiểm tra.\"\n"
            "BÀ LỤC THỊ HẠNH, CHUYÊN VIÊN\n")
    assert [p.name for p in find_people(text)] == ["Đàm Văn Khải", "Lục Thị Hạnh"]
    # (a headline's words after the name: no one's)
    assert find_people("ÔNG NÔNG VĂN AN ĐƯỢC BẦU LÀM BÍ THƯ HUYỆN ỦY") == []


def test_a_name_cut_to_its_initials_keeps_its_point_inside_a_sentence() -> None:
    text = "cảnh cáo ông Hoàng Văn Đ., nguyên Chủ tịch UBND xã, vì để bà N.T.M., kế toán, chi sai; khiển trách ông L.V.T."
    assert [p.name for p in find_people(text)] == ["Hoàng Văn Đ.", "N.T.M.", "L.V.T"]


def test_a_bylines_approval_beside_it_apart_by_spaces() -> None:
    got = parse_byline("Phóng viên: Minh Hiếu - Quốc Tuấn     Biên tập, duyệt: Phòng Thời sự")
    assert got is not None and got.names == (("Minh Hiếu", ""), ("Quốc Tuấn", ""))


def test_a_committees_list_with_each_post_in_lower_case() -> None:
    text = ("Ban Chấp hành gồm 4 người:\n1. Phan Đức Thịnh - bí thư Đảng ủy phường\n"
            "2. Bùi Thanh Phong - trưởng Công an phường\n3. Lê Hoàng Nam - chỉ huy trưởng Ban Chỉ huy quân sự"
            " phường\n4. Phạm Thùy Dương - chánh Văn phòng Đảng ủy phường\n")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Phan Đức Thịnh", "bí thư Đảng ủy phường"), ("Bùi Thanh Phong", "trưởng Công an phường"),
        ("Lê Hoàng Nam", "chỉ huy trưởng Ban Chỉ huy quân sự phường"),
        ("Phạm Thùy Dương", "chánh Văn phòng Đảng ủy phường")]


def test_a_plural_title_over_names_apart_by_commas() -> None:
    text = ("Dự hội nghị có các Phó Chủ tịch UBND tỉnh Lương Văn Khải, Đinh Thị Mỹ Hạnh; các Ủy viên Ban"
            " Thường vụ Tỉnh ủy. Cùng dự có các Phó Trưởng Ban Dân vận Tỉnh ủy Hà Minh Tuấn, Quách Văn Lực"
            " và lãnh đạo các sở.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lương Văn Khải", "Phó Chủ tịch UBND tỉnh"), ("Đinh Thị Mỹ Hạnh", "Phó Chủ tịch UBND tỉnh"),
        ("Hà Minh Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"), ("Quách Văn Lực", "Phó Trưởng Ban Dân vận Tỉnh ủy")]
    # (one title, not plural: a place after the comma is no one)
    assert [p.name for p in find_people("Bí thư Huyện ủy Nguyễn Văn Hải, Hà Quảng, phát biểu.")] == ["Nguyễn Văn Hải"]
    # (after "các đồng chí", the last name before the verb)
    text = "Hội nghị do các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Vương Quốc Hùng, Lý Thị Mai chủ trì."
    assert [p.name for p in find_people(text)] == ["Vương Quốc Hùng", "Lý Thị Mai"]
    # (the last name before "cùng", who else spoke with them)
    text = "Tham luận có các Phó Bí thư Thị ủy Đoàn Minh Tú, Lê Văn Khang cùng bí thư các chi bộ khu phố."
    assert [p.name for p in find_people(text)] == ["Đoàn Minh Tú", "Lê Văn Khang"]
    # (a Central Highlands name of two syllables after the comma; a district's name is none)
    text = "Cùng dự có các đồng chí Phó Chánh Văn phòng Huyện ủy Lê Thị Thu Hà, Rơ Mah H'Lin."
    assert [p.name for p in find_people(text)] == ["Lê Thị Thu Hà", "Rơ Mah H'Lin"]
    text = "Dự có các Phó Bí thư Huyện ủy Lê Văn Hòa, Siu Thơm."
    assert [p.name for p in find_people(text)] == ["Lê Văn Hòa", "Siu Thơm"]
    assert [p.name for p in find_people("Dự có các Phó Bí thư Huyện ủy Lê Văn Hòa, Krông Pắc.")] == ["Lê Văn Hòa"]


def test_one_post_in_several_units_each_named_before_its_holder() -> None:
    text = ("Phát biểu có các đồng chí Bí thư Đảng ủy xã Tân Phú Trung Lê Văn Nghĩa, xã Phước Vĩnh An Trần"
            " Thị Thu Ba, phường Long Phước Đỗ Minh Chánh và Bí thư Đảng ủy đặc khu Phú Quốc Huỳnh Văn Tú.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lê Văn Nghĩa", "Bí thư Đảng ủy xã Tân Phú Trung"), ("Trần Thị Thu Ba", "Bí thư Đảng ủy xã Phước Vĩnh An"),
        ("Đỗ Minh Chánh", "Bí thư Đảng ủy phường Long Phước"), ("Huỳnh Văn Tú", "Bí thư Đảng ủy đặc khu Phú Quốc")]
    # (a commune after the name, with no one after it, is the holder's commune)
    text = "Bí thư Đảng ủy xã Tân Lập Nguyễn Văn Hòa, xã Tân Hòa cũ, phát biểu."
    assert [p.name for p in find_people(text)] == ["Nguyễn Văn Hòa"]


def test_names_listed_after_a_bare_gom_each_with_its_place_in_brackets() -> None:
    text = ("Chi bộ kết nạp 3 quần chúng, gồm: Lò Thị Xuân (bản Huổi Một), Vì Văn Chiến (bản Nà Sáy) và"
            " Lường Thị Hương (bản Co Lắc). Hội nghị gồm: Ban Tổ chức (cơ quan thường trực), Văn phòng.")
    assert [p.name for p in find_people(text)] == ["Lò Thị Xuân", "Vì Văn Chiến", "Lường Thị Hương"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Học viên Lò Văn Dũng, chuyên viên Văn phòng Huyện ủy, chia sẻ kinh nghiệm.", "Lò Văn Dũng"),
        ("Đảng viên trẻ Sùng A Páo (bản Tả Sìn Thàng) cho biết.", "Sùng A Páo"),
        ("Tổng Biên tập: Vì Thị Hồng", "Vì Thị Hồng"),  # (a Thái family name)
        ("Đồng chí Chẩu Văn Lâm phát biểu.", "Chẩu Văn Lâm"),
        ("Chủ tịch UBND xã Sồng A Lềnh phát biểu.", "Sồng A Lềnh"),  # (a Hmong clan's)
        # (a Dao family name, and Hmong clans' more)
        ("Trưởng thôn Khe Vằn Chìu Văn Sáng cho biết thôn có 9 đảng viên.", "Chìu Văn Sáng"),
        ("Phó Chủ tịch UBND xã Mua A Chu phát biểu.", "Mua A Chu"),
        ("Bí thư Chi bộ bản Cứ A Dế báo cáo.", "Cứ A Dế"),
        ("Chủ tịch Hội Nông dân xã Thò Seo Lìn phát biểu.", "Thò Seo Lìn"),
    ],
)
def test_more_cues_and_family_names_of_the_northern_mountains(text: str, name: str) -> None:
    assert [p.name for p in find_people(text)] == [name]


@pytest.mark.parametrize("text", [
    "Hội nghị thống nhất giới thiệu đồng chí Vương Văn Sình, Phó Bí thư Huyện ủy, để Ban Chấp hành "
    "bầu giữ chức Bí thư Huyện ủy Hoàng Su Phì nhiệm kỳ 2020 - 2025.",
    "Đồng chí Vương Văn Sình được điều động giữ chức vụ Trưởng Ban Tổ chức Huyện ủy Si Ma Cai từ ngày 1/8.",
])
def test_a_post_held_names_no_one_after_it(text: str) -> None:
    # (the district's last words, "Hoàng Su Phì", "Ma Cai", read like a name)
    assert [p.name for p in find_people(text)] == ["Vương Văn Sình"]


def test_a_plural_cues_names_sharing_the_post_after_them() -> None:
    text = ("Ban Chấp hành bầu Ban Thường vụ gồm 11 đồng chí; các đồng chí Lê Thị Thu Hương, Đỗ Văn Tài, "
            "Phó Bí thư Đảng ủy phường, tiếp tục được tín nhiệm.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lê Thị Thu Hương", "Phó Bí thư Đảng ủy phường"), ("Đỗ Văn Tài", "Phó Bí thư Đảng ủy phường")]


@pytest.mark.parametrize(("text", "title"), [
    ("Hội nghị bầu đồng chí Hà Quang Thịnh giữ chức Bí thư Đảng ủy phường nhiệm kỳ 2025 - 2030.",
     "Bí thư Đảng ủy phường"),
    ("Đồng chí Hà Quang Thịnh được điều động giữ chức vụ Phó Trưởng Ban Tổ chức Tỉnh ủy từ ngày 1/10.",
     "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
    ("Đồng chí Hà Quang Thịnh được phân công làm Bí thư Chi bộ Khu phố 3.", "Bí thư Chi bộ Khu phố 3"),
])
def test_the_post_a_named_member_is_given_is_his_title(text: str, title: str) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == [("Hà Quang Thịnh", title)]


@pytest.mark.parametrize(("text", "rank"), [
    ("Chi bộ đề nghị xem xét kết nạp vào Đảng đối với Trung sĩ Sầm Văn Pao, người dân tộc Tày.", "Trung sĩ"),
    ("Thượng sĩ Sầm Văn Pao (bên trái) hướng dẫn bà con làm hồ sơ.", "Thượng sĩ"),
    ("Hạ sĩ Sầm Văn Pao được công nhận đảng viên chính thức.", "Hạ sĩ"),
])
def test_a_sergeants_rank_before_the_name(text: str, rank: str) -> None:
    assert [(p.name, p.title) for p in find_people(text)] == [("Sầm Văn Pao", rank)]


def test_a_romanised_name_with_a_capital_after_its_dash_and_its_vietnamese_form() -> None:
    text = ("Về phía công ty có ông Wang Tzu-Hao (Vương Tử Hào), Phó Tổng Giám đốc và bà Kim Min-Ji, "
            "Giám đốc nhân sự.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Wang Tzu-Hao", "Phó Tổng Giám đốc"), ("Kim Min-Ji", "Giám đốc nhân sự")]


def test_a_name_glued_to_its_title_by_a_dash_keeps_apart() -> None:
    # (a capital after the dash opens the title, not a romanised name's second half)
    text = "Đồng chí Rơ Châm Thuận-Trưởng Ban Tổ chức Huyện ủy phát biểu."
    assert [p.name for p in find_people(text)] == ["Rơ Châm Thuận"]


def test_a_physicians_degree_after_the_cue() -> None:
    text = "Tại bệnh viện, bác sĩ CKII Lương Thị Mỹ Dung, Giám đốc, Bí thư Chi bộ cho biết chi bộ có 12 đảng viên."
    assert [p.name for p in find_people(text)] == ["Lương Thị Mỹ Dung"]


def test_a_posts_author_named_over_its_time() -> None:
    raw = "\n".join([
        "Đinh Văn Thuận", "12 tháng 3 lúc 20:05 · 🌏", "",
        "CHI BỘ THÔN ĐÔNG HẢI SINH HOẠT THÁNG 3",
        "Tối thứ Hai (10/3), Chi bộ thôn Đông Hải sinh hoạt định kỳ tháng 3 năm 2025, kết nạp một đảng viên mới. "
        "Đồng chí Lê Thị Hạnh, Phó Bí thư Đảng ủy xã dự và chỉ đạo."])
    got = parse_article_strict(raw)
    assert {p.name for p in got.people} == {"Đinh Văn Thuận", "Lê Thị Hạnh"}
    # (a page's name over its post's time is no one)
    got = parse_article_strict(raw.replace("Đinh Văn Thuận", "Đảng ủy xã Quỳnh Lập"))
    assert [p.name for p in got.people] == ["Lê Thị Hạnh"]


@pytest.mark.parametrize("credit", ["Tin, ảnh: Khánh Hòa", "Bài, ảnh: Hà Giang", "Bài: Long An"])
def test_a_provinces_name_after_a_credits_label_is_a_reporters(credit: str) -> None:
    raw = "\n".join([
        "Tập huấn nghiệp vụ công tác tổ chức xây dựng Đảng cấp xã", "Cập nhật: 03/10/2025 10:27",
        "Từ ngày 30/9 đến 2/10, Ban Tổ chức Thành ủy Đà Nẵng tổ chức lớp tập huấn nghiệp vụ cho cán bộ các xã.",
        "Bế mạc lớp tập huấn, các học viên được cấp giấy chứng nhận.", credit])
    got = parse_article_strict(raw)
    name = credit.split(": ")[1]
    assert got.byline == name
    assert name not in got.places and got.places == ("Đà Nẵng",)


def test_a_video_pages_heading_in_capitals_over_its_transcript_is_no_byline() -> None:
    raw = "\n".join([
        "Ban Tổ chức Tỉnh ủy giao ban công tác quý III", "09/10/2026 20:15",
        "▶  00:00 / 03:12   🔊   ⚙ 720p   ⛶ Toàn màn hình", "NỘI DUNG CHÍNH",
        "Thưa quý vị! Hôm qua (8/10), Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban công tác tổ chức quý III.",
        "Trong quý, ngành tổ chức xây dựng Đảng đã tham mưu sơ kết một năm thực hiện Hướng dẫn số 31-HD/BTCTW.",
        "Biên tập: Hồng Nhung"])
    got = parse_article_strict(raw)
    assert got.byline == "Hồng Nhung"
    assert [p.name for p in got.people] == ["Hồng Nhung"]


def test_a_foreign_name_in_capitals_keeps_the_syllable_after_its_hyphen() -> None:
    # a caption prints the investor's name in capitals: "Ông PARK JI-WOO (giữa) ..."
    text = ("Ông Park Ji-woo, Giám đốc Công ty, phát biểu.\n"
            "Ông PARK JI-WOO (giữa) chụp ảnh cùng chi bộ.\nĐồng chí LÊ THỊ MAI, Bí thư Chi bộ, phát biểu.")
    assert [p.name for p in find_people(text)] == ["Park Ji-woo", "Lê Thị Mai"]
    assert [p.name for p in find_people("Đồng chí KIM MIN-JUN, Phó Tổng Giám đốc, dự.")] == ["Kim Min-jun"]


def test_credits_apart_by_a_slash_before_a_label() -> None:
    assert parse_byline("PV: Thu Hà - Quốc Toàn / Biên tập: Mỹ Linh").names == (
        ("Thu Hà", ""), ("Quốc Toàn", ""), ("Mỹ Linh", ""))
    assert parse_byline("Thu Hà / Kỹ thuật: Văn Nam").names == (("Thu Hà", ""), ("Văn Nam", ""))
    # (an outlet after a slash is still an outlet: "Anh Tuấn/VOV-Tây Nguyên")
    got = parse_byline("Anh Tuấn / VOV-Tây Nguyên")
    assert (got.names, got.outlet) == ((("Anh Tuấn", ""),), "VOV-Tây Nguyên")


def test_a_broadcasts_sign_off_opening_with_its_reporters_word() -> None:
    got = parse_byline("Phóng viên Minh Hải – Đức Toàn, LTV đưa tin.")
    assert (got.names, got.outlet) == ((("Minh Hải", ""), ("Đức Toàn", "")), "LTV")
    assert parse_byline("PV Ngọc Ánh").names == (("Ngọc Ánh", ""),)
    # (a sentence about a reporter is none)
    assert parse_byline("Phóng viên Minh Hải hỏi ông Nguyễn Văn Tư về công tác cán bộ.") is None


def test_a_reporters_name_spelled_as_a_province_without_its_marks_in_a_marked_line() -> None:
    # "Thanh Hoa" (a woman's name) is not "Thanh Hóa" where the line is written with marks
    assert parse_byline("Thanh Hoa - Bá Tâm").names == (("Thanh Hoa", ""), ("Bá Tâm", ""))
    assert parse_byline("Thanh Hóa - Bá Tâm") is None  # (the province, spelled so)
    got = parse_article_strict("Kiểm tra công tác xây dựng Đảng\nNgày 3/11, đoàn kiểm tra của Tỉnh ủy Kon Tum"
                               " làm việc với Huyện ủy.\nThanh Hoa - Bá Tâm\n")
    assert (got.byline, got.places) == ("Thanh Hoa - Bá Tâm", ("Kon Tum",))
    # (a text typed without marks names the province so: "Tinh uy Thanh Hoa")
    typed = parse_article_strict("Giao ban quy III\nSang 3/10, Tinh uy Thanh Hoa giao ban cong tac xay dung Dang.\n")
    assert typed.places == ("Thanh Hoa",)


def test_a_catholics_saints_name_before_his_own_is_not_his_name() -> None:
    # annotators name "ông Giuse Trần Văn Nghĩa" Trần Văn Nghĩa, as a text does later ("ông Nghĩa")
    text = ("Dự có linh mục Phêrô Nguyễn Văn Hùng, Chánh xứ Giáo xứ Phát Diệm; Mục sư Y Sương Niê; bà Maria"
            " Lê Thị Lan, Trưởng ban Hành giáo. Ông Giuse Trần Văn Nghĩa, đảng viên, phát biểu. Ni trưởng"
            " Thích Nữ Diệu Hiền dự.")
    assert [p.name for p in find_people(text)] == [
        "Nguyễn Văn Hùng", "Y Sương Niê", "Lê Thị Lan", "Trần Văn Nghĩa", "Thích Nữ Diệu Hiền"]
    # (a byline too: "Giuse Minh Khang", a Catholic outlet's reporter)
    got = parse_article_strict("Giáo phận dự hội nghị\nNgày 14/5, Tỉnh ủy tổ chức hội nghị.\nẢnh: Giuse Minh Khang\n")
    assert "Minh Khang" in {p.name for p in got.people}


def test_two_names_after_a_plural_cue_share_the_post_after_the_second() -> None:
    text = ("Bí thư Huyện ủy giao các đồng chí Đỗ Văn Khoa và Hà Thị Ngát, Phó Trưởng Ban Dân vận Huyện ủy,"
            " theo dõi các xã vùng cao. Các đồng chí Lý Văn Sình và Chu Thị Mai được bầu bổ sung.")
    assert unique_people(find_people(text)) == [
        ("Đỗ Văn Khoa", "Phó Trưởng Ban Dân vận Huyện ủy"), ("Hà Thị Ngát", "Phó Trưởng Ban Dân vận Huyện ủy"),
        ("Lý Văn Sình", ""), ("Chu Thị Mai", "")]
    # (the two apart by a comma)
    text = ("Đại hội bầu các đồng chí Triệu Thị Hoa, Lương Văn Bảo, Phó Bí thư Đảng ủy xã; "
            "đồng chí Hoàng Văn Tiến, Chủ nhiệm Ủy ban Kiểm tra.")
    assert unique_people(find_people(text)) == [
        ("Triệu Thị Hoa", "Phó Bí thư Đảng ủy xã"), ("Lương Văn Bảo", "Phó Bí thư Đảng ủy xã"),
        ("Hoàng Văn Tiến", "Chủ nhiệm Ủy ban Kiểm tra")]


def test_a_diplomats_and_a_priests_posts() -> None:
    text = ("Tiếp đoàn có ông Suzuki Kenji, Tổng Lãnh sự Nhật Bản tại Đà Nẵng, và bà Anna Schmidt, Tham tán"
            " Công sứ Đại sứ quán Đức. Về phía Giáo phận Phát Diệm có Cha Tổng Đại diện Phaolô Đinh Văn Trọng;"
            " linh mục Đaminh Phạm Quang Lộc, Quản hạt Kim Sơn.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Suzuki Kenji", "Tổng Lãnh sự Nhật Bản tại Đà Nẵng"), ("Anna Schmidt", "Tham tán Công sứ Đại sứ quán Đức"),
        ("Đinh Văn Trọng", "Tổng Đại diện"), ("Phạm Quang Lộc", "Quản hạt Kim Sơn")]
    # (a mission is no one's post: "Đại sứ quán", "Tổng Lãnh sự quán")
    assert find_people("Tổng Lãnh sự quán Hoa Kỳ Thành phố Hồ Chí Minh gửi thư chúc mừng.") == []
    # ("quán triệt" after a post is the verb, not a mission's "quán")
    assert [(p.name, p.title) for p in find_people("Đồng chí Lò Văn Pấng, Trưởng Ban Tổ chức Huyện ủy quán triệt"
                                                    " Quy định 232.")] == [("Lò Văn Pấng", "Trưởng Ban Tổ chức Huyện ủy")]


def test_a_portals_editor_after_a_lower_case_honorific() -> None:
    from desktop.core.parse.people import masthead_credits
    assert masthead_credits("Chịu trách nhiệm chính: ông Lê Văn Mẫn – Chánh Văn phòng HĐND và UBND huyện\n") == [
        ("Lê Văn Mẫn", "Chánh Văn phòng HĐND và UBND huyện")]


def test_a_post_in_a_plant_or_a_bank_named_in_sentence_case() -> None:
    text = ("Bí thư Chi bộ Nhà máy thủy điện Sơn La Đinh Công Tráng báo cáo. Phó Giám đốc Ngân hàng Chính sách"
            " xã hội tỉnh Lê Minh Hoàng phát biểu.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Đinh Công Tráng", "Bí thư Chi bộ Nhà máy thủy điện Sơn La"),
        ("Lê Minh Hoàng", "Phó Giám đốc Ngân hàng Chính sách xã hội tỉnh")]


def test_a_standing_committee_listed_with_its_posts_in_lower_case() -> None:
    text = ("Ban Thường vụ Đảng ủy xã gồm 4 đồng chí: đồng chí Lò Văn Khiêm, bí thư Đảng ủy xã; Cà Thị Nọi,"
            " phó bí thư thường trực; Quàng Văn Phanh, phó bí thư, chủ tịch UBND xã; Lường Thị Ên, chủ nhiệm"
            " Ủy ban Kiểm tra.")
    assert unique_people(find_people(text))[1:] == [
        ("Cà Thị Nọi", "phó bí thư thường trực"),
        ("Quàng Văn Phanh", "phó bí thư, chủ tịch UBND xã"), ("Lường Thị Ên", "chủ nhiệm Ủy ban Kiểm tra")]
    assert unique_people(find_people(text))[0][0] == "Lò Văn Khiêm"


def test_names_after_an_artists_honour_and_in_a_list_of_those_admitted() -> None:
    text = ("Dự có các đồng chí Phó Bí thư Đảng ủy: NSƯT Đào Thị Huệ và TS. Mạc Văn Dũng. Lễ kết nạp 9 sinh"
            " viên, trong đó có Hứa Thị Kim Oanh (lớp Thanh nhạc K46), Đèo Văn Sơn (lớp Piano K45) và Tạ"
            " Minh Châu (lớp Sáo trúc K46).")
    assert [p.name for p in find_people(text)] == [
        "Đào Thị Huệ", "Mạc Văn Dũng", "Hứa Thị Kim Oanh", "Đèo Văn Sơn", "Tạ Minh Châu"]
    # (units with their tasks in brackets are no one: "trong đó có Ban Tổ chức (chủ trì)")
    assert find_people("Các đơn vị, trong đó có Ban Tổ chức (chủ trì) và Văn phòng (phối hợp).") == []


def test_clergy_called_cha_a_bishops_see_and_a_lay_buddhists_dharma_name() -> None:
    text = ("Đoàn thăm Tòa Giám mục Bắc Ninh. Đón đoàn có Cha Phaolô Lê Văn Thắng, Chưởng ấn; Linh mục Quản"
            " hạt kiêm Chánh xứ Chính tòa Giuse Đỗ Quang Huy. Cha mẹ các em dự. Phật tử Diệu Hạnh, Trưởng ban"
            " Hộ niệm, phát biểu. Các Phật tử Chùa Keo dự lễ.")
    assert [p.name for p in find_people(text)] == ["Lê Văn Thắng", "Đỗ Quang Huy", "Diệu Hạnh"]


def test_a_credit_for_photos_by_an_office_and_a_report_passed_on_by_its_writer() -> None:
    assert parse_byline("Tin: Hải Yến - Ảnh: Ban Tuyên giáo Huyện ủy").names == (("Hải Yến", ""),)
    assert parse_byline("Bài: Thu Hà - Ảnh: Văn phòng Đảng ủy").names == (("Thu Hà", ""),)
    got = parse_byline("Theo Đinh Thị Thu Trang (Văn phòng Huyện ủy)")
    assert (got.names, got.outlet) == ((("Đinh Thị Thu Trang", ""),), "Văn phòng Huyện ủy")
    assert parse_byline("Theo Báo Hà Tĩnh").names == ()


def test_a_portals_editor_in_chief_of_its_board_and_commenters_dated_after_a_dash() -> None:
    from desktop.core.parse.people import masthead_credits
    assert masthead_credits("Trưởng Ban biên tập: Lâm Văn Quý\nĐịa chỉ: số 2 đường Hùng Vương\n") == [
        ("Lâm Văn Quý", "Trưởng Ban biên tập")]
    raw = "\n".join(["Ý kiến bạn đọc (2)", "Đoàn Thị Lựu - 14-03-2026 07:12", "Mong sớm kiện toàn cán bộ.",
                     "Trả lời | Thích (4)", "Kha Văn Tín - 15/03/2026 09:40", "Tin hay.", "Trả lời | Thích (1)", ""])
    assert commenters(raw) == ["Đoàn Thị Lựu", "Kha Văn Tín"]


def test_a_special_zone_before_a_post_is_no_ones_name() -> None:
    text = "Ở đặc khu Lý Sơn, Trưởng Ban Tổ chức Đảng ủy đặc khu Đặng Thị Mỹ Dung cho biết các chi bộ sinh hoạt đều."
    assert [(p.name, p.title) for p in find_people(text)] == [("Đặng Thị Mỹ Dung", "Trưởng Ban Tổ chức Đảng ủy đặc khu")]


def test_english_posts_before_names_and_a_bodys_member() -> None:
    # (a post capitalised before the name with no comma, the name closing a run of capitals; a
    # body's member, the body first)
    got = parse_article_strict(
        "Cluster meets on congresses\n\n"
        "Chairing the meeting, Deputy Head of the Party Central Committee's Organisation Commission "
        "Tran Minh Hoang said the work was on time. Director of the Commission's Local Affairs "
        "Department II Le Thi Kim Oanh asked for care. Pham Van Khai, Standing Board member and head "
        "of the provincial Organisation Commission, spoke. Head of State Ho Chi Minh City wrote.")
    assert [(p.name, p.title) for p in got.people] == [
        ("Tran Minh Hoang", "Deputy Head of the Party Central Committee's Organisation Commission"),
        ("Le Thi Kim Oanh", "Director of the Commission's Local Affairs Department II"),
        ("Pham Van Khai", "Standing Board member and head of the provincial Organisation Commission")]


@pytest.mark.parametrize(("line", "name"), [
    ("Đồng chí PUIH H'NGƠN, Bí thư Đảng ủy xã Ia Ko tham luận tại hội nghị.", "Puih H'Ngơn"),
    ("Đồng chí Y BLIM NIÊ - Bí thư Đảng ủy xã Ea Tu tham luận tại hội nghị.", "Y Blim Niê"),
    ("Đồng chí A PHÁT, Bí thư Đảng ủy xã Đăk Rơ Wa tham luận tại hội nghị.", "A Phát"),
])
def test_a_highland_name_in_capitals_after_a_cue(line: str, name: str) -> None:
    got = parse_article_strict("Giao ban công tác tổ chức\n\n" + line)
    assert [p.name for p in got.people] == [name]


def test_a_units_age_in_brackets_inside_a_title() -> None:
    got = parse_article_strict(
        "Kết thúc hoạt động cấp huyện\n\nBí thư Đảng ủy xã Nậm Khắt (mới) Sùng A Tủa thay mặt các xã phát "
        "biểu. Đồng chí Lò Văn Pheo, Chủ tịch UBND thị trấn Mù Cang Chải (cũ), dự.")
    assert [(p.name, p.title) for p in got.people] == [
        ("Sùng A Tủa", "Bí thư Đảng ủy xã Nậm Khắt (mới)"),
        ("Lò Văn Pheo", "Chủ tịch UBND thị trấn Mù Cang Chải (cũ)")]


def test_a_stations_director_credited_in_its_footer() -> None:
    # (the page after the article: its most-read list, the station's masthead)
    got = parse_article_strict(
        "Giao ban công tác tổ chức quý II\n\n"
        + "Sáng 4/7, Ban Tổ chức Tỉnh ủy tổ chức giao ban công tác tổ chức xây dựng Đảng quý II năm 2025.\n\n"
        + "".join(f"Tại huyện thứ {k}, cấp ủy đã kết nạp đảng viên mới, kiện toàn tổ chức cơ sở đảng, rà soát "
                  "quy hoạch cán bộ và chuẩn bị nhân sự cho các xã mới sau sắp xếp đơn vị hành chính.\n\n"
                  for k in range(1, 9))
        + "Thu Trang\n\nChia sẻ:  Facebook  Zalo  Copy link\n\nTIN CÙNG CHUYÊN MỤC\nHòa An: Hội nghị Ban Chấp hành Đảng bộ huyện lần cuối    15/06/2025\n"
        "Lạng Sơn, Cao Bằng trao đổi kinh nghiệm vận hành chính quyền 2 cấp    12/06/2025\n\n"
        "XEM NHIỀU\nDự báo thời tiết ngày 17/6\nThác Bản Giốc đón hơn 20.000 lượt khách\n\n"
        "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH\nGiấy phép số 214/GP-BTTTT ngày 15/5/2021\nGiám đốc: Ma Thị Thu Hà\n"
        "Phó Giám đốc: Đàm Văn Quý\nĐịa chỉ: số 25 đường Hoàng Đình Giong")
    assert "Giám đốc" not in got.clean_text
    assert [(p.name, p.title) for p in got.people] == [("Thu Trang", "byline")]
    assert [(p.name, p.title) for p in got.page_people] == [("Ma Thị Thu Hà", "Giám đốc"), ("Đàm Văn Quý", "Phó Giám đốc")]


@pytest.mark.parametrize(("line", "expected"), [
    ("Phó Bí thư Thường trực Thành ủy Âu Dương Minh Tú trao Huy hiệu Đảng.", "Âu Dương Minh Tú"),
    ("Trưởng Ban Tổ chức Thành ủy Tôn Thất Nhật Quang phát biểu.", "Tôn Thất Nhật Quang"),
    ("Chủ tịch Hội Cựu giáo chức Công Tôn Nữ Thị Mỹ phát biểu.", "Công Tôn Nữ Thị Mỹ"),
    # (a province's name before a family name stays the post's)
    ("Bí thư Tỉnh ủy Hà Giang Lương Văn Đức phát biểu.", "Lương Văn Đức"),
])
def test_family_names_of_several_syllables(line: str, expected: str) -> None:
    got = parse_article_strict("Tin hoạt động\n\n" + line)
    assert [p.name for p in got.people] == [expected]


def test_a_mastheads_credit_between_stops_and_an_authors_long_office() -> None:
    from desktop.core.parse.people import masthead_credits

    assert masthead_credits("Báo Đồng Khởi điện tử. Giấy phép số 245/GP-BTTTT. Tổng Biên tập: Võ Minh "
                                   "Châu. Địa chỉ: 3 Hai Bà Trưng, phường 2.") == [("Võ Minh Châu", "Tổng Biên tập")]
    assert masthead_credits("Chịu trách nhiệm nội dung: Đồng chí Lê Thanh Sơn – Chánh Văn phòng Thị ủy") == [
        ("Lê Thanh Sơn", "Chánh Văn phòng Thị ủy")]
    b = parse_byline("Tác giả: Hà Thu - Trung tâm Văn hóa, Thông tin, Thể thao và Truyền thông huyện")
    assert b is not None and b.names == (("Hà Thu", ""),)
    # an interview's credit, a province's name too
    for line, name in [("Minh Thu (thực hiện)", "Minh Thu"), ("Hà Giang (thực hiện)", "Hà Giang")]:
        b = parse_byline(line)
        assert b is not None and (b.names, b.outlet) == (((name, ""),), None)


def test_a_post_before_a_name_holding_an_abbreviations_dots() -> None:
    text = ("Theo báo cáo do Phó trưởng ban Thường trực Ban Tổ chức T.Ư Lương Đức Minh trình bày, "
            "Phó Bí thư Thành ủy TP.HCM Trần Văn Lộc dự họp.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lương Đức Minh", "Phó trưởng ban Thường trực Ban Tổ chức T.Ư"),
        ("Trần Văn Lộc", "Phó Bí thư Thành ủy TP.HCM")]


def test_a_readers_question_on_a_qa_page_names_the_reader() -> None:
    text = ("Câu 1. Bạn Đỗ Văn Khang (Chi bộ Trường THCS Đông Hưng) hỏi: Đảng viên bị khiển trách có được "
            "bổ nhiệm không?\nCâu 2. Bạn Lê Thị Hồng, cán bộ Văn phòng Đảng ủy xã hỏi: ...\n"
            "Tỉnh giúp đỡ nước bạn Lào đào tạo cán bộ.")
    assert [p.name for p in find_people(text)] == ["Đỗ Văn Khang", "Lê Thị Hồng"]


def test_cham_family_names_after_a_cue() -> None:
    text = "Ông Quảng Đại Thành, người có uy tín thôn Hữu Đức, và bà Phú Thị Lan, 60 tuổi, cùng dự lễ."
    assert [p.name for p in find_people(text)] == ["Quảng Đại Thành", "Phú Thị Lan"]


def test_a_ministrys_staff_department_in_a_title() -> None:
    text = ("Báo cáo tại hội nghị, Vụ trưởng Vụ Tổ chức cán bộ Đinh Quang Hòa cho biết như vậy. Dự có "
            "đồng chí Lý Thu Trang, Trưởng phòng Tổ chức cán bộ. Trưởng Ban Tổ chức Huyện ủy Lê Văn Hùng "
            "tổ chức cán bộ đi học.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Đinh Quang Hòa", "Vụ trưởng Vụ Tổ chức cán bộ"),
        ("Lý Thu Trang", "Trưởng phòng Tổ chức cán bộ"),
        ("Lê Văn Hùng", "Trưởng Ban Tổ chức Huyện ủy")]


@pytest.mark.parametrize(("line", "expected"), [
    ("Buổi lễ có sự tham dự của Mẹ Việt Nam Anh hùng Trương Thị Mến (96 tuổi), ấp Tân Lợi.",
     [("Trương Thị Mến", "Mẹ Việt Nam Anh hùng")]),
    ("Trao tặng bà Đào Thị Hạnh (88 tuổi), vợ liệt sĩ Ngô Văn Cừ, tổ dân phố 4.",
     [("Đào Thị Hạnh", ""), ("Ngô Văn Cừ", "liệt sĩ")]),
    ("Dự lễ có lão thành cách mạng Phí Văn Khoa và NSND Kiều Thị Loan.",
     [("Phí Văn Khoa", "lão thành cách mạng"), ("Kiều Thị Loan", "NSND")]),
    # an honour, then a rank, before the name: the post after it is the title
    ("Cùng dự có Anh hùng Lực lượng vũ trang nhân dân, Đại tá Mai Văn Bốn, nguyên Chỉ huy trưởng "
     "Bộ CHQS tỉnh.", [("Mai Văn Bốn", "nguyên Chỉ huy trưởng Bộ CHQS tỉnh")]),
    # a cemetery or a memorial named for its place names no one
    ("Đoàn dâng hương tại Nghĩa trang liệt sĩ Đồng Lộc và Đài tưởng niệm liệt sĩ Lê Mã Lương.", []),
])
def test_a_state_honour_before_a_name_is_its_title(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in find_people(line)] == expected


def test_a_member_named_in_capitals_in_a_caption() -> None:
    caption = ("ĐỒNG CHÍ BÍ THƯ ĐẢNG ỦY PHƯỜNG TRAO HUY HIỆU 70 NĂM TUỔI ĐẢNG CHO ĐẢNG VIÊN LƯƠNG "
               "XUÂN KHẢI (KHU PHỐ 3).")
    assert [p.name for p in find_people(caption)] == ["Lương Xuân Khải"]
    # (not a headline's words: "ĐẢNG VIÊN VI PHẠM", "ĐẢNG VIÊN TIÊU BIỂU")
    assert find_people("XỬ LÝ NGHIÊM ĐẢNG VIÊN VI PHẠM\nTUYÊN DƯƠNG ĐẢNG VIÊN TIÊU BIỂU\n") == []


def test_an_obituarys_family_and_a_photo_credited_by_a_camera() -> None:
    text = ("Đồng chí Lê Văn Thưởng để lại vợ là bà Phạm Thị Nhung và các con: Lê Văn Hùng, Lê Thị Thanh "
            "Hương, Lê Văn Hải.\n\n📸: Đình Nhất\n")
    names = [p.name for p in find_people(text)]
    assert names[:5] == ["Lê Văn Thưởng", "Phạm Thị Nhung", "Lê Văn Hùng", "Lê Thị Thanh Hương", "Lê Văn Hải"]
    assert "Đình Nhất" in [p.name for p in parse_article_strict("Tin hoạt động\n\n" + text).people]
    b = parse_byline("Tin: Hồng Nhung - Hình ảnh: Đức Toàn")
    assert b is not None and [n for n, _ in b.names] == ["Hồng Nhung", "Đức Toàn"]
    assert parse_byline("ẤN PHẨM ĐIỆN TỬ - BẢN TRÍCH") is None


@pytest.mark.parametrize(("line", "names", "outlet"), [
    ("Thu Hằng - Quốc Toản | Đài PT&TH Hà Nội", ["Thu Hằng", "Quốc Toản"], "Đài PT&TH Hà Nội"),
    ("Thu Hằng - Quốc Toản - Đài PT-TH Hà Nội", ["Thu Hằng", "Quốc Toản"], "Đài PT-TH Hà Nội"),
    ("Người đăng: Minh Châu  |  Lượt xem: 143", ["Minh Châu"], None),
])
def test_bylines_of_two_writers_and_their_office_and_a_poster(line: str, names: list[str], outlet: str | None) -> None:
    b = parse_byline(line)
    assert b is not None and ([n for n, _ in b.names], b.outlet) == (names, outlet)
    assert parse_byline("Người đăng: btc.hu") is None


def test_a_name_in_a_tables_row_ends_at_the_post_in_the_next_cell() -> None:
    assert [(p.name, p.title) for p in find_people(
        "6 Đại tá Trần Văn Thanh Giám đốc Công an tỉnh 47 (88,68%). Dự có Bí thư Huyện ủy Nguyễn Văn Trưởng.")] == [
        ("Trần Văn Thanh", "Đại tá"), ("Nguyễn Văn Trưởng", "Bí thư Huyện ủy")]


def test_a_readers_letters_heading_names_no_one() -> None:
    assert parse_byline("THƯ BẠN ĐỌC") is None


def test_a_chat_message_copied_with_the_one_it_answers_names_both() -> None:
    # (Zalo's copy: the sender, "Trả lời" and whom they answer, then the message with the article)
    raw = ("Nguyễn Hoàng Duy\nTrả lời Lâm Thị Tuyết Mai\nAnh ơi gửi em bài tổng kết với ạ\nĐây em:\n\n"
           "Ngành Tổ chức xây dựng Đảng tổng kết năm 2025\n\nHôm qua (8/1), Ban Tổ chức Tỉnh ủy tổ chức hội nghị "
           "tổng kết công tác tổ chức xây dựng Đảng năm 2025. Đồng chí Quách Minh Trọng, Trưởng Ban Tổ chức "
           "Tỉnh ủy chủ trì hội nghị.\n")
    names = [p.name for p in parse_article_strict(raw).people]
    assert "Nguyễn Hoàng Duy" in names and "Lâm Thị Tuyết Mai" in names
    # (a reply's line naming no one names no one)
    assert "Trả Lời" not in " ".join(p.name for p in parse_article_strict(
        raw.replace("Lâm Thị Tuyết Mai", "tin nhắn")).people)


def test_a_titles_names_closed_by_a_semicolon_share_it_with_no_plural_cue() -> None:
    text = ("Tham dự có Phó Trưởng Ban Tổ chức Huyện ủy Lương Thị Hiền, Nông Văn Tú; cán bộ, chuyên viên "
            "Ban Tổ chức Huyện ủy.")
    assert [(p.name, p.title) for p in find_people(text)] == [
        ("Lương Thị Hiền", "Phó Trưởng Ban Tổ chức Huyện ủy"), ("Nông Văn Tú", "Phó Trưởng Ban Tổ chức Huyện ủy")]
    # (a list that goes on to a verb is not closed: the name after the comma does not share the title)
    assert ("Trần Thị Mai", "Bí thư Huyện ủy") not in [
        (p.name, p.title) for p in find_people("Bí thư Huyện ủy Lê Văn Hùng, Trần Thị Mai phát biểu ý kiến.")]


def test_the_best_named_after_la_each_with_their_cell_in_brackets() -> None:
    text = ("Kết thúc khóa học, ba học viên có kết quả cao nhất là Hà Văn Dũng (Chi bộ Trường THCS Xuân Hòa), "
            "Nguyễn Thị Lan Anh (Chi bộ thôn Thọ Phú) và Lê Văn Quyết (Chi bộ Quân sự xã Xuân Lập).")
    assert [p.name for p in find_people(text)] == ["Hà Văn Dũng", "Nguyễn Thị Lan Anh", "Lê Văn Quyết"]
    # (one name in brackets after "là" is no list: "Đơn vị tiêu biểu là Xuân Hòa (huyện Thọ Xuân).")
    assert find_people("Đơn vị tiêu biểu là Xuân Hòa (huyện Thọ Xuân), tiếp theo là Thọ Lâm.") == []
