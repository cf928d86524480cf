"""Cost of hostile inputs: seconds and peak memory per MB, by shape and size.

Each shape of issue 19 is built at 10 KB, 100 KB and 1 MB (``--big`` adds 5 MB)
beside a normal plan of the same size, and read + extracted in a fresh process
(models loaded before the clock starts), so that peak RSS is that document's
alone. Linear cost shows as a flat s/MB column down the sizes of a shape.

Shapes (:data:`SHAPES`; the same generators feed ``tests/test_linear_cost.py``):

* ``normal``        the corpus plans, repeated
* ``targets``       ``trên 90% xã … 1.600 lượt người`` targets, one long paragraph
* ``bullets``       bullet lines ending ``.\\n``
* ``lead_partner``  ``Sở Y tế chủ trì, phối hợp với …`` repeated
* ``notes``         ``(Cơ quan chủ trì: …; phối hợp: …)`` notes after tasks
* ``provinces``     distinct ``tỉnh Xxxx`` names
* ``one_line``      a plan flattened onto one line
* ``docx_xml``      a .docx with megabytes of paragraph XML
* ``deep_div``      ``<div>`` nested (refused by the HTML depth limit)

Usage::

    python benchmarks/adversarial.py [--sizes 10,100,1000] [--big] [--shapes targets,bullets]
                                     [--timeout 300] [--markdown]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
HEAD = "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nKẾ HOẠCH\nTriển khai công tác y tế năm 2024\nI. MỤC TIÊU\n"


def _repeat(unit: Callable[[int], str], size: int, head: str = HEAD) -> str:
    parts, total, i = [head], len(head.encode()), 0
    while total < size:
        piece = unit(i)
        parts.append(piece)
        total += len(piece.encode())
        i += 1
    return "".join(parts)


def _syllable(rng: random.Random) -> str:
    return rng.choice("BCDGHKLMNPQRSTVX") + rng.choice(["a", "ơ", "iê", "uô", "ư", "o", "e"]) + rng.choice(["", "n", "m", "ng", "c", "t"])


def normal(size: int) -> str:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return _repeat(lambda i: seeds[i % len(seeds)] + "\n", size, "")


def targets(size: int) -> str:
    return _repeat(lambda i: f"phấn đấu trên 90% xã đạt chuẩn quốc gia về y tế, tổ chức {1600 + i}.000 lượt người "
                             f"được tập huấn; ", size)


def bullets(size: int) -> str:
    return _repeat(lambda i: f"- Tổ chức tập huấn cho {i % 90 + 10} cán bộ y tế cơ sở về phòng, chống dịch bệnh.\n", size)


def lead_partner(size: int) -> str:
    return _repeat(lambda i: "Sở Y tế chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ và UBND các huyện "
                             "triển khai kế hoạch. ", size, HEAD + "II. TỔ CHỨC THỰC HIỆN\n")


def notes(size: int) -> str:
    return _repeat(lambda i: f"{i + 1}. Tổ chức kiểm tra, giám sát công tác phòng, chống dịch "
                             "(Cơ quan chủ trì: Sở Y tế; phối hợp: Sở Tài chính, Công an tỉnh, UBND các huyện).\n",
                   size, HEAD + "II. NHIỆM VỤ\n")


def provinces(size: int) -> str:
    rng = random.Random(19)
    return _repeat(lambda i: f"UBND tỉnh {_syllable(rng).title()} {_syllable(rng).title()} phối hợp với "
                             f"tỉnh {_syllable(rng).title()}{i}; ", size)


def one_line(size: int) -> str:
    return normal(size).replace("\n", " ")


def docx_xml(size: int) -> bytes:
    """A .docx whose document.xml holds ``size`` bytes of paragraphs (compresses ~100×)."""
    import zipfile

    import docx

    base = io.BytesIO()
    docx.Document().save(base)
    paragraph = "<w:p><w:r><w:t>- Sở Y tế chủ trì, phối hợp với Sở Tài chính.</w:t></w:r></w:p>"
    body = paragraph * max(1, size // len(paragraph.encode()))
    source, out = zipfile.ZipFile(io.BytesIO(base.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[:data.index(b"<w:body>") + 8] + body.encode() + b"</w:body></w:document>"
            package.writestr(info.filename, data)
    return out.getvalue()


def deep_div(size: int) -> str:
    depth = size // 11
    return "<html><body>" + "<div>" * depth + "Kế hoạch số 1" + "</div>" * depth + "</body></html>"


SHAPES: dict[str, tuple[Callable[[int], "str | bytes"], str]] = {
    "normal": (normal, ".txt"), "targets": (targets, ".txt"), "bullets": (bullets, ".txt"),
    "lead_partner": (lead_partner, ".txt"), "notes": (notes, ".txt"), "provinces": (provinces, ".txt"),
    "one_line": (one_line, ".txt"), "docx_xml": (docx_xml, ".docx"), "deep_div": (deep_div, ".html"),
}

CHILD = """
import json, resource, sys, time
from kehoach_nlp.pipeline import load_models, process_path
load_models()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
document = process_path(sys.argv[1])
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "grown_mb": (peak - before) / 1024, "peak_mb": peak / 1024,
                  "errors": [e.message[:60] for e in document.errors],
                  "records": sum(len(getattr(document, k)) for k in ("citations", "targets", "assignments"))}))
"""


def measure(path: Path, timeout: float) -> dict:
    try:
        result = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                                timeout=timeout, env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    except subprocess.TimeoutExpired:
        return {"seconds": None, "error": f"over {timeout:g} s"}
    if result.returncode:
        return {"seconds": None, "error": (result.stderr.strip().splitlines() or ["?"])[-1][:80]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--big", action="store_true", help="add 5 MB")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds per measurement")
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) * 1000 for s in args.sizes.split(",")] + ([5_000_000] if args.big else [])
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name in args.shapes.split(","):
            make, suffix = SHAPES[name]
            for size in sizes:
                content = make(size)
                path = Path(folder) / f"{name}_{size}{suffix}"
                path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
                mb = len(content if isinstance(content, bytes) else content.encode()) / 1e6
                if suffix == ".docx":
                    mb = size / 1e6  # per MB of XML, the package itself is ~100× smaller
                result = measure(path, args.timeout)
                seconds = result.get("seconds")
                row = (name, f"{size // 1000} KB",
                       "—" if seconds is None else f"{seconds:.2f}",
                       "—" if seconds is None else f"{seconds / mb:.2f}",
                       f"{result.get('grown_mb', 0):.0f}" if seconds is not None else "—",
                       str(result.get("records", "")),
                       result.get("error") or "; ".join(result.get("errors", [])))
                rows.append(row)
                print(" | ".join(row) if args.markdown else "  ".join(f"{c:>12}" for c in row), flush=True)
    if args.markdown:
        print("\n| shape | size | seconds | s/MB | peak growth MB | records | errors |\n|---|---|---|---|---|---|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
