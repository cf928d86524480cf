"""Round 52: clauses shaped like a task that give none, dropped by the resolve step (``assignments.drops``; dev
errors grouped by shape, never the test columns'): a sanction for a breach, the giver that is a clause's subject, a
news article's report of an event. Table-driven: the text → the records it gives, with the guards that keep theirs."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

PLAN = "KẾ HOẠCH\nTổ chức thực hiện năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\nBảo đảm hiệu quả.\nII. TỔ CHỨC THỰC HIỆN\n"
NEWS = "# Hà Nội triển khai kế hoạch năm 2025\n\n"


def _assignments(body: str, head: str = PLAN) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(head + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # a liability for a breach (in the task or fronted in its sentence) is no task
    ("3. Tổ chức, cá nhân phải chịu trách nhiệm đối với những hành vi vi phạm quy định của Quy chế này.\n", []),
    ("2. Các cơ quan quản lý nhà nước tại cảng phải chịu trách nhiệm về việc để hàng hóa đưa vào tiêu thụ "
     "trong nội địa mà không làm thủ tục.\n", []),
    ("Trường hợp chậm trễ gửi báo cáo, Sở Tài chính chịu trách nhiệm giải trình với Ủy ban nhân dân tỉnh.\n", []),
    ("Sở Y tế hoàn toàn chịu trách nhiệm nếu để xảy ra dịch bệnh trên địa bàn.\n", []),
    # guards: a liability without a breach, and one to carry out a decision, stay tasks
    ("Sở Tư pháp chịu trách nhiệm tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh.\n",
     [("Sở Tư pháp", "chịu trách nhiệm tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh")]),
    # … an act after a topic that names a breach, with no condition of one, stays a task
    ("Đối với những phản ánh vi phạm quy chế, cán bộ đầu mối tiếp nhận chịu trách nhiệm ẩn phản ánh đó.\n",
     [("cán bộ đầu mối tiếp nhận", "chịu trách nhiệm ẩn phản ánh đó")]),
    # … an item of a body's block keeps its record: the body's duties as listed
    ("1. Sở Xây dựng:\n- Chủ trì chỉnh trang hạ tầng kỹ thuật.\n"
     "- Chịu trách nhiệm trước pháp luật khi vi phạm các quy định về hạ tầng kỹ thuật.\n",
     [("Sở Xây dựng", "Chủ trì chỉnh trang hạ tầng kỹ thuật"),
      ("Sở Xây dựng", "Chịu trách nhiệm trước pháp luật khi vi phạm các quy định về hạ tầng kỹ thuật")]),
    # … and the breach of the next sentence is not the task's
    ("- Cơ quan phối hợp chịu trách nhiệm về các thông tin đã cung cấp của mình. Trường hợp cơ quan phối hợp "
     "chậm trễ thì báo cáo.\n",
     [("Cơ quan phối hợp", "chịu trách nhiệm về các thông tin đã cung cấp của mình")]),
])
def test_a_sanction_is_no_task(body: str, expected: list) -> None:
    assert _assignments(body) == expected


def test_a_liability_to_carry_out_the_decision_stays_a_task() -> None:
    body = "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành Quyết định này; " \
           "nếu để xảy ra sai sót phải báo cáo.\n"
    decision = "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\nĐiều 1. Ban hành Quy chế.\nĐiều 2. Quyết định có hiệu lực.\n"
    agencies = {a.agency for a in extract_text(decision + body).assignments}
    assert "Sở Tư pháp" in agencies


@pytest.mark.parametrize("body, expected", [
    # the subject only gives the task to the body named after the verb: that body's record alone
    ("Theo đó, Hội đồng nhân dân Thành phố thống nhất giao Ủy ban nhân dân Thành phố bố trí nguồn vốn từ ngân sách.\n",
     [("Ủy ban nhân dân Thành phố", "bố trí nguồn vốn từ ngân sách")]),
    ("Sau khi hoàn thành sắp xếp, Chính phủ sẽ giao Bộ Nội vụ nghiên cứu và hướng dẫn việc sắp xếp thôn.\n",
     [("Bộ Nội vụ", "nghiên cứu và hướng dẫn việc sắp xếp thôn")]),
    ("Quốc hội ủy quyền cho Ủy ban Thường vụ Quốc hội quyết định việc điều chỉnh dự toán.\n",
     [("Ủy ban Thường vụ Quốc hội", "quyết định việc điều chỉnh dự toán")]),
    ("1. Ủy ban nhân dân tỉnh phân cấp thẩm quyền cho Sở Tư pháp ký quyết định việc nuôi con nuôi.\n",
     [("Sở Tư pháp", "ký quyết định việc nuôi con nuôi")]),
    # guard: a task that only names a body later stays (round 54: a body that delegates, "ủy quyền cho đơn vị …", has
    # no task whatever follows, as the dev gold reads it — test_delegations_round_54.py)
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tham mưu Ủy ban nhân dân tỉnh phân cấp quản lý.\n",
     [("Sở Nội vụ", "chủ trì, phối hợp với Sở Tài chính tham mưu Ủy ban nhân dân tỉnh phân cấp quản lý")]),
])
def test_a_giver_for_the_subject_has_no_record(body: str, expected: list) -> None:
    assert _assignments(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a news article reports an event or what a body has done: no task
    ("Căn cứ Thông báo 725/TB-VP ngày 27/11/2025, Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh chủ trì cuộc "
     "họp về tiến độ triển khai dự án.\n", []),
    ("(1) Tổ chức lễ kỷ niệm cấp quốc gia:\n\nTại Hà Nội, Chính phủ và thành phố Hà Nội tổ chức trọng thể lễ kỷ "
     "niệm;\n\nChủ tịch nước đọc diễn văn kỷ niệm;\n", []),
    ("Trong năm 1842, người dân đã phải xây 44 hành cung cho phái đoàn.\n", []),
    # guard: a task the article reports as given stays
    ("Ủy ban nhân dân Thành phố giao Sở Tài chính chủ trì, phối hợp với các đơn vị rà soát nguồn vốn.\n",
     [("Sở Tài chính", "chủ trì, phối hợp với các đơn vị rà soát nguồn vốn")]),
])
def test_a_news_report_of_an_event_is_no_task(body: str, expected: list) -> None:
    assert _assignments(body, NEWS) == expected


def test_an_event_word_in_a_plan_keeps_its_task() -> None:
    """Only a news article's event is a report: a plan's "chủ trì hội nghị" is the body's task."""
    body = "3. Ủy ban nhân dân tỉnh chủ trì hội nghị sơ kết việc thực hiện Kế hoạch vào tháng 6.\n"
    assert _assignments(body) == [("Ủy ban nhân dân tỉnh", "chủ trì hội nghị sơ kết việc thực hiện Kế hoạch vào tháng 6")]
