"""Targets rules of round 56 (helper D), from unseen legal Q&A pages that quote a decision's goals (SPEC §5) and the
fresh dev gold. Table-driven: a Vietnamese page → the targets expected (text, unit, deadline, status); guards keep
what must not change."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text


def _targets(text: str) -> list[tuple[str, str | None, int | None, str]]:
    return [(t.text, t.unit, t.deadline, t.status) for t in extract_text("# Hỏi đáp pháp luật\n\n" + text + "\n").targets]


_APPROVAL = ("Dự án được quy định tại Điều 1 Quyết định 1188/QĐ-TTg năm 2024 như sau:\n\n"
             "Điều 1. {verb} chủ trương đầu tư, đồng thời chấp thuận nhà đầu tư với nội dung như sau:\n\n"
             "4. Quy mô dự án:\n\n"
             "- Cải tạo, mở rộng nhà ga hành khách đạt công suất 500.000 hành khách/năm.\n\n"
             "5. Vốn đầu tư của dự án: Khoảng 2.400 tỷ đồng.\n")


@pytest.mark.parametrize("verb, expected", [
    # a decision's article that approves a project lists what it is to deliver and spend: its aims
    ("Chấp thuận", [("500.000 hành khách/năm", "hành khách/năm", None, "target"),
                    ("Khoảng 2.400 tỷ đồng", "tỷ đồng", None, "target")]),
    ("Phê duyệt", [("500.000 hành khách/năm", "hành khách/năm", None, "target"),
                   ("Khoảng 2.400 tỷ đồng", "tỷ đồng", None, "target")]),
    # guard: an article that sets a rule keeps its numbers out, as before
    ("Điều chỉnh", []),
])
def test_approving_article_states_aims(verb: str, expected: list) -> None:
    assert _targets(_APPROVAL.format(verb=verb)) == expected


def test_rule_article_still_quoted() -> None:
    # guard: a law's article quoted by the page is its rule, not an aim
    text = ("Theo quy định tại Điều 36 Nghị định 05/2021/NĐ-CP như sau:\n\n"
            "Điều 36. Điều chỉnh quy hoạch cảng hàng không, sân bay\n\n"
            "2. Điều chỉnh cục bộ quy hoạch khi đáp ứng một trong các tiêu chí sau đây:\n\n"
            "a) Các công trình có phạm vi sử dụng đất điều chỉnh thay đổi tăng, giảm nhỏ hơn 15% tổng diện tích.\n")
    assert _targets(text) == []


@pytest.mark.parametrize("text, expected", [
    # the second factor of a surface's dimensions is a specification, like the first
    ("Thời kỳ 2021-2030: đường cất hạ cánh hiện hữu về hai phía đạt kích thước 3.500 m x 45 m.", []),
    ("- Xây dựng sân đỗ máy bay ở khu vực phía Nam kích thước 182 m x 112,5 m.", []),
    ("- Xây dựng đường lăn kích thước 128 x 15 m và 05 đường lăn chờ.", [("05 đường", "đường", None, "target")]),
    # guard: a length built is a target
    ("- Phấn đấu xây dựng mới 500 m kè chống sạt lở.", [("500 m kè", "m kè", None, "target")]),
])
def test_dimension_product_is_specification(text: str, expected: list) -> None:
    assert _targets(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a result has no due year: the year of "đến (cuối) năm …" dates what was done
    ("Đến cuối năm 2023, toàn tỉnh đã có 4.248 mô hình được nhân rộng.",
     [("4.248 mô hình", "mô hình", None, "achieved")]),
    ("Tính đến hết năm 2024, đã có 675 dự án được cấp phép.", [("675 dự án", "dự án", None, "achieved")]),
    ("Lũy kế đến hết năm 2013 toàn tỉnh có 675 dự án còn hiệu lực.", [("675 dự án", "dự án", None, "achieved")]),
    # guard: an aim keeps its year
    ("Phấn đấu đến cuối năm 2026, có 500 mô hình được nhân rộng.",
     [("500 mô hình", "mô hình", 2026, "target")]),
])
def test_result_has_no_deadline(text: str, expected: list) -> None:
    assert _targets(text) == expected


_QA_PAGE = ("# Nghị quyết đặt mục tiêu về nguồn nhân lực đến năm 2030 đạt mức nào?\n\n"
            "**Nghị quyết đặt mục tiêu về nguồn nhân lực đến năm 2030 đạt mức nào?**\n\n"
            "Theo đó, mục tiêu đến năm 2030 được quy định tại tiểu mục 1 Mục II Nghị quyết 57-NQ/TW như sau:\n\n"
            "(3) Nguồn nhân lực nghiên cứu khoa học đạt 12 người trên một vạn dân; có từ 40 - 50 tổ chức khoa học và "
            "công nghệ được xếp hạng khu vực và thế giới.\n\n"
            "{summary}\n\n"
            "**Quan điểm chỉ đạo của Bộ Chính trị trong Nghị quyết 57-NQ/TW là gì?**\n\n"
            "Tại Mục I Nghị quyết 57-NQ/TW, quan điểm chỉ đạo như sau:\n\n"
            "(1) Phát triển khoa học, công nghệ là đột phá quan trọng hàng đầu.\n")


@pytest.mark.parametrize("summary", [
    # the writer's conclusion whose final stop a bold figure replaced is a sentence, not a subhead
    "Như vậy, Nghị quyết 57 đặt mục tiêu về nguồn nhân lực đến năm 2030 đạt mức **12 người /1 vạn dân**",
    "Theo đó, Nghị quyết 57 đặt mục tiêu về nguồn nhân lực đến năm 2030 đạt mức 12 người /1 vạn dân",
])
def test_conclusion_line_opens_no_section(summary: str) -> None:
    doc = extract_text(_QA_PAGE.format(summary=summary))
    headings = [s.heading for s in doc.sections]
    assert not any(h and h.startswith(summary[:8]) for h in headings)
    assert [s.kind for s in doc.sections][-2:] == ["objectives", "purpose"]


_PROJECT_PAGE = ("# Dự án tăng cường đáp ứng y tế trong phòng chống ma tuý đến năm 2030 ra sao?\n\n"
                 "**Dự án tăng cường đáp ứng y tế trong phòng chống ma tuý có mục tiêu gì?**\n\n"
                 "Tại điểm a Tiểu mục 6 Mục III chương trình ban hành kèm theo Quyết định 7619/QĐ-BCA 2025 có đề cập "
                 "đến mục tiêu của dự án.\n\n"
                 "{intro}\n\n"
                 "- Đảm bảo 100% các tỉnh, thành phố thực hiện công tác xác định tình trạng nghiện ma tuý.\n\n"
                 "- Duy trì điều trị cho ít nhất 50.000 người nghiện các chất dạng thuốc phiện.\n\n"
                 "**Phạm vi, đối tượng và nguồn vốn của dự án như thế nào?**\n\n"
                 "Dự án được triển khai thực hiện trên phạm vi cả nước.\n\n"
                 "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n")


@pytest.mark.parametrize("intro, kind", [
    # a web cue that is the paragraph's subject ("Dự án …") yields to the section word after it
    ("Dự án đặt mục tiêu thực hiện đến năm 2030 bao gồm:", "objectives"),
    ("Dự án đặt ra các chỉ tiêu đến năm 2030 như sau:", "objectives"),
    # guard: a list of projects still announces tasks
    ("Danh mục các dự án thực hiện đến năm 2030 bao gồm:", "tasks"),
])
def test_project_subject_yields_to_section_word(intro: str, kind: str) -> None:
    doc = extract_text(_PROJECT_PAGE.format(intro=intro))
    body = next(s for s in doc.sections if s.kind != "preamble")
    assert body.kind == kind
    assert [(t.text, t.deadline) for t in doc.targets][:2] == [("100%", 2030), ("ít nhất 50.000 người", 2030)]
