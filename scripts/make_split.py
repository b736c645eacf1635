"""Choose the development/test split of the corpus (about 30% test), at random
with a fixed seed, and write gold/split.json.

The corpus grows in batches written independently (a+b first, then c, d, …,
z, za, zb, …: a batch is the letters before a document's number).
Each batch is split on its own, so adding a batch never moves a document that
was already in the test part into the development part or back: rules are
written looking at the development part only, and the test part stays unseen.
Run after adding documents: ``python scripts/make_split.py``.
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

SEED = 20261122
TEST_SHARE = 0.3
FIRST_BATCH = "ab"  # the first 64 documents, drawn together

root = Path(__file__).resolve().parents[1]
docs = sorted(p.stem for p in (root / "corpus").iterdir() if p.suffix in {".txt", ".html", ".htm"})
batches: dict[str, list[str]] = defaultdict(list)
for d in docs:
    prefix = re.match(r"[a-z]+", d).group(0)  # a01… → a; za01… → za
    batches[FIRST_BATCH if prefix in set(FIRST_BATCH) else prefix].append(d)
test: list[str] = []
for key in sorted(batches):
    members = sorted(batches[key])
    rng = random.Random(SEED if key == FIRST_BATCH else f"{SEED}-{key}")
    test.extend(rng.sample(members, round(len(members) * TEST_SHARE)))
test = sorted(test)
dev = sorted(set(docs) - set(test))
out = {"seed": SEED, "test_share": TEST_SHARE, "batches": {k: len(v) for k, v in sorted(batches.items())}, "dev": dev, "test": test}
(root / "gold" / "split.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(dev)} dev, {len(test)} test → gold/split.json")
