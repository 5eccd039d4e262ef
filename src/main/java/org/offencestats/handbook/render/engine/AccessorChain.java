package org.offencestats.handbook.render.engine;

import org.thymeleaf.context.IContext;
import org.thymeleaf.util.ExpressionUtils;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The shape most template expressions take, read without OGNL: a variable, then zero-argument calls, map keys and
 * bean properties ({@code group.note().text()}, {@code asset['site.css']}, {@code s.last}). {@link #value} gives the
 * same result OGNL would, or {@link #NOT_MINE} when OGNL's rules could differ (a null on the way, a member Thymeleaf
 * forbids, a property with more than one reading), so that the caller hands the whole expression to OGNL and its
 * exact behaviour, errors included.
 */
final class AccessorChain {

    /** Returned by {@link #value} when only OGNL can say what the expression means. */
    static final Object NOT_MINE = new Object();

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    // Words OGNL reads as operators or literals, not as variable or member names.
    private static final Set<String> OGNL_WORDS = Set.of("true", "false", "null", "and", "or", "not", "bor", "xor",
            "band", "eq", "neq", "lt", "gt", "lte", "gte", "shl", "shr", "ushr", "in", "instanceof", "new");
    // Names OGNL's map accessor answers itself instead of looking up the key.
    private static final Set<String> MAP_WORDS = Set.of("size", "keys", "keySet", "values", "isEmpty");
    private static final MethodType ANY_GETTER = MethodType.methodType(Object.class, Object.class);
    private static final ClassValue<Map<String, Optional<MethodHandle>>> CALLS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<MethodHandle>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** A variable indexed by a quoted key: {@code asset['site.css']}. */
    private static final Pattern KEYED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\['([^'\\\\]{2,})'\\]");

    private enum Kind { CALL, PROPERTY, KEY }

    /**
     * One step of the chain. A call step remembers the last class it was made on and its method: a template
     * expression nearly always meets one class, and looking the method up per class and name on every call was most
     * of the fast path's own time at 1,005 disclosures.
     */
    private static final class Step {
        private final String name;
        private final Kind kind;
        private volatile Seen seen;

        Step(String name, Kind kind) {
            this.name = name;
            this.kind = kind;
        }

        String name() {
            return name;
        }

        Kind kind() {
            return kind;
        }

        Optional<MethodHandle> handle(Object target) {
            Seen last = seen;
            if (last != null && last.type() == target.getClass()) {
                return last.handle();
            }
            Optional<MethodHandle> handle = AccessorChain.handle(target, name);
            seen = new Seen(target.getClass(), handle);
            return handle;
        }
    }

    /** A class and the method a call step found on it (or none). */
    private record Seen(Class<?> type, Optional<MethodHandle> handle) { }

    private final String variable;
    private final Step[] steps;

    private AccessorChain(String variable, List<Step> steps) {
        this.variable = variable;
        this.steps = steps.toArray(Step[]::new);
    }

    /** The chain {@code text} is, or empty when it is any other shape. */
    static Optional<AccessorChain> parse(String text) {
        var keyed = KEYED.matcher(text.strip());
        if (keyed.matches()) {
            // a one-character literal in quotes is a char to OGNL, so keys are two characters or more
            return isName(keyed.group(1))
                    ? Optional.of(new AccessorChain(keyed.group(1), List.of(new Step(keyed.group(2), Kind.KEY))))
                    : Optional.empty();
        }
        String[] parts = text.strip().split("\\.", -1);
        if (!isName(parts[0])) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            boolean call = parts[i].endsWith("()");
            String name = call ? parts[i].substring(0, parts[i].length() - 2) : parts[i];
            if (!isName(name)) {
                return Optional.empty();
            }
            steps.add(new Step(name, call ? Kind.CALL : Kind.PROPERTY));
        }
        return Optional.of(new AccessorChain(parts[0], List.copyOf(steps)));
    }

    private static boolean isName(String part) {
        return IDENTIFIER.matcher(part).matches() && !OGNL_WORDS.contains(part);
    }

    /** The chain's value with {@code context} as the root, as OGNL would give it, or {@link #NOT_MINE}. */
    Object value(IContext context) {
        Object target = context.getVariable(variable);
        for (Step step : steps) {
            if (target == null) {
                return NOT_MINE; // OGNL's own error (or its null rules) apply
            }
            target = switch (step.kind()) {
                case CALL -> call(target, step);
                case PROPERTY -> property(target, step.name());
                case KEY -> target instanceof Map<?, ?> map ? map.get(step.name()) : NOT_MINE;
            };
            if (target == NOT_MINE) {
                return NOT_MINE;
            }
        }
        return target;
    }

    private static Object property(Object target, String name) {
        if (target instanceof Map<?, ?> map) {
            return MAP_WORDS.contains(name) ? NOT_MINE : map.get(name);
        }
        if (target instanceof Class<?> || target instanceof Iterable<?> || target.getClass().isArray()) {
            return NOT_MINE; // OGNL has accessors of its own for these
        }
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Optional<MethodHandle> get = handle(target, "get" + cap);
        Optional<MethodHandle> is = handle(target, "is" + cap);
        if (get.isPresent() == is.isPresent() || hasField(target.getClass(), name)) {
            return NOT_MINE; // none, or more than one reading: OGNL's precedence decides
        }
        return invoke(get.isPresent() ? get.get() : is.get(), target);
    }

    private static boolean hasField(Class<?> type, String name) {
        try {
            type.getField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Object call(Object target, Step step) {
        if (target instanceof Class<?>) {
            return NOT_MINE; // static members and Thymeleaf's rules for classes are OGNL's business
        }
        Optional<MethodHandle> handle = step.handle(target);
        return handle.isPresent() ? invoke(handle.get(), target) : NOT_MINE; // the call's value may be null
    }

    private static Optional<MethodHandle> handle(Object target, String name) {
        Map<String, Optional<MethodHandle>> calls = CALLS.get(target.getClass());
        Optional<MethodHandle> known = calls.get(name); // a plain read first: computeIfAbsent costs more on this hot path
        return known != null ? known : calls.computeIfAbsent(name, n -> resolve(target, n));
    }

    private static Object invoke(MethodHandle handle, Object target) {
        try {
            return handle.invokeExact(target);
        } catch (Throwable e) {
            return NOT_MINE; // OGNL calls it again and reports the failure in its own words
        }
    }

    /**
     * The public zero-argument method {@code name} of the target's class, callable from here, if Thymeleaf allows it:
     * the check OGNL's member access makes on every call, made once per class and name (for any object but a
     * {@link Class}, Thymeleaf's verdict depends on the object's class and the member's name alone).
     */
    private static Optional<MethodHandle> resolve(Object target, String name) {
        Class<?> type = target.getClass();
        Method method;
        try {
            method = type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        if (Modifier.isStatic(method.getModifiers()) || !Modifier.isPublic(method.getModifiers())
                || ExpressionUtils.isMemberForbidden(target, name)) {
            return Optional.empty();
        }
        return callable(type, name).map(h -> h.asType(ANY_GETTER));
    }

    /** Looks up the method where a caller outside its package may call it: in the class or a public supertype. */
    private static Optional<MethodHandle> callable(Class<?> type, String name) {
        Deque<Class<?>> types = new ArrayDeque<>(List.of(type));
        while (!types.isEmpty()) {
            Class<?> candidate = types.removeFirst();
            try {
                Method method = candidate.getMethod(name);
                if (isPublicApi(method.getDeclaringClass()) || method.trySetAccessible()) {
                    return Optional.of(MethodHandles.lookup().unreflect(method));
                }
            } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
                // not here; try the supertypes
            }
            if (candidate.getSuperclass() != null) {
                types.addLast(candidate.getSuperclass());
            }
            types.addAll(List.of(candidate.getInterfaces()));
        }
        return Optional.empty();
    }

    private static boolean isPublicApi(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && type.getModule().isExported(type.getPackageName());
    }
}
