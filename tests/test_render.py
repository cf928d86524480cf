"""HTML views (issue 10): content checks, and the page as a person sees it in Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kehoach_nlp.records import Assignment, Citation, Document, DocumentInfo, Section, Target
from kehoach_nlp.render import corpus_summary, render_document, render_report

TEXT = ("KẾ HOẠCH\nI. MỤC TIÊU\nPhấn đấu trên 90% xã, phường được tuyên truyền.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Công an tỉnh: Chủ trì kiểm tra theo Nghị định 167/2013/NĐ-CP & <b>.")


def _document() -> Document:
    t0 = TEXT.index("trên 90%")
    c0 = TEXT.index("Nghị định")
    a0 = TEXT.index("Công an tỉnh")
    k0 = TEXT.index("Chủ trì")
    end = len(TEXT)
    return Document(
        doc_id="demo", info=DocumentInfo(title="Phòng, chống tệ nạn xã hội", number="1/KH-UBND"),
        sections=[Section(kind="preamble", start=0, end=9),
                  Section(kind="objectives", number="I", heading="MỤC TIÊU", start=9, end=TEXT.index("II.")),
                  Section(kind="implementation", number="II", heading="TỔ CHỨC THỰC HIỆN",
                          start=TEXT.index("II."), end=end)],
        targets=[Target(text="trên 90%", start=t0, end=t0 + 8, value=90, comparator=">", unit="%")],
        citations=[Citation(text=TEXT[c0:c0 + 24], start=c0, end=c0 + 24, type="decree",
                            number="167/2013/NĐ-CP", issuer="Chính phủ")],
        assignments=[Assignment(text=TEXT[k0:end - 1], start=k0, end=end - 1, task=TEXT[k0:end - 1],
                                agency="Công an tỉnh", agency_text="Công an tỉnh", agency_start=a0,
                                agency_end=a0 + 12, role="lead")],
    )


def test_document_page_has_every_record_highlighted_with_hover_values() -> None:
    page = render_document(_document(), TEXT)
    assert page.count('class="kh-target" data-records') == 1 and "comparator=&gt;" in page
    assert "kh-task kh-citation" in page  # a citation inside a task: both layers on one segment
    assert "issuer=Chính phủ" in page
    assert "&lt;b&gt;" in page and "<b>.</b>" not in page  # the text is escaped
    assert page.count('href="#sec-') == 3 and 'id="sec-9"' in page
    assert "http://" not in page and "https://" not in page and "<script" not in page  # self-contained


def test_report_counts_and_charts() -> None:
    summary = corpus_summary([_document(), _document()])
    assert summary["led"] == [("Công an tỉnh", 2)]
    assert summary["cited"] == [("167/2013/NĐ-CP", 2)]
    page = render_report([_document()])
    assert "<svg" in page and "Công an tỉnh" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
PROBE = """<script>
window.addEventListener('load', () => {
  const out = {};
  for (const layer of ['citation', 'target', 'agency', 'task']) {
    const els = [...document.querySelectorAll('#text .kh-' + layer)];
    out[layer] = els.filter(el => {
      const r = el.getBoundingClientRect(), s = getComputedStyle(el);
      const painted = s.backgroundColor !== 'rgba(0, 0, 0, 0)' || s.outlineStyle !== 'none';
      return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none' && painted;
    }).length;
  }
  document.body.setAttribute('data-visible', JSON.stringify(out));
});
</script>"""
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (.ci/run installs it)")
def test_highlights_are_visible_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "demo.html"
    page.write_text(render_document(_document(), TEXT).replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=2000",
         "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    match = re.search(r'data-visible="([^"]+)"', result.stdout)
    assert match, result.stderr[-2000:]
    visible = json.loads(match.group(1).replace("&quot;", '"'))
    assert visible == {"citation": 1, "target": 1, "agency": 1, "task": 3}
