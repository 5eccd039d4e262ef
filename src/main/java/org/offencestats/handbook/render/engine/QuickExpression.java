package org.offencestats.handbook.render.engine;

import org.thymeleaf.context.IContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of OGNL the templates mostly use, evaluated without OGNL: {@link AccessorChain}s, string literals,
 * {@code null}, {@code true}, {@code false}, {@code !}, {@code ==}, {@code !=}, {@code and}, {@code or}, brackets and
 * {@code a ? b : c}. Each operator follows OGNL's rules for the values it accepts (null, booleans, strings) and answers
 * {@link AccessorChain#NOT_MINE} for any other value, where OGNL's coercions (numbers, characters, collections as
 * booleans) would have to be copied; the caller then lets OGNL evaluate the whole expression.
 */
final class QuickExpression {

    private static final Object NOT_MINE = AccessorChain.NOT_MINE;
    // Tokens: quoted strings without escapes or quotes inside, two-character operators, single characters, and words
    // with their dots, brackets and calls (checked by AccessorChain).
    private static final Pattern TOKEN = Pattern.compile(
            "\\s*('[^'\\\\]*'|==|!=|[!?:()]|[A-Za-z_][A-Za-z0-9_.]*(?:\\(\\))?(?:\\.[A-Za-z_][A-Za-z0-9_]*(?:\\(\\))?)*(?:\\['[^'\\\\]*'])?)");

    /** One node of the expression: evaluates to a value or to {@code NOT_MINE}. */
    private interface Node {
        Object eval(IContext context);
    }

    private final List<String> tokens;
    private int at;

    private QuickExpression(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The evaluator of {@code expression}, or empty when it uses anything beyond this small language. */
    private static Optional<Node> parseNode(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(expression);
        int end = 0;
        while (end < expression.length() && m.find(end) && m.start() == end) {
            tokens.add(m.group(1));
            end = m.end();
        }
        if (!expression.substring(end).isBlank()) {
            return Optional.empty();
        }
        QuickExpression parser = new QuickExpression(tokens);
        Node node = parser.ternary();
        return node != null && parser.at == tokens.size() ? Optional.of(node) : Optional.empty();
    }

    /** {@code expression}'s value with {@code context} as the root, or {@code NOT_MINE}; empty for other shapes. */
    static Optional<java.util.function.Function<IContext, Object>> parse(String expression) {
        return parseNode(expression).map(node -> node::eval);
    }

    private String peek() {
        return at < tokens.size() ? tokens.get(at) : "";
    }

    private boolean take(String token) {
        if (peek().equals(token)) {
            at++;
            return true;
        }
        return false;
    }

    private Node ternary() {
        Node test = or();
        if (test == null || !take("?")) {
            return test;
        }
        Node yes = or();
        Node no = take(":") ? or() : null;
        if (yes == null || no == null) {
            return null;
        }
        return c -> {
            Object t = truth(test.eval(c));
            return t == NOT_MINE ? NOT_MINE : (Boolean) t ? yes.eval(c) : no.eval(c);
        };
    }

    private Node or() {
        return joined("or", true);
    }

    private Node and() {
        return joined("and", false);
    }

    /**
     * OGNL's {@code and} and {@code or} give the last operand they evaluated, not a boolean: {@code or} stops at the
     * first true operand, {@code and} at the first false one.
     */
    private Node joined(String word, boolean stopWhen) {
        List<Node> parts = new ArrayList<>();
        do {
            Node part = word.equals("or") ? and() : comparison();
            if (part == null) {
                return null;
            }
            parts.add(part);
        } while (take(word));
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return c -> {
            Object result = null;
            for (int i = 0; i < parts.size(); i++) {
                result = parts.get(i).eval(c);
                Object t = truth(result);
                if (t == NOT_MINE) {
                    return NOT_MINE;
                }
                if (i < parts.size() - 1 && (Boolean) t == stopWhen) {
                    break;
                }
            }
            return result;
        };
    }

    /** OGNL binds {@code !} tighter than {@code ==}: {@code !a == b} is {@code (!a) == b}. */
    private Node not() {
        if (take("!")) {
            Node inner = not();
            if (inner == null) {
                return null;
            }
            return c -> {
                Object t = truth(inner.eval(c));
                return t == NOT_MINE ? NOT_MINE : !(Boolean) t;
            };
        }
        return operand();
    }

    private Node comparison() {
        Node left = not();
        if (left == null) {
            return null;
        }
        boolean equal = take("==");
        if (!equal && !take("!=")) {
            return left;
        }
        Node right = not();
        if (right == null) {
            return null;
        }
        return c -> {
            Object same = same(left.eval(c), right.eval(c));
            return same == NOT_MINE ? NOT_MINE : equal == (Boolean) same;
        };
    }

    private Node operand() {
        String token = peek();
        if (token.equals("(")) {
            at++;
            Node inner = ternary();
            return inner != null && take(")") ? inner : null;
        }
        if (token.startsWith("'")) {
            String text = token.substring(1, token.length() - 1);
            at++;
            // OGNL reads a single quoted character as a char, not a string
            return text.length() == 1 ? null : c -> text;
        }
        switch (token) {
            case "null" -> { at++; return c -> null; }
            case "true" -> { at++; return c -> Boolean.TRUE; }
            case "false" -> { at++; return c -> Boolean.FALSE; }
            default -> { }
        }
        Optional<AccessorChain> chain = token.isEmpty() ? Optional.empty() : AccessorChain.parse(token);
        if (chain.isEmpty()) {
            return null;
        }
        at++;
        AccessorChain read = chain.get();
        return read::value;
    }

    /** OGNL's truth of a value: null is false, a Boolean is itself; anything else is OGNL's to coerce. */
    private static Object truth(Object value) {
        if (value == NOT_MINE) {
            return NOT_MINE;
        }
        return value == null ? Boolean.FALSE : value instanceof Boolean b ? b : NOT_MINE;
    }

    /** OGNL's equality where it is plain: null against anything, and two strings or two booleans. */
    private static Object same(Object left, Object right) {
        if (left == NOT_MINE || right == NOT_MINE) {
            return NOT_MINE;
        }
        if (left == null || right == null) {
            return left == right;
        }
        if ((left instanceof String && right instanceof String) || (left instanceof Boolean && right instanceof Boolean)) {
            return left.equals(right);
        }
        return NOT_MINE;
    }
}
