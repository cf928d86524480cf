"""Rebuild ``../shared/real-plans-fresh/`` (the texts the fresh gold labels) from a checkout of the public dataset.

The texts never enter this repository; a new machine has the gold but not them. This script copies, for every
``gold/fresh/*.json`` and ``gold/fresh/targets_only/*.json``, the dataset page whose text has the gold file's ``text_sha256`` to ``<out>/<source>``: by the
source's file name first, else by hash (the pages of batches 25-29 carry other file names in the dataset's newer
snapshots). It reads and copies only; it prints what it could not find and exits 1 then.

    python gold/fresh/seen/rebuild_texts.py --dataset /path/to/tai_lieu_noi_bo/src/etl/dataset \\
        --out ../shared/real-plans-fresh
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1]


def text_hash(path: Path) -> str:
    """The gold's ``text_sha256``: of the text as UTF-8 (undecodable bytes replaced, as the gold's loader reads)."""
    return hashlib.sha256(path.read_text(encoding="utf-8", errors="replace").encode("utf-8")).hexdigest()


def wanted() -> dict[str, str]:
    """``text_sha256`` → ``source`` of every fresh gold file (and of the targets-only dev pages, ``targets_only/``)."""
    found: dict[str, str] = {}
    for path in sorted(GOLD.glob("*.json")) + sorted(GOLD.glob("targets_only/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("source") and data.get("text_sha256"):
            found[data["text_sha256"]] = data["source"]
    return found


def rebuild(dataset: Path, out: Path) -> list[str]:
    """Copy every wanted page into ``out``; return the sources not found."""
    missing = wanted()
    for sha, source in list(missing.items()):  # by file name first
        page = dataset / Path(source).name
        if page.is_file() and text_hash(page) == sha:
            _copy(page, out / source)
            del missing[sha]
    if missing:  # then by hash, over the whole dataset
        for page in sorted(dataset.glob("*.md")):
            source = missing.pop(text_hash(page), None)
            if source is not None:
                _copy(page, out / source)
            if not missing:
                break
    return sorted(missing.values())


def _copy(page: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(page, target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, required=True, help="the dataset's folder of Markdown pages")
    parser.add_argument("--out", type=Path, default=GOLD.parents[2] / "shared" / "real-plans-fresh")
    args = parser.parse_args()
    missing = rebuild(args.dataset, args.out)
    for source in missing:
        print(f"not found in {args.dataset}: {source}", file=sys.stderr)
    print(f"{len(wanted()) - len(missing)} texts in {args.out}; {len(missing)} missing")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
