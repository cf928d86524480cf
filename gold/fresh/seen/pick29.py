"""Batch 29 selection (round 22, a targets batch): pick21.py's filters and ranking with batch number 29, plus its
--targets-dense filter (at least five percentages and one aim word), decided before any page was read."""
import runpy, sys
from pathlib import Path

sys.argv = [sys.argv[0], "29", "--targets-dense"]
runpy.run_path(str(Path(__file__).with_name("pick21.py")), run_name="__main__")
