"""Evaluation: gold loading (quotes → offsets) and scoring (SPEC.md §8–9)."""
