"""Round 56 (helper H): duties quoted from laws and decrees on legal Q&A pages (data only, `data/assignments.toml`).

- A right a law grants is no task: "Cơ quan, tổ chức, cá nhân có quyền từ chối cung cấp … khi có căn cứ …" had "có
  quyền …" glued to the group's name and "căn cứ" read as the task (`[blocks] cannot` += "có quyền").
- A duty lead-in may name the field after the body: "… nhiệm vụ và quyền hạn của Bộ Y tế | về bảo hiểm y tế … như
  sau:" over "(1) …" (`[blocks] lead_in_duty_tails` += "về").
- The site's "Lưu ý: …" after a quoted block is a note, not the block's task (`[blocks] note_labels` += "lưu ý").

Table-driven: the page's text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

HEAD = ("# Các cơ quan có trách nhiệm gì?\n\n**Các cơ quan có trách nhiệm gì?**\n\n"
        "Căn cứ Điều 131 Luật Chứng khoán 2019 quy định như sau:\n\n")
TAIL = "\nQuý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n"


def _assignments(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(HEAD + body + TAIL).assignments]


@pytest.mark.parametrize("body, expected", [
    # a right to refuse, with a condition ("khi có căn cứ …") whose "căn cứ" had been read as the task
    ("+ Cơ quan, tổ chức, cá nhân có quyền từ chối cung cấp thông tin, tài liệu khi có căn cứ cho rằng việc yêu cầu "
     "là trái quy định.\n", []),
    # a right to ask ("đề nghị" had ended the name and opened a task)
    ("- Các cơ quan, đơn vị có quyền đề nghị cơ quan cấp trên xem xét lại quyết định.\n", []),
    # the right next to a duty: only the duty is a task
    ("+ Cơ quan, tổ chức, cá nhân có quyền từ chối cung cấp thông tin khi có căn cứ cho rằng yêu cầu là trái luật.\n\n"
     "+ Cơ quan thuế có trách nhiệm phối hợp cung cấp thông tin của công ty đại chúng.\n",
     [("Cơ quan thuế", "có trách nhiệm phối hợp cung cấp thông tin của công ty đại chúng")]),
])
def test_a_right_is_no_task(body: str, expected: list[tuple[str, str]]) -> None:
    assert _assignments(body) == expected


@pytest.mark.parametrize("body, expected", [
    # guard: a duty of the same group stays a task
    ("+ Cơ quan, tổ chức, cá nhân có trách nhiệm cung cấp thông tin cho Ủy ban Chứng khoán Nhà nước.\n",
     [("Cơ quan, tổ chức, cá nhân", "có trách nhiệm cung cấp thông tin cho Ủy ban Chứng khoán Nhà nước")]),
])
def test_a_duty_stays(body: str, expected: list[tuple[str, str]]) -> None:
    assert _assignments(body) == expected


QA_TAIL = "\nQuý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n"


@pytest.mark.parametrize("page, expected", [
    # a ministry's duties in one field, quoted from its decree: the items are the ministry's
    ("# Bộ Y tế có nhiệm vụ gì về bảo hiểm y tế?\n\n**Bộ Y tế có nhiệm vụ gì về bảo hiểm y tế?**\n\n"
     "Căn cứ theo khoản 14 Điều 2 Nghị định 42/2025/NĐ-CP có quy định về nhiệm vụ và quyền hạn của Bộ Y tế về bảo hiểm "
     "y tế sau khi sáp nhập Bộ như sau:\n\n"
     "**(1) **Xây dựng, ban hành chính sách, pháp luật về bảo hiểm y tế;\n\n"
     "**(2) **Chủ trì, phối hợp với các bộ, ngành liên quan xây dựng danh mục thuốc;\n\n"
     "**(3)** Chỉ đạo, hướng dẫn các cơ sở y tế thực hiện các quy định của pháp luật về bảo hiểm y tế.\n",
     [("Bộ Y tế", "Xây dựng, ban hành chính sách, pháp luật về bảo hiểm y tế", "responsible"),
      ("Bộ Y tế", "Chủ trì, phối hợp với các bộ, ngành liên quan xây dựng danh mục thuốc", "lead"),
      ("Bộ Y tế", "Chỉ đạo, hướng dẫn các cơ sở y tế thực hiện các quy định của pháp luật về bảo hiểm y tế",
       "responsible")]),
    # … a department's, over dashes
    ("# Sở Tài chính có nhiệm vụ gì?\n\n**Sở Tài chính có nhiệm vụ gì về giá?**\n\n"
     "Căn cứ Điều 2 Thông tư 04/2025/TT-BTC quy định nhiệm vụ, quyền hạn của Sở Tài chính về quản lý giá như sau:\n\n"
     "- Tham mưu Ủy ban nhân dân tỉnh ban hành quy định về giá;\n\n"
     "- Thẩm định phương án giá hàng hóa, dịch vụ.\n",
     [("Sở Tài chính", "Tham mưu Ủy ban nhân dân tỉnh ban hành quy định về giá", "responsible"),
      ("Sở Tài chính", "Thẩm định phương án giá hàng hóa, dịch vụ", "responsible")]),
    # the site's note after the last quoted block is no task of that block's body
    ("# Cơ quan nào có trách nhiệm đánh giá ô nhiễm đất?\n\n## Cơ quan nào có trách nhiệm đánh giá ô nhiễm đất?\n\n"
     "Theo đó, trách nhiệm thực hiện đánh giá ô nhiễm đất thuộc về các cơ quan sau:\n\n"
     "(1) Bộ Tài nguyên và Môi trường chủ trì, phối hợp với các Bộ có liên quan thực hiện:\n\n"
     "- Xây dựng và duy trì hệ thống quan trắc;\n\n"
     "(2) Ủy ban nhân dân cấp tỉnh có trách nhiệm:\n\n"
     "- Thống kê và công bố các khu vực đất bị ô nhiễm.\n\n"
     "Lưu ý: Bộ Tài nguyên và Môi trường đã sáp nhập với Bộ Nông nghiệp và Phát triển nông thôn thành Bộ Nông nghiệp "
     "và Môi trường.\n\n"
     "*Cơ quan nào có trách nhiệm đánh giá ô nhiễm đất? (Hình từ Internet)*\n\n## Nội dung đánh giá gồm những gì?\n\n"
     "Nội dung gồm nhiều vấn đề.\n",
     [("Bộ Tài nguyên và Môi trường", "chủ trì, phối hợp với các Bộ có liên quan thực hiện", "lead"),
      ("Bộ Tài nguyên và Môi trường", "Xây dựng và duy trì hệ thống quan trắc", "lead"),
      ("Ủy ban nhân dân cấp tỉnh", "Thống kê và công bố các khu vực đất bị ô nhiễm", "responsible")]),
])
def test_quoted_duties(page: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(a.agency, a.task, a.role) for a in extract_text(page + QA_TAIL).assignments] == expected
