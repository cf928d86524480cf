"""List the dev gold's near misses: a predicted agency and a gold agency on the same task text, named differently.

Takes: a JSON Lines run of ``kehoach extract`` over the dev documents (any superset will do) and the gold folder.
Gives: one line per (predicted name, gold name) pair that covers the same task text while neither name is in the
other side's agency set for that document, with the document and the words around the gold agency, then a count of
the pairs by their shape (what one name has that the other lacks). Round 39 found its largest gain this way: the gold
wrote ``Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ`` as one group where the extractor gave
three, and ``… cấp xã`` vs ``các … xã`` showed a convention the gold follows both ways (so no rule). Only the dev
split of each real set is read; test and held-out documents are never printed (gold/real/README.md)::

    kehoach extract ../shared/real-plans ../shared/real-plans-fresh -o /tmp/dev.jsonl -q
    python tools/near_misses.py /tmp/dev.jsonl
    python tools/near_misses.py /tmp/dev.jsonl --unread   # gold agencies no predicted record reads at all

Round 42 counted the dev misses this way before reading any: of 430 gold agencies missed, 271 had no predicted record
over any of their tasks (``--unread``) — most of them the subjects of a regulation's sentences that no clause reader
took (a kind of body in the singular, a subject after a fronted condition or a step's label) — and the rest were named
differently (the pairs this tool prints by default).
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from kehoach_nlp.evaluation.columns import REAL_SETS, default_real_root, load_split, set_root
from kehoach_nlp.evaluation.gold import GoldError, load_gold
from kehoach_nlp.evaluation.scoring import agency_key

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = 60  # characters shown before the gold agency


def dev_gold(gold_dir: Path):
    """(doc_id, gold document) for every dev document whose text is present."""
    real_root = default_real_root(gold_dir)
    for real_set in REAL_SETS:
        root = set_root(real_set, real_root)
        for source in load_split(gold_dir, real_set).get("dev", []):
            path = gold_dir / real_set.gold_subdir / f"{Path(source).stem}.json"
            if not path.is_file():
                continue
            try:
                yield Path(source).stem, load_gold(path, [], real_root=root)
            except GoldError:
                continue  # the text is absent on this machine


def shape(predicted: str, gold: str) -> str:
    """What tells two names apart: the plural word alone, one name inside the other (longer, shorter), or other."""
    p, g = (name.casefold().replace(",", " ").split() for name in (predicted, gold))
    if p[1:] == g and p[0] == "các" or g[1:] == p and g[0] == "các":
        return "plural word"
    if set(g) < set(p):
        return "prediction longer"
    if set(p) < set(g):
        return "prediction shorter"
    return "other"


def unread(predicted: list[dict], gold_records: list) -> list:
    """The first gold record of each gold agency that no prediction names and whose tasks no predicted record overlaps
    (a body no reader took, not one named differently), in gold order."""
    predicted_keys = {agency_key(a["agency"]) for a in predicted}
    by_agency: dict[str, list] = {}
    for g in gold_records:
        by_agency.setdefault(agency_key(g.fields.get("agency")), []).append(g)
    return [records[0] for key, records in by_agency.items()
            if key not in predicted_keys
            and not any(a["start"] < g.end and g.start < a["end"] for g in records for a in predicted)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("run", type=Path, help="JSON Lines written by kehoach extract")
    parser.add_argument("--gold", type=Path, default=ROOT / "gold")
    parser.add_argument("--unread", action="store_true",
                        help="list the gold agencies no predicted record reads (no overlap with any of their tasks)")
    args = parser.parse_args()
    runs = {}
    with args.run.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            runs[record["doc_id"]] = record
    if args.unread:
        total = 0
        for doc_id, gold in dev_gold(args.gold):
            for g in unread(runs.get(doc_id, {}).get("assignments", []), gold.records.get("assignments", [])):
                at = g.agency_start if g.agency_start is not None else g.start
                around = gold.source[max(0, at - CONTEXT):at + CONTEXT].replace("\n", "⏎")
                print(f"{doc_id} | {g.fields.get('agency')} | …{around}…")
                total += 1
        print(f"{total:5}  gold agencies no predicted record reads")
        return
    shapes: collections.Counter[str] = collections.Counter()
    for doc_id, gold in dev_gold(args.gold):
        predicted = runs.get(doc_id, {}).get("assignments", [])
        gold_records = gold.records.get("assignments", [])
        gold_keys = {agency_key(r.fields.get("agency")) for r in gold_records}
        predicted_keys = {agency_key(a["agency"]) for a in predicted}
        pairs = set()
        for g in gold_records:
            if agency_key(g.fields.get("agency")) in predicted_keys:
                continue
            for a in predicted:
                if agency_key(a["agency"]) not in gold_keys and a["start"] < g.end and g.start < a["end"]:
                    pairs.add((a["agency"], g.fields.get("agency"), g.agency_start))
        for name, gold_name, at in sorted(pairs, key=lambda p: (p[2] or 0, p[0])):
            before = gold.source[max(0, (at or 0) - CONTEXT):at or 0].replace("\n", "⏎")
            print(f"{doc_id} | {name} | {gold_name} | …{before}")
            shapes[shape(name, gold_name)] += 1
    for kind, count in shapes.most_common():
        print(f"{count:5}  {kind}")


if __name__ == "__main__":
    main()
