#!/usr/bin/env bash
# Gives each service its own SCRAM-SHA-512 Kafka user and exactly the ACLs of acls.txt, idempotently (run again
# after a password or ACL change). Logs in as the admin (KAFKA_COMMAND_CONFIG, a client properties file).
#   create-acls.sh <bootstrap-servers> [acls-file]
#   env: BV_KAFKA_PASSWORD_<USER> for each user of the file, e.g. BV_KAFKA_PASSWORD_SCORING_SERVICE
set -euo pipefail
bootstrap="${1:?usage: create-acls.sh <bootstrap-servers> [acls-file]}"
file="${2:-$(dirname "$0")/acls.txt}"
bin="${KAFKA_BIN:-/opt/kafka/bin}"
admin=(--bootstrap-server "$bootstrap" --command-config "${KAFKA_COMMAND_CONFIG:?KAFKA_COMMAND_CONFIG: the admin client properties}")

for user in $(grep -v '^\s*#' "$file" | awk 'NF {print $1}' | sort -u); do
  var="BV_KAFKA_PASSWORD_$(echo "$user" | tr 'a-z-' 'A-Z_')"
  password="${!var:?$var: the Kafka password of $user}"
  "$bin/kafka-configs.sh" "${admin[@]}" --alter --entity-type users --entity-name "$user" \
    --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
done

grep -v '^\s*#' "$file" | while read -r user operation resource name; do
  [ -n "${user:-}" ] || continue
  "$bin/kafka-acls.sh" "${admin[@]}" --add --allow-principal "User:$user" --operation "$operation" \
    "--$resource" "$name" --resource-pattern-type literal >/dev/null
done
"$bin/kafka-acls.sh" "${admin[@]}" --list
