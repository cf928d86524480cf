"""Scoring predictions against gold (SPEC.md §9).

Takes: predicted :class:`~kehoach_nlp.records.Document` objects and
:class:`~kehoach_nlp.evaluation.gold.GoldDocument` objects (both in source
offsets). Gives: a :class:`Scoreboard` — micro-averaged figures over the set,
per-document figures, and every false positive / false negative.

Schemes (compare nervaluate's ``strict`` / ``ent_type`` and seqeval's strict mode):

* ``strict`` — a prediction matches a gold record when the spans are identical
  *and* the key agrees (nervaluate ``strict`` with our key in place of the
  entity type; seqeval's strict entity match).
* ``overlap`` — the spans overlap and the key agrees (nervaluate ``ent_type``).
  Unlike nervaluate, matching is one-to-one (largest overlap first), so one long
  prediction cannot match two gold records, and there is no ``partial`` credit.

Keys: citations — ``number``, or ``type`` + name for unnumbered laws;
targets — ``value`` and ``value_max``. Field accuracy is computed over the
pairs matched in the overlap scheme; free-text fields (``title``,
``indicator``) score token-F1 ≥ 0.5 as correct.

Assignments: agency-set F1 (per document, micro over the set); task coverage —
characters of gold task text covered by predicted task text of the same agency
(recall) and the reverse (precision); role/partners/mode/due accuracy over
matched tasks (same agency, overlapping text). Sections: a top-level section
matches when it starts on the same source line; F1 over starts, then kind
accuracy — reported separately for formal plans (gold headings have numbers)
and headingless reports.
"""

from __future__ import annotations

from datetime import date

import unicodedata
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from ..agencies import CONNECTOR
from ..records import Document, Section
from .gold import GoldDocument, GoldRecord

CITATION_FIELDS = ("type", "number", "serial", "year", "sign", "issued_on", "issuer", "title", "relation")
TARGET_FIELDS = ("comparator", "unit", "indicator", "denominator", "deadline", "status")
ASSIGNMENT_FIELDS = ("role", "partners", "mode", "due")
INFO_FIELDS = ("doc_type", "number", "issuer", "place", "issued_on", "title", "period", "draft")
FREE_TEXT = {"title", "indicator", "heading"}


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value).replace("–", "-").replace("—", "-")
        return " ".join(value.split()).casefold().strip(" .;:,")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return sorted(_norm(v) for v in value)
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    return value


def _token_f1(a: Optional[str], b: Optional[str]) -> float:
    ta, tb = (_norm(a) or "").split(), (_norm(b) or "").split()
    if not ta and not tb:
        return 1.0
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(t), tb.count(t)) for t in set(ta))
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def agency_key(name: Any) -> str:
    """Agencies match whatever their punctuation: 'Đài Phát thanh - Truyền hình tỉnh' is
    'Đài Phát thanh và Truyền hình tỉnh'; case, commas, dashes and 'và' are ignored."""
    text = unicodedata.normalize("NFC", str(name or "")).casefold()
    text = " ".join(w for w in text.replace(",", " ").replace("-", " ").replace("–", " ").split() if w != CONNECTOR)
    return text


def field_agrees(name: str, predicted: Any, gold: Any) -> bool:
    if isinstance(predicted, date):  # typed dates compare with the gold's ISO strings
        predicted = predicted.isoformat()
    if name == "partners":
        return sorted(map(agency_key, predicted or [])) == sorted(map(agency_key, gold or []))
    if name in ("issuer", "agency"):  # "Bộ A, Bộ B và Bộ C" is "Bộ A, Bộ B, Bộ C"
        return agency_key(predicted) == agency_key(gold)
    if name in FREE_TEXT:
        return _token_f1(predicted, gold) >= 0.5
    if name == "period":
        pred = predicted.model_dump(by_alias=True) if hasattr(predicted, "model_dump") else predicted
        return _norm(pred) == _norm(gold)
    return _norm(predicted) == _norm(gold)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def merge(self, other: "Accuracy") -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> Optional[float]:
        return round(self.correct / self.total, 4) if self.total else None


@dataclass
class Mistake:
    """A false positive or false negative, for ``kehoach eval --errors``."""

    doc_id: str
    record_type: str
    kind: str  # "FP", "FN" or "field"
    start: int
    end: int
    detail: str
    #: The rule that made the predicted record (SPEC §7); None for a missed gold record.
    rule: Optional[str] = None


def _key(record_type: str, fields: dict) -> Any:
    if record_type == "citations":
        if fields.get("number"):
            return ("number", _norm(fields["number"]))
        return ("name", fields.get("type"), _norm(fields.get("name") or fields.get("text") or fields.get("quote")))
    if record_type == "targets":
        return (_norm(fields.get("value")), _norm(fields.get("value_max")))
    return None


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(pred: list[dict], gold: list[GoldRecord], record_type: str, strict: bool) -> list[tuple[int, int]]:
    """One-to-one matching, largest overlap first. Returns (pred_index, gold_index) pairs."""
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            span_p, span_g = (p["start"], p["end"]), (g.start, g.end)
            if strict and span_p != span_g:
                continue
            ov = _overlap(span_p, span_g)
            if not ov:
                continue
            gold_fields = dict(g.fields)
            if record_type == "citations" and not gold_fields.get("number"):
                gold_fields.setdefault("name", gold_fields.get("name") or None)
                gold_fields["quote"] = None
            pk, gk = _key(record_type, p), _key(record_type, gold_fields)
            if record_type == "citations" and pk and gk and pk[0] == "name" and gk[0] == "name":
                ok = pk[1] == gk[1]  # unnumbered: same type, spans overlap
            else:
                ok = pk == gk
            if ok:
                candidates.append((ov, i, j))
    candidates.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Scoreboard:
    """All figures of one evaluation run."""

    micro: dict[str, Any] = field(default_factory=dict)
    per_document: dict[str, dict[str, Any]] = field(default_factory=dict)
    mistakes: list[Mistake] = field(default_factory=list)

    def flat(self) -> dict[str, float]:
        """Metric name → value, the names ``gold/thresholds.json`` uses."""
        out: dict[str, float] = {}

        def walk(prefix: str, value: Any) -> None:
            if isinstance(value, dict):
                for k, v in value.items():
                    walk(f"{prefix}.{k}" if prefix else k, v)
            elif isinstance(value, (int, float)) and value is not None and not isinstance(value, bool):
                out[prefix] = value

        walk("", self.micro)
        return out


def _span_records(document: Document, record_type: str) -> list[dict]:
    return [r.model_dump() for r in getattr(document, record_type)]


def _score_spans(record_type: str, fields: tuple[str, ...], pred_doc: Document, gold: GoldDocument,
                 board: Scoreboard, totals: dict) -> dict:
    pred = _span_records(pred_doc, record_type)
    gold_records = gold.records.get(record_type, [])
    result: dict[str, Any] = {}
    for scheme in ("strict", "overlap"):
        pairs = _match(pred, gold_records, record_type, strict=scheme == "strict")
        counts = Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold_records) - len(pairs))
        totals[record_type][scheme].add(counts)
        result[scheme] = counts.as_dict()
        if scheme == "overlap":
            matched_p = {i for i, _ in pairs}
            matched_g = {j for _, j in pairs}
            for i, p in enumerate(pred):
                if i not in matched_p:
                    board.mistakes.append(Mistake(gold.doc_id, record_type, "FP", p["start"], p["end"],
                                                  _describe(record_type, p), p.get("rule")))
            for j, g in enumerate(gold_records):
                if j not in matched_g:
                    board.mistakes.append(Mistake(gold.doc_id, record_type, "FN", g.start, g.end,
                                                  _describe(record_type, g.fields)))
            for i, j in pairs:
                for name in fields:
                    if name not in gold_records[j].fields:
                        continue
                    ok = field_agrees(name, pred[i].get(name), gold_records[j].fields[name])
                    totals[record_type]["fields"].setdefault(name, Accuracy()).add(ok)
                    if not ok:
                        board.mistakes.append(Mistake(
                            gold.doc_id, record_type, "field", pred[i]["start"], pred[i]["end"],
                            f"{name}: predicted {pred[i].get(name)!r}, gold {gold_records[j].fields[name]!r}",
                            pred[i].get("rule")))
    return result


def _describe(record_type: str, fields: dict) -> str:
    keys = {"citations": ("type", "number", "issuer"), "targets": ("value", "value_max", "comparator", "unit"),
            "assignments": ("agency", "role")}.get(record_type, ("kind", "number"))
    return ", ".join(f"{k}={fields.get(k)!r}" for k in keys if k in fields)


def _score_assignments(pred_doc: Document, gold: GoldDocument, board: Scoreboard, totals: dict) -> dict:
    pred = pred_doc.assignments
    gold_records = gold.records.get("assignments", [])
    pred_agencies = {agency_key(a.agency) for a in pred}
    gold_agencies = {agency_key(g.fields.get("agency")) for g in gold_records}
    agency_counts = Counts(tp=len(pred_agencies & gold_agencies), fp=len(pred_agencies - gold_agencies),
                           fn=len(gold_agencies - pred_agencies))
    totals["assignments"]["agency_set"].add(agency_counts)
    # task coverage: characters, per agency
    gold_by_agency: dict[Any, list[tuple[int, int]]] = {}
    for g in gold_records:
        gold_by_agency.setdefault(agency_key(g.fields.get("agency")), []).append((g.start, g.end))
    pred_by_agency: dict[Any, list[tuple[int, int]]] = {}
    for p in pred:
        pred_by_agency.setdefault(agency_key(p.agency), []).append((p.start, p.end))

    def covered(spans: list[tuple[int, int]], by: list[tuple[int, int]]) -> tuple[int, int]:
        total = sum(e - s for s, e in spans)
        marks: set[int] = set()
        for s, e in spans:
            for bs, be in by:
                lo, hi = max(s, bs), min(e, be)
                if lo < hi:
                    marks.update(range(lo, hi))
        return len(marks), total

    g_cov = g_tot = p_cov = p_tot = 0
    for agency, spans in gold_by_agency.items():
        c, t = covered(spans, pred_by_agency.get(agency, []))
        g_cov, g_tot = g_cov + c, g_tot + t
    for agency, spans in pred_by_agency.items():
        c, t = covered(spans, gold_by_agency.get(agency, []))
        p_cov, p_tot = p_cov + c, p_tot + t
    cov = totals["assignments"]["coverage"]
    cov["gold_covered"] += g_cov
    cov["gold_total"] += g_tot
    cov["pred_covered"] += p_cov
    cov["pred_total"] += p_tot
    # matched tasks: same agency, largest overlap, one-to-one
    candidates = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold_records):
            if agency_key(p.agency) == agency_key(g.fields.get("agency")):
                ov = _overlap((p.start, p.end), (g.start, g.end))
                if ov:
                    candidates.append((ov, i, j))
    candidates.sort(reverse=True)
    used_p, used_g = set(), set()
    for _, i, j in candidates:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        for name in ASSIGNMENT_FIELDS:
            if name in gold_records[j].fields:
                ok = field_agrees(name, getattr(pred[i], name), gold_records[j].fields[name])
                totals["assignments"]["fields"].setdefault(name, Accuracy()).add(ok)
                if not ok:
                    board.mistakes.append(Mistake(gold.doc_id, "assignments", "field", pred[i].start, pred[i].end,
                                                  f"{name}: predicted {getattr(pred[i], name)!r}, "
                                                  f"gold {gold_records[j].fields[name]!r} ({pred[i].agency})",
                                                  pred[i].rule))
    for j, g in enumerate(gold_records):
        if j not in used_g:
            board.mistakes.append(Mistake(gold.doc_id, "assignments", "FN", g.start, g.end, _describe("assignments", g.fields)))
    for i, p in enumerate(pred):
        if i not in used_p:
            board.mistakes.append(Mistake(gold.doc_id, "assignments", "FP", p.start, p.end,
                                          _describe("assignments", {"agency": p.agency, "role": p.role}), p.rule))
    recall = g_cov / g_tot if g_tot else 1.0
    precision = p_cov / p_tot if p_tot else (1.0 if not g_tot else 0.0)
    return {"agency_set": agency_counts.as_dict(),
            "task_coverage": {"precision": round(precision, 4), "recall": round(recall, 4),
                              "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0}}


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def _score_sections(pred_doc: Document, gold: GoldDocument, board: Scoreboard, totals: dict) -> dict:
    gold_records = gold.records.get("sections", [])
    if not gold_records:
        return {}
    category = "formal" if any(g.fields.get("number") for g in gold_records) else "headingless"
    source = gold.source
    gold_lines: dict[int, GoldRecord] = {}
    for g in gold_records:
        gold_lines.setdefault(_line_of(source, g.start), g)
    pred_lines: dict[int, Section] = {}
    for s in pred_doc.sections:
        pred_lines.setdefault(_line_of(source, s.start), s)
    matched = set(gold_lines) & set(pred_lines)
    counts = Counts(tp=len(matched), fp=len(set(pred_lines) - matched), fn=len(set(gold_lines) - matched))
    bucket = totals["sections"][category]
    bucket["starts"].add(counts)
    kind = Accuracy()
    for line in sorted(matched):
        ok = pred_lines[line].kind == gold_lines[line].fields.get("kind")
        kind.add(ok)
        if not ok:
            s = pred_lines[line]
            board.mistakes.append(Mistake(gold.doc_id, "sections", "field", s.start, s.end,
                                          f"kind: predicted {s.kind!r}, gold {gold_lines[line].fields.get('kind')!r}"))
    bucket["kind"].merge(kind)
    for line in sorted(set(gold_lines) - matched):
        g = gold_lines[line]
        board.mistakes.append(Mistake(gold.doc_id, "sections", "FN", g.start, g.end, _describe("sections", g.fields)))
    for line in sorted(set(pred_lines) - matched):
        s = pred_lines[line]
        board.mistakes.append(Mistake(gold.doc_id, "sections", "FP", s.start, min(s.end, s.start + 60),
                                      f"kind={s.kind!r}, number={s.number!r}"))
    return {"category": category, "start": counts.as_dict(), "kind_accuracy": kind.value}


def score(predictions: Iterable[Document], golds: Iterable[GoldDocument]) -> Scoreboard:
    """Score every gold document against the prediction with the same ``doc_id``."""
    by_id = {d.doc_id: d for d in predictions}
    board = Scoreboard()
    totals: dict[str, Any] = {
        "citations": {"strict": Counts(), "overlap": Counts(), "fields": {}},
        "targets": {"strict": Counts(), "overlap": Counts(), "fields": {}},
        "assignments": {"agency_set": Counts(), "fields": {},
                        "coverage": {"gold_covered": 0, "gold_total": 0, "pred_covered": 0, "pred_total": 0}},
        "sections": {c: {"starts": Counts(), "kind": Accuracy()} for c in ("formal", "headingless")},
        "info": {},
    }
    for gold in golds:
        pred = by_id.get(gold.doc_id) or Document(doc_id=gold.doc_id)
        doc: dict[str, Any] = {
            "citations": _score_spans("citations", CITATION_FIELDS, pred, gold, board, totals),
            "targets": _score_spans("targets", TARGET_FIELDS, pred, gold, board, totals),
            "assignments": _score_assignments(pred, gold, board, totals),
            "sections": _score_sections(pred, gold, board, totals),
        }
        for name in INFO_FIELDS:
            if name in gold.info:
                ok = field_agrees(name, getattr(pred.info, name), gold.info[name])
                totals["info"].setdefault(name, Accuracy()).add(ok)
                if not ok:
                    board.mistakes.append(Mistake(gold.doc_id, "info", "field", 0, 0,
                                                  f"{name}: predicted {getattr(pred.info, name)!r}, gold {gold.info[name]!r}"))
        board.per_document[gold.doc_id] = doc
    cov = totals["assignments"]["coverage"]
    recall = cov["gold_covered"] / cov["gold_total"] if cov["gold_total"] else 1.0
    precision = cov["pred_covered"] / cov["pred_total"] if cov["pred_total"] else (1.0 if not cov["gold_total"] else 0.0)
    board.micro = {
        "citations": {"strict": totals["citations"]["strict"].as_dict(),
                      "overlap": totals["citations"]["overlap"].as_dict(),
                      "field": {k: v.value for k, v in totals["citations"]["fields"].items()}},
        "targets": {"strict": totals["targets"]["strict"].as_dict(),
                    "overlap": totals["targets"]["overlap"].as_dict(),
                    "field": {k: v.value for k, v in totals["targets"]["fields"].items()}},
        "assignments": {"agency_set": totals["assignments"]["agency_set"].as_dict(),
                        "task_coverage": {"precision": round(precision, 4), "recall": round(recall, 4),
                                          "f1": round(2 * precision * recall / (precision + recall), 4)
                                          if precision + recall else 0.0},
                        "field": {k: v.value for k, v in totals["assignments"]["fields"].items()}},
        "sections": {c: {"start": b["starts"].as_dict(), "kind_accuracy": b["kind"].value}
                     for c, b in totals["sections"].items() if b["starts"].tp + b["starts"].fn + b["starts"].fp},
        "info": {k: v.value for k, v in totals["info"].items()},
    }
    return board
