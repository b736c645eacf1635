"""Choose the development/test split of the corpus (about 30% test), at random
with a fixed seed, and write gold/split.json.

Run once when the corpus changes: ``python scripts/make_split.py``. Rules are
written looking at the development part only.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20261122
TEST_SHARE = 0.3

root = Path(__file__).resolve().parents[1]
docs = sorted(p.stem for p in (root / "corpus").iterdir() if p.suffix in {".txt", ".html", ".htm"})
rng = random.Random(SEED)
test = sorted(rng.sample(docs, round(len(docs) * TEST_SHARE)))
dev = sorted(set(docs) - set(test))
out = {"seed": SEED, "test_share": TEST_SHARE, "dev": dev, "test": test}
(root / "gold" / "split.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(dev)} dev, {len(test)} test → gold/split.json")
