package org.rehabprogress.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * The JSON form shared by report.json and cohort.json: snake_case keys in alphabetical order (map
 * keys too), two-space indentation with {@code \n} line ends on every platform, doubles at full
 * precision (the shortest decimal that reads back as the same double), NaN (none) as {@code null},
 * and dates as ISO {@code yyyy-MM-dd}. The same value always gives the same bytes.
 */
public final class Json {

  private static final ObjectWriter WRITER = writer();

  private Json() {}

  /**
   * Writes a value (records, lists, maps, strings, numbers, dates) followed by a line end. The
   * caller opens and closes the writer; it is flushed, not closed.
   */
  public static void write(Object value, Writer out) throws IOException {
    WRITER.writeValue(out, value);
    out.write('\n');
    out.flush();
  }

  private static ObjectWriter writer() {
    SimpleModule module = new SimpleModule("rehab");
    module.addSerializer(Double.class, new NoneAsNull());
    module.addSerializer(Double.TYPE, new NoneAsNull());
    module.addSerializer(LocalDate.class, ToStringSerializer.instance);
    JsonMapper mapper =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addModule(module)
            .build();
    DefaultIndenter lines = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(lines);
    printer.indentArraysWith(lines);
    return mapper.writer(printer);
  }

  /** Writes a double at full precision, and NaN or an infinity (none) as null. */
  private static final class NoneAsNull extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    NoneAsNull() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value == null || !Double.isFinite(value)) {
        gen.writeNull();
      } else {
        gen.writeNumber(value);
      }
    }
  }
}
