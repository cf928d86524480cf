"""tools/diff_runs.py: two runs compared record by record, the test documents counted but never shown."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("diff_runs", ROOT / "tools" / "diff_runs.py")
diff_runs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(diff_runs)


def _run(path: Path, docs: dict[str, list[dict]]) -> Path:
    path.write_text("".join(json.dumps({"doc_id": doc_id, "assignments": records}, ensure_ascii=False) + "\n"
                            for doc_id, records in docs.items()), encoding="utf-8")
    return path


def _task(agency: str, start: int, task: str) -> dict:
    return {"agency": agency, "start": start, "end": start + len(task), "role": "responsible", "due": None,
            "partners": [], "task": task}


def test_a_changed_dev_document_is_shown_and_a_test_document_only_counted(tmp_path: Path, capsys) -> None:
    test_id = sorted(diff_runs.hidden_documents())[0]
    before = _run(tmp_path / "before.jsonl", {"dev1": [_task("Sở Y tế", 10, "tổ chức tập huấn")],
                                               test_id: [_task("Sở Tài chính", 5, "bố trí kinh phí")]})
    after = _run(tmp_path / "after.jsonl", {"dev1": [_task("Sở Y tế", 10, "tổ chức tập huấn"),
                                                     _task("Công an tỉnh", 40, "phối hợp kiểm tra")],
                                             test_id: []})
    assert diff_runs.main([str(before), str(after), "assignments"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == ["== dev1", "  + ('Công an tỉnh', 40) 'phối hợp kiểm tra'",
                   "1 documents changed, 1 test or held-out documents hidden"]
    assert not any(test_id in line for line in out)


def test_the_hidden_documents_are_the_splits_test_and_held_out_parts() -> None:
    # the splits list paths under the real root; a run's doc ids are file stems
    split = json.loads((ROOT / "gold" / "real" / "split.json").read_text(encoding="utf-8"))
    stems = {part: {Path(name).stem for name in split[part]} for part in ("dev", "test", "held_out")}
    hidden = diff_runs.hidden_documents()
    assert "01bf9d04a5b9e2c8" in hidden and not any("/" in doc_id for doc_id in hidden)
    assert stems["test"] <= hidden and stems["held_out"] <= hidden
    assert not stems["dev"] & hidden
