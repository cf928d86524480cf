"""Batch 25 selection (round 20): pick21.py's filters, ranked by the batch-25 key."""
import runpy, sys
from pathlib import Path

sys.argv = [sys.argv[0], "25"]
runpy.run_path(str(Path(__file__).with_name("pick21.py")), run_name="__main__")
