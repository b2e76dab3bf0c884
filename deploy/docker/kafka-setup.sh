#!/bin/bash
# Run once by docker compose (service kafka-setup) as the Kafka administrator, after the three brokers are up and before the
# services start: one SCRAM-SHA-512 user per service, every topic, and the ACLs, the same as the local stack's
# (deploy/local-stack, KafkaAccess): a service writes its own topic and the dead-letter topics of what it reads,
# reads only the topics it consumes, in consumer groups whose names start with its own. Idempotent.
# Passwords must not contain , ] " or \ (Kafka's and JAAS's syntax).
# Every topic is on all three brokers, and a write is acknowledged once two have it: one broker may die (or be
# restarted) without losing or refusing a write (docs/operations.md, "Kafka cluster").
set -euo pipefail

BOOTSTRAP=kafka-1:9094,kafka-2:9094,kafka-3:9094
REPLICATION_FACTOR=${CLS_KAFKA_REPLICATION_FACTOR:-3}
MIN_INSYNC_REPLICAS=${CLS_KAFKA_MIN_INSYNC_REPLICAS:-2}
ADMIN=/tmp/admin.properties
BIN=/opt/kafka/bin
cat > "$ADMIN" <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="${CLS_KAFKA_ADMIN_PASSWORD}";
PROPERTIES

topic() {
  "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --create --if-not-exists \
    --topic "$1" --partitions 3 --replication-factor "$REPLICATION_FACTOR" --config min.insync.replicas="$MIN_INSYNC_REPLICAS"
}

allow() {
  local user=$1
  shift
  "$BIN/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --add --allow-principal "User:$user" "$@" > /dev/null
}

# service <user> <password> "<topics it produces>" "<topics it consumes>"
service() {
  local user=$1 password=$2 topic
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --alter --entity-type users \
    --entity-name "$user" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]"
  for topic in $3; do
    topic "$topic"
    allow "$user" --operation Write --operation Describe --operation Create --topic "$topic"
  done
  for topic in $4; do
    topic "$topic"
    topic "$topic.DLT"
    allow "$user" --operation Read --operation Describe --topic "$topic"
    allow "$user" --operation Write --operation Read --operation Describe --operation Create --topic "$topic.DLT"
  done
  allow "$user" --operation Read --operation Describe --group "$user" --resource-pattern-type prefixed
  echo "kafka-setup: $user ready"
}

# The audit checkpoints: one partition, kept forever; every service writes its chain heads and reads them back.
"$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --create --if-not-exists \
  --topic cls.audit.checkpoints.v1 --partitions 1 --replication-factor "$REPLICATION_FACTOR" \
  --config min.insync.replicas="$MIN_INSYNC_REPLICAS" --config retention.ms=-1
for user in contract-service funding-service governance-service notification-service; do
  allow "$user" --operation Write --operation Read --operation Describe --operation Create --topic cls.audit.checkpoints.v1
done

# The tenant directory's changes: compacted, one partition; contract-service writes, every service and the gateway
# (a user that may do nothing else) read it all, without a consumer group.
"$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --create --if-not-exists \
  --topic cls.tenants.v1 --partitions 1 --replication-factor "$REPLICATION_FACTOR" \
  --config min.insync.replicas="$MIN_INSYNC_REPLICAS" --config cleanup.policy=compact
allow contract-service --operation Write --operation Describe --topic cls.tenants.v1
for user in contract-service funding-service governance-service notification-service gateway; do
  allow "$user" --operation Read --operation Describe --topic cls.tenants.v1
done
"$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$ADMIN" --alter --entity-type users \
  --entity-name gateway --add-config "SCRAM-SHA-512=[iterations=8192,password=$CLS_KAFKA_GATEWAY_PASSWORD]"

service contract-service "$CLS_KAFKA_CONTRACT_PASSWORD" "cls.contract.events" "cls.governance.events"
service funding-service "$CLS_KAFKA_FUNDING_PASSWORD" "cls.funding.events" "cls.contract.events cls.governance.events cls.funding.events"
service governance-service "$CLS_KAFKA_GOVERNANCE_PASSWORD" "cls.governance.events" "cls.contract.events"
service notification-service "$CLS_KAFKA_NOTIFICATION_PASSWORD" "" "cls.contract.events cls.funding.events cls.governance.events"
