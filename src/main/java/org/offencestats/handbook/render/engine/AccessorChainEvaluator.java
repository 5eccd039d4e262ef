package org.offencestats.handbook.render.engine;

import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.util.StandardExpressionUtils;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Thymeleaf's {@code ${...}} evaluator with a fast path: expressions in the small language of {@link QuickExpression}
 * are read with method handles resolved once per class; everything else, and any value the fast path cannot vouch
 * for, goes to OGNL.
 * Why: OGNL resolves each call reflectively and Thymeleaf re-checks its block lists on every call, which was about a
 * quarter of a large build's CPU (docs/performance.md); the pages' bytes are the same either way.
 */
final class AccessorChainEvaluator implements IStandardVariableExpressionEvaluator {

    private final IStandardVariableExpressionEvaluator ognl;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    /** An expression's reading, and Thymeleaf's verdict on whether its text reaches outside (a function of the text). */
    private record Parsed(Optional<Function<IContext, Object>> quick, boolean external) {
        static Parsed of(String text) {
            return new Parsed(QuickExpression.parse(text), StandardExpressionUtils.containsExternalAccess(text));
        }
    }

    AccessorChainEvaluator(IStandardVariableExpressionEvaluator ognl) {
        this.ognl = ognl;
    }

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        Object value = fastValue(context, expression, expContext);
        if (value == AccessorChain.NOT_MINE) {
            return ognl.evaluate(context, expression, expContext);
        }
        if (!expContext.getPerformTypeConversion()) {
            return value;
        }
        return StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class);
    }

    private Object fastValue(IExpressionContext context, IStandardVariableExpression expression,
                             StandardExpressionExecutionContext expContext) {
        String text = expression.getExpression();
        // Selection targets keep OGNL's rules; so does anything that is not a template's context. Restricted contexts
        // (fragment parameters, links) only forbid what this small language cannot say (expression objects, static
        // and external access) and the request parameters, which OGNL is left to refuse.
        if (!(context instanceof ITemplateContext template) || text == null
                || (expression.getUseSelectionAsRoot() && template.hasSelectionTarget())
                || (expContext.getRestrictVariableAccess() && text.contains("param"))) {
            return AccessorChain.NOT_MINE;
        }
        Parsed read = parsed.get(text); // a plain read first: computeIfAbsent costs more on this hot path
        if (read == null) {
            read = parsed.computeIfAbsent(text, Parsed::of);
        }
        if (read.quick().isEmpty() || (expContext.getRestrictExternalAccess() && read.external())) {
            return AccessorChain.NOT_MINE;
        }
        return read.quick().get().apply(template);
    }
}
