"""HTML views: one document with its extractions, and a corpus overview.

Takes: a :class:`~kehoach_nlp.records.Document` and its source text (or many
Documents). Gives: one self-contained HTML string — inline CSS, no script or
font from the network.

* :func:`render_document` — the text with citations, targets, agencies and
  tasks highlighted in distinct colours (overlaps shown by layering: a task is a
  tint, an agency a border, a citation and a target a background), hover text
  with the parsed values, a side panel listing each record's fields and the
  section tree as a navigable outline.
* :func:`render_report` — documents, top agencies by tasks led, most cited
  documents, targets by unit, with inline SVG bar charts.

Example::

    >>> from kehoach_nlp import extract_text
    >>> text = "Căn cứ Nghị định 221/2013/NĐ-CP ngày 30/12/2013 của Chính phủ;"
    >>> html = render_document(extract_text(text), text)
    >>> "kh-citation" in html
    True
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Iterable, Optional

from .records import Document, Section

LAYERS = ("task", "agency", "citation", "target")
COLOURS = {"citation": "#ffd6a5", "target": "#9bf6ff", "agency": "#6a4c93", "task": "#e9f5db",
           "section": "#f1f1f1"}

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fff}
header{padding:12px 20px;background:#1d3557;color:#fff}header h1{font-size:18px;margin:0}
header p{margin:4px 0 0;font-size:13px;opacity:.85}
.layout{display:grid;grid-template-columns:230px 1fr 360px;gap:0;min-height:calc(100vh - 60px)}
nav,aside{padding:12px;font-size:13px;border-right:1px solid #ddd;overflow:auto;max-height:calc(100vh - 60px);position:sticky;top:0}
aside{border-right:0;border-left:1px solid #ddd}
nav ul{list-style:none;padding-left:12px;margin:2px 0}nav a{color:#1d3557;text-decoration:none}
main{padding:16px 24px;line-height:1.7;white-space:pre-wrap;font-size:15px}
.kind{font-size:11px;color:#666;text-transform:uppercase;margin-left:4px}
.kh-task{background:#e9f5db}
.kh-agency{outline:2px solid #6a4c93;outline-offset:-1px;border-radius:2px;color:#3c096c;font-weight:600}
.kh-citation{background:#ffd6a5;border-bottom:2px solid #e76f51}
.kh-target{background:#9bf6ff;border-bottom:2px solid #0077b6;font-weight:600}
.legend span{display:inline-block;padding:1px 6px;margin:2px;border-radius:3px;font-size:12px;color:#222;background-color:#fff}
.legend span.kh-citation{background:#ffd6a5}.legend span.kh-target{background:#9bf6ff}.legend span.kh-task{background:#e9f5db}
.rec{border:1px solid #ddd;border-radius:4px;padding:6px;margin:6px 0;background:#fafafa}
.rec b{color:#1d3557}.rec table{font-size:12px;border-collapse:collapse}
.rec td{padding:1px 4px;vertical-align:top}.rec td:first-child{color:#666}
details summary{cursor:pointer;font-weight:600;margin-top:8px}
.sec-anchor{display:block;position:relative;top:-8px}
"""


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _segments(text: str, spans: list[tuple[int, int, str, int]],
              extra_bounds: Iterable[int] = ()) -> Iterable[tuple[int, int, list[tuple[str, int]]]]:
    """Split ``text`` at every span boundary; yield (start, end, active (layer, record id))."""
    bounds = {0, len(text), *(b for b in extra_bounds if 0 <= b <= len(text))}
    for start, end, _, _ in spans:
        bounds.update((max(0, start), min(len(text), end)))
    ordered = sorted(bounds)
    starts: dict[int, list[tuple[int, str, int]]] = {}
    for start, end, layer, rid in spans:
        starts.setdefault(start, []).append((end, layer, rid))
    active: list[tuple[int, str, int]] = []
    for left, right in zip(ordered, ordered[1:]):
        active = [a for a in active if a[0] > left] + starts.get(left, [])
        yield left, right, [(layer, rid) for _, layer, rid in active]


def _hover(record_type: str, record: dict) -> str:
    keys = {"citation": ("type", "number", "issued_on", "issuer", "relation", "rule"),
            "target": ("value", "value_max", "comparator", "unit", "status", "deadline", "rule"),
            "agency": ("agency", "role", "mode", "rule"), "task": ("agency", "role", "partners", "due", "rule")
            }[record_type]
    return f"{record_type}: " + ", ".join(f"{k}={record.get(k)}" for k in keys if record.get(k) not in (None, [], ""))


def _outline(sections: list[Section], line_of) -> str:
    if not sections:
        return ""
    items = []
    for section in sections:
        label = " ".join(x for x in (section.number, section.heading) if x) or section.kind
        items.append(f'<li><a href="#sec-{section.start}">{_esc(label[:60])}</a>'
                     f'<span class="kind">{_esc(section.kind)} · l.{line_of(section.start)}</span>'
                     f"{_outline(section.children, line_of)}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _record_table(record: dict, skip: tuple[str, ...] = ("text", "task")) -> str:
    rows = "".join(f"<tr><td>{_esc(k)}</td><td>{_esc(v)}</td></tr>" for k, v in record.items()
                   if k not in skip and v not in (None, [], ""))
    return f"<table>{rows}</table>"


def render_document(document: Document, text: str, *, title: Optional[str] = None) -> str:
    """The document as one self-contained HTML page with its extractions."""
    records: list[tuple[str, dict]] = []
    spans: list[tuple[int, int, str, int]] = []
    for a in document.assignments:
        data = a.model_dump(mode="json")
        records.append(("task", data))
        spans.append((a.start, a.end, "task", len(records) - 1))
        records.append(("agency", data))
        spans.append((a.agency_start, a.agency_end, "agency", len(records) - 1))
    for c in document.citations:
        records.append(("citation", c.model_dump(mode="json")))
        spans.append((c.start, c.end, "citation", len(records) - 1))
    for t in document.targets:
        records.append(("target", t.model_dump(mode="json")))
        spans.append((t.start, t.end, "target", len(records) - 1))
    section_starts = {s.start for top in document.sections for s in top.walk()}
    parts: list[str] = []
    for left, right, active in _segments(text, spans, section_starts):
        anchor = f'<span class="sec-anchor" id="sec-{left}"></span>' if left in section_starts else ""
        chunk = _esc(text[left:right])
        if active:
            layers = sorted({layer for layer, _ in active}, key=LAYERS.index)
            classes = " ".join(f"kh-{layer}" for layer in layers)
            hover = "\n".join(_hover(records[rid][0], records[rid][1]) for _, rid in active)
            ids = " ".join(f"r{rid}" for _, rid in active)
            chunk = f'<span class="{classes}" data-records="{ids}" title="{_esc(hover)}">{chunk}</span>'
        parts.append(anchor + chunk)

    def line_of(offset: int) -> int:
        return text.count("\n", 0, offset) + 1

    panel = []
    for label, layer in (("Citations", "citation"), ("Targets", "target"), ("Assignments", "task")):
        items = [(rid, rec) for rid, (kind, rec) in enumerate(records) if kind == layer]
        body = "".join(f'<div class="rec" id="r{rid}"><b>{_esc(rec.get("text", "")[:90])}</b>'
                       f"{_record_table(rec)}</div>" for rid, rec in items)
        panel.append(f"<details open><summary>{label} ({len(items)})</summary>{body}</details>")
    info = document.info
    subtitle = " · ".join(_esc(x) for x in (info.number, info.issuer, info.issued_on) if x)
    legend = "".join(f'<span class="kh-{layer}">{layer}</span>' for layer in ("citation", "target", "agency", "task"))
    errors = "".join(f"<p><b>error</b> ({_esc(e.stage)}): {_esc(e.message)}</p>" for e in document.errors)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{_esc(title or document.doc_id)}</title>
<style>{_STYLE}</style></head><body>
<header><h1>{_esc(info.title or document.doc_id)}</h1><p>{subtitle}</p>
<p class="legend">{legend}</p></header>
<div class="layout"><nav><b>Sections</b>{_outline(document.sections, line_of)}</nav>
<main id="text">{errors}{"".join(parts)}</main>
<aside>{"".join(panel)}</aside></div></body></html>"""


def _bar_chart(rows: list[tuple[str, int]], colour: str, width: int = 560) -> str:
    if not rows:
        return "<p>none</p>"
    top = max(v for _, v in rows) or 1
    bar_h, gap, label_w = 18, 6, 260
    height = len(rows) * (bar_h + gap)
    bars = []
    for i, (label, value) in enumerate(rows):
        y = i * (bar_h + gap)
        w = (width - label_w - 40) * value / top
        bars.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end" font-size="12">{_esc(label[:40])}</text>'
                    f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{colour}"/>'
                    f'<text x="{label_w + w + 4:.1f}" y="{y + 13}" font-size="12">{value}</text>')
    return f'<svg width="{width}" height="{height}" role="img">{"".join(bars)}</svg>'


def corpus_summary(documents: Iterable[Document], top: int = 15) -> dict:
    """Counts an analyst asks for first, over many documents."""
    from .corpus import corpus_labels

    docs = list(documents)
    agency, cited_as = corpus_labels(docs)  # one label per law / body (case, scope-list order)
    led: Counter[str] = Counter()
    supported: Counter[str] = Counter()
    tasks: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    units: Counter[str] = Counter()
    for d in docs:
        for a in d.assignments:
            tasks[agency(a.agency)] += 1
            if a.role == "lead":
                led[agency(a.agency)] += 1
            elif a.role == "support":
                supported[agency(a.agency)] += 1
        for c in d.citations:
            cited[cited_as(c)] += 1
        for t in d.targets:
            units[t.unit or "?"] += 1
    return {"documents": len(docs), "errors": sum(1 for d in docs if d.errors),
            "tasks": tasks.most_common(top), "led": led.most_common(top), "supported": supported.most_common(top),
            "cited": cited.most_common(top), "units": units.most_common(top),
            "rows": [(d.doc_id, d.info.title, len(d.sections), len(d.citations), len(d.targets),
                      len(d.assignments), len(d.errors)) for d in docs]}


def render_report(documents: Iterable[Document]) -> str:
    """A corpus overview page with inline SVG charts."""
    s = corpus_summary(documents)
    rows = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>" for row in s["rows"])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>kehoach report</title><style>{_STYLE}
section{{padding:12px 24px}} table.docs td,table.docs th{{border-bottom:1px solid #eee;padding:3px 8px;font-size:13px}}
</style></head><body><header><h1>kehoach_nlp corpus report</h1>
<p>{s['documents']} documents · {s['errors']} with errors</p></header>
<section><h2>Top agencies by tasks led</h2>{_bar_chart(s['led'], COLOURS['agency'])}</section>
<section><h2>Top agencies by all tasks</h2>{_bar_chart(s['tasks'], '#9d8189')}</section>
<section><h2>Most cited documents</h2>{_bar_chart(s['cited'], '#e76f51')}</section>
<section><h2>Targets by unit</h2>{_bar_chart(s['units'], '#0077b6')}</section>
<section><h2>Documents</h2><table class="docs"><tr><th>doc_id</th><th>title</th><th>sections</th>
<th>citations</th><th>targets</th><th>assignments</th><th>errors</th></tr>{rows}</table></section>
</body></html>"""
