"""Citations, round 53: relations from the structure of a list and of the clause that governs a citation."""

from __future__ import annotations

import pytest

from kehoach_nlp.citations import find_citations
from kehoach_nlp.structure import parse_structure
from kehoach_nlp.text import normalize


def relations(text: str) -> list[tuple[str, str]]:
    return [(" ".join(c.text.split()), c.relation) for c in find_citations(parse_structure(normalize(text).text))]


LIST_AFTER_NESTED = (
    "Căn cứ các Nghị định của Chính phủ: số 79/2025/NĐ-CP ngày 01/4/2025 về kiểm tra văn bản; số 08/2022/NĐ-CP "
    "ngày 10/01/2022 quy định chi tiết một số điều của Luật Bảo vệ môi trường; số 05/2025/NĐ-CP ngày 06/01/2025 "
    "sửa đổi, bổ sung một số điều của Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết "
    "một số điều của Luật Bảo vệ môi trường; số 32/2019/NĐ-CP ngày 10/4/2019 quy định giao nhiệm vụ; số "
    "45/2022/NĐ-CP ngày 07/7/2022 quy định về xử phạt vi phạm hành chính;\n")


@pytest.mark.parametrize("text, expected", [
    # a bare "số …" after the ";" that closes a title goes on with the outer list, not with the law named inside
    # the title, nor with a type word named there
    (LIST_AFTER_NESTED, [("số 79/2025/NĐ-CP", "basis"), ("số 08/2022/NĐ-CP", "basis"),
                         ("Luật Bảo vệ môi trường", "refers"), ("số 05/2025/NĐ-CP", "basis"),
                         ("Nghị định số 08/2022/NĐ-CP", "refers"), ("Luật Bảo vệ môi trường", "refers"),
                         ("số 32/2019/NĐ-CP", "basis"), ("số 45/2022/NĐ-CP", "basis")]),
    # … while a sibling joined by "và" inside the title stays in the title
    ("Căn cứ Nghị định số 58/2023/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 37/2019/NĐ-CP và "
     "Nghị định số 22/2025/NĐ-CP của Chính phủ;\n",
     [("Nghị định số 58/2023/NĐ-CP", "basis"), ("Nghị định số 37/2019/NĐ-CP", "refers"),
      ("Nghị định số 22/2025/NĐ-CP", "refers")]),
])
def test_list_members_after_a_nested_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert relations(text) == expected
