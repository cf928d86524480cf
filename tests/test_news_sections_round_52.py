"""Round 52: where a web article's body opens (SPEC §3 headingless, gold/ANNOTATION.md news articles).

* A first paragraph reporting the event that made the document ("Ngày …, UBND … đã ban hành … Theo đó:",
  "Tại phiên họp …, Bộ Chính trị kết luận:") stays in the preamble: the body opens at the paragraph after it.
"""

import pytest

from kehoach_nlp.sections import _headingless_sections
from kehoach_nlp.text import normalize

_CLOSING = "Trên đây là thông tin về kế hoạch.\n\nQuý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây."

QA = ("# Xã A mới được thành lập từ những xã gì? Xã A sau sáp nhập?\n\n"
      "**Xã A mới được thành lập từ những xã gì? Xã A sau sáp nhập? Trách nhiệm của cơ quan khi sắp xếp?**\n\n"
      "**Xã A mới được thành lập từ những xã gì?**\n\n"
      "Căn cứ theo khoản 75 Điều 1 Nghị quyết 1673/NQ-UBTVQH15 năm 2025 có quy định như sau:\n\n"
      "Sắp xếp toàn bộ diện tích tự nhiên của các xã B, C thành xã A.\n\n"
      "**Trách nhiệm của cơ quan, tổ chức khi sắp xếp xã A ra sao?**\n\n"
      "Căn cứ theo Điều 16 Nghị quyết 76/2025/NQ-UBTVQH15 thì trách nhiệm như sau:\n\n"
      "Chính phủ ban hành kế hoạch thực hiện sắp xếp.\n\n" + _CLOSING)

REPEAT = ("# Lịch nghĩa vụ quân sự 2026 tỉnh B ra sao?\n\n"
          "**Lịch nghĩa vụ quân sự 2026 tỉnh B ra sao?**\n\n"
          "**Lịch nghĩa vụ quân sự 2026 tỉnh B ra sao?**\n\n"
          "Căn cứ theo Kế hoạch 54/KH-UBND năm 2025 có quy định như sau:\n\n"
          "Thực hiện công tác rà soát, lập danh sách công dân nam trong độ tuổi nhập ngũ.\n\n"
          "**Cách tính tuổi đi nghĩa vụ quân sự 2026 như thế nào?**\n\n"
          "Căn cứ theo Điều 30 Luật Nghĩa vụ quân sự 2015 quy định độ tuổi.\n\n" + _CLOSING)

REPRINT = ("# Thời hạn công khai phương án trả lương, thưởng Tết theo Kế hoạch 34/KH-TLĐ thế nào?\n\n"
           "**Thời hạn công khai phương án trả lương, thưởng Tết theo Kế hoạch 34/KH-TLĐ thế nào? Tải về mẫu?**\n\n"
           "**Thời hạn công khai phương án trả lương, thưởng Tết theo Kế hoạch 34/KH-TLĐ thế nào?**\n\n"
           "Căn cứ tại Mục 5 Kế hoạch 34/KH-TLĐ năm 2025 có quy định như sau:\n\n"
           "KẾ HOẠCH\n\n"
           "Thực hiện chương trình công tác năm 2025 của Tổng Liên đoàn Lao động Việt Nam.\n\n"
           "**Tải về mẫu phương án trả lương, thưởng Tết ở đâu?**\n\n"
           "Dưới đây là mẫu phương án trả lương.\n\n" + _CLOSING)

NOT_QUESTION = ("# Kế hoạch kê khai tài sản thu nhập năm 2025 tại Cần Thơ\n\n"
                "Nội dung chính\n\n"
                "**Kế hoạch kê khai tài sản thu nhập năm 2025 tại Cần Thơ (Kế hoạch 177/KH-UBND)**\n\n"
                "Ngày 02/12/2025, UBND thành phố Cần Thơ đã ban hành Kế hoạch 177/KH-UBND về kê khai tài sản.\n\n"
                "Cụ thể, Kế hoạch 177/KH-UBND năm 2025 nêu rõ mục đích và yêu cầu như sau:\n\n"
                "1. Mục đích\n\n"
                "Kiểm soát tài sản, thu nhập của người có nghĩa vụ kê khai.\n\n" + _CLOSING)

EVENT = ("# Lịch nhập ngũ năm 2026 tại thành phố C ra sao?\n\n"
         "**Lịch nhập ngũ năm 2026 tại thành phố C ra sao?**\n\n"
         "**Lịch nhập ngũ năm 2026 tại thành phố C ra sao?**\n\n"
         "Ngày 13/10/2025, UBND thành phố C đã có Chỉ thị 03/CT-UBND năm 2025 về công tác tuyển quân. Theo đó:\n\n"
         "**Các mốc thời gian khám nghĩa vụ, gọi nhập ngũ năm 2026** cụ thể như sau:\n\n"
         "Hoàn thành xét duyệt nghĩa vụ quân sự trước 31/8/2025.\n\n"
         "**Nghĩa vụ phục vụ tại ngũ được quy định như thế nào?**\n\n"
         "Căn cứ theo Điều 4 Luật Nghĩa vụ quân sự 2015 quy định.\n\n" + _CLOSING)

MEETING = ("# Kết luận 155: Khẩn trương ban hành chính sách hỗ trợ người hoạt động không chuyên trách\n\n"
           "Nội dung chính\n\n"
           "**Kết luận 155: Khẩn trương ban hành chính sách hỗ trợ người hoạt động không chuyên trách**\n\n"
           "Tại phiên họp ngày 16/5/2025, sau khi nghe Báo cáo của Ban Tổ chức Trung ương, Bộ Chính trị kết luận:\n\n"
           "- Các Đảng ủy Bộ Tài chính, Bộ Nội vụ khẩn trương thực hiện phân bổ ngân sách.\n\n"
           "- Đảng ủy Bộ Nội vụ chủ trì hướng dẫn sắp xếp.\n\n"
           "**Toàn văn Kết luận 155-KL/TW của Bộ Chính trị ở đâu?**\n\n"
           "Xem toàn văn kết luận.\n\n" + _CLOSING)

INTRO = ("# Kế hoạch phát triển đô thị thông minh tỉnh D\n\n"
         "Nội dung chính\n\n"
         "**Kế hoạch phát triển đô thị thông minh tỉnh D (Kế hoạch 10345/KH-UBND)**\n\n"
         "UBND tỉnh D đã ban hành Kế hoạch 10345/KH-UBND về phát triển đô thị thông minh.\n\n"
         "Theo đó, tại Mục II Kế hoạch 10345/KH-UBND 2025 nêu rõ yêu cầu như sau:\n\n"
         "1. Tuân thủ quy định pháp luật và phù hợp định hướng quốc gia.\n\n"
         "**Nhiệm vụ phát triển đô thị thông minh gồm những gì?**\n\n"
         "Xây dựng hạ tầng số.\n\n" + _CLOSING)


def _starts(source: str) -> list[tuple[str, str]]:
    text = normalize(source).text  # as the pipeline reads it (bold marks dropped)
    return [(s.kind, text[s.start:s.end].lstrip("*# ")) for s in _headingless_sections(text)]


@pytest.mark.parametrize("text, expected", [
    # guard: an answer citing its rule ("Căn cứ theo … như sau:") still opens the body itself (the real gold; the
    # question line above it stays in the headline block)
    (QA, [("preamble", "Xã A mới được thành lập"), ("other", "Căn cứ theo khoản 75 Điều")]),
    (REPEAT, [("preamble", "Lịch nghĩa vụ quân sự 202"), ("other", "Căn cứ theo Kế hoạch 54/K")]),
    (REPRINT, [("preamble", "Thời hạn công khai phương"), ("other", "Căn cứ tại Mục 5 Kế hoạch")]),
    # guard: a title that is no question stays in the headline block
    (NOT_QUESTION, [("preamble", "Kế hoạch kê khai tài sản "), ("purpose", "Cụ thể, Kế hoạch 177/KH-U")]),
    # the report of the event stays with the lead; what it announces opens the body
    (EVENT, [("preamble", "Lịch nhập ngũ năm 2026 tại"), ("other", "Các mốc thời gian khám ng")]),
    (MEETING, [("preamble", "Kết luận 155: Khẩn trương"), ("other", "- Các Đảng ủy Bộ Tài chín")]),
    # guard: an intro naming the plan's part still opens the body itself
    (INTRO, [("preamble", "Kế hoạch phát triển đô th"), ("purpose", "Theo đó, tại Mục II Kế ho")]),
])
def test_web_article_body_opening(text, expected):
    got = _starts(text)[:len(expected)]
    assert [(kind, start[:len(words)]) for (kind, start), (_, words) in zip(got, expected)] == expected
