"""Batch 27 selection (round 21, second batch): pick21.py's filters, ranked by the batch-27 key."""
import runpy, sys
from pathlib import Path

sys.argv = [sys.argv[0], "27"]
runpy.run_path(str(Path(__file__).with_name("pick21.py")), run_name="__main__")
