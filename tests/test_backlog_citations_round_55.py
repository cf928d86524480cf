"""Round 55 (backlog of round 54): a document sign whose hyphen was lost (SPEC §4; gold/real/README.md P4: signs in
their usual form).

* A State sign's type code glued to its issuer's code, the type being the cited document's own ("Thông tư
  18/2019/TTBCT", "Thông tư số 25/2023/TTBKHĐT", "Quyết định 210/QĐUBND"; pool 1f88c79bd4b895e6, 4f4676ff96e44f68,
  42caf1e3e3a8c6bc): the number in its usual form and the issuer from the sign (it was null); a glued code whose type is
  another's ("Công văn số 12/CTCP"), or that no table splits ("380/KHPH"), stays as written.
* A written issuer ends before the colon of a list's lead-in ("… của UBND Thành phố:" gave "Ủy ban nhân dân
  Thành phố:").
* A Party number whose serial's hyphen was lost ("Chỉ thị số 92CT/TW", "Chỉ thị 221 CT/TW"; pool 7ec4b1bdaaf132a0,
  2c5a38a091c47ed1) was no citation at all: serial-hyphen-sign as "132- KL/TW" is.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _citations(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.text, c.number, c.issuer) for c in extract_text(text).citations]


@pytest.mark.parametrize("text, expected", [
    ("Căn cứ Thông tư 18/2019/TTBCT ngày 30/9/2019;",
     [("Thông tư 18/2019/TTBCT", "18/2019/TT-BCT", "Bộ Công Thương")]),
    ("Căn cứ Thông tư số 25/2023/TTBKHĐT ngày 31 tháng 12 năm 2023;",
     [("Thông tư số 25/2023/TTBKHĐT", "25/2023/TT-BKHĐT", "Bộ Kế hoạch và Đầu tư")]),
    ("Căn cứ Quyết định 210/QĐUBND ngày 5/3/2024;",
     [("Quyết định 210/QĐUBND", "210/QĐ-UBND", "Ủy ban nhân dân")]),
    ("Căn cứ Nghị định số 79/2025/NĐCP ngày 01 tháng 4 năm 2025;",
     [("Nghị định số 79/2025/NĐCP", "79/2025/NĐ-CP", "Chính phủ")]),
    # another type's code, a whole known code: as written (with a glued sign that is split, in the same text)
    ("Theo Công văn số 12/CTCP ngày 3/4/2024 và Thông tư 49/2015/TTBYT;",
     [("Công văn số 12/CTCP", "12/CTCP", None), ("Thông tư 49/2015/TTBYT", "49/2015/TT-BYT", "Bộ Y tế")]),
    ("Căn cứ Thông tư 09/2016/TTLT; Thông tư 39/2018/TTBTC;",
     [("Thông tư 09/2016/TTLT", "09/2016/TTLT", None), ("Thông tư 39/2018/TTBTC", "39/2018/TT-BTC", "Bộ Tài chính")]),
])
def test_a_glued_state_sign(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _citations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thực hiện Chỉ thị số 92CT/TW ngày 1/2/2020;", [("Chỉ thị số 92CT/TW", "92-CT/TW", "Trung ương Đảng")]),
    ("Thực hiện Chỉ thị 221 CT/TW;", [("Chỉ thị 221 CT/TW", "221-CT/TW", "Trung ương Đảng")]),
    ("Thực hiện Kết luận số 132KL/TW của Bộ Chính trị;", [("Kết luận số 132KL/TW", "132-KL/TW", "Bộ Chính trị")]),
])
def test_a_party_serial_without_its_hyphen(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _citations(text) == expected


@pytest.mark.parametrize("text, issuer", [
    # a list's lead-in closed by a colon after the written issuer (pool 42caf1e3e3a8c6bc, dataset 931df59c49ac23cc)
    ("- Điều chỉnh các dự án đã xác định tại Quyết định 210/QĐ-UBND ngày 13/01/2025 của UBND Thành phố:\n+ Dự án A;",
     "Ủy ban nhân dân Thành phố"),
    ("Theo quyết định số 64/KT-CTN ngày 1/2/2000 của Chủ tịch nước:\n- Tặng Huân chương …", "Chủ tịch nước"),
])
def test_a_written_issuer_ends_before_a_colon(text: str, issuer: str) -> None:
    assert [c.issuer for c in extract_text(text).citations] == [issuer]
