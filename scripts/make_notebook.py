"""Write notebooks/evaluation.ipynb (kept as a script so the notebook is reviewable
as code). Run: python scripts/make_notebook.py"""

from __future__ import annotations

from pathlib import Path

import nbformat as nbf

cells = [
    nbf.v4.new_markdown_cell(
        "# mou-extract: evaluation\n\nRuns the pipeline over the bundled corpus (and the five seeds when "
        "`../shared/seeds` is there), scores it against the gold set with the project's scorer, and plots "
        "per-field F1 and the worst documents. The tests execute this notebook, so it never goes stale."
    ),
    nbf.v4.new_code_cell(
        "import json, os\nfrom pathlib import Path\nimport matplotlib\nmatplotlib.use('Agg')\n"
        "import matplotlib.pyplot as plt\nimport pandas as pd\n"
        "from mou_extract import Pipeline, Settings\nfrom mou_extract.ingest import read_document\n"
        "from mou_extract.score import load_documents, score, format_table\n"
        "ROOT = Path(os.environ.get('MOU_ROOT', Path.cwd().parent if Path.cwd().name == 'notebooks' else Path.cwd()))\n"
        "SEEDS = ROOT.parent / 'shared' / 'seeds'\n"
        "USE_NER = os.environ.get('MOU_NOTEBOOK_NER', '0') == '1'"
    ),
    nbf.v4.new_code_cell(
        "pipe = Pipeline(Settings(use_ner=USE_NER))\nsettings = pipe.settings\n"
        "def run_folder(folder):\n"
        "    out = {}\n"
        "    for p in sorted(folder.iterdir()):\n"
        "        if p.suffix not in ('.txt', '.html', '.htm'):\n            continue\n"
        "        src = read_document(p, max_bytes=settings.max_bytes)\n"
        "        out[src.doc_id] = pipe.extract_document(src).to_dict()\n"
        "    return out\n"
        "pred = run_folder(ROOT / 'corpus')\n"
        "gold = load_documents(ROOT / 'gold' / 'corpus')\n"
        "split = json.loads((ROOT / 'gold' / 'split.json').read_text('utf-8'))\n"
        "len(pred), len(gold)"
    ),
    nbf.v4.new_code_cell(
        "parts = {'dev': score(gold, pred, docs=split['dev']), 'test': score(gold, pred, docs=split['test'])}\n"
        "if SEEDS.is_dir() and (ROOT / 'gold' / 'seeds').is_dir():\n"
        "    parts['seeds'] = score(load_documents(ROOT / 'gold' / 'seeds'), run_folder(SEEDS))\n"
        "print(format_table(parts['test']))"
    ),
    nbf.v4.new_code_cell(
        "rows = []\nfor part, rep in parts.items():\n"
        "    for name, fs in rep.fields.items():\n"
        "        rows.append({'part': part, 'field': name, 'f1': fs.strict.f1, 'f1_lenient': fs.lenient.f1})\n"
        "    rows.append({'part': part, 'field': 'OVERALL', 'f1': rep.overall.strict.f1, 'f1_lenient': rep.overall.lenient.f1})\n"
        "    rows.append({'part': part, 'field': 'record_recall', 'f1': rep.records.recall, 'f1_lenient': None})\n"
        "df = pd.DataFrame(rows)\ntable = df.pivot(index='field', columns='part', values='f1')\ntable"
    ),
    nbf.v4.new_code_cell(
        "ax = table.plot.barh(figsize=(8, 6))\nax.set_xlim(0, 1)\nax.set_xlabel('F1 (strict)')\n"
        "ax.set_title('Per-field F1')\nplt.tight_layout()\nplt.savefig('per_field_f1.png') if os.environ.get('MOU_SAVE_PLOTS') else None"
    ),
    nbf.v4.new_code_cell(
        "everything = score(gold, pred)\n"
        "worst = pd.DataFrame([{'doc_id': d.doc_id, 'f1': d.f1, 'f1_lenient': d.f1_lenient} for d in everything.worst_documents(10)])\n"
        "worst"
    ),
]
nb = nbf.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
out = Path(__file__).resolve().parents[1] / "notebooks" / "evaluation.ipynb"
nbf.write(nb, out)
print("wrote", out)
