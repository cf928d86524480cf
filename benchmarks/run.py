"""Speed and memory of kehoach_nlp, side by side with two reference points.

Builds a corpus of N documents from ``corpus/`` (the seeds plus varied synthetic
plans made from them: paragraphs reordered, numbers and years changed), then
reports, in one run on the same text:

* full extraction (``kehoach_nlp``) — documents/s, KB/s per core, peak RSS, on
  1 and 2 worker processes (scaling);
* start-up: ``import kehoach_nlp`` plus the first document, in a fresh process;
* ``underthesea.ner`` over the same paragraphs — what a user would reach for
  today (timed on a sample of paragraphs and extrapolated to the corpus);
* a single ``regex`` pass over the text — the floor.

Throughput is timed after the first document, so that it does not include the
one-off start-up (imports and models, reported on their own row); workers forked
from the warmed-up parent share its loaded models.
Rates are given in characters (k chars/s) and in UTF-8 bytes (MB/s): Vietnamese
text is about 1.3 bytes per character, and a "megabyte of text" usually means
the file size. Peak memory is the sum of the resident memory of the whole
process tree (the parent and its workers), sampled every 0.1 s.

Usage::

    python benchmarks/run.py --docs 1000 [--markdown]
    python benchmarks/run.py --memory 10000      # peak RSS of a 2-worker run over 10,000 documents
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
NUMBER = regex.compile(r"\d+")


def build_corpus(target: Path, count: int, seed: int = 7) -> tuple[int, list[str]]:
    """Write ``count`` documents into ``target``; return total characters and all paragraphs."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8")
             for folder in ("corpus", "synthetic") for p in sorted((ROOT / folder).glob("*.txt"))]
    target.mkdir(parents=True, exist_ok=True)
    total = 0
    paragraphs: list[str] = []
    for index in range(count):
        base = seeds[index % len(seeds)]
        if index >= len(seeds):  # a varied synthetic plan
            lines = base.split("\n")
            head, body = lines[:3], lines[3:]
            cut = rng.randrange(len(body) // 2 + 1) if body else 0
            body = body[cut:] + body[:cut] if rng.random() < 0.5 else body
            base = "\n".join(head + body)
            base = NUMBER.sub(lambda m: str(int(m.group()) + rng.randrange(3)) if len(m.group()) < 4 else m.group(),
                              base)
        (target / f"doc_{index:05d}.txt").write_text(base, encoding="utf-8")
        total += len(base)
        if index < len(seeds) * 4:
            paragraphs.extend(p for p in base.split("\n") if p.strip())
    return total, paragraphs


def _tree_memory(process) -> tuple[int, int]:
    """Resident bytes of ``process`` and all its descendants: (sum of RSS, sum of PSS).

    RSS counts pages that forked workers share with their parent once per process (the
    batch runner loads the models before forking, so the workers share them); PSS divides
    each shared page among the processes that share it (Linux) — what the run holds.
    """
    import psutil

    rss = pss = 0
    for proc in [process] + process.children(recursive=True):
        try:
            info = proc.memory_full_info()
        except (psutil.Error, AttributeError):
            continue
        rss += info.rss
        pss += getattr(info, "pss", info.rss)
    return rss, pss


def _largest_rss(process) -> int:
    import psutil

    sizes = []
    for proc in [process] + process.children(recursive=True):
        try:
            sizes.append(proc.memory_info().rss)
        except psutil.Error:
            pass
    return max(sizes, default=0)


def run_extraction(folder: Path, jobs: int, warm: bool = True) -> dict:
    """Run the batch runner in a child process; wall time and the process tree's peak memory.

    ``warm``: extract one document before the clock starts, so that the rate excludes start-up
    (reported on its own row). Unwarmed is how ``kehoach extract`` runs: the parent loads no
    model and each worker loads its own — the run to read memory from.
    """
    import psutil

    out = folder.parent / f"out_{jobs}.jsonl"
    first = sorted(folder.glob("*.txt"))[0]
    warm_up = f"from kehoach_nlp.pipeline import process_path; process_path({str(first)!r})\n" if warm else ""
    code = (
        "import sys, time\n"
        "from kehoach_nlp.batch import run_batch\n"
        + warm_up +
        "t = time.perf_counter()\n"
        f"s = run_batch([{str(folder)!r}], {str(out)!r}, jobs={jobs})\n"
        "print(s.documents, time.perf_counter() - t)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    tree = psutil.Process(child.pid)
    peak_rss = peak_pss = peak_one = 0
    while child.poll() is None:
        rss, pss = _tree_memory(tree)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        peak_one = max(peak_one, _largest_rss(tree))
        time.sleep(0.1)
    stdout = child.stdout.read() if child.stdout else ""
    if child.returncode:
        raise RuntimeError(f"extraction failed with exit code {child.returncode}")
    documents, seconds = stdout.split()
    return {"documents": int(documents), "seconds": float(seconds),
            "peak_rss_mb": peak_rss / 2**20, "peak_pss_mb": peak_pss / 2**20, "largest_rss_mb": peak_one / 2**20}


def startup_seconds() -> float:
    """``import kehoach_nlp`` + the first document, in a fresh process."""
    first = sorted((ROOT / "corpus").glob("*.txt"))[1]
    code = ("import time; t=time.perf_counter(); import kehoach_nlp; "
            f"kehoach_nlp.extract({str(first)!r}); print(time.perf_counter()-t)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(result.stdout.strip())


def underthesea_rate(paragraphs: list[str], budget_seconds: float = 20.0) -> float:
    """Characters per second of ``underthesea.ner`` over the paragraphs (sampled)."""
    from underthesea import ner

    ner(paragraphs[0])  # load the model outside the timing
    chars, started = 0, time.perf_counter()
    for paragraph in paragraphs:
        ner(paragraph)
        chars += len(paragraph)
        if time.perf_counter() - started > budget_seconds:
            break
    return chars / (time.perf_counter() - started)


def regex_floor_rate(folder: Path) -> float:
    """Characters per second of one regex pass (numbers, document numbers) over the texts."""
    pattern = re.compile(r"\d+(?:[./]\d+)*(?:/[A-ZĐ\-]+)?")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    started = time.perf_counter()
    chars = 0
    for text in texts:
        sum(1 for _ in pattern.finditer(text))
        chars += len(text)
    return chars / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--skip-underthesea", action="store_true")
    parser.add_argument("--memory", type=int, metavar="N",
                        help="only measure the peak RSS of a 2-worker run over N documents")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kehoach_bench_"))
    if args.memory:
        try:
            folder = work / "corpus"
            total_chars, _ = build_corpus(folder, args.memory)
            run = run_extraction(folder, 2, warm=False)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"{run['documents']} documents, {total_chars / 1e6:.1f} M chars, 2 workers as `kehoach extract -j 2` "
              f"runs them: {run['seconds']:.0f} s, peak memory of the process tree: "
              f"PSS {run['peak_pss_mb']:.0f} MB (shared pages divided among the processes: what the run holds); "
              f"RSS summed over the processes {run['peak_rss_mb']:.0f} MB (counts the models the forked workers "
              f"share once per process); largest single process {run['largest_rss_mb']:.0f} MB")
        return
    try:
        folder = work / "corpus"
        total_chars, paragraphs = build_corpus(folder, args.docs)
        total_bytes = sum(p.stat().st_size for p in folder.glob("*.txt"))
        kb = total_chars / 1000
        one = run_extraction(folder, 1)
        two = run_extraction(folder, 2)
        cli = run_extraction(folder, 2, warm=False)
        start = startup_seconds()
        floor = regex_floor_rate(folder)
        ner_rate = None if args.skip_underthesea else underthesea_rate(paragraphs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ours = total_chars / one["seconds"]
    mb = total_bytes / 1e6
    rows = [
        ("documents / total text", f"{args.docs} / {total_chars / 1e6:.1f} M chars ({mb:.1f} MB UTF-8)", "", ""),
        ("kehoach_nlp, 1 worker", f"{one['documents'] / one['seconds']:.1f} docs/s",
         f"{kb / one['seconds']:.0f} k chars/s = {mb / one['seconds']:.2f} MB/s per core",
         ""),
        ("kehoach_nlp, 2 workers", f"{two['documents'] / two['seconds']:.1f} docs/s",
         f"{kb / two['seconds'] / 2:.0f} k chars/s = {mb / two['seconds'] / 2:.2f} MB/s per core",
         f"scaling ×{one['seconds'] / two['seconds']:.2f}"),
        ("memory, as `kehoach extract -j 2` runs", f"{cli['documents'] / cli['seconds']:.1f} docs/s incl. start-up", "",
         f"peak of parent + 2 workers: PSS {cli['peak_pss_mb']:.0f} MB (summed RSS {cli['peak_rss_mb']:.0f} MB, "
         f"largest process {cli['largest_rss_mb']:.0f} MB)"),
        ("import + first document", f"{start:.2f} s", "", ""),
        ("underthesea.ner, same paragraphs", "" if ner_rate is None else
         f"{ner_rate / (total_chars / args.docs):.2f} docs/s",
         "" if ner_rate is None else f"{ner_rate / 1000:.0f} k chars/s",
         "" if ner_rate is None else f"kehoach_nlp is ×{ours / ner_rate:.1f} its throughput"),
        ("single regex pass (floor)", f"{floor / (total_chars / args.docs):.0f} docs/s",
         f"{floor / 1000:.0f} k chars/s", ""),
    ]
    if args.markdown:
        print("| measure | rate | per core | notes |\n|---|---:|---:|---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
    else:
        for row in rows:
            print(f"{row[0]:<34} {row[1]:>22} {row[2]:>18}  {row[3]}")


if __name__ == "__main__":
    main()
