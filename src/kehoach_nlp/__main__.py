"""``python -m kehoach_nlp``: the same command line as ``kehoach``.

Example::

    $ python -m kehoach_nlp extract corpus/ -o out.jsonl
    $ python -m kehoach_nlp --version
    kehoach 0.1.0
"""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    main()
