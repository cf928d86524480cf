"""Numeric targets on real layouts (issue 20): numbers that name, rank or date are not targets; quantities quoted
from a rule are not the plan's aims; status and deadline come from the clause, the lead-in and the heading.

Each case is Vietnamese input → the targets expected (or none), read as a specification."""

from __future__ import annotations

import pytest

from kehoach_nlp.structure import parse_structure
from kehoach_nlp.targets import find_targets, recipients_spans
from kehoach_nlp.text import normalize


def targets(text: str):
    return find_targets(parse_structure(normalize(text).text))


def texts(text: str) -> list[str]:
    return [t.text for t in targets(text)]


# --- 1. numbers that name, rank or date ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # grades and school years
    "Đáp án đề thi vào 10 Đắk Lắk năm 2025 chi tiết",
    "kỳ thi tuyển sinh lớp 10 trung học phổ thông năm học 2025-2026",
    "đề thi tuyển sinh lớp 10 môn Toán tỉnh Lạng Sơn",
    "Học sinh đang học lớp 9 đăng ký dự thi tại trường",
    # parts of a document
    "Cụ thể, tại Mục IV Phần A Phụ lục 3 ban hành kèm theo Kế hoạch 188/KH-UBND năm 2025",
    "quy định tại các khoản 1, 2 và 3 Điều 34 Luật Phòng, chống tham nhũng",
    "Tại tiểu mục 1, 2, 4 Mục II Kế hoạch 4342/KH-SGDĐT",
    "(Điều 7, 8 Nghị định)",
    "theo Mẫu số 02 và Biểu 3 kèm theo",
    # days of the lunar calendar and times of day
    "Chương trình nghệ thuật đón giao thừa diễn ra tối 30 Tết tại quảng trường",
    "Lễ khai mạc vào sáng mùng 1 Tết",
    "3. Ngày Giỗ Tổ Hùng Vương (10-3 Âm lịch).",
    # a power line or a substation named by its voltage (round 16)
    "Tập trung thi công hoàn thành Dự án đường dây 500 kV Monsoon - Thạch Mỹ trong tháng 01 năm 2025;",
    "Đầu tư xây dựng trạm biến áp 220 kV Lai Châu.",
    # counts in a document's name
    "Căn cứ Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch;",
    # named programmes, switchboards, places and addresses
    "cập nhật tiến độ Đề án 06 trước ngày 20 hằng tháng",
    "Tiếp nhận và duy trì Hệ thống Tổng đài 112 phục vụ người dân",
    "Đề án chuyển đổi Khu công nghiệp Biên Hòa 1 thành Khu đô thị thương mại",
    "Địa chỉ: 17 Nguyễn Gia Thiều, P. Xuân Hòa",
    "Link đăng ký vé Concert Hạ Long 12/11 Quảng Ninh - Đất mỏ anh hùng",
    # ranks, tiers, rounds and categories
    "các bộ, ngành đạt cấp độ 4 mức độ trưởng thành về quản trị dữ liệu",
    "vận hành mô hình chính quyền địa phương 02 cấp",
    "Đợt 01 dự kiến: cao điểm tập trung",
    "Đối tượng 1 phải đáp ứng tiêu chuẩn lý luận chính trị",
    "Việt Nam thuộc nhóm 4 nước dẫn đầu ASEAN",
    "trình phê duyệt trước 30/12 hằng năm",
    # the value of a property is a specification, not an aim
    "Thi đấu vòng loại cự ly 1.200 mét giải nam",
    "truyền dữ liệu với tốc độ 10 Gigabit mỗi giây",
    "Thang điểm: 100 điểm.",
    # counted parts of the plan itself or of an event's programme
    "triển khai có trọng tâm 08 nhóm giải pháp đã được đề ra tại Quyết định",
    "Phát triển xã hội số đến năm 2030 với các mục tiêu (14 mục tiêu)",
    "Lúc 12 giờ 30 phút: Thi đấu 02 nội dung:",
    # … and the steps of a procedure it describes
    "Thi tuyển: được thực hiện theo 2 vòng như sau:",
    "Hình thức công khai: Gồm 02 hình thức, công khai tại cuộc họp hoặc niêm yết",
    "Nội dung thi kiến thức chung, 60 câu hỏi hiểu biết về pháp luật viên chức",
    # a number inside a capitalised name, a season
    "(8) Khu công nghiệp Xuân 8 Quế - Sông Nhạn.",
    "tại Hội chợ 2 mùa Thu năm 2025",
    # places counted after "của" name a scope
    "Tổng hợp kế hoạch kiểm kê tài sản thu nhập năm 2025 của 28 tỉnh:",
    "Toàn bộ dữ liệu của 03 tỉnh (Ninh Bình, Hà Nam, Nam Định) được chuyển đổi",
    # the format of a password or an address is a technical specification (policy P5)
    "Mật khẩu chứa ít nhất 8 ký tự đối với mật khẩu người sử dụng; không dùng lại 3 mật khẩu gần nhất.",
    "theo định dạng: <tên><họ và tên đệm viết tắt><03 số cuối Căn cước công dân>@bacninh.gov.vn",
    # a document named by its number in a headline, whatever its type (round 11); a duration in nights
    "Kết luận 118 điều chỉnh Chỉ thị 35 về đại hội đảng bộ các cấp",
    "Công văn 1084 hướng dẫn kê khai tài sản",
    "Chương trình bắn pháo hoa diễn ra trong 02 đêm liên tiếp",
    # round 21: a date's day before a modal or a verb of purpose
    "Tổng hợp Biểu mẫu về Ngày Nhà giáo Việt Nam 20/11 dành cho trường học",
    "Kế hoạch tổ chức kỷ niệm ngày Nhà giáo Việt Nam 20 11 phải lưu ý tổ chức trọng thể",
    # round 43: an age that sorts people, even in a clause that measures life expectancy
    "tăng chiều cao trung bình của trẻ em từ 1 - 18 tuổi; tuổi thọ trung bình tăng",
])
def test_numbers_that_name_rank_or_date_are_not_targets(text: str) -> None:
    assert texts(text) == []


def test_counts_in_the_recipients_list_are_not_targets() -> None:
    text = ("Phấn đấu 100% xã có mô hình.\nNơi nhận:\n- Bộ Văn hóa, Thể thao và Du lịch;\n"
            "- UBND 34 tỉnh, thành phố;\n- Sở VHTTDL 34 tỉnh, thành phố;\n- Lưu: VT, KHTC.\n"
            "PHỤ LỤC\nXây dựng 12 mô hình điểm.")
    assert texts(text) == ["100%", "12 mô hình"]
    assert len(recipients_spans(text)) == 1


# --- conditions that sort cases (policy P5): thresholds on what a case has, degrees, scoring bands --------
@pytest.mark.parametrize("text", [
    "Con thương binh mất sức lao động 81% trở lên; Con bệnh binh mất sức lao động dưới 81%;",
    "người hưởng chính sách như thương binh bị suy giảm khả năng lao động 81% trở lên",
    "kê khai khi có biến động về tài sản, thu nhập trong năm có giá trị từ 300.000.000 đồng trở lên",
    "Phường/xã có tổng số các trường trung học cơ sở và tiểu học từ 16 trường trở lên: đăng ký",
    "khu xử lý nước thải có phạm vi phục vụ trên địa bàn 02 xã trở lên;",
    "Từ 88 - 90% cộng 02 điểm; từ 90-95% cộng 03 điểm",
    # the condition of a rule closed by a comma, without "thì"
    "Trường hợp cần tăng thêm đại biểu chính thức vượt quá 300 đại biểu, Ban Chấp hành báo cáo xin ý kiến.",
    # the rates a rule sets, listed under a lead-in that names them (round 16)
    "Quy định cụ thể về mức tỷ lệ phần trăm tính đơn giá thuê đất hàng năm như sau:\n\n"
    "- 1,5% giá đất áp dụng đối với đất đô thị.\n\n- 0,6% giá đất áp dụng đối với dự án.",
])
def test_conditions_that_sort_cases_are_not_targets(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize("text, expected", [
    # the plan's own aims and caps beside those shapes stay targets
    ("phấn đấu 100% xã có từ 2 mô hình trở lên", ["100%", "từ 2 mô hình trở lên"]),
    ("Phường/xã có từ 16 trường trở lên: đăng ký dự thi tối đa 02 tiết mục.", ["tối đa 02 tiết mục"]),
    ("Đến năm 2025 hoàn thành 100% nhiệm vụ được giao; tổ chức 02 nội dung thi.", ["100%"]),
])
def test_aims_beside_conditions_stay_targets(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    # still targets: a count before its noun, a known unit written with a capital, a count of documents to issue
    ("tổ chức 05 Hội nghị về thành lập điểm tư vấn", "05 Hội nghị"),
    ("Dự kiến khoảng 60 Đội ghe Ngo tham gia.", "khoảng 60 Đội ghe"),  # round 19: the noun of its compound
    ("Mở 3 lớp tập huấn cho cán bộ", "3 lớp"),
    ("Ban hành 8 Nghị định hướng dẫn thi hành Luật", "8 Nghị định"),
    ("rút ngắn thời gian xử lý hồ sơ 30%", "30%"),
    ("ưu tiên hoàn thiện 11 cơ sở dữ liệu quốc gia", "11 cơ sở dữ liệu"),
    ("Tổ chức 02 đợt truyền thông", "02 đợt"),
    ("Triệu tập không quá 300 đại biểu.", "không quá 300 đại biểu"),
    ("Đối với xã khó khăn: phấn đấu 80% hộ có nước sạch, hỗ trợ thêm", "80%"),
    ("hỗ trợ 100% hộ nghèo của 5 xã biên giới", "100%"),
    # round 43: an age or a span of years the clause measures and reaches; a rule the treatment follows, not the aim
    ("Đến năm 2030, tuổi thọ trung bình đạt 75,5 tuổi.", "75,5 tuổi"),
    ("số năm sống khỏe mạnh đạt tối thiểu 68 năm", "tối thiểu 68 năm"),
    ("Tỉ lệ chất thải rắn được thu gom, xử lý theo quy định đạt 90%.", "90%"),
])
def test_quantities_beside_those_shapes_stay_targets(text: str, expected: str) -> None:
    assert texts(text)[:1] == [expected]


# --- 5. units ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a sum written with its unit on both sides is one range
    ("Ngân sách trung ương khoảng 75%-80% tổng vốn đầu tư (khoảng 91.299 tỷ đồng - 97.386 tỷ đồng).",
     dict(text="khoảng 91.299 tỷ đồng - 97.386 tỷ đồng", value=91299, value_max=97386, comparator="range",
          unit="tỷ đồng")),
    ("xây dựng từ 2 lớp đến 4 lớp học", dict(text="từ 2 lớp đến 4 lớp", value=2, value_max=4, comparator="range",
                                          unit="lớp")),
])
def test_ranges_with_the_unit_on_both_sides(text: str, expected: dict) -> None:
    found = [t for t in targets(text) if t.unit != "%"]
    assert found, text
    for field, value in expected.items():
        assert getattr(found[0], field) == value, (field, getattr(found[0], field))


# --- 4. deadline: the target's clause, its table column, its list's lead-in, its heading ------------------
DEADLINE_CASES = [
    # stated with the target
    ("Phấn đấu đến hết năm 2025, 100% xã có mô hình.", "100%", 2025),
    ("Danh sách 05 dự án đường sắt trọng điểm tại Đồng Nai đến 2030", "05 dự án", 2030),
    # in the list's lead-in, on the same line or above the list items
    ("phấn đấu đến hết năm 2025, các chỉ tiêu sau: 90% hộ gia đình; 80% trường học đạt chuẩn.", "80%", 2025),
    ("Mục tiêu đến năm 2030:\n- Ngân sách địa phương: chiếm khoảng 10% tổng vốn.", "khoảng 10%", 2030),
    ("**(1) Mục tiêu đến hết năm 2026:**\n- 100% các khu công nghiệp có trạm 5G.\n"
     "- Thí điểm cho tối thiểu 2 dự án.", "tối thiểu 2 dự án", 2026),
    # a period or a year leading the items under it dates them by its last year; a later list keeps its own
    ("Một số chỉ tiêu cơ bản bao gồm:\n- Giai đoạn 2025-2027\n+ 100% dịch vụ công trực tuyến toàn trình.\n"
     "+ 95% người dân hài lòng.\n- Giai đoạn 2028-2030\n+ 99% người dân hài lòng.\n", "95%", 2027),
    ("Một số chỉ tiêu cơ bản bao gồm:\n- Giai đoạn 2025-2027\n+ 100% dịch vụ công trực tuyến toàn trình.\n"
     "- Giai đoạn 2028-2030\n+ 99% người dân hài lòng.\n", "99%", 2030),
    ("Chỉ tiêu:\n- Năm 2026: 100% xã có điểm bưu điện.\n", "100%", 2026),
    ("KẾ HOẠCH\nChuyển đổi số\nI. MỤC TIÊU\nb) Đến năm 2030\n- 90% dự án ứng dụng BIM.\n"
     "c) Tầm nhìn đến năm 2035\n- Hoàn thành 100% chuyển đổi số.\n", "100%", 2035),
    # round 19: a month, a quarter or a day before the year ("trong tháng 10 năm 2025", "trước ngày 15/12/2025")
    ("Rà soát 196 thủ tục hành chính, hoàn thành trong tháng 10 năm 2025.", "196 thủ tục hành chính", 2025),
    ("Cắt giảm ít nhất 30% thời gian giải quyết, hoàn thành trước ngày 15/12/2025.", "ít nhất 30%", 2025),
    ("Xây mới 100 trường học, khởi công trong quý III/2025.", "100 trường", 2025),
    # round 19: a short item of a higher kind that names a year dates the items under it, nested lists included; a
    # sibling target's own year dates no other
    ("Mục tiêu như sau:\n(1) Mục tiêu đến năm 2030\n- Hàng hóa từ 30,7 triệu tấn đến 41,2 triệu tấn.\n"
     "(2) Tầm nhìn đến năm 2050\n- 90% xã đạt chuẩn đến năm 2025.\n- 80% hộ dân được tuyên truyền.\n",
     "từ 30,7 triệu tấn đến 41,2 triệu tấn", 2030),
    ("Mục tiêu như sau:\n(1) Mục tiêu đến năm 2030\n- Hàng hóa từ 30,7 triệu tấn đến 41,2 triệu tấn.\n"
     "(2) Tầm nhìn đến năm 2050\n- 90% xã đạt chuẩn đến năm 2025.\n- 80% hộ dân được tuyên truyền.\n", "80%", 2050),
    ("Quy hoạch như sau:\n(1) Quy hoạch đến năm 2030\n- Khu bến Đại Ngãi\n+ Hàng hóa 3,2 triệu tấn.\n"
     "- Khu bến Kế Sách\n+ Hàng hóa 1,9 triệu tấn.\n", "1,9 triệu tấn", 2030),
    # round 20: a lost bullet (". ") is the lowest item, and the lines of an earlier item's sub-list are passed over
    ("Quy hoạch như sau:\n(1) Quy hoạch đến năm 2030\n- Khu bến Đại Ngãi\n+ Quy mô: 01 bến cảng, cụ thể như sau:\n"
     ". Bến cảng Long Phú: 06 cầu cảng.\n- Khu bến Kế Sách\n+ Hàng hóa 1,9 triệu tấn.\n", "1,9 triệu tấn", 2030),
    # round 21: a lead-in that is itself an item takes the due year of the item above it, not the heading's
    ("Nội dung quy hoạch đến năm 2050\n\n(1) Quy hoạch đến năm 2030\n- Khu bến Kế Sách\n+ Hàng hóa 1,9 triệu tấn.\n"
     "+ Quy mô: 02 bến cảng, cụ thể như sau:\n. Bến cảng Cái Côn: 02 cầu cảng.\n. Bến cảng Mỹ Hưng: 01 cầu cảng.\n",
     "01 cầu cảng", 2030),
    # … and a phase the conversion wrapped, its dash opening the target's line, by its last year
    ("II. MỤC TIÊU\n4. Trong giai đoạn 2026\n- 2030 phấn đấu có ít nhất 10% đội ngũ cán bộ từ nguồn thu hút.\n",
     "ít nhất 10%", 2030),
    # a due date that closes a clause listing several targets dates each of them
    ("Khẩn trương rà soát, cắt giảm 361 thủ tục hành chính, 447 điều kiện kinh doanh, bảo đảm cắt giảm ít nhất 30% "
     "thời gian giải quyết, 30% chi phí tuân thủ trong năm 2025, trong đó lưu ý lĩnh vực xây dựng.",
     "361 thủ tục hành chính", 2025),
    ("Cắt giảm thành phần hồ sơ đối với 324 thủ tục hành chính (Phụ lục I) và 196 thủ tục hành chính (Phụ lục II), "
     "hoàn thành trong tháng 9 năm 2025.", "324 thủ tục hành chính", 2025),
    # a year opening the sentence dates its clauses past ";"; a year right before "đạt" dates the figure
    ("Trong năm 2025, mọi thủ tục được thực hiện trực tuyến; 100% Bộ phận Một cửa thực hiện số hóa hồ sơ.", "100%",
     2025),
    ("Phấn đấu tăng trưởng kinh tế cả năm 2025 đạt trên 8% và năm 2026 đạt từ 10% trở lên.", "trên 8%", 2025),
    ("Phấn đấu tăng trưởng kinh tế cả năm 2025 đạt trên 8% và năm 2026 đạt từ 10% trở lên.", "từ 10% trở lên", 2026),
    # … and a bullet of a resolution quoted in full may be a long paragraph: its lead-in still dates it (round 25)
    ("# Nghị quyết 57 đặt mục tiêu gì?\n\nNghị quyết quy định mục tiêu như sau:\n\n1. Đến năm 2030\n\n- "
     + "Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo đạt mức tiên tiến ở nhiều lĩnh vực quan trọng. " * 8
     + "\n\n- Đóng góp của năng suất nhân tố tổng hợp vào tăng trưởng kinh tế ở mức cao; "
     + "trình độ công nghệ của doanh nghiệp đạt mức trên trung bình của thế giới. " * 8
     + "Quy mô kinh tế số đạt tối thiểu 30% GDP.\n", "tối thiểu 30%", 2030),
    # a subhead the section tree does not hold dates the paragraphs under it, the nearest one deciding (round 25)
    ("# Nghị quyết 68 đặt mục tiêu gì?\n\nMục tiêu như sau:\n\n*(1) Mục tiêu đến năm 2030*\n\nCó ít nhất 20 "
     "doanh nghiệp lớn.\n\n*(2) Tầm nhìn đến năm 2045*\n\nKinh tế tư nhân phát triển nhanh, bền vững; đóng góp "
     "khoảng trên 60% GDP.\n", "trên 60%", 2045),
    ("# Nghị quyết 71 đặt mục tiêu gì?\n\nMục tiêu như sau:\n\n**- Mục tiêu đến năm 2030 **\n\n+ Mở rộng tiếp cận "
     "giáo dục; có ít nhất 80% trường phổ thông đạt chuẩn quốc gia.\n\nHoàn thành phổ cập giáo dục; ít nhất 85% người "
     "trong độ tuổi hoàn thành cấp trung học phổ thông.\n", "ít nhất 85%", 2030),
    # a due year stated before the first of several targets of one clause dates them all (round 25)
    ("Tỉnh phấn đấu trong năm 2013, thu ngân sách nhà nước đạt trên 1.830 tỷ đồng và kim ngạch xuất khẩu đạt trên "
     "100 triệu USD.", "trên 100 triệu USD", 2013),
    ("Nghị quyết đặt mục tiêu đến năm 2030 kinh tế tư nhân đóng góp khoảng 55 - 58% GDP, khoảng 35 - 40% tổng thu "
     "ngân sách nhà nước.", "khoảng 35 - 40%", 2030),
    ("Đến năm 2025, tỉ lệ sử dụng nước sạch của dân cư thành thị là 95 - 100%, nông thôn là 93 - 95%.", "93 - 95%",
     2025),
    # a lead-in giving a dated total dates its breakdown
    ("Theo đó, tỉnh tuyển dụng 1958 giáo viên năm 2025, cụ thể như sau:\n- Giáo viên Mầm non: 260 chỉ tiêu;\n"
     "- Giáo viên Tiểu học: 535 chỉ tiêu.\n", "535 chỉ tiêu", 2025),
    # a stated phase dates its targets by its last year: in the clause, or in the heading
    ("KẾ HOẠCH\nPhát triển 5G\nI. NHIỆM VỤ\n2. Kế hoạch phát triển giai đoạn 2026 - 2030\n"
     "Trong giai đoạn 2026 - 2030, bảo đảm xây dựng trạm BTS 5G đạt 100%.\n+ Lắp đặt mới trạm 3G/4G: 58 trạm.\n",
     "58 trạm", 2030),
    ("Trong giai đoạn 2026 - 2030, bảo đảm xây dựng trạm BTS 5G đạt 100%.", "100%", 2030),
    # a news article's subhead names the phase of what follows (round 24)
    ("Thành phố phát triển hạ tầng số\n\nThành phố đang đầu tư mạnh về hạ tầng số.\n\n"
     "Mục tiêu phát triển hạ tầng số giai đoạn 2026 - 2030\n\nThành phố phấn đấu 100% xã có cáp quang.\n", "100%", 2030),
    # in the heading it sits under, through the section tree
    ("KẾ HOẠCH\nPhát triển hạ tầng số\nI. MỤC TIÊU\n1. Mục tiêu chung\nPhát triển hạ tầng.\n"
     "2. Chỉ tiêu cụ thể đến năm 2030\n- 100% xã có cáp quang.\n- Xây dựng 50 trạm phát sóng.\n"
     "II. NHIỆM VỤ\n1. Xây dựng 20 trạm.", "50 trạm", 2030),
    ("KẾ HOẠCH\nPhát triển hạ tầng số\n**I. MỤC TIÊU**\n**2. Chỉ tiêu cụ thể đến năm 2030**\n"
     "- 100% xã có cáp quang.\n**II. NHIỆM VỤ**\n1. Xây dựng 20 trạm.\n", "100%", 2030),
    # a news article's title line for its aims with the year they are for, or with a due phrase read as a part of its
    # own above the aims' paragraph (round 32)
    ("# Tỉnh X ban hành Kế hoạch 45/KH-UBND\n\n## Mục tiêu cụ thể năm 2026\n\nTỷ lệ người dân có sổ sức khỏe điện "
     "tử đạt 90%. Tỷ lệ xã đạt chuẩn nông thôn mới đạt 70%.\n", "70%", 2026),
    ("# Tỉnh X ban hành Kế hoạch 45/KH-UBND\n\nMục tiêu chung đến năm 2030\n\nPhấn đấu 100% xã, phường có trạm y tế "
     "đạt chuẩn; 95% người dân được quản lý sức khỏe.\n", "95%", 2030),
    # a year of completion (round 22)
    ("Rà soát các dự án có kế hoạch hoàn thành năm 2025 để đạt mục tiêu 3.000 km đường bộ cao tốc.", "3.000 km", 2025),
    ("I. MỤC TIÊU\nPhấn đấu xây dựng 50 trạm y tế, hoàn thành chậm nhất năm 2030.", "50 trạm", 2030),
    # a table column headed by a year
    ("I. Mục tiêu\nChỉ tiêu cụ thể đến năm 2025:\nChỉ tiêu | Năm 2023 | Năm 2025\n"
     "Số cán bộ được tập huấn | 60 người | 150 người\n", "60 người", 2023),
    ("I. Mục tiêu\nChỉ tiêu cụ thể đến năm 2025:\nChỉ tiêu | Năm 2023 | Năm 2025\n"
     "Số cán bộ được tập huấn | 60 người | 150 người\n", "150 người", 2025),
    # round 26: a sentence-opening year after a topic label dates every clause of the sentence …
    ("II. MỤC TIÊU\n\n**- Về xã hội:** Đến năm 2025, tỉ trọng lao động nông nghiệp khoảng 25%; tỉ lệ lao động qua "
     "đào tạo là 70%; tỉ lệ thất nghiệp dưới 4%.", "70%", 2025),
    # … and so does "Phấn đấu năm …," before a list of figures
    ("Phấn đấu năm 2018, tỉnh đề ra chỉ tiêu: tổng sản phẩm đạt khoảng 51.480 tỷ đồng, tăng trưởng kinh tế 7,8 - 8%.",
     "7,8 - 8%", 2018),
    # … a bare "Năm …," only when the sentence states an aim after it
    ("Năm 2025, tập trung thúc đẩy tăng trưởng với mục tiêu đạt 8% trở lên.", "8% trở lên", 2025),
    # … after a short intro, and without the comma when the aim's word follows the year at once (round 39)
    ("Cụ thể, năm 2026 phấn đấu 90% người dân có tài khoản định danh điện tử.", "90%", 2026),
    ("Theo đó, năm 2026, mục tiêu đạt 95% hồ sơ được xử lý trực tuyến.", "95%", 2026),
    # round 26: a date without "ngày" after "trước", and a date after "chậm nhất"
    ("I. MỤC TIÊU\nPhấn đấu hoàn thành 100% hồ sơ trước 31/12/2025.", "100%", 2025),
    ("I. MỤC TIÊU\na) Chậm nhất ngày 31 tháng 12 năm 2025, thực hiện giảm ít nhất 30% thời gian xử lý thủ tục hành "
     "chính.", "ít nhất 30%", 2025),
    # round 26: a lead-in that names the aims with a bare year dates the items under it
    ("# Các chỉ tiêu kinh tế\n\nTheo Nghị quyết, các chỉ tiêu chủ yếu của Kế hoạch phát triển kinh tế xã hội năm 2026 "
     "như sau:\n\n- Tốc độ tăng tổng sản phẩm trong nước phấn đấu từ 10% trở lên.\n\n- GDP bình quân đầu người đạt "
     "5.400 - 5.500 đô la Mỹ.\n", "từ 10% trở lên", 2026),
    # … and a numbered title longer than a short item, over the items of a forecast
    ("# Báo cáo\n\nTình hình như sau:\n\n1. Dự báo các chỉ tiêu kinh tế - xã hội của tỉnh đến "
     "năm 2026\n\n- Tổng sản phẩm trong tỉnh (GRDP) tăng khoảng 10%.\n", "khoảng 10%", 2026),
    # round 36: a phase written with "từ" and "năm", in a lead-in of its own list …
    ("I. MỤC TIÊU\n\n*Mục tiêu cụ thể giai đoạn từ 2026 - 2030:*\n\n- 80% hội viên được tuyên truyền.\n\n"
     "*Mục tiêu cụ thể giai đoạn từ 2031 - 2035:*\n\n- 90% hội viên được tuyên truyền.\n", "80%", 2030),
    ("I. MỤC TIÊU\n\n*Mục tiêu cụ thể giai đoạn từ 2026 - 2030:*\n\n- 80% hội viên được tuyên truyền.\n\n"
     "*Mục tiêu cụ thể giai đoạn từ 2031 - 2035:*\n\n- 90% hội viên được tuyên truyền.\n", "90%", 2035),
    ("I. MỤC TIÊU\n\nTrong giai đoạn từ năm 2026 đến năm 2030, xây dựng 120 trạm y tế.\n", "120 trạm", 2030),
    # … a due year opening a list item dates the item's later sentences …
    ("I. MỤC TIÊU\n\n+ Đến năm 2030, tối thiểu 20% trường tiểu học có bể bơi và duy trì hoạt động hiệu quả. 50% xã, "
     "phường có ít nhất một bể bơi.\n", "50%", 2030),
    # … and an aim's due phrase dates the clauses after ";" in its sentence
    ("Kinh tế tư nhân phát triển nhanh; phấn đấu đến năm 2045 có ít nhất 3 triệu doanh nghiệp hoạt động; đóng góp "
     "khoảng trên 60% GDP.", "trên 60%", 2045),
    # round 38: in an aim's sentence a bare year later in the target's clause dates it, before a due phrase further on
    ("Phấn đấu 100% xã đạt chuẩn nông thôn mới năm 2026.", "100%", 2026),
    # round 43: a bare year after the aims' noun phrase in the lead-in
    ("Nghị quyết nêu rõ 15 Chỉ tiêu phát triển kinh tế - xã hội 2026 được Quốc hội thông qua, cụ thể:\n\n(3) Tỷ trọng "
     "công nghiệp chế biến, chế tạo trong GDP đạt khoảng 24,96%.\n", "khoảng 24,96%", 2026),
    # round 43: a subhead numbered with a capital letter
    ("# Nghị quyết 72 đặt mục tiêu gì?\n\n**MỤC TIÊU**\n\n**A. Mục tiêu đến năm 2030**\n\n- Giảm gánh nặng bệnh tật. "
     "Tỷ lệ tiêm chủng đạt trên 95%.\n\n**B. Tầm nhìn đến năm 2045**\n\n- Tuổi thọ trung bình đạt trên 80 tuổi.\n",
     "trên 80 tuổi", 2045),
    ("Phấn đấu đạt 20% xã, phường “không ma túy” năm 2025, bảo đảm đến hết năm 2030 đạt 50% địa bàn cấp xã “không ma "
     "túy”.", "20%", 2025),
]


@pytest.mark.parametrize("text, quote, deadline", DEADLINE_CASES)
def test_deadline_from_clause_lead_in_heading_or_column(text: str, quote: str, deadline: int) -> None:
    found = {t.text: t for t in targets(text)}
    assert quote in found, list(found)
    assert found[quote].deadline == deadline


@pytest.mark.parametrize("text, quote", [
    # never from the plan's title or period (SPEC §5)
    ("KẾ HOẠCH\nPhát triển hạ tầng số đến năm 2030\nI. MỤC TIÊU\n- Xây dựng 50 trạm phát sóng.\n", "50 trạm"),
    # a section of a different year does not date its sibling
    ("I. MỤC TIÊU\n1. Mục tiêu đến năm 2025\n- Xây dựng 10 trạm.\n2. Mục tiêu chung\n- Xây dựng 20 trạm.\n",
     "20 trạm"),
    # a paragraph after a list is no longer under its lead-in
    ("Mục tiêu đến năm 2025:\n- Xây dựng 10 trạm.\nNăm 2020 toàn tỉnh có 20 trạm.\n", "20 trạm"),
    # an event's date and an as-of date are no due year
    ("Vào tháng 8/1945, tỉnh thành lập 12 khu tự vệ.", "12 khu"),
    ("Đến ngày 19/8/1945, toàn tỉnh có 80% xã giành chính quyền.", "80%"),
    ("Tính đến ngày 1 tháng 4 năm 2019, toàn tỉnh có 1.230.808 người.", "1.230.808 người"),
    # a year opening the sentence without trong / đến / trước is an as-of date
    ("Năm 2024, toàn tỉnh có 120 trạm; 95% xã có trạm y tế.", "95%"),
    # … nor a resolution's year or a result's in the lead-in that names the aims (round 26)
    ("# Nghị quyết 72\n\nMục tiêu Nghị quyết 72-NQ/TW năm 2025 về sức khỏe Nhân dân, cụ thể:\n\n- Tỷ lệ tiêm chủng "
     "đạt trên 95%.\n", "trên 95%"),
    ("# Bình Định\n\nCác chỉ tiêu đạt được năm 2018: tổng sản phẩm trên địa bàn tăng 7,32%.\n", "7,32%"),
    # … also when a report names its indicators "chỉ tiêu" (round 26)
    ("Năm 2011, tỉnh đạt các chỉ tiêu kinh tế sau: tổng giá trị gia tăng 1.477.155 triệu đồng, tăng 13%.", "13%"),
    # a clause's closing date does not reach past a year of its own, nor over a figure after it
    ("Phấn đấu duy trì 15 xã lành mạnh năm 2019 và xây dựng mới thêm từ 1-2 xã không có tệ nạn vào năm 2020.",
     "15 xã"),
    ("Phấn đấu 50% số xã đạt chuẩn và 30 xã nông thôn mới trong năm 2025, 10 xã kiểu mẫu.", "50%"),
    # … not a subhead without a due year nearer than one with it, nor one that states an as-of date (round 25)
    ("# Nghị quyết 68\n\nMục tiêu như sau:\n\n*(1) Mục tiêu đến năm 2030*\n\nCó ít nhất 20 doanh nghiệp lớn.\n\n"
     "*(2) Nghị quyết 71-NQ/TW năm 2025*\n\nPhấn đấu có ít nhất 80% trường phổ thông đạt chuẩn quốc gia.\n",
     "ít nhất 80%"),
    ("# Kết quả\n\nTình hình như sau:\n\n*Kết quả tính đến năm 2024*\n\nPhấn đấu có ít nhất 80% trường đạt chuẩn.\n",
     "ít nhất 80%"),
    # an as-of date dates no count past the first of its clause (round 25)
    ("Tính đến năm 2018, toàn tỉnh có 485 trường học, trong đó có 43 trường trung học phổ thông.", "43 trường"),
    # a news subhead whose phase dates a figure of its own is a statement, not the date of what follows (round 24)
    ("Thành phố đầu tư 9 dự án hạ tầng\n\nThành phố đang đầu tư mạnh về hạ tầng giao thông.\n\n"
     "Dự kiến giai đoạn 2021 - 2025 là 2.702 tỷ đồng\n\nDự án cầu thay phà có kinh phí dự kiến khoảng 9.034 tỷ đồng.\n",
     "khoảng 9.034 tỷ đồng"),
    # round 36: a resolution's year is no dated total in a lead-in ("72-NQ/TW năm 2025 … từ năm 2030")
    ("# Nghị quyết 72\n\nCăn cứ Mục 1 Phần II Nghị quyết 72-NQ/TW năm 2025 có nêu từ năm 2030, miễn viện phí như sau:\n\n"
     "- Phụ cấp ưu đãi nghề tối thiểu 70% cho nhân viên y tế xã.\n", "tối thiểu 70%"),
    # … a sentence that opens with an aim's due year ends at its full stop; a year in an earlier clause of another
    # sentence dates nothing
    ("Phấn đấu đến năm 2020, xây dựng từ 1 đến 3 mô hình hỗ trợ. Phấn đấu 90% xã, phường lành mạnh.", "90%"),
    # round 38: a bare year after a comparison or a document's name, or without an aim's word, dates nothing
    ("Phấn đấu thu ngân sách tăng 10% so với năm 2024.", "10%"),
    ("Phấn đấu 100% xã triển khai Kế hoạch của Ủy ban nhân dân tỉnh năm 2025.", "100%"),
    ("Toàn tỉnh có 120 trạm y tế năm 2025.", "120 trạm"),
    # round 39: an opening bare year without a comma is an as-of date unless an aim's word follows it at once
    ("Năm 2024 toàn tỉnh có 90% người dân có tài khoản định danh điện tử.", "90%"),
])
def test_no_deadline_from_the_title_or_from_elsewhere(text: str, quote: str) -> None:
    found = {t.text: t for t in targets(text)}
    assert quote in found, list(found)
    assert found[quote].deadline is None


# --- 2. quantities quoted from a rule are not the plan's aims --------------------------------------------
@pytest.mark.parametrize("text", [
    # an entitlement granted by a rule ("được" + cộng/trả/hưởng/…)
    "Trong đó, nhóm 1: được cộng 2,0 điểm; nhóm 2 được cộng 1,5 điểm; nhóm 3 được cộng 1,0 điểm.",
    "Người lao động làm việc vào ban đêm thì được trả thêm ít nhất bằng 30% tiền lương.",
    # items of a list whose lead-in grants the entitlement or quotes a legal norm
    "1. Người lao động làm thêm giờ được trả lương như sau:\na) Vào ngày thường, ít nhất bằng 150%;\n"
    "b) Vào ngày nghỉ hằng tuần, ít nhất bằng 200%;\nc) Vào ngày nghỉ lễ, tết, ít nhất bằng 300%.",
    "Căn cứ theo quy định tại Điều 98 Bộ luật Lao động 2019, quy định về tiền lương như sau:\n"
    "- Vào ngày thường, ít nhất bằng 150%;",
    # a conditional sentence: its condition and its consequence
    "Nếu trả lời đúng từ 50% số câu hỏi trở lên thì người dự tuyển được thi tiếp vòng 2.",
    "Trường hợp người lao động làm vào ngày nghỉ tết thì người lao động được hưởng lương, ít nhất 300%.",
    "Đơn vị đạt từ 90% trở lên thì được xét khen thưởng.",
    # a conditional opened after a fronted adverbial; an item whose outer lead-in grants the entitlement
    "Ngoài ra, trường hợp làm việc vào ban đêm thì sẽ được trả thêm ít nhất 30% tiền lương và 20% tiền lương "
    "của ngày nghỉ tết.",
    "Như vậy, người lao động được tính lương như sau:\n- Làm việc vào ban ngày: Nhận ít nhất 400% lương.",
    # an eligibility threshold
    "5. Đối với cá nhân được đề nghị khen thưởng danh hiệu “Công dân Thủ đô ưu tú”, phải có tỷ lệ phiếu đồng ý "
    "của Hội đồng từ 90% trở lên tính trên tổng số thành viên của Hội đồng.",
    # a clause citing a rule
    "Mức hỗ trợ theo quy định là 50% chi phí học nghề.",
])
def test_quantities_quoted_from_a_rule_are_not_targets(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize("text, expected", [
    # the plan's own aims, even beside those cues
    ("Phấn đấu đến năm 2025, nếu đủ điều kiện thì 100% xã được công nhận.", ["100%"]),
    ("Đối với cha mẹ trẻ em: phấn đấu 100% cha mẹ được tuyên truyền.", ["100%"]),
    ("- 100% số cơ sở ký cam kết không vi phạm và phải đăng ký lao động.", ["100%"]),
    ("người nghiện được điều trị từ 60% trở lên.", ["từ 60% trở lên"]),
    ("Tuyển dụng theo quy định tại Kế hoạch 133/KH-UBND: 260 chỉ tiêu giáo viên.", ["260 chỉ tiêu"]),
    ("Chỉ tiêu | Năm 2023\nTỷ lệ nạn nhân được hỗ trợ theo quy định | 90%", ["90%"]),
    ("Hằng năm, xét tặng danh hiệu không quá 10 cá nhân trong 01 năm.", ["không quá 10 cá nhân"]),
])
def test_the_plans_own_aims_stay_targets(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- 3. status: results reported with the number are achieved ----------------------------------------------
STATUS_PLAN = ("KẾ HOẠCH\nPhát triển kinh tế năm 2025\nI. MỤC TIÊU\n{}\nII. NHIỆM VỤ\n1. Sở Tài chính: chủ trì.\n")


@pytest.mark.parametrize("sentence, quote, status", [
    ("Năm 2024, tổng thu ngân sách ước đạt 12.500 tỷ đồng.", "12.500 tỷ đồng", "achieved"),
    ("Toàn tỉnh đã đạt 95% số xã đạt chuẩn nông thôn mới.", "95%", "achieved"),
    ("Kim ngạch xuất khẩu đạt 1.200 triệu USD, tăng 8% so với cùng kỳ.", "8%", "achieved"),
    ("Kim ngạch xuất khẩu đạt 1.200 triệu USD, tăng 8% so với cùng kỳ.", "1.200 triệu USD", "achieved"),
    ("Hiện nay, toàn thành phố có khoảng 180 trạm, trong đó có 22 trạm 5G.", "22 trạm", "achieved"),
    # a sentence that breaks down the one before reads with it
    ("Hiện nay, tổng số trạm BTS là 87 trạm. Trong đó, có 28 trạm 5G (Chiếm 32,2 %).", "28 trạm", "achieved"),
    # the plan's aims stay targets
    ("Phấn đấu tăng trưởng 10% so với cùng kỳ.", "10%", "target"),
    ("Phấn đấu 100% xã đạt chuẩn nông thôn mới.", "100%", "target"),
    ("Xây dựng 20 trạm phát sóng 5G.", "20 trạm", "target"),
])
def test_status_of_results_and_aims(sentence: str, quote: str, status: str) -> None:
    found = {t.text: t for t in targets(STATUS_PLAN.format(sentence))}
    assert quote in found, list(found)
    assert found[quote].status == status


@pytest.mark.parametrize("item, status", [
    # round 43: in a news article, an item that opens with an order's verb (after a place's label) is aimed at …
    ("- Tỉnh Cao Bằng: Hoàn thành di dời 01 vị trí đường điện cao thế còn lại.", "target"),
    # … unless it says it was done
    ("- Tỉnh Cao Bằng: Hoàn thành di dời 01 vị trí đường điện, đã bàn giao mặt bằng.", "achieved"),
])
def test_an_order_in_a_news_article_is_aimed_at(item: str, status: str) -> None:
    text = "# Tháo gỡ khó khăn các dự án giao thông\n\nPhó Thủ tướng yêu cầu các địa phương:\n\n" + item + "\n"
    # (round 52: the generic head "vị trí" takes its kind, "01 vị trí đường điện")
    assert [t.status for t in targets(text) if t.text.startswith("01 vị trí")] == [status]


# --- restatements: a summing-up, an image caption, the same number in other units -------------------------
@pytest.mark.parametrize("text, expected", [
    ("Có nêu cụ thể 05 dự án đường sắt.\n*Danh sách 05 dự án đường sắt trọng điểm (Hình từ Internet)*\n"
     "*(*) Trên đây là thông tin \"Danh sách 05 dự án đường sắt trọng điểm\".*", ["05 dự án"]),
    ("Triển khai hạ tầng với tốc độ 10 Gigabit mỗi giây (10 Gbps) đối xứng.", []),
    # round 34: a caption's credit after the sentence, or with the italics inside its brackets
    ("Hà Nội chấp thuận 148 dự án thí điểm.\n\n*Danh mục gồm 148 khu đất với tổng diện tích khoảng 840,36ha. Ảnh: "
     "VGP/Thùy Chi*\n", ["148 dự án"]),
    ("Xây dựng 9 dự án trọng điểm.\n\n*Thủ Đức bứt phá hạ tầng: 9 dự án trọng điểm (Hình từ Internet*)\n",
     ["9 dự án"]),
    ("Đã có khoảng 230 công trình đang thẩm định - Ảnh minh họa\n\nPhấn đấu khởi công 80 công trình.\n",
     ["80 công trình"]),
    # a sum in parentheses after a share is a quantity of its own
    ("Ngân sách trung ương khoảng 10% tổng vốn đầu tư (khoảng 12.173 tỷ đồng).", ["khoảng 10%", "khoảng 12.173 tỷ đồng"]),
])
def test_restatements_are_not_counted_again(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- indicators of shares, parenthesised sums and names with digits ------------------------------------------
@pytest.mark.parametrize("text, quote, indicator", [
    # round 43: the due year's words after a share say nothing of what it measures; the words before do
    ("- Tăng tỷ lệ lao động nữ làm công hưởng lương đạt 50% vào năm 2025.", "50%",
     "Tăng tỷ lệ lao động nữ làm công hưởng lương"),
    ("- Tỷ lệ nữ đại biểu Quốc hội đạt 35% năm 2025.", "35%", "Tỷ lệ nữ đại biểu Quốc hội"),
    # a share of a total measures the item's label; the sum in parentheses is the same share
    ("- Ngân sách địa phương: để thực hiện các dự án do địa phương quản lý, chiếm khoảng 10% tổng vốn đầu tư "
     "(khoảng 12.173 tỷ đồng).", "khoảng 10%", "Ngân sách địa phương"),
    ("- Ngân sách địa phương: để thực hiện các dự án do địa phương quản lý, chiếm khoảng 10% tổng vốn đầu tư "
     "(khoảng 12.173 tỷ đồng).", "khoảng 12.173 tỷ đồng", "Ngân sách địa phương"),
    # digits inside a name do not end the indicator
    ("100% các khu công nghiệp có tối thiểu 1 trạm phát sóng 5G trong mỗi khu.", "tối thiểu 1 trạm",
     "trạm phát sóng 5G trong mỗi khu"),
    # a trailing preposition before the next number is dropped; the bare unit takes the words before it
    ("xét tặng danh hiệu không quá 10 cá nhân trong 01 năm.", "không quá 10 cá nhân",
     "xét tặng danh hiệu cá nhân"),
    # round 19: a share whose line opens with a measure noun measures that phrase, up to the words leading to it
    ("- Tỉ lệ che phủ rừng ổn định ở mức 42%, nâng cao năng suất, chất lượng rừng.", "42%",
     "Tỉ lệ che phủ rừng ổn định"),
    ("- Số xã đạt chuẩn nông thôn mới trên 90%, trong đó, phấn đấu 50% số xã đạt chuẩn nâng cao.", "trên 90%",
     "Số xã đạt chuẩn nông thôn mới"),
    ("- Số xã đạt chuẩn nông thôn mới trên 90%, trong đó, phấn đấu 50% số xã đạt chuẩn nâng cao.", "50%",
     "số xã đạt chuẩn nâng cao"),  # not the line's first number: the words after it
    ("(10) Tỷ lệ bệnh viện triển khai bệnh án điện tử đạt\n100%;", "100%",
     "Tỷ lệ bệnh viện triển khai bệnh án điện tử"),  # a line wrapped by the conversion
    # round 19: in a table flattened one cell per line, the row's nearest cell that names something (not its number,
    # not the unit column), within the row
    ("|\nSTT\n|\nChỉ tiêu\n|\nĐơn vị\n|\nMục tiêu\n|\n|\n4\n|\nTỉ lệ nhiệm vụ Chính phủ giao\nđược theo dõi trên "
     "môi trường điện tử.\n|\n%\n|\n100%\n|\nVăn phòng Chính phủ\n|\n", "100%",
     "Tỉ lệ nhiệm vụ Chính phủ giao được theo dõi trên môi trường điện tử"),
    # round 33: a sum of money or a rate that ends its clause measures the words before it, with no unit after them
    # (a count's noun is kept: "xét tặng danh hiệu cá nhân" above)
    ("Phấn đấu mức hỗ trợ cho mỗi hộ nghèo đạt 3 triệu đồng.", "3 triệu đồng",
     "mức hỗ trợ cho mỗi hộ nghèo"),
    ("Phấn đấu tổ chức diễn tập phương án ứng phó sự cố tối thiểu 01 lần/năm.", "tối thiểu 01 lần/năm",
     "tổ chức diễn tập phương án ứng phó sự cố"),
    # round 34: a count inside brackets measures the clause before it in the brackets, its unit as written; a Roman
    # item mark run in the paragraph is no part of it
    ("(i) Bộ Công Thương - 01 Nghị định *(đơn giản hóa 01 TTHC)*; (ii) Bộ Giáo dục và Đào tạo - 01 Thông tư.",
     "01 TTHC", "đơn giản hóa TTHC"),
    ("(i) Bộ Công Thương - 01 Nghị định *(đơn giản hóa 01 TTHC)*; (ii) Bộ Giáo dục và Đào tạo - 01 Thông tư.",
     "01 Thông tư", "Bộ Giáo dục và Đào tạo Thông tư"),
])
def test_indicators(text: str, quote: str, indicator: str) -> None:
    found = {t.text: t for t in targets(text)}
    assert quote in found, list(found)
    assert found[quote].indicator == indicator


# --- worked examples, formulas and scoring rubrics (issue 20) ----------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # a worked example illustrates a rule with made-up figures; the rule's own figure stays
    ("- Hệ số quy hoạch từ 1,0 - 1,5 lần so với số lượng cấp ủy.\n\n*Ví dụ: *Đảng bộ tỉnh A được xác định số lượng "
     "ủy viên ban chấp hành là 50 đồng chí; ủy viên ban thường vụ là 15 đồng chí. Số lượng quy hoạch tối đa sẽ là 75 "
     "người.", ["từ 1,0 - 1,5 lần"]),
    # … also in a page written without blank lines: the example opens the line after a sentence's end (round 41)
    ("- Hệ số quy hoạch từ 1,0 - 1,5 lần theo quy định.\n*Ví dụ: *Đảng bộ tỉnh A\nđược xác định số lượng ủy viên ban "
     "chấp hành là 50 đồng chí; ủy viên ban thường\nvụ là 15 đồng chí.\n- Phấn đấu 100% cán bộ được quy hoạch.",
     ["từ 1,0 - 1,5 lần", "100%"]),
    # a formula's operands
    ("- Tỷ lệ = b/a * 100%;\n- Điểm = Tỷ lệ * điểm chuẩn.", []),
    # a band that earns points or none, and the points of a judgement
    ("Nếu đạt 100% cộng 05 điểm, không đạt 100% không cộng điểm.", []),
    ("Trường hợp không hiểu thì chấm 0 điểm.", []),
    # people counted with "đồng chí" are people, not money
    ("Phấn đấu kết nạp 15 đồng chí vào Đảng.", ["15 đồng chí"]),
    # a system's specification in data units; the places a level stands for, in parentheses
    ("Sở quyết định dung lượng, bảo đảm tối thiểu 02 GB/hộp thư; tệp gửi kèm tối đa 30 MB.", []),
    ("Cơ quan quản lý đất đai cấp xã (02 phường) kiểm tra hồ sơ; phấn đấu 100% hồ sơ được giải quyết.", ["100%"]),
    # a scoring table: criteria and points
    ("PHỤ LỤC\n\n|\nSTT\n|\nTIÊU CHÍ THI ĐUA\n|\nĐIỂM CHUẨN\n|\n|\n1\n|\nĐơn vị đạt tỷ lệ 100% người hưởng trợ cấp "
     "có tài khoản\n|\n20\n|\n|\n", []),
    # a penalty schedule and a paragraph followed by its source in a norm are a rule's (round 10)
    ("Phạt tiền từ 2.000.000 đồng đến 3.000.000 đồng khi điều khiển xe mà nồng độ cồn chưa vượt quá 50 miligam.", []),
    ("Mức thu 500.000 đồng/hồ sơ đối với doanh nghiệp.\n\n(Theo khoản 2 Điều 4 Thông tư 33/2023/TT-BTC)\n\n"
     "Phấn đấu 100% hồ sơ được giải quyết đúng hạn.", ["100%"]),
    # a parenthesis that breaks a quantity down in the same unit gives its parts (round 10); one that restates it
    # in another unit does not
    ("Số điểm quan trắc: 07 điểm (04 điểm vùng nuôi tôm, 03 điểm vùng nuôi cá).",
     ["07 điểm", "04 điểm", "03 điểm"]),  # round 53: a place after a generic head is no kind of it
    ("Tập huấn trong 01 ngày (02 buổi) cho 50 học viên.", ["50 học viên"]),
    # a slogan's number and a round-the-clock time (round 10); a quotation that goes on is counted as before
    ("Quản lý theo phương châm: \"4 chủ động: chủ động nắm tình hình\" và “6 rõ”; phấn đấu 100% xã đạt chuẩn.", ["100%"]),
    ("Bảo đảm hệ thống hoạt động thông suốt 24/7 đáp ứng yêu cầu; trực ban 24/24 giờ.", []),
    # a definition a decree gives under "Giải thích từ ngữ"; counts in a section on the situation before the plan
    ("I. MỤC TIÊU\nĐạt 90% hộ dân.\nII. GIẢI THÍCH TỪ NGỮ\nPháo hoa nổ tầm thấp là quả pháo có đường kính không lớn "
     "hơn 90 mm.\n", ["90%"]),
    ("I. ĐÁNH GIÁ TÌNH HÌNH THIỆT HẠI\nMưa lũ làm hơn 200.000 nhà bị ngập; ước đạt 80% kế hoạch thu hoạch.\n"
     "II. MỤC TIÊU\nHỗ trợ 40 xã, phường.\n", ["80%", "40 xã, phường"]),
])
def test_examples_formulas_and_rubrics_are_not_targets(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


# --- indicator tables: a flattened annex table of planned figures by year (target_tables.py) ----------------
def _flattened(*rows: list[str]) -> str:
    """A table as converted pages write it: one cell per line between ``|`` lines, a row ended by an extra ``|``."""
    return "PHỤ LỤC 01\n\n|\n" + "\n|\n|\n".join("\n|\n".join(row) for row in rows) + "\n|\n|\n"


def _unit_above(unit_line: str, *rows: list[str]) -> str:
    """A flattened table with the line that gives the whole table's unit above it."""
    return _flattened(*rows).replace("PHỤ LỤC 01\n\n", f"PHỤ LỤC 01\n\n{unit_line}\n\n", 1)


@pytest.mark.parametrize("table, expected", [
    # a year per column, the unit in a ĐVT column, a results column, a group row over its items
    (_flattened(["TT", "Chỉ tiêu", "ĐVT", "ƯTH Năm 2025", "Năm 2026", "Năm 2030"],
                ["1", "Cà Phê", "", "", "", ""],
                ["-", "Diện tích", "Ha", "26.120", "27.000", "30.000"]),
     [("26.120", 26120, "ha", None, "achieved", "Cà Phê - Diện tích"),
      ("27.000", 27000, "ha", 2026, "target", "Cà Phê - Diện tích"),
      ("30.000", 30000, "ha", 2030, "target", "Cà Phê - Diện tích")]),
    # a merged period heading over a second header row of years
    (_flattened(["TT", "Chỉ tiêu", "ĐVT", "GIAI ĐOẠN 2026 - 2030"], ["Năm 2026", "Năm 2027"],
                ["1", "Tỷ lệ xã có mô hình", "%", "50%", "60%"]),
     [("50%", 50, "%", 2026, "target", "Tỷ lệ xã có mô hình"), ("60%", 60, "%", 2027, "target", "Tỷ lệ xã có mô hình")]),
    # each year's heading split into measures with their units, and a row numbering the columns
    (_flattened(["TT", "Sản phẩm", "Kế hoạch 2026", "Kế hoạch 2027"],
                ["Lượng (Tấn)", "Giá trị (Nghìn USD)", "Lượng (Tấn)", "Giá trị (Nghìn USD)"],
                ["", "1", "2", "3", "4", "5"],
                ["1", "Xoài", "13.500", "7.000", "14.800", "7.800"]),
     [("13.500", 13500, "tấn", 2026, "target", "Xoài - Lượng"),
      ("7.000", 7000, "nghìn USD", 2026, "target", "Xoài - Giá trị"),
      ("14.800", 14800, "tấn", 2027, "target", "Xoài - Lượng"),
      ("7.800", 7800, "nghìn USD", 2027, "target", "Xoài - Giá trị")]),
    # the current year split into its plan and its estimate, the later years whole (round 9)
    (_flattened(["STT", "Nội dung", "Đơn vị tính", "Năm hiện hành 2025", "Năm 2026", "Năm 2027"],
                ["Kế hoạch", "Ước thực hiện"],
                ["1", "2", "3", "4", "5", "6", "7"],
                ["1", "Tốc độ tăng trưởng GRDP", "%", "8,00", "7,50", "10,00", "10,00"]),
     [("8,00", 8, "%", 2025, "target", "Tốc độ tăng trưởng GRDP"),
      ("7,50", 7.5, "%", None, "achieved", "Tốc độ tăng trưởng GRDP"),
      ("10,00", 10, "%", 2026, "target", "Tốc độ tăng trưởng GRDP"),
      ("10,00", 10, "%", 2027, "target", "Tốc độ tăng trưởng GRDP")]),
    # a budget table (round 10): the unit in the line above it, two merged headings split unevenly — the current
    # year over its estimates without a year, the plan's years under "Dự kiến 03 năm kế hoạch" — and a row that
    # names the columns by letters and numbers
    (_unit_above("Đơn vị: Triệu đồng.",
                 ["STT", "Nội dung", "Năm hiện hành 2025", "Dự kiến 03 năm kế hoạch"],
                 ["Dự toán TTg giao", "Đánh giá thực hiện", "Năm 2026", "Năm 2027"],
                 ["A", "B", "1", "2", "3", "4"],
                 ["I", "THU NỘI ĐỊA", "10.052.700", "11.080.000", "13.000.000", "14.600.000"]),
     [("10.052.700", 10052700, "triệu đồng", 2025, "target", "THU NỘI ĐỊA - Dự toán TTg giao"),
      ("11.080.000", 11080000, "triệu đồng", None, "achieved", "THU NỘI ĐỊA - Đánh giá thực hiện"),
      ("13.000.000", 13000000, "triệu đồng", 2026, "target", "THU NỘI ĐỊA"),
      ("14.600.000", 14600000, "triệu đồng", 2027, "target", "THU NỘI ĐỊA")]),
    # a column comparing two years is a ratio in per cent, due in its first year; the split current year still
    # reads as the plan and the estimate beside it
    (_unit_above("ĐVT: triệu đồng",
                 ["STT", "Nội dung", "Năm hiện hành 2025", "Dự toán năm 2026", "So sánh năm 2026 với ƯTH năm 2025"],
                 ["Dự toán", "Ước thực hiện"],
                 ["A", "B", "1", "2", "3", "4=3/2"],
                 ["1", "Thuế tài nguyên", "9.415", "10.643", "10.631", "99,9"]),
     [("9.415", 9415, "triệu đồng", 2025, "target", "Thuế tài nguyên"),
      ("10.643", 10643, "triệu đồng", None, "achieved", "Thuế tài nguyên"),
      ("10.631", 10631, "triệu đồng", 2026, "target", "Thuế tài nguyên"),
      ("99,9", 99.9, "%", 2026, "target", "Thuế tài nguyên - So sánh năm 2026 với ƯTH năm 2025")]),
    # a figure cell may open with a comparator, a word or a sign (round 14), and a row-number or figure cell may
    # start in lower case: a cell border "|" never joins the next line as a wrapped one
    (_flattened(["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"],
                ["1", "Tỷ lệ hộ dân sử dụng nước sạch", "%", "95", "≥ 98"],
                ["a", "Tỷ lệ trẻ em suy dinh dưỡng", "%", "dưới 10", "Trên 8"]),
     [("95", 95, "%", 2024, "target", "Tỷ lệ hộ dân sử dụng nước sạch"),
      ("≥ 98", 98, "%", 2025, "target", "Tỷ lệ hộ dân sử dụng nước sạch"),
      ("dưới 10", 10, "%", 2024, "target", "Tỷ lệ trẻ em suy dinh dưỡng"),
      ("Trên 8", 8, "%", 2025, "target", "Tỷ lệ trẻ em suy dinh dưỡng")]),
])
def test_indicator_tables(table: str, expected: list[tuple]) -> None:
    found = [(t.text, t.value, t.unit, t.deadline, t.status, t.indicator) for t in targets(table)
             if t.rule == "targets.table"]
    assert found == expected


def test_a_one_line_markdown_indicator_table() -> None:
    """A Markdown table written on one line (round 14): its delimiter row is no second header row."""
    table = ("PHỤ LỤC 01\n\n| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 | |---|---|---|---|---| "
             "| 1 | Tỷ lệ hộ gia đình sử dụng nước sạch | % | 95 | 100 | | 2 | Số xã đạt chuẩn nông thôn mới | xã | 120 | 150 |\n")
    assert [(t.text, t.unit, t.deadline) for t in targets(table) if t.rule == "targets.table"] == [
        ("95", "%", 2025), ("100", "%", 2030), ("120", "xã", 2025), ("150", "xã", 2030)]


@pytest.mark.parametrize("cell, comparator", [("≥ 98", ">="), ("≤5", "<="), ("dưới 10", "<"), ("Trên 50%", ">"),
                                              ("98", "=")])
def test_a_figure_cell_keeps_its_comparator(cell: str, comparator: str) -> None:
    table = _flattened(["TT", "Chỉ tiêu", "ĐVT", "Năm 2026"], ["1", "Tỷ lệ xã đạt chuẩn", "%", cell])
    assert [t.comparator for t in targets(table) if t.rule == "targets.table"] == [comparator]


@pytest.mark.parametrize("table", [
    # a task table: its columns are bodies and dates, not years of figures
    _flattened(["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"], ["1", "Tập huấn", "Sở Y tế", "2026"]),
    # a statistics table without a unit or a year column
    _flattened(["TT", "Địa phương", "Tổng số", "Đã thực hiện"], ["1", "Sơn La", "2241", "1897"]),
    # a unit named far above the table (not its own line) does not make a table of figures without one
    "Đơn vị: đồng.\n\n" + "Các nội dung khác của kế hoạch được triển khai theo quy định hiện hành. " * 3
    + _flattened(["TT", "Nội dung", "Năm 2025", "Năm 2026"], ["1", "Thu ngân sách", "100", "120"]),
])
def test_tables_that_are_not_indicator_tables(table: str) -> None:
    assert [t for t in targets(table) if t.rule == "targets.table"] == []


def test_an_annex_title_dates_and_aims_its_indicators() -> None:
    """The capitalised title under "PHỤ LỤC" states the year and that the figures are aims (SPEC §5: "its heading")."""
    text = ("KẾ HOẠCH\nPhát triển kinh tế số\nI. MỤC TIÊU\nPhát triển.\nII. TỔ CHỨC THỰC HIỆN\nCác sở triển khai.\n"
            "PHỤ LỤC\n\nPHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ ĐẾN NĂM 2030\n\n"
            "|\nTT\n|\nChỉ tiêu\n|\nChủ trì\n|\n|\n1\n|\nTỷ lệ người dân có tài khoản định danh điện tử đạt 80%.\n|\n"
            "Công an tỉnh\n|\n|\n")
    found = [(t.text, t.deadline, t.status) for t in targets(text)]
    assert found == [("80%", 2030, "target")]


def test_items_under_a_lead_in_of_aims_are_aims() -> None:
    text = ("KẾ HOẠCH\nThi đua\nI. NỘI DUNG\n1. Các nội dung này được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:\n"
            "(1) Ít nhất 85% người hưởng trợ cấp hoặc người đã có tài khoản cung cấp số tài khoản;\n")
    assert [(t.text, t.status) for t in targets(text)] == [("Ít nhất 85%", "target")]


# --- a regulation a decision issues: its limits are rules, its quotas of persons aims (round 7) ---------------
REGULATION = ("QUYẾT ĐỊNH\nBan hành Quy định về hạ tầng viễn thông\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n"
              "QUY ĐỊNH\n(Kèm theo Quyết định số 72/2025/QĐ-UBND)\nChương I\nQUY ĐỊNH CHUNG\n"
              "Điều 1. Phạm vi điều chỉnh\n{}\n")


@pytest.mark.parametrize("rule, expected", [
    # distances, shares and frequencies the regulation sets for conduct
    ("a) Khác mạng: tối thiểu 120 m trong khu vực đô thị, 250 m ngoài khu vực đô thị.", []),
    ("Hạ tầng phải bảo đảm khả năng dùng chung cho từ hai doanh nghiệp viễn thông.", []),
    ("Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần.", []),
    # a quota of persons stays an aim (policy P5)
    ("Hằng năm, xét tặng danh hiệu không quá 10 cá nhân.", ["không quá 10 cá nhân"]),
])
def test_a_regulations_limits_are_rules_not_targets(rule: str, expected: list[str]) -> None:
    assert texts(REGULATION.format(rule)) == expected


@pytest.mark.parametrize("document, expected", [
    # a guidance or a regulation issued on its own (its type word at the top): its limits are rules (round 8)
    ("HƯỚNG DẪN\nQuy hoạch cán bộ\n1. Số lượng\n- Một cán bộ quy hoạch không quá 03 chức danh lãnh đạo.\n", []),
    ("QUY ĐỊNH\nVề công tác lưu trữ\nĐiều 1. Phạm vi\nTài liệu được bảo quản tối thiểu 20 năm.\n", []),
    # … its quotas of persons stay aims
    ("HƯỚNG DẪN\nThi đua\n1. Khen thưởng\n- Mỗi năm tặng bằng khen không quá 10 cá nhân.\n", ["không quá 10 cá nhân"]),
])
def test_a_guidance_or_regulation_on_its_own_sets_rules(document: str, expected: list[str]) -> None:
    assert texts(document) == expected


def test_the_same_limit_in_a_plan_is_a_target() -> None:
    plan = "KẾ HOẠCH\nPhát triển hạ tầng năm 2025\nI. MỤC TIÊU\nPhát triển tối thiểu 120 trạm BTS.\nII. NHIỆM VỤ\n"
    assert texts(plan) == ["tối thiểu 120 trạm"]


def test_a_group_row_that_states_a_period_dates_the_figures_under_it() -> None:
    """An indicator table whose phases are group rows (round 7): "I | Giai đoạn 2025-2027" over its figures."""
    table = ("KẾ HOẠCH\nChính phủ số\nI. MỤC TIÊU\nCác chỉ tiêu tại Phụ lục.\nPHỤ LỤC\n|\nTT\n|\nChỉ tiêu\n|\nĐơn vị\n|\n"
             "Kết quả\n|\n|\nI\n|\nGiai đoạn 2025-2027\n|\n|\n|\n|\n1\n|\nTỉ lệ dịch vụ công trực tuyến toàn trình\n|\n"
             "%\n|\n100%\n|\n|\nII\n|\nGiai đoạn 2028-2030\n|\n|\n|\n|\n2\n|\nTỉ lệ người dân hài lòng\n|\n%\n|\n95%\n|\n")
    doc = parse_structure(normalize(table).text)
    assert [(t.text, t.deadline) for t in find_targets(doc)] == [("100%", 2027), ("95%", 2030)]


# --- round 11: documents whose numbers are rules ----------------------------------------------------
NORMATIVE_HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: {number}\n\n"
                    "Đồng Tháp, ngày 20 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\n{title}\n\n")


@pytest.mark.parametrize("number, title, body, expected", [
    # a legal normative document (its number carries its year) sets rules: opening hours, prices, limits
    ("137/2025/QĐ-UBND", "QUY ĐỊNH GIỜ BÁN HÀNG CỦA CỬA HÀNG XĂNG DẦU",
     "Điều 1. Giờ bán hàng\n\nThời gian bán hàng tối thiểu là 12 giờ liên tục, bán tối thiểu 90% thời gian.\n", []),
    # … but a quota of persons it sets stays a target (the older regulations' call)
    ("71/2025/QĐ-UBND", "BAN HÀNH QUY CHẾ XÉT TẶNG DANH HIỆU",
     "Điều 3. Số lượng\n\nMỗi năm xét tặng không quá 10 cá nhân.\n", ["không quá 10 cá nhân"]),
    # an individual decision (no year in its number) that approves a programme keeps its aims
    ("2740/QĐ-UBND", "PHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN DU LỊCH",
     "Điều 1. Mục tiêu\n\nPhấn đấu đến năm 2030 có 90% xã đạt chuẩn.\n", ["90%"]),
])
def test_a_normative_documents_numbers_are_rules(number: str, title: str, body: str, expected: list[str]) -> None:
    assert texts(NORMATIVE_HEADER.format(number=number, title=title) + body) == expected


def test_a_procedures_lists_criteria_and_fees_are_rules() -> None:
    """A decision publishing administrative procedures: what its articles aim at stays, the lists after its closing
    (time limits, fees, criteria) are rules."""
    text = (NORMATIVE_HEADER.format(number="2740/QĐ-UBND", title="CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ LĨNH VỰC DÂN TỘC")
            + "Điều 1. Công bố kèm theo Quyết định này 02 thủ tục hành chính.\n\n"
              "Điều 2. Tổ chức thực hiện\n\nBảo đảm 100% thủ tục được công khai.\n\n"
              "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.\n\nNơi nhận:\n- Như Điều 3.\n\n"
              "PHỤ LỤC\n\nThôn có dưới 10.000 người; mức thu 10 triệu đồng; cắt giảm 20% thời gian.\n")
    assert "100%" in texts(text)
    assert not {"dưới 10.000 người", "10 triệu đồng", "20%"} & set(texts(text))


@pytest.mark.parametrize("text, expected", [
    # round 15: a section reporting the plan's results so far states what was achieved (SPEC §5, "the results
    # paragraph at the start of many plans"); its counts are `achieved`, unless a sentence looks ahead
    ("I. KẾT QUẢ THỰC HIỆN NĂM 2024\nĐã tổ chức 15 lớp tập huấn cho 1.200 lượt người.\n"
     "II. MỤC TIÊU\nPhấn đấu 100% xã, phường được tuyên truyền.\n",
     [("15 lớp", "achieved"), ("1.200 lượt người", "achieved"), ("100%", "target")]),
    ("I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM 2025\nTuyên truyền cho 3.500 người; năm 2026 phấn đấu tăng 10%.\n"
     "II. MỤC TIÊU\nPhấn đấu 100% xã.\n", [("3.500 người", "achieved"), ("10%", "target"), ("100%", "target")]),
])
def test_counts_in_a_results_section_are_achieved(text: str, expected: list[tuple[str, str]]) -> None:
    from kehoach_nlp import extract_text

    assert [(t.text, t.status) for t in extract_text("KẾ HOẠCH\n\n" + text).targets] == expected


@pytest.mark.parametrize("text, expected", [
    # round 15: a clock time is no count ("14:30 chiều", "6:19 PM"); a range a converted page joins twice
    ("Họp lúc 14:30 chiều; đăng lúc 6:19 PM; phấn đấu 100% xã.", [("100%", 100, None)]),
    ("Đại hội các đảng bộ trực thuộc Trung ương từ 250 đến - 450 đại biểu.", [("từ 250 đến - 450 đại biểu", 250, 450)]),
])
def test_clock_times_and_doubled_range_joiners(text: str, expected: list[tuple]) -> None:
    from kehoach_nlp import extract_text

    assert [(t.text, t.value, t.value_max) for t in extract_text("KẾ HOẠCH\n\n" + text).targets] == expected


@pytest.mark.parametrize("text, expected", [
    # round 15: a whole broken down into kinds of another name, its parts summing to it, is restated in detail; the
    # units merged in a news article's restructuring are the map as it is, the units formed its aim
    ("Thành phố Hà Nội xây dựng 126 phương án sắp xếp 526 đơn vị hành chính cấp xã (345 xã, 160 phường, 21 thị trấn) "
     "để hình thành 126 đơn vị hành chính cấp xã mới (75 xã, 51 phường), giảm 400 đơn vị.",
     ["126 đơn vị hành chính cấp xã", "400 đơn vị"]),  # round 22: the plans drawn up are inputs (ANNOTATION.md)
    # a part of the same unit is still a target of its own (round 10)
    ("Số điểm quan trắc: 07 điểm (04 điểm vùng nuôi tôm, 03 điểm vùng nuôi cá).",
     ["07 điểm", "04 điểm", "03 điểm"]),  # round 53: a place after a generic head is no kind of it
])
def test_a_whole_broken_down_into_kinds(text: str, expected: list[str]) -> None:
    from kehoach_nlp import extract_text

    assert [t.text for t in extract_text("# Tin tức\n\n" + text + "\n").targets] == expected


@pytest.mark.parametrize("text, expected", [
    # round 22 (ANNOTATION.md "Restructuring counts"): what a restructuring works on is not its aim — the units it
    # covers right after the act, the papers drawn up for it; the units it forms and cuts are
    ("Chính phủ xây dựng 23 phương án sắp xếp đối với 52 ĐVHC cấp tỉnh để hình thành 23 ĐVHC cấp tỉnh mới.",
     ["23 ĐVHC cấp tỉnh"]),  # the unit with its level (round 27)
    ("Chính phủ đã thông qua 34 hồ sơ Đề án sắp xếp đơn vị hành chính cấp tỉnh; giảm 29 đơn vị.", ["29 đơn vị"]),
    # the map before it and the units it keeps, in a sentence about it
    ("Qua rà soát 10.035 đơn vị hành chính cấp xã hiện nay, số đơn vị thực hiện sắp xếp là 9.907.", []),
    ("Có 128 đơn vị hành chính cấp xã không thực hiện sắp xếp (giữ nguyên).", []),
    # the count a scheme leaves is its aim (ANNOTATION.md); its breakdown by kind and a count put in force are not
    ("Sau sáp nhập, vùng đồng bằng sông Hồng còn 6 tỉnh thành.", ["6 tỉnh thành"]),
    ("Sau sắp xếp, cả nước còn 3.321 đơn vị hành chính cấp xã, gồm 2636 xã, 672 phường và 13 đặc khu.",
     ["3.321 đơn vị hành chính cấp xã"]),
    ("Từ ngày 1/7/2025, sau sắp xếp, cả nước có 34 tỉnh, thành phố.", []),
    ("Sau sắp xếp, cả nước có 34 đơn vị hành chính cấp tỉnh, gồm 06 thành phố trực thuộc Trung ương và 28 tỉnh.",
     ["34 đơn vị hành chính cấp tỉnh"]),
    # kinds of place break a count of places down even where the report's sum is off
    ("Tỉnh xây dựng 124 phương án sắp xếp 325 đơn vị hành chính cấp xã để hình thành 120 đơn vị hành chính cấp xã mới "
     "(103 xã, 20 phường, 1 đặc khu), giảm 205 đơn vị.", ["120 đơn vị hành chính cấp xã", "205 đơn vị"]),
    # an act after "sau" dates the figure, it does not govern it
    ("Dự kiến quy mô kinh tế sau hợp nhất khoảng 07 tỷ USD.", ["khoảng 07 tỷ USD"]),
    # the size of a place or ship described is no aim (round 22: diện tích, trọng tải); an area to reach is
    ("Khoanh vùng bảo vệ di tích Mái đá làng Vành, diện tích 5,663 ha.", []),
    ("Khu lưu giữ chất thải quy hoạch phía Tây Nam của Cảng, diện tích khoảng 1,0 ha.", []),
    ("Bến cảng tổng hợp tiếp nhận tàu trọng tải đến 10.000 tấn đầy tải.", []),
    ("Phấn đấu trồng mới 500 ha rừng tập trung.", ["500 ha"]),
    # a length the clause builds or aims at is a target; a distance from somewhere is not (round 22)
    ("Dự án đầu tư khoảng 53,7 km, chia thành 03 dự án thành phần.", ["khoảng 53,7 km", "03 dự án thành phần"]),
    ("Mục tiêu hoàn thành, bảo đảm đạt 3.000 km đường cao tốc trong năm 2025.", ["3.000 km"]),
    ("Phan Thiết nằm cách Thành phố Hồ Chí Minh khoảng 168 km theo đường cao tốc.", []),
    # a minimum under a lead-in of conditions is a criterion, like a threshold (round 22)
    ("Chuyên gia tư vấn phải đáp ứng một trong các điều kiện sau:\na) Đã chủ trì lập ít nhất 01 quy hoạch cùng cấp;\n"
     "b) Đã trực tiếp tham gia lập ít nhất 02 quy hoạch cùng cấp.", []),
    # a count whose noun opens what follows its colon names its members or spells a slogan (round 22)
    ("Tách phòng Tổ chức - Hành chính thành 02 phòng: Phòng Tổ chức - Cán bộ và Phòng Hành chính - Quản trị.", []),
    ("Phân công nhiệm vụ 6 rõ: rõ người, rõ việc, rõ trách nhiệm.", []),
    # the articles of a legal text are counted parts; a count of business conditions is not (round 22)
    ("Nghị định 226/2026/NĐ-CP gồm 10 điều, có hiệu lực từ ngày ký.", []),
    ("Phấn đấu cắt giảm 447 điều kiện kinh doanh.", ["447 điều kiện kinh doanh"]),
    # a gap to the plan or a shortage is measured, not aimed at (round 22)
    ("Sản lượng từ 51% lên đạt 59%, còn chậm 12% so với kế hoạch.", ["59%"]),
    ("Dự án còn thiếu 1,4 triệu m3 đất đắp.", []),
    ("Dự án Hữu Nghị - Chi Lăng còn 21/42 vị trí chưa bàn giao.", []),
    ("Danh mục dự án thí điểm gồm 148 khu đất với tổng diện tích khoảng 840,36 ha.", ["148 khu đất", "khoảng 840,36 ha"]),
])
def test_what_a_figure_describes_and_what_it_aims_at(text: str, expected: list[str]) -> None:
    from kehoach_nlp import extract_text

    assert [t.text for t in extract_text("# Tin tức\n\n" + text + "\n").targets] == expected


@pytest.mark.parametrize("text, quote, status, deadline", [
    # round 26: a subhead that names dated aims makes the figures under it aims, "đạt" or not …
    ("# Báo cáo\n\nKhó khăn ảnh hưởng giảm thu\n\nTình hình như sau:\n\n1. Dự báo các chỉ tiêu kinh tế - xã hội đến năm "
     "2026\n\n- Tổng vốn đầu tư xã hội đạt khoảng 270.000 tỷ đồng.\n", "khoảng 270.000 tỷ đồng", "target", 2026),
    # … one that names only a time does not (its year is still the heading's, through the section tree)
    ("# Báo cáo\n\nKhó khăn ảnh hưởng giảm thu\n\nTình hình như sau:\n\n1. Kết quả thực hiện trong năm 2024\n\n"
     "- Tổng vốn đầu tư xã hội đạt khoảng 270.000 tỷ đồng.\n", "khoảng 270.000 tỷ đồng", "achieved", 2024),
])
def test_a_dated_aims_subhead_makes_aims(text: str, quote: str, status: str, deadline: int | None) -> None:
    found = {t.text: t for t in targets(text)}
    assert quote in found, list(found)
    assert (found[quote].status, found[quote].deadline) == (status, deadline)
