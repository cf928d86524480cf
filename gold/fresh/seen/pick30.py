"""Batch 30 selection (round 23, a formal batch): pick21.py's filters and ranking with batch number 30, decided before
any page was read. A formal targets filter like batch 29's (five percentages and an aim word, or even two) leaves no
unlabelled formal page in the pool, so batch 30 takes the formal pages of the standard ranking."""
import runpy, sys
from pathlib import Path

sys.argv = [sys.argv[0], "30"]
runpy.run_path(str(Path(__file__).with_name("pick21.py")), run_name="__main__")
