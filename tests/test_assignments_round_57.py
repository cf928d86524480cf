"""Duties laid on regulated parties in a regulation's articles (round 57, issue #22; SPEC §6, policy P6 and the round-6
call: an unnamed group that is the subject of a duty is that duty's agency as written). Table-driven: an article's
sentence → the (agency, role, task opening) records it gives.

- The duty reader reads the heads of regulated parties too (data/assignments.toml [inline] party_heads): "Chủ nguồn
  thải phải …", "chủ nhà cho thuê có trách nhiệm …", and a profession listed with another party is its own agency
  ("công chứng viên, người có thẩm quyền chứng thực phải …" → two).
- A party listed before a named body shares its duty ("Tổ chức hành nghề công chứng, Ủy ban nhân dân cấp xã có trách
  nhiệm …": before, neither was read).
- "có nghĩa vụ" in running text is a duty word after a regulated party that opens its clause ("Doanh nghiệp có hạ
  tầng mạng viễn thông và chủ sở hữu hạ tầng kỹ thuật có nghĩa vụ tạo điều kiện …"); before, only as a lead-in.
- A fronted time limit before a head that holds a comma ("cơ sở khám bệnh, chữa bệnh") no longer hides the subject.
- A party subject before a verb of its duty, with no duty word, is read by the party reader ("3. Hộ gia đình, cá nhân
  thực hiện …", "Các chủ rừng và các đội xung kích tăng cường tuần tra …", "Doanh nghiệp viễn thông phối hợp với …"),
  and the clause after its ";" keeps its own duty.
- Not read: people at large alone ("Người dân phải …"), an applicant's steps ("Tổ chức, cá nhân gửi 01 bộ hồ sơ …"), a
  scope article ("Điều 2. Đối tượng áp dụng"), a permission ("chỉ được phép"), a passive after an adverb ("thường xuyên
  bị ảnh hưởng"), items under a lead-in of cases ("… trong các trường hợp sau đây:") or of prohibited acts ("Các hành
  vi bị nghiêm cấm gồm:", also a news page's subhead), the conditions of a licence ("… phải đáp ứng các điều kiện sau
  đây:").
"""

from __future__ import annotations

import pytest

from kehoach_nlp.pipeline import process_text

_REGULATION = """QUYẾT ĐỊNH

Ban hành Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh

**QUYẾT ĐỊNH:**

**Điều 1.** Ban hành kèm theo Quyết định này Quy định quản lý chất thải rắn sinh hoạt.

**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.

**QUY ĐỊNH**

**Quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh**

**Chương I**

**QUY ĐỊNH CHUNG**

**Điều 1. Phạm vi điều chỉnh**

Quy định này quy định về quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh.

**Điều 2. Đối tượng áp dụng**

{scope}

**Chương II**

**QUY ĐỊNH CỤ THỂ**

**Điều 3. Trách nhiệm trong quản lý chất thải**

{body}

**Chương III**

**TỔ CHỨC THỰC HIỆN**

**Điều 9. Trách nhiệm của Sở Tài chính**

Bố trí kinh phí thực hiện Quy định này.
"""

_SCOPE = "Quy định này áp dụng đối với cơ quan, tổ chức, hộ gia đình, cá nhân có hoạt động liên quan."

_POSITIVE = "Chủ nguồn thải phải tự thỏa thuận với đơn vị thu gom về phương thức vận chuyển."
_POSITIVE_RECORD = ("Chủ nguồn thải", "responsible", "phải tự thỏa thuận với đơn vị thu gom")

CASES = [
    # the duty reader: a party head it did not know
    (_SCOPE, _POSITIVE, [_POSITIVE_RECORD]),
    (_SCOPE, "Khi có thay đổi về số người thuê nhà, chủ nhà cho thuê có trách nhiệm thông báo cho bên bán điện để điều "
             "chỉnh định mức.",
     [("chủ nhà cho thuê", "responsible", "có trách nhiệm thông báo cho bên bán điện")]),
    # … a profession listed with another party: one record each
    (_SCOPE, "Trước khi công chứng giao dịch tài sản, công chứng viên, người có thẩm quyền chứng thực phải tra cứu thông "
             "tin tại Cơ sở dữ liệu.",
     [("công chứng viên", "responsible", "phải tra cứu thông tin"),
      ("người có thẩm quyền chứng thực", "responsible", "phải tra cứu thông tin")]),
    # … "có nghĩa vụ" after a party that opens the clause; not after taxpayers at large, nor a person's name
    (_SCOPE, "3. Doanh nghiệp có hạ tầng mạng viễn thông và chủ sở hữu hạ tầng kỹ thuật có nghĩa vụ tạo điều kiện cho "
             "doanh nghiệp khác sử dụng chung hạ tầng.",
     [("Doanh nghiệp có hạ tầng mạng viễn thông", "responsible", "có nghĩa vụ tạo điều kiện"),
      ("chủ sở hữu hạ tầng kỹ thuật", "responsible", "có nghĩa vụ tạo điều kiện")]),
    (_SCOPE, "- Mọi tổ chức, hộ gia đình, hộ kinh doanh, cá nhân có nghĩa vụ nộp thuế theo quy định của luật.\n\n"
             + _POSITIVE, [_POSITIVE_RECORD]),
    # … a fronted time limit, then a head that holds a comma
    (_SCOPE, "a) Trong thời hạn 15 ngày đầu mỗi tháng, cơ sở khám bệnh, chữa bệnh bảo hiểm y tế có trách nhiệm gửi bản "
             "tổng hợp đề nghị thanh toán cho cơ quan bảo hiểm xã hội.",
     [("cơ sở khám bệnh, chữa bệnh bảo hiểm y tế", "responsible", "có trách nhiệm gửi bản tổng hợp")]),
    # … a party listed before a named body: both are the subject
    (_SCOPE, "a) Tổ chức hành nghề công chứng, Ủy ban nhân dân cấp xã có trách nhiệm cập nhật đầy đủ thông tin về giao "
             "dịch vào Cơ sở dữ liệu.",
     [("Tổ chức hành nghề công chứng", "responsible", "có trách nhiệm cập nhật"),
      ("Ủy ban nhân dân cấp xã", "responsible", "có trách nhiệm cập nhật")]),
    # the party reader: a party before a verb of its duty
    (_SCOPE, "3. Hộ gia đình, cá nhân thực hiện quy định về phân loại chất thải rắn sinh hoạt tại khoản 1 Điều này.",
     [("Hộ gia đình, cá nhân", "responsible", "thực hiện quy định về phân loại")]),
    (_SCOPE, "Các chủ rừng và các đội xung kích tăng cường tuần tra, sẵn sàng ứng cứu ngay từ đầu; người dân xử lý thực "
             "bì trồng rừng phải đảm bảo an toàn phòng cháy, chữa cháy rừng.",
     [("Các chủ rừng", "responsible", "tăng cường tuần tra"),
      ("các đội xung kích", "responsible", "tăng cường tuần tra"),
      ("người dân xử lý thực bì trồng rừng", "responsible", "phải đảm bảo an toàn")]),
    (_SCOPE, "Doanh nghiệp viễn thông phối hợp với Sở Xây dựng bố trí vị trí lắp đặt thiết bị.",
     [("Doanh nghiệp viễn thông", "support", "phối hợp với Sở Xây dựng")]),
    (_SCOPE, "4. Hộ thoát nước tự lựa chọn nhà thầu có đủ năng lực để thi công đấu nối.",
     [("Hộ thoát nước", "responsible", "tự lựa chọn nhà thầu")]),
    # not read: people at large alone, an applicant's step, a permission, a passive after an adverb
    (_SCOPE, "Người dân phải chấp hành quy định về phân loại. " + _POSITIVE, [_POSITIVE_RECORD]),
    (_SCOPE, "Tổ chức, cá nhân gửi 01 bộ hồ sơ qua cổng dịch vụ công trực tuyến. " + _POSITIVE, [_POSITIVE_RECORD]),
    (_SCOPE, "Các hộ thoát nước chỉ được phép thực hiện đấu nối sau khi có văn bản thỏa thuận. " + _POSITIVE,
     [_POSITIVE_RECORD]),
    (_SCOPE, "Hộ gia đình nghèo tại vùng ven biển thường xuyên bị ảnh hưởng bởi thiên tai. " + _POSITIVE,
     [_POSITIVE_RECORD]),
    # … a scope article
    ("Doanh nghiệp viễn thông thực hiện hoạt động cung cấp dịch vụ trên địa bàn tỉnh.", _POSITIVE, [_POSITIVE_RECORD]),
    # … items under a lead-in of prohibited acts, and the conditions of a licence
    (_SCOPE, "Các hành vi bị nghiêm cấm gồm:\n\n- Chủ đầu tư lựa chọn nhà thầu không đủ điều kiện năng lực.\n\n- Nhà "
             "thầu thực hiện hoạt động xây dựng khi chưa đủ điều kiện.\n\n" + _POSITIVE, [_POSITIVE_RECORD]),
    (_SCOPE, "Cơ sở bán lẻ thuốc cổ truyền phải đáp ứng các điều kiện sau đây:\n\na) Có địa điểm cố định.\n\nb) Có "
             "người chịu trách nhiệm chuyên môn về dược.\n\n" + _POSITIVE, [_POSITIVE_RECORD]),
    # … an adverb before the duty word is no part of the subject
    (_SCOPE, "Trường hợp sửa đổi giấy phép, thương nhân chỉ phải nộp các giấy tờ liên quan đến nội dung cần sửa đổi.",
     [("thương nhân", "responsible", "phải nộp các giấy tờ")]),
    # … items under a lead-in of cases
    (_SCOPE, "Doanh nghiệp được dừng bán hàng trong các trường hợp sau đây:\n\n1. Chủ doanh nghiệp thực hiện việc nâng "
             "cấp, sửa chữa cửa hàng.\n\n2. Chủ doanh nghiệp thực hiện việc di dời cửa hàng.\n\n" + _POSITIVE,
     [_POSITIVE_RECORD]),
]


@pytest.mark.parametrize("scope,body,expected", CASES)
def test_party_duties(scope: str, body: str, expected: list[tuple[str, str, str]]) -> None:
    doc = process_text(_REGULATION.replace("{scope}", scope).replace("{body}", body))
    got = [(a.agency, a.role, " ".join(a.text.split())) for a in doc.assignments if a.agency != "Sở Tài chính"]
    assert [(agency, role) for agency, role, _ in got] == [(agency, role) for agency, role, _ in expected]
    for (_, _, task), (_, _, opening) in zip(got, expected):
        assert task.startswith(opening)
