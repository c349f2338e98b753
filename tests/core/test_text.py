"""Text helpers: tone placement, normalisation."""

from __future__ import annotations

import pytest

from desktop.core.text import nfc, tone_placement, vi_sort_key


@pytest.mark.parametrize(
    ("old", "new"),
    [("Hoà Bình", "Hòa Bình"), ("Thanh Hoá", "Thanh Hóa"), ("Uỷ ban", "Ủy ban"), ("thuỷ", "thủy"),
     ("HOÀ", "HÒA"),
     # a final consonant keeps the mark where it is; "qu" is a consonant
     ("Hoàng", "Hoàng"), ("khoản", "khoản"), ("quý", "quý"),
     # other diacritics are never touched
     ("Quang Bình", "Quang Bình"), ("Quảng Bình", "Quảng Bình")],
)
def test_tone_placement(old: str, new: str) -> None:
    assert tone_placement(old) == new
    assert tone_placement(new) == new


@pytest.mark.parametrize(
    ("typed", "read"),
    [("Ðảng ủy", "Đảng ủy"), ("số 12-QÐ/TU", "số 12-QĐ/TU"), ("ðảng viên", "đảng viên"),
     ("ngày ２０/０４/２０２３", "ngày 20/04/2023"), ("Ngày đăng：", "Ngày đăng:"), ("a\u3000b", "a b"),
     ("quý Ⅲ", "quý III"), ("khóa ⅻ", "khóa xii"), ("Hoa\u0300 Bi\u0300nh", "Hoà Bình")],
)
def test_look_alike_characters_are_read_as_what_they_stand_for(typed: str, read: str) -> None:
    assert nfc(typed) == read
    assert nfc(read) == read


def test_vietnamese_dictionary_order() -> None:
    words = ["Thông tri", "Đề án", "Chương trình", "Quyết định", "Kết luận", "dự án", "Chỉ thị",
             "Kế hoạch", "ơn", "ôm", "om", "Quy định", "Dân vận", "ăn", "an", "ấm"]
    assert sorted(words, key=vi_sort_key) == [
        "an", "ăn", "ấm", "Chỉ thị", "Chương trình", "Dân vận", "dự án", "Đề án", "Kế hoạch",
        "Kết luận", "om", "ôm", "ơn", "Quy định", "Quyết định", "Thông tri"]
    # a tone counts only between words of the same letters: ngang, huyền, hỏi, ngã, sắc, nặng
    assert sorted(["ma", "mạ", "má", "mã", "mả", "mà"], key=vi_sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]
