"""Reads a newsflow topic with Confluent's own Python client and Avro decoder, knowing nothing of newsflow but
the Confluent wire format and the Schema Registry REST API. Prints one JSON line per record.

usage: read_topic.py BOOTSTRAP REGISTRY_URL TOPIC EXPECTED_COUNT
"""
import json
import struct
import sys
import time

from confluent_kafka import Consumer
from confluent_kafka.avro.cached_schema_registry_client import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer

bootstrap, registry_url, topic, expected = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
decoder = MessageSerializer(CachedSchemaRegistryClient({"url": registry_url}))
consumer = Consumer({
    "bootstrap.servers": bootstrap,
    "group.id": "python-interop-%d" % time.time_ns(),
    "auto.offset.reset": "earliest",
    "isolation.level": "read_committed",
    "enable.auto.commit": False,
})
consumer.subscribe([topic])
seen = 0
deadline = time.time() + 60
while seen < expected and time.time() < deadline:
    msg = consumer.poll(1.0)
    if msg is None:
        continue
    if msg.error():
        print("error: %s" % msg.error(), file=sys.stderr)
        sys.exit(1)
    raw = msg.value()
    magic, schema_id = struct.unpack(">bI", raw[:5])
    value = decoder.decode_message(raw, is_key=False)
    out = {"key": msg.key().decode("utf-8"), "schema_id": schema_id, "magic": magic,
           "id": value["id"], "title": value["title"]}
    print(json.dumps(out, ensure_ascii=False))
    seen += 1
consumer.close()
sys.exit(0 if seen == expected else 2)
