package org.linkwork.platform.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A record as a read-only map of its components (and its other public methods that take nothing, such as
 * {@code tagged()}), for a template that reads hundreds of them a page: {@code ${o.label}} reads the same. A
 * component that is itself a record, or a list of records, is shown the same way.
 *
 * <p>Why: Thymeleaf evaluates {@code ${o.label}} with Spring's expression language, which on each read of a
 * record's property picks a reflective accessor, checks the type against Thymeleaf's list of blocked types and
 * builds a fresh accessor, as the one it picked is never among the evaluation context's own and so is never
 * reused. A map's entries are read through the context's map accessor, which is reused from the second read on.
 * On the find-support page, with forty filter options and ten results, that was about a tenth of a search's CPU.
 */
public final class RecordView extends AbstractMap<String, Object> {

    private static final ClassValue<Map<String, Method>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> readers = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                readers.put(component.getName(), accessible(component.getAccessor()));
            }
            for (Method method : sortedByName(type.getDeclaredMethods())) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.getParameterCount() == 0 && method.getReturnType() != void.class
                        && !readers.containsKey(method.getName())
                        && !Set.of("toString", "hashCode").contains(method.getName())) {
                    readers.put(method.getName(), accessible(method));
                }
            }
            return Collections.unmodifiableMap(readers);
        }
    };

    private final Record record;
    private final Map<String, Method> readers;

    private RecordView(Record record) {
        this.record = record;
        this.readers = READERS.get(record.getClass());
    }

    public static Map<String, Object> of(Record record) {
        return new RecordView(record);
    }

    public static List<Map<String, Object>> of(List<? extends Record> records) {
        return records.stream().map(RecordView::of).toList();
    }

    @Override
    public Object get(Object key) {
        Method reader = readers.get(key);
        if (reader == null) {
            return null;
        }
        try {
            return shown(reader.invoke(record));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static Object shown(Object value) {
        if (value instanceof Record r) {
            return new RecordView(r);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Record) {
            return list.stream().map(e -> e instanceof Record r ? new RecordView(r) : e).toList();
        }
        return value;
    }

    @Override
    public boolean containsKey(Object key) {
        return readers.containsKey(key);
    }

    @Override
    public Set<String> keySet() {
        return readers.keySet();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return readers.keySet().stream()
                .map(name -> new SimpleImmutableEntry<>(name, get(name)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Override
    public String toString() {
        return record.toString();
    }

    private static List<Method> sortedByName(Method[] methods) {
        return Arrays.stream(methods).sorted(Comparator.comparing(Method::getName)).toList();
    }

    private static Method accessible(Method method) {
        // the records a page shows are usually nested in its controller, not public
        method.setAccessible(true);
        return method;
    }
}
