"""Text helpers: tone placement."""

from __future__ import annotations

import pytest

from desktop.core.text import tone_placement


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
