"""The environment the benchmarks run newskg's processes in: bytecode caching on.

An installed newskg runs from cached bytecode. Where ``PYTHONDONTWRITEBYTECODE`` is set,
every process compiles all it imports again, which weighs on ``kg build`` and ``kg query``
(they import more than spaCy or pyoxigraph alone) and which no installed copy pays. The
benchmarks run each command once, uncounted, before timing it, so its bytecode is cached.
"""

from __future__ import annotations

import os

BYTECODE_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
