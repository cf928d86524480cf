"""Round 55 (backlog of round 54): a target's unit keeps the document's tone placement past a rate's slash (SPEC §5,
the unit as written): "trên 10 triệu tấn hàng hoá/năm" gave "triệu tấn hàng hóa/năm" (pool d6380fd2613f9274), the
word "hoá/năm" not being split at "/" when the unit was spelled back.
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


@pytest.mark.parametrize("lines, units", [
    (["Năng lực xếp dỡ đạt trên 10 triệu tấn hàng hoá/năm."], ["triệu tấn hàng hoá/năm"]),
    (["Công suất cảng đạt 25.000 tấn hàng hoá/năm."], ["tấn hàng hoá/năm"]),
    # each unit as its own text spells it
    (["Công suất cảng đạt 25.000 tấn hàng hóa/năm.", "Thành lập 1 Toà án chuyên biệt.",
      "Sản lượng đạt 2,5 triệu tấn hàng hoá/năm."],
     ["tấn hàng hóa/năm", "toà án chuyên biệt", "triệu tấn hàng hoá/năm"]),
])
def test_a_units_spelling_past_a_slash(lines: list[str], units: list[str]) -> None:
    items = "".join(f"- {line}\n" for line in lines)
    targets = extract_text(f"KẾ HOẠCH\n\nI. MỤC TIÊU\n\n{items}").targets
    assert [t.unit for t in targets] == units
