"""Round 56 (helper G): duties quoted from laws and circulars on legal Q&A pages (SPEC §6; ANNOTATION "an official
stands for the body"; gold/real/README.md P6: duties in a regulation's articles are tasks).

Classes read on unseen Q&A pages (Luật Trật tự, an toàn giao thông đường bộ Điều 81–82, Luật Nghĩa vụ quân sự Điều 40,
Thông tư 148/2018/TT-BQP, Thông tư 42/2021/TT-BCA):

- a clause of the occasion between a body and its duty word (``Cơ quan Công an | khi nhận được tin báo … | phải …``):
  the task starts at the duty word, and a group's name ends before ``khi``;
- ``ra lệnh`` (to give an order) after a body or its official is a task, as ``ra quyết định`` is;
- the establishments of the law on medical treatment (``Cơ sở khám bệnh, chữa bệnh phải …``) are a duty's subject;
- names of the armed forces' and the police's bodies the gazetteer lacked, scope and commas inside
  (``Bộ Tư lệnh các quân khu``, ``Công an các đơn vị, địa phương``, ``Cục Khoa học, Chiến lược và Lịch sử Công an``).
"""
from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_QA = ("# Cơ quan nào có trách nhiệm?\n\n**Cơ quan nào có trách nhiệm?**\n\n"
       "Căn cứ theo Điều 5 Luật Giao thông 2024 quy định như sau:\n\nNhiệm vụ\n\n")
_END = "\n\nQuý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.\n"


def _records(item: str) -> list[tuple[str, str, str]]:
    return [(a.agency, a.role, " ".join(a.task.split())) for a in process_text(_QA + item + _END).assignments]


@pytest.mark.parametrize("item, expected", [
    # a named body, the occasion, then its modal
    ("2. Cơ quan Công an khi nhận được tin báo vụ tai nạn giao thông đường bộ phải tổ chức ngay lực lượng đến hiện "
     "trường.",
     [("Cơ quan Công an", "responsible", "phải tổ chức ngay lực lượng đến hiện trường")]),
    ("3. Ủy ban nhân dân cấp xã ngay khi nhận được thông báo có trách nhiệm tổ chức chôn cất nạn nhân.",
     [("Ủy ban nhân dân cấp xã", "responsible", "có trách nhiệm tổ chức chôn cất nạn nhân")]),
    # a group of kinds: its name ends before the occasion
    ("1. Cơ quan, tổ chức, cá nhân khi phát hiện vụ tai nạn giao thông đường bộ phải báo ngay cho cơ quan Công an.",
     [("Cơ quan, tổ chức, cá nhân", "responsible", "phải báo ngay cho cơ quan Công an")]),
])
def test_occasion_between_a_body_and_its_duty(item: str, expected: list[tuple[str, str, str]]) -> None:
    assert _records(item) == expected


@pytest.mark.parametrize("item, expected", [
    ("2. Chỉ huy trưởng Ban Chỉ huy quân sự cấp huyện ra lệnh gọi khám sức khỏe cho công dân trong diện gọi nhập ngũ; "
     "Trưởng Công an cấp huyện ra lệnh gọi khám sức khỏe cho công dân trong diện gọi thực hiện nghĩa vụ.",
     [("Ban Chỉ huy Quân sự cấp huyện", "responsible",
       "ra lệnh gọi khám sức khỏe cho công dân trong diện gọi nhập ngũ"),
      ("Công an cấp huyện", "responsible",
       "ra lệnh gọi khám sức khỏe cho công dân trong diện gọi thực hiện nghĩa vụ")]),
    ("2. Chủ tịch Ủy ban nhân dân cấp huyện ra lệnh gọi công dân nhập ngũ.",
     [("Ủy ban nhân dân cấp huyện", "responsible", "ra lệnh gọi công dân nhập ngũ")]),
])
def test_giving_an_order_is_a_task(item: str, expected: list[tuple[str, str, str]]) -> None:
    assert _records(item) == expected


@pytest.mark.parametrize("item, expected", [
    ("2. Cơ sở khám bệnh, chữa bệnh phải bố trí, phân công người, phương tiện sẵn sàng để sơ cứu nạn nhân.",
     [("Cơ sở khám bệnh, chữa bệnh", "responsible",
       "phải bố trí, phân công người, phương tiện sẵn sàng để sơ cứu nạn nhân")]),
])
def test_medical_establishments_are_a_duty_subject(item: str, expected: list[tuple[str, str, str]]) -> None:
    assert _records(item) == expected


@pytest.mark.parametrize("item, expected", [
    ("1. Bộ Tư lệnh các quân khu phối hợp với Ủy ban nhân dân cấp tỉnh chỉ đạo thống nhất việc tổ chức lễ giao nhận "
     "quân.",
     [("Bộ Tư lệnh các quân khu", "support",
       "phối hợp với Ủy ban nhân dân cấp tỉnh chỉ đạo thống nhất việc tổ chức lễ giao nhận quân")]),
    ("Công an các đơn vị, địa phương gửi đăng ký kế hoạch xây dựng tiêu chuẩn cơ sở cho năm sau.",
     [("Công an các đơn vị, địa phương", "responsible", "gửi đăng ký kế hoạch xây dựng tiêu chuẩn cơ sở cho năm sau")]),
    ("Cục Khoa học, Chiến lược và Lịch sử Công an hướng dẫn Công an các đơn vị, địa phương đăng ký kế hoạch.",
     [("Cục Khoa học, Chiến lược và Lịch sử Công an", "responsible",
       "hướng dẫn Công an các đơn vị, địa phương đăng ký kế hoạch")]),
    ("Căn cứ kế hoạch được phê duyệt, Cục trưởng Cục Khoa học, Chiến lược và Lịch sử Công an ra quyết định thành lập "
     "Hội đồng thẩm tra.",
     [("Cục Khoa học, Chiến lược và Lịch sử Công an", "responsible", "ra quyết định thành lập Hội đồng thẩm tra")]),
])
def test_armed_forces_and_police_bodies(item: str, expected: list[tuple[str, str, str]]) -> None:
    assert _records(item) == expected


_NEWS = ("# Nhiệm vụ trọng tâm theo Thông báo 682?\n\n**Nhiệm vụ trọng tâm theo Thông báo 682?**\n\n"
         "Theo đó tại nội dung Thông báo 682, quy định về nhiệm vụ trọng tâm như sau:\n\n")


@pytest.mark.parametrize("item, expected", [
    # a leader's conclusions reported on a news page: a group brings forces or a spirit to its task
    ("- Các địa phương huy động Mặt trận Tổ quốc, lực lượng thanh niên và các đoàn thể tiếp tục tham gia bảo đảm "
     "hoàn thành các dự án.",
     [("Các địa phương", "responsible", "huy động Mặt trận Tổ quốc, lực lượng thanh niên và các đoàn thể tiếp tục tham "
                                        "gia bảo đảm hoàn thành các dự án")]),
    ("- Các doanh nghiệp phát huy tinh thần tự lực, hỗ trợ lẫn nhau để hoàn thành dự án đúng tiến độ.",
     [("Các doanh nghiệp", "responsible", "phát huy tinh thần tự lực, hỗ trợ lẫn nhau để hoàn thành dự án đúng tiến "
                                          "độ")]),
])
def test_group_verbs_of_mobilising(item: str, expected: list[tuple[str, str, str]]) -> None:
    records = [(a.agency, a.role, " ".join(a.task.split())) for a in process_text(_NEWS + item + _END).assignments]
    assert records == expected


@pytest.mark.parametrize("item, expected", [
    # the commune's land administration body (Luật Đất đai 2024): a body by its function, named as such in the law
    ("a) Cơ quan có chức năng quản lý đất đai cấp xã cung cấp phương án giá đất cho đơn vị thực hiện nhiệm vụ bồi "
     "thường;",
     [("Cơ quan có chức năng quản lý đất đai cấp xã", "responsible",
       "cung cấp phương án giá đất cho đơn vị thực hiện nhiệm vụ bồi thường")]),
    ("c) Cơ quan có chức năng quản lý đất đai cấp xã chủ trì, phối hợp với Văn phòng đăng ký đất đai tổ chức thẩm "
     "định phương án bồi thường.",
     [("Cơ quan có chức năng quản lý đất đai cấp xã", "lead",
       "chủ trì, phối hợp với Văn phòng đăng ký đất đai tổ chức thẩm định phương án bồi thường")]),
])
def test_commune_land_administration_body(item: str, expected: list[tuple[str, str, str]]) -> None:
    assert _records(item) == expected
