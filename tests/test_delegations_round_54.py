"""Shapes found in round 54 (helper ag2) on unlabelled decisions and the dev columns' errors: a body that delegates a
power ("phân cấp … cho", "ủy quyền cho") takes no task of its own. Table-driven: the text → the records it gives."""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import extract_text

DECISION = ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG\n\nQUYẾT ĐỊNH\n\nPhân cấp thẩm quyền quyết định thanh lý tài sản\n\n"
            "**Điều 1. Phạm vi điều chỉnh**\n\nQuyết định này quy định về phân cấp thẩm quyền.\n\n")


def _records(body: str) -> list[tuple[str, str]]:
    return [(a.agency, a.task) for a in extract_text(DECISION + body).assignments]


@pytest.mark.parametrize("body, expected", [
    # the delegating body's clause is the decision's own act (unseen 7bcbaa914bb254d9, cf3a66c2c23062db)
    ("**Điều 2. Phân cấp thẩm quyền**\n\n1. Ủy ban nhân dân thành phố phân cấp thẩm quyền quyết định thanh lý tài sản "
     "kết cấu hạ tầng thủy lợi; xử lý tài sản trong trường hợp bị mất, hủy hoại cho Sở Nông nghiệp và Môi trường.\n",
     []),
    # … to a group (fresh-dev 317a61c94fc776ca)
    ("**Điều 2. Phân cấp thẩm quyền**\n\n1. Ủy ban nhân dân thành phố phân cấp cho các cơ quan nhà nước, đơn vị sự "
     "nghiệp công lập trực thuộc Ủy ban nhân dân thành phố quyết định việc bổ sung máy móc, thiết bị.\n", []),
    # … to its own chairman (fresh-dev 475126f38cb26cc2)
    ("**Điều 2. Thẩm quyền**\n\n1. Ủy ban nhân dân thành phố ủy quyền cho Chủ tịch Ủy ban nhân dân thành phố.\n", []),
    # a delegating lead-in over items gives them to the delegate only (unseen 1cde9b907469c65b, fresh-dev
    # 208bf7c0b7e8f27c)
    ("**Điều 2. Nội dung phân cấp**\n\nỦy ban nhân dân thành phố phân cấp cho Ủy ban nhân dân cấp xã quyết định một "
     "số khoản hỗ trợ như sau:\n\na) Hỗ trợ ổn định đời sống khi nhà nước thu hồi đất.\n\n"
     "b) Hỗ trợ ổn định sản xuất, kinh doanh khi nhà nước thu hồi đất.\n",
     [("Ủy ban nhân dân cấp xã", "Hỗ trợ ổn định đời sống khi nhà nước thu hồi đất"),
      ("Ủy ban nhân dân cấp xã", "Hỗ trợ ổn định sản xuất, kinh doanh khi nhà nước thu hồi đất")]),
])
def test_a_delegating_body_takes_no_task(body: str, expected: list) -> None:
    assert _records(body) == expected
