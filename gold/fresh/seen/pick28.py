"""Batch 28 selection (round 22): pick21.py's filters, ranked by the batch-28 key."""
import runpy, sys
from pathlib import Path

sys.argv = [sys.argv[0], "28"]
runpy.run_path(str(Path(__file__).with_name("pick21.py")), run_name="__main__")
