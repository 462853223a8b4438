package org.rehabprogress.wire;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one type is written and read: built once per type from its declaration (a record's
 * components, a sealed interface's permitted records, a list's element type), then applied to every
 * value. A value in a reference position (a record component, an element) may be null: one byte
 * says whether it is there.
 */
abstract class Plan {

  abstract void write(Object value, Bytes.Out out);

  abstract Object read(Bytes.In in);

  /** Returns the plan of a type, as a value that is never null. */
  static Plan of(Type type) {
    return new Builder().plan(type, type.getTypeName());
  }

  /** Builds plans, remembering those under way so that a record may hold itself. */
  private static final class Builder {
    private final Map<Type, Plan> seen = new HashMap<>();

    Plan plan(Type type, String path) {
      Plan known = seen.get(type);
      if (known != null) {
        return known;
      }
      if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
        Type[] args = p.getActualTypeArguments();
        if (raw == List.class || raw == Collection.class || raw == ArrayList.class) {
          return new CollectionPlan(nullable(args[0], path + "[]"), false);
        }
        if (raw == Set.class || raw == LinkedHashSet.class) {
          return new CollectionPlan(nullable(args[0], path + "[]"), true);
        }
        if (raw == Map.class || raw == LinkedHashMap.class) {
          return new MapPlan(nullable(args[0], path + ".key"), nullable(args[1], path + ".value"));
        }
      }
      if (type instanceof GenericArrayType g) {
        Type component = g.getGenericComponentType();
        Class<?> raw =
            component instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
        return new ArrayPlan(raw, nullable(component, path + "[]"));
      }
      if (!(type instanceof Class<?> c)) {
        throw unsupported(type, path);
      }
      Plan primitive = Scalars.of(c);
      if (primitive != null) {
        return primitive;
      }
      if (c.isArray()) {
        Plan array = Scalars.array(c.getComponentType());
        return array != null
            ? array
            : new ArrayPlan(c.getComponentType(), nullable(c.getComponentType(), path + "[]"));
      }
      if (c.isEnum()) {
        return new EnumPlan(c.getEnumConstants());
      }
      if (c.isRecord()) {
        RecordPlan r = new RecordPlan();
        seen.put(type, r);
        r.build(c, this, path);
        return r;
      }
      if (c.isSealed()) {
        Class<?>[] cases = c.getPermittedSubclasses();
        Plan[] plans = new Plan[cases.length];
        SealedPlan s = new SealedPlan(cases, plans);
        seen.put(type, s);
        for (int i = 0; i < cases.length; i++) {
          plans[i] = plan(cases[i], path + "(" + cases[i].getSimpleName() + ")");
        }
        return s;
      }
      Method parse = parser(c);
      if (parse != null) {
        return new TextPlan(parse);
      }
      throw unsupported(type, path);
    }

    /** Returns the plan of a reference position: the value, or null. */
    Plan nullable(Type type, String path) {
      Plan inner = plan(type, path);
      return type instanceof Class<?> c && c.isPrimitive() ? inner : new NullablePlan(inner);
    }
  }

  private static IllegalArgumentException unsupported(Type type, String path) {
    return new IllegalArgumentException(
        "cannot encode "
            + type.getTypeName()
            + " at "
            + path
            + ": a record, a sealed interface of records, an enum, a number, text, a date, an"
            + " array, a list, set or map of those, or a class with a static parse(String)"
            + " that reads its toString() was expected");
  }

  /** Returns a class's public static {@code parse(String)} that returns it, or null. */
  private static Method parser(Class<?> c) {
    if (Modifier.isAbstract(c.getModifiers())) {
      return null;
    }
    try {
      Method m = c.getMethod("parse", String.class);
      return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == c ? m : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** A value that may be null: a byte 0 for null, 1 before the value. */
  private static final class NullablePlan extends Plan {
    private final Plan inner;

    NullablePlan(Plan inner) {
      this.inner = inner;
    }

    @Override
    void write(Object value, Bytes.Out out) {
      if (value == null) {
        out.writeByte(0);
      } else {
        out.writeByte(1);
        inner.write(value, out);
      }
    }

    @Override
    Object read(Bytes.In in) {
      return in.readByte() == 0 ? null : inner.read(in);
    }
  }

  /** A record: its components in declaration order, read back through its canonical constructor. */
  private static final class RecordPlan extends Plan {
    private Method[] accessors;
    private Plan[] plans;
    private Constructor<?> constructor;

    void build(Class<?> c, Builder builder, String path) {
      RecordComponent[] components = c.getRecordComponents();
      accessors = new Method[components.length];
      plans = new Plan[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getType();
        plans[i] =
            builder.nullable(components[i].getGenericType(), path + "." + components[i].getName());
      }
      try {
        constructor = c.getDeclaredConstructor(types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + c, e);
      }
      constructor.setAccessible(true);
    }

    @Override
    void write(Object value, Bytes.Out out) {
      for (int i = 0; i < plans.length; i++) {
        try {
          plans[i].write(accessors[i].invoke(value), out);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + accessors[i], e);
        }
      }
    }

    @Override
    Object read(Bytes.In in) {
      Object[] args = new Object[plans.length];
      for (int i = 0; i < plans.length; i++) {
        args[i] = plans[i].read(in);
      }
      try {
        return constructor.newInstance(args);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot build " + constructor, e);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException(
            "the bytes hold an invalid " + constructor.getDeclaringClass().getSimpleName(),
            e.getCause());
      }
    }
  }

  /** A sealed type: the index of the value's case, then the value as that case. */
  private static final class SealedPlan extends Plan {
    private final Class<?>[] cases;
    private final Plan[] plans;

    SealedPlan(Class<?>[] cases, Plan[] plans) {
      this.cases = cases;
      this.plans = plans;
    }

    @Override
    void write(Object value, Bytes.Out out) {
      for (int i = 0; i < cases.length; i++) {
        if (cases[i].isInstance(value)) {
          out.writeCount(i);
          plans[i].write(value, out);
          return;
        }
      }
      throw new IllegalArgumentException("not a permitted case: " + value.getClass());
    }

    @Override
    Object read(Bytes.In in) {
      return plans[in.readIndex(cases.length)].read(in);
    }
  }

  /** An enum constant, by ordinal. */
  private static final class EnumPlan extends Plan {
    private final Object[] constants;

    EnumPlan(Object[] constants) {
      this.constants = constants;
    }

    @Override
    void write(Object value, Bytes.Out out) {
      out.writeCount(((Enum<?>) value).ordinal());
    }

    @Override
    Object read(Bytes.In in) {
      return constants[in.readIndex(constants.length)];
    }
  }

  /** A value that its class reads back from its text: {@code parse(value.toString())}. */
  private static final class TextPlan extends Plan {
    private final Method parse;

    TextPlan(Method parse) {
      this.parse = parse;
    }

    @Override
    void write(Object value, Bytes.Out out) {
      out.writeString(value.toString());
    }

    @Override
    Object read(Bytes.In in) {
      try {
        return parse.invoke(null, in.readString());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + parse, e);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("the bytes hold an invalid value", e.getCause());
      }
    }
  }

  /** An array of references: the length, then each element. */
  private static final class ArrayPlan extends Plan {
    private final Class<?> component;
    private final Plan element;

    ArrayPlan(Class<?> component, Plan element) {
      this.component = component;
      this.element = element;
    }

    @Override
    void write(Object value, Bytes.Out out) {
      int n = Array.getLength(value);
      out.writeCount(n);
      for (int i = 0; i < n; i++) {
        element.write(Array.get(value, i), out);
      }
    }

    @Override
    Object read(Bytes.In in) {
      int n = in.readCount();
      Object array = Array.newInstance(component, n);
      for (int i = 0; i < n; i++) {
        Array.set(array, i, element.read(in));
      }
      return array;
    }
  }

  /** A list (read as an ArrayList) or a set (a LinkedHashSet): the size, then each element. */
  private static final class CollectionPlan extends Plan {
    private final Plan element;
    private final boolean set;

    CollectionPlan(Plan element, boolean set) {
      this.element = element;
      this.set = set;
    }

    @Override
    void write(Object value, Bytes.Out out) {
      Collection<?> c = (Collection<?>) value;
      out.writeCount(c.size());
      for (Object e : c) {
        element.write(e, out);
      }
    }

    @Override
    Object read(Bytes.In in) {
      int n = in.readCount();
      Collection<Object> c = set ? new LinkedHashSet<>() : new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        c.add(element.read(in));
      }
      return c;
    }
  }

  /** A map, in its iteration order (read as a LinkedHashMap): the size, then key and value. */
  private static final class MapPlan extends Plan {
    private final Plan key;
    private final Plan value;

    MapPlan(Plan key, Plan value) {
      this.key = key;
      this.value = value;
    }

    @Override
    void write(Object map, Bytes.Out out) {
      Map<?, ?> m = (Map<?, ?>) map;
      out.writeCount(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        key.write(e.getKey(), out);
        value.write(e.getValue(), out);
      }
    }

    @Override
    Object read(Bytes.In in) {
      int n = in.readCount();
      Map<Object, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        m.put(key.read(in), value.read(in));
      }
      return m;
    }
  }
}
