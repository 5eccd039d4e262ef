package org.offencestats.handbook.render.engine;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast path gives what OGNL gives, takes the shapes it claims, and leaves OGNL's refusals to OGNL. */
class AccessorChainEvaluatorTest {

    /** Package-private, like most page models: OGNL calls its public accessors, so must the fast path. */
    record Row(String label, Integer count, Row parent, List<String> notes, boolean total, Map<String, Object> extra) { }

    public record Frame(String title, Optional<String> scope) { }

    private static final List<String> EXPRESSIONS = List.of(
            "row", "row.label()", "row.count()", "row.parent()", "row.parent().label()", "row.notes()",
            "row.notes().size()", "!row.notes().isEmpty()", "row.notes().isEmpty()", "row.total()", "!row.total()",
            "row.parent() != null", "row.parent() == null", "row.parent().parent() == null", "row.extra().kind",
            "row.extra().missing", "row.extra().size", "!row.label()", "!row.count()", "frame.title()", "frame.scope()",
            "frame.scope().isPresent()", "absent", "absent == null", "!absent", "row.label().length()",
            "row.label().toUpperCase()", "row.hashCode() != null", "row.parent().notes().size()", "n", "!n", "flag",
            "!flag", "row.extra().isEmpty()", "row.total() ? 'total' : ''", "row.parent() != null ? ' flagged' : ''",
            "row.label() == 'Rape of a female child under 13'", "row.label() != 'x'", "row.label() == 'x' or flag",
            "flag == true", "flag != false", "!flag == true", "!(flag == true)", "flag and row.parent() != null",
            "absent == null and !row.notes().isEmpty()", "flag and (absent == null or row.notes().isEmpty())",
            "absent or row.label()", "flag or row.label()", "row.label() and flag", "flag ? row.label() : 'none'",
            "row.parent() == null ? 'none' : row.parent().label()", "extras['site.css']", "extras['kind']",
            "extras['missing']", "'a'", "''", "'two'", "null", "true", "false", "flag ? 'a' : 'b'", "n == 3",
            "row.count() == null", "row.label() == row.parent().label()", "frame.scope() == null", "row.extra().kind == 'offence'",
            "flag ? 'x' : absent.label()", "(flag)", "!!flag", "row.notes() == null", "row.total() == flag");

    private static Map<String, Object> variables(boolean withParent, boolean emptyLists) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("kind", "offence");
        extra.put("size", "a key named like a map word");
        Row parent = withParent ? new Row("Parent & <child>", 7, null, List.of("a"), true, Map.of()) : null;
        List<String> notes = emptyLists ? List.of() : new ArrayList<>(List.of("x", "y"));
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("row", new Row("Rape of a female child under 13", emptyLists ? null : 1234, parent, notes, !emptyLists, extra));
        vars.put("frame", new Frame("Title", emptyLists ? Optional.empty() : Optional.of("scope")));
        vars.put("n", emptyLists ? 0 : 3);
        vars.put("flag", !emptyLists);
        vars.put("extras", Map.of("site.css", "site.abc123.css", "kind", "x"));
        return vars;
    }

    private static TemplateEngine engine(boolean fast) {
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        if (fast) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new AccessorChainEvaluator(new OGNLVariableExpressionEvaluator(true)));
            engine.setDialect(dialect);
        }
        return engine;
    }

    private static String render(TemplateEngine engine, String template, Map<String, Object> vars) {
        try {
            return engine.process(template, new Context(Locale.UK, vars));
        } catch (TemplateProcessingException e) {
            return "error: " + e.getCause();
        }
    }

    @Test
    void everyExpressionRendersAsOgnlRendersIt() {
        TemplateEngine ognl = engine(false);
        TemplateEngine fast = engine(true);
        for (boolean withParent : new boolean[] {true, false}) {
            for (boolean emptyLists : new boolean[] {true, false}) {
                Map<String, Object> vars = variables(withParent, emptyLists);
                for (String expression : EXPRESSIONS) {
                    for (String template : List.of("<p th:text=\"${" + expression + "}\">x</p>",
                            "<a th:href=\"@{${" + expression + "}}\">x</a>",
                            "<p th:insert=\"~{::frag(v=${" + expression + "})}\">x</p><i th:fragment=\"frag(v)\" th:text=\"${v}\">y</i>",
                            "<p th:if=\"${" + expression + "}\">shown</p>",
                            "<p th:attr=\"data-v=${" + expression + "}\">x</p>")) {
                        assertThat(render(fast, template, vars))
                                .as("%s with parent=%s empty=%s", template, withParent, emptyLists)
                                .isEqualTo(render(ognl, template, vars));
                    }
                }
            }
        }
    }

    @Test
    void iterationStatusAndRestrictedContextsRenderAsOgnlRendersThem() {
        Map<String, Object> vars = variables(true, false);
        for (String template : List.of(
                "<ul><li th:each=\"n, s : ${row.notes()}\" th:text=\"${n}\" th:classappend=\"${!s.last ? 'more' : ''}\">x</li></ul>",
                "<p th:each=\"n, s : ${row.notes()}\" th:if=\"${s.last}\" th:text=\"${s.index}\">x</p>",
                "<p th:insert=\"~{::frag(v=${param})}\">x</p><i th:fragment=\"frag(v)\" th:text=\"${v}\">y</i>")) {
            assertThat(render(engine(true), template, vars)).as(template).isEqualTo(render(engine(false), template, vars));
        }
    }

    @Test
    void theCommonShapesTakeTheFastPath() {
        Context template = new Context(Locale.UK, variables(true, false));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("row.parent().label()", "Parent & <child>");
        expected.put("!row.notes().isEmpty()", true);
        expected.put("row.parent() != null", true);
        expected.put("row.notes().size()", 2);
        expected.put("row.extra().kind", "offence");
        expected.put("extras['site.css']", "site.abc123.css");
        expected.put("row.total() ? 'total' : ''", "total");
        expected.put("row.label() == 'xy' or flag", true);
        expected.put("flag and absent", null);
        expected.put("!flag == true", false);
        expected.forEach((expression, value) -> assertThat(QuickExpression.parse(expression).orElseThrow().apply(template))
                .as(expression).isEqualTo(value));
        // values whose meaning OGNL decides
        for (String ognlDecides : List.of("!n", "row.extra().size", "absent.label()", "absent or row.label()")) {
            assertThat(QuickExpression.parse(ognlDecides).orElseThrow().apply(template)).as(ognlDecides).isSameAs(AccessorChain.NOT_MINE);
        }
        for (String other : List.of("n == 3", "a + b", "x.y(1)", "t[0]", "#lists.isEmpty(x)", "a ? b ? c : d : e", "x.y().z() > 6",
                "not x", "a.b(c)", "x..y", "x.y( )", "'a'", "a || b", "x['k'].y()", "'it\\'s'", "a ? b")) {
            assertThat(QuickExpression.parse(other)).as(other).isEmpty();
        }
    }

    @Test
    void membersThymeleafForbidsAreStillRefused() {
        Map<String, Object> vars = Map.of("thread", Thread.currentThread(), "row", new Row("x", 1, null, List.of(), false, Map.of()));
        for (String expression : List.of("thread.getName()", "row.getClass().getClassLoader()", "thread.getContextClassLoader() != null")) {
            String template = "<p th:text=\"${" + expression + "}\">x</p>";
            assertThatThrownBy(() -> engine(true).process(template, new Context(Locale.UK, vars)))
                    .as(expression).isInstanceOf(TemplateProcessingException.class);
            assertThatThrownBy(() -> engine(false).process(template, new Context(Locale.UK, vars)))
                    .as(expression).isInstanceOf(TemplateProcessingException.class);
        }
    }
}
