#!/usr/bin/env bash
# Rebuild the embedded Dutch pipeline geoevents/models/nl_geoevents from ../shared/corpora.
# Usage (from the repo root, venv active):  bash training/train.sh [VERSION]
# Never run in CI: CI uses the committed model. About 45-60 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${1:-0.5.0}"
SHARED="${SHARED:-$(cd .. && pwd)/shared}"
WORK=training/work
mkdir -p "$WORK"

# 1. UD Dutch -> DocBin (old LassySmall train harmonised; LassySmall test held out).
python training/prepare_ud.py --ud-dir "$SHARED/corpora/ud" --out "$WORK/corpus"
# 2. Weak NER labels on UD + news templates + Europeana -> train.spacy / dev.spacy.
python training/ner_data.py --ud-dir "$SHARED/corpora/ud" \
  --europeana "$SHARED/corpora/ner/europeana-nl" --out "$WORK/corpus"
# 3. Train tok2vec, morphologizer, parser, lemmatizer and NER together (shared tok2vec).
python -m spacy train training/configs/nl_geoevents.cfg -o "$WORK/model" \
  --paths.train "$WORK/corpus/train.spacy" --paths.dev "$WORK/corpus/dev.spacy"
# 4. The senter has its own tiny encoder: train it alone on the UD split (a few minutes).
python -m spacy train training/configs/senter.cfg -o "$WORK/senter" \
  --paths.train "$WORK/corpus/ud_train.spacy" --paths.dev "$WORK/corpus/ud_dev.spacy"
# 5. Package into the source tree (atomic swap) with meta, licence and attribution.
python training/package_model.py "$WORK/model/model-best" --senter "$WORK/senter/model-best" \
  --version "$VERSION" --ruler after
# 6. Held-out accuracy and speed (numbers for docs/MODEL.md).
python bench/model_accuracy.py --json "$WORK/bench.json"
