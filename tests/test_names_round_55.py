"""Round 55: names that end where they should (SPEC §4, §6).

* An abbreviated body's name ends at the abbreviation of its field: "Sở GDĐT duyệt kế hoạch …" named the agency
  "Sở Giáo dục và Đào tạo duyệt" (the task's verb taken as the name's lower-case syllable). An abbreviation that a
  gazetteer name goes on after in lower case ("Ban QLDA đầu tư xây dựng") does not end it.
* A head word written in lower case right after an official's title starts the body's name: "Giám đốc sở GDĐT duyệt
  công nhận tốt nghiệp THPT …" (pool a8068f217c2ab298, bc48a3a54d4d5a5e, dc56cad2f608d00a, 78e48f145996d8a4: one
  text republished) gave no record.
* A citation's issuer names a body: punctuation written where an issuer was expected ("Kế hoạch 380/KHPH của ..
  ngày …") gave the issuer "."; a glued sign no table knows gives no issuer.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.agencies import find_agencies
from kehoach_nlp.pipeline import extract_text


def _assignments(text: str) -> list[tuple[str, str, str]]:
    return [(a.agency, a.agency_text, a.task) for a in extract_text("# Kế hoạch\n\n" + text + "\n").assignments]


@pytest.mark.parametrize("text, expected", [
    ("2. Sở GDĐT duyệt kế hoạch giáo dục của các trường.",
     [("Sở Giáo dục và Đào tạo", "Sở GDĐT", "duyệt kế hoạch giáo dục của các trường")]),
    ("- Sở TNMT duyệt phương án sử dụng đất của các huyện;",
     [("Sở Tài nguyên và Môi trường", "Sở TNMT", "duyệt phương án sử dụng đất của các huyện")]),
    ("- Giám đốc Sở GDĐT duyệt công nhận tốt nghiệp THPT;",
     [("Sở Giáo dục và Đào tạo", "Sở GDĐT", "duyệt công nhận tốt nghiệp THPT")]),
    # the head in lower case after the official's title
    ("- Trong vòng 07 ngày kể từ ngày công bố kết quả thi, Giám đốc sở GDĐT duyệt công nhận tốt nghiệp THPT đối với "
     "các thí sinh đủ điều kiện;",
     [("Sở Giáo dục và Đào tạo", "sở GDĐT", "duyệt công nhận tốt nghiệp THPT đối với các thí sinh đủ điều kiện")]),
    ("- Giám đốc sở Giáo dục và Đào tạo duyệt công nhận tốt nghiệp THPT;",
     [("Sở Giáo dục và Đào tạo", "sở Giáo dục và Đào tạo", "duyệt công nhận tốt nghiệp THPT")]),
    ("- Phó Giám đốc sở TN&MT duyệt phương án sử dụng đất;",
     [("Sở Tài nguyên và Môi trường", "sở TN&MT", "duyệt phương án sử dụng đất")]),
])
def test_an_abbreviated_body_ends_at_its_abbreviation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _assignments(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sở GDĐT duyệt kế hoạch.", [("Sở GDĐT", "Sở Giáo dục và Đào tạo")]),
    ("Sở LĐ-TB&XH duyệt danh sách.", [("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội")]),
    ("Giám đốc sở Y tế duyệt danh sách.", [("sở Y tế", "Sở Y tế")]),
])
def test_agency_mentions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.canonical) for m in find_agencies(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name that goes on after the abbreviation, and the level after it, stay as they were (each beside a name the
    # base read wrong)
    ("Ban QLDA đầu tư xây dựng tỉnh và Sở GDĐT duyệt hồ sơ.",
     [("Ban QLDA đầu tư xây dựng tỉnh", "Ban Quản lý dự án đầu tư xây dựng tỉnh"),
      ("Sở GDĐT", "Sở Giáo dục và Đào tạo")]),
    ("Sở GD&ĐT tỉnh Lào Cai duyệt hồ sơ; Sở TNMT duyệt phương án.",
     [("Sở GD&ĐT tỉnh Lào Cai", "Sở Giáo dục và Đào tạo tỉnh Lào Cai"), ("Sở TNMT", "Sở Tài nguyên và Môi trường")]),
    # a lower-case head with no official's title before it is no name
    ("các sở GDĐT duyệt hồ sơ; Giám đốc sở Y tế duyệt danh sách.", [("sở Y tế", "Sở Y tế")]),
])
def test_names_that_go_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.canonical) for m in find_agencies(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện Kế hoạch 380/KHPH của .. ngày 24/6/2025.", [("380/KHPH", None)]),
    ("Căn cứ Kế hoạch số 45/KHPH của … ngày 5/3/2024;", [("45/KHPH", None)]),
    ("Căn cứ Kế hoạch 380/KHPH ngày 5/3/2024; Kế hoạch số 45/KHPH của .. ngày 5/3/2024;",
     [("380/KHPH", None), ("45/KHPH", None)]),
    # a sign the tables know still names its issuer when the written one is punctuation
    ("Thực hiện Quyết định 12/QĐ-UBND của - ngày 5/3/2024.", [("12/QĐ-UBND", "Ủy ban nhân dân")]),
])
def test_an_issuer_is_never_punctuation(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(c.number, c.issuer) for c in extract_text(text).citations] == expected
