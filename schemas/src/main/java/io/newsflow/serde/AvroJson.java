package io.newsflow.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro data as plain JSON for people and scripts: field names are the schema's, unions are
 * unwrapped (unlike Avro's JSON encoding), timestamps are ISO-8601 strings, bytes are base64.
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
      case RECORD:
        {
          ObjectNode o = F.objectNode();
          IndexedRecord r = (IndexedRecord) v;
          for (Schema.Field f : s.getFields()) {
            o.set(f.name(), value(r.get(f.pos()), f.schema()));
          }
          return o;
        }
      case ARRAY:
        {
          ArrayNode a = F.arrayNode();
          for (Object item : (Collection<?>) v) {
            a.add(value(item, s.getElementType()));
          }
          return a;
        }
      case MAP:
        {
          ObjectNode o = F.objectNode();
          for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
            o.set(e.getKey().toString(), value(e.getValue(), s.getValueType()));
          }
          return o;
        }
      case LONG:
        {
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
      case BYTES:
        {
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

  /**
   * The reverse of {@link #toJson}: plain JSON (as written by {@code newsflow archive} or {@code
   * demo --out}) back into a record of {@code type}. Missing fields take their schema defaults;
   * timestamps may be ISO-8601 strings or epoch milliseconds.
   *
   * @throws IllegalArgumentException naming the field that does not fit the schema
   */
  public static <T extends SpecificRecord> T fromJson(JsonNode json, Class<T> type) {
    SpecificData model = SpecificData.getForClass(type);
    Schema schema = model.getSchema(type);
    Object generic = fromJson(json, schema, schema.getName());
    // through Avro binary, so the class's logical-type conversions (Instant for timestamps) apply
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BinaryEncoder enc = EncoderFactory.get().directBinaryEncoder(out, null);
      new GenericDatumWriter<Object>(schema).write(generic, enc);
      enc.flush();
      return new SpecificDatumReader<T>(schema, schema, model)
          .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot convert JSON to " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static Object fromJson(JsonNode n, Schema s, String path) {
    switch (s.getType()) {
      case NULL:
        if (n == null || n.isNull()) {
          return null;
        }
        throw new IllegalArgumentException(path + ": expected null");
      case UNION:
        {
          if (n == null || n.isNull()) {
            if (s.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL)) {
              return null;
            }
            throw new IllegalArgumentException(path + ": may not be null");
          }
          IllegalArgumentException last = null;
          for (Schema branch : s.getTypes()) {
            if (branch.getType() == Schema.Type.NULL) {
              continue;
            }
            try {
              return fromJson(n, branch, path);
            } catch (IllegalArgumentException e) {
              last = e;
            }
          }
          throw last == null ? new IllegalArgumentException(path + ": no branch fits") : last;
        }
      case RECORD:
        {
          if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(path + ": expected an object");
          }
          GenericData.Record r = new GenericData.Record(s);
          for (Schema.Field f : s.getFields()) {
            JsonNode v = n.get(f.name());
            if (v == null && f.hasDefaultValue()) {
              r.put(
                  f.pos(),
                  GenericData.get().deepCopy(f.schema(), GenericData.get().getDefaultValue(f)));
            } else {
              r.put(f.pos(), fromJson(v, f.schema(), path + "." + f.name()));
            }
          }
          return r;
        }
      case ARRAY:
        {
          if (n == null || !n.isArray()) {
            throw new IllegalArgumentException(path + ": expected an array");
          }
          List<Object> out = new ArrayList<>();
          for (JsonNode item : n) {
            out.add(fromJson(item, s.getElementType(), path + "[]"));
          }
          return out;
        }
      case MAP:
        {
          if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(path + ": expected an object");
          }
          Map<String, Object> out = new LinkedHashMap<>();
          n.properties()
              .forEach(
                  e ->
                      out.put(
                          e.getKey(),
                          fromJson(e.getValue(), s.getValueType(), path + "." + e.getKey())));
          return out;
        }
      case LONG:
        if (n != null
            && n.isTextual()
            && s.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
          try {
            return Instant.parse(n.asText()).toEpochMilli();
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": not an ISO-8601 instant: " + n.asText());
          }
        }
        if (n == null || !n.canConvertToLong()) {
          throw new IllegalArgumentException(path + ": expected a whole number");
        }
        return n.asLong();
      case INT:
        if (n == null || !n.canConvertToInt()) {
          throw new IllegalArgumentException(path + ": expected a whole number");
        }
        return n.asInt();
      case FLOAT:
      case DOUBLE:
        if (n == null || !n.isNumber()) {
          throw new IllegalArgumentException(path + ": expected a number");
        }
        return s.getType() == Schema.Type.FLOAT
            ? (Object) (float) n.asDouble()
            : (Object) n.asDouble();
      case BOOLEAN:
        if (n == null || !n.isBoolean()) {
          throw new IllegalArgumentException(path + ": expected true or false");
        }
        return n.asBoolean();
      case BYTES:
        if (n == null || !n.isTextual()) {
          throw new IllegalArgumentException(path + ": expected base64 text");
        }
        return ByteBuffer.wrap(Base64.getDecoder().decode(n.asText()));
      case ENUM:
        if (n == null || !n.isTextual() || !s.getEnumSymbols().contains(n.asText())) {
          if (s.getEnumDefault() != null) {
            return new GenericData.EnumSymbol(s, s.getEnumDefault());
          }
          throw new IllegalArgumentException(path + ": expected one of " + s.getEnumSymbols());
        }
        return new GenericData.EnumSymbol(s, n.asText());
      case STRING:
        if (n == null || !n.isTextual()) {
          throw new IllegalArgumentException(path + ": expected a string");
        }
        return n.asText();
      default:
        throw new IllegalArgumentException(path + ": unsupported type " + s.getType());
    }
  }

  /** Convenience for generic records decoded by {@link GenericAvroDeserializer}. */
  public static JsonNode toJson(GenericRecord record) {
    return toJson((IndexedRecord) record);
  }
}
