package io.newsflow.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;

/**
 * Avro data as plain JSON for people and scripts: field names are the schema's, unions are unwrapped (unlike Avro's
 * JSON encoding), timestamps are ISO-8601 strings, bytes are base64.
 */
public final class AvroJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** Resolves unions for both generic (long) and specific (Instant) timestamps. */
  private static final GenericData MODEL = new GenericData();

  static {
    MODEL.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
  }

  private AvroJson() {}

  public static JsonNode toJson(IndexedRecord record) {
    return value(record, record == null ? Schema.create(Schema.Type.NULL) : record.getSchema());
  }

  private static JsonNode value(Object v, Schema s) {
    if (v == null) {
      return F.nullNode();
    }
    switch (s.getType()) {
      case UNION:
        return value(v, s.getTypes().get(MODEL.resolveUnion(s, v)));
      case RECORD: {
        ObjectNode o = F.objectNode();
        IndexedRecord r = (IndexedRecord) v;
        for (Schema.Field f : s.getFields()) {
          o.set(f.name(), value(r.get(f.pos()), f.schema()));
        }
        return o;
      }
      case ARRAY: {
        ArrayNode a = F.arrayNode();
        for (Object item : (Collection<?>) v) {
          a.add(value(item, s.getElementType()));
        }
        return a;
      }
      case MAP: {
        ObjectNode o = F.objectNode();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
          o.set(e.getKey().toString(), value(e.getValue(), s.getValueType()));
        }
        return o;
      }
      case LONG: {
        LogicalType lt = s.getLogicalType();
        long n = v instanceof Instant i ? i.toEpochMilli() : ((Number) v).longValue();
        if (lt instanceof LogicalTypes.TimestampMillis) {
          return F.textNode(Instant.ofEpochMilli(n).toString());
        }
        return F.numberNode(n);
      }
      case INT:
        return F.numberNode(((Number) v).intValue());
      case FLOAT:
      case DOUBLE:
        return F.numberNode(((Number) v).doubleValue());
      case BOOLEAN:
        return F.booleanNode((Boolean) v);
      case BYTES: {
        ByteBuffer b = ((ByteBuffer) v).duplicate();
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return F.textNode(Base64.getEncoder().encodeToString(bytes));
      }
      case FIXED:
        return F.textNode(Base64.getEncoder().encodeToString(((GenericData.Fixed) v).bytes()));
      default: // STRING, ENUM
        return F.textNode(v.toString());
    }
  }

  /** Convenience for generic records decoded by {@link GenericAvroDeserializer}. */
  public static JsonNode toJson(GenericRecord record) {
    return toJson((IndexedRecord) record);
  }
}
