#!/usr/bin/env bash
# Creates the suite's topics (deploy/kafka/topics.txt) with explicit partition counts, idempotently,
# using Kafka's own kafka-topics.sh (as found in the official apache/kafka image).
#   create-topics.sh <bootstrap-servers> [topics-file] [replication-factor]
#   env: KAFKA_COMMAND_CONFIG, the admin's client properties where the broker authenticates (docker-compose)
set -euo pipefail
bootstrap="${1:?usage: create-topics.sh <bootstrap-servers> [topics-file] [replication-factor]}"
file="${2:-$(dirname "$0")/topics.txt}"
replication="${3:-1}"
topics_cmd="${KAFKA_TOPICS_CMD:-$(command -v kafka-topics.sh || echo /opt/kafka/bin/kafka-topics.sh)}"
auth=()
[ -n "${KAFKA_COMMAND_CONFIG:-}" ] && auth=(--command-config "$KAFKA_COMMAND_CONFIG")

for attempt in $(seq 1 60); do
  if "$topics_cmd" --bootstrap-server "$bootstrap" "${auth[@]}" --list >/dev/null 2>&1; then break; fi
  [ "$attempt" = 60 ] && { echo "Kafka at $bootstrap did not answer" >&2; exit 1; }
  sleep 2
done

grep -v '^\s*#' "$file" | while read -r topic partitions; do
  [ -n "${topic:-}" ] || continue
  "$topics_cmd" --bootstrap-server "$bootstrap" "${auth[@]}" --create --if-not-exists \
    --topic "$topic" --partitions "$partitions" --replication-factor "$replication"
done
"$topics_cmd" --bootstrap-server "$bootstrap" "${auth[@]}" --describe | grep -E '^Topic: bv\.' || true
