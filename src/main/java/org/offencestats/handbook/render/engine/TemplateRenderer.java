package org.offencestats.handbook.render.engine;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.SourceRef;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.util.FastStringWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** One Thymeleaf engine over templates/, built once per build; template errors name the template and line. */
public final class TemplateRenderer {

    /** Each page model type's components in declaration order, looked up once per type rather than once per page. */
    private static final ClassValue<Map<String, java.lang.reflect.Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, java.lang.reflect.Method> computeValue(Class<?> type) {
            Map<String, java.lang.reflect.Method> accessors = new java.util.LinkedHashMap<>();
            for (java.lang.reflect.RecordComponent c : type.getRecordComponents()) {
                accessors.put(c.getName(), c.getAccessor());
            }
            return accessors;
        }
    };

    private final TemplateEngine engine = new TemplateEngine();
    private final Path templatesDir;
    private final Map<String, Integer> pageSizes = new java.util.concurrent.ConcurrentHashMap<>();

    /** Logical asset name to fingerprinted path, given to every template as {@code asset}. */
    private final Map<String, String> assets;

    public TemplateRenderer(Path templatesDir, Map<String, String> assets) {
        this.assets = assets;
        if (!Files.isRegularFile(templatesDir.resolve("layout.html"))) {
            throw new InputError(SourceRef.line(templatesDir.resolve("layout.html").toString(), 0),
                    "the templates directory has no layout.html", "a directory of Thymeleaf templates with layout.html",
                    "run from the project root or pass --templates");
        }
        this.templatesDir = templatesDir;
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templatesDir.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setCacheManager(caches());
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new AccessorChainEvaluator(new OGNLVariableExpressionEvaluator(true)));
        engine.setDialect(dialect);
    }

    /**
     * Thymeleaf's caches, sized for these templates. The expression cache holds 500 entries by default, fewer than the
     * templates' expressions and their parts, so a large build kept evicting and parsing them again; and entries held
     * by soft references can be dropped when the heap is nearly full, as it is in the largest builds. Both caches
     * here keep every entry, as few as the templates have.
     */
    private static org.thymeleaf.cache.StandardCacheManager caches() {
        var caches = new org.thymeleaf.cache.StandardCacheManager();
        caches.setExpressionCacheInitialSize(2048);
        caches.setExpressionCacheMaxSize(16384);
        caches.setExpressionCacheUseSoftReferences(false);
        caches.setTemplateCacheMaxSize(1024);
        caches.setTemplateCacheUseSoftReferences(false);
        return caches;
    }

    /**
     * Parses every template into the engine's cache. Called on a background thread while the model is built, so the
     * engine's start-up cost overlaps with reading content. A template that does not parse is skipped here: it
     * fails again, with its file and line, when a page uses it.
     */
    public void warmUp() {
        try (var files = Files.list(templatesDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.html$", "");
                try {
                    var config = engine.getConfiguration();
                    config.getTemplateManager().parseStandalone(new EngineContext(config, null, Map.of(), Locale.UK, Map.of()),
                            name, null, TemplateMode.HTML, true, true);
                } catch (RuntimeException e) {
                    // reported when the template is used
                }
            }
        } catch (java.io.IOException e) {
            // reported when the templates are used
        }
    }

    /**
     * Renders a page from its models, in order: each record component is a template variable of the same name, and a
     * later model's component replaces an earlier one's (a page's own description over its frame's).
     */
    public String render(String template, Record... models) {
        Map<String, Object> variables = new java.util.HashMap<>();
        for (Record model : models) {
            COMPONENTS.get(model.getClass()).forEach((name, accessor) -> {
                try {
                    variables.put(name, accessor.invoke(model));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("a page model's accessors are public: " + name, e);
                }
            });
        }
        return render(template, variables);
    }

    private String render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        context.setVariable("asset", assets);
        // Pages run to hundreds of kilobytes: starting the buffer near the template's last page size saves growing it
        // (and copying it) a dozen times per page.
        FastStringWriter out = new FastStringWriter(pageSizes.getOrDefault(template, 16 * 1024));
        try {
            engine.process(template, context, out);
            String page = out.toString();
            pageSizes.merge(template, page.length() + page.length() / 8, Math::max);
            return page;
        } catch (TemplateProcessingException e) {
            String name = e.getTemplateName() == null ? template + ".html" : e.getTemplateName();
            String file = name.startsWith(templatesDir.toAbsolutePath().toString()) ? templatesDir.relativize(Path.of(name)).toString() : name;
            Integer line = e.getLine();
            String fileName = Path.of(file).getFileName().toString();
            throw new InputError(new SourceRef("templates/" + (fileName.endsWith(".html") ? fileName : fileName + ".html"), line == null ? 0 : line,
                    e.getCol() == null ? 0 : e.getCol()), "template error: " + e.getMessage(),
                    "a valid Thymeleaf template", "fix the expression at that place in the template", e);
        }
    }
}
