#!/usr/bin/env bash
# Load geoevents Parquet output into BigQuery. Usage: load.sh gs://BUCKET/OUTPUT DATASET
# Partition columns (source, date) come from the Hive folder names. Then the views of
# views.sql (latest versions, merged events, event mentions) are created in the dataset.
set -euo pipefail
out="$1"; dataset="$2"
for table in articles mentions events dead_letters; do
  bq load --replace --source_format=PARQUET \
    --hive_partitioning_mode=CUSTOM \
    --hive_partitioning_source_uri_prefix="$out/$table/{source:STRING}/{date:DATE}" \
    "$dataset.$table" "$out/$table/*" "$(dirname "$0")/$table.json"
done
sed "s/DATASET\./$dataset./g" "$(dirname "$0")/views.sql" | bq query --use_legacy_sql=false
