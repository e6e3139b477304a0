#!/bin/sh
# Entering production: the offline evaluation. Replace with your own; exit 0 means the version passed.
set -eu
echo "evaluating $MODEL_NAME $MODEL_VERSION from $MODEL_STAGE for $MODEL_TARGET_STAGE"
test -n "$MODEL_URI"
