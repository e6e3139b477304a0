#!/bin/sh
# Example validation: checks the candidate's evaluation metrics against a threshold.
# The model's identity arrives in the environment (MODEL_NAME, MODEL_VERSION, MODEL_URI, …),
# never as part of the command line.
set -eu
min_auc=0.80
if [ "${1:-}" = "--min-auc" ]; then min_auc=$2; fi
echo "validating $MODEL_NAME $MODEL_VERSION: $MODEL_STAGE -> $MODEL_TARGET_STAGE"
metrics="$MODEL_URI/metrics.txt"
if [ ! -f "$metrics" ]; then
  echo "no metrics at $metrics"
  exit 1
fi
auc=$(awk '$1 == "auc" { print $2 }' "$metrics")
echo "auc $auc, required $min_auc"
if awk -v auc="$auc" -v min="$min_auc" 'BEGIN { exit !(auc + 0 >= min + 0) }'; then
  echo "passed"
else
  echo "auc below $min_auc: stays in staging"
  exit 1
fi
