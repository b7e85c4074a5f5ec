package org.silverbranch.core.rest.internal.error;

import java.text.MessageFormat;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Localized messages of error and field codes, Chinese by default and English when the request prefers it.
 * <p>
 * Each code has a message under its own key. When a code is used with arguments, {@code CODE.n} (n = number of
 * arguments) is preferred if present, so one code can read well with and without arguments. An argument that
 * names a field or an enum value ({@code field.NAME} or {@code value.NAME} exists) is replaced by its label, so a
 * street worker reads 出生日期, not birthDate. A code the core does not know is looked up in the installed
 * modules' messages ({@code ServiceModule.message}). A code without a message falls back
 * to the generic message of its HTTP status, then to {@code ERROR}: a message is never blank.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final String BASE_NAME = "org.silverbranch.core.rest.internal.error.messages";

    /** Messages modules define for their own codes: (code, language) → message. */
    public interface ModuleMessages {
        Optional<String> message(String code, Locale language);
    }

    private final ResourceBundle chinese = load(CHINESE);
    private final ResourceBundle english = load(ENGLISH);
    private final ModuleMessages modules;

    public Messages() {
        this((code, language) -> Optional.empty());
    }

    public Messages(ModuleMessages modules) {
        this.modules = modules;
    }

    /** The language for an {@code Accept-Language} header: the first of Chinese or English it asks for. */
    public static Locale languageFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return CHINESE;
        }
        try {
            // parse() returns the ranges by descending weight.
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() == 0) {
                    continue;
                }
                String language = range.getRange().split("-", 2)[0];
                if (language.equals("en")) {
                    return ENGLISH;
                }
                if (language.equals("zh") || language.equals("*")) {
                    return CHINESE;
                }
            }
        } catch (IllegalArgumentException | IllformedLocaleException e) {
            // A malformed header is no reason to fail a request: fall back to the default language.
        }
        return CHINESE;
    }

    /** The message of a code in the language, formatted with the arguments. */
    public String message(Locale language, String code, List<String> args, int httpStatus) {
        ResourceBundle bundle = ENGLISH.getLanguage().equals(language.getLanguage()) ? english : chinese;
        String pattern = lookup(bundle, code + "." + args.size());
        if (pattern == null) {
            pattern = lookup(bundle, code);
        }
        Locale moduleLanguage = bundle == english ? ENGLISH : CHINESE;
        if (pattern == null) {
            pattern = modules.message(code + "." + args.size(), moduleLanguage)
                    .or(() -> modules.message(code, moduleLanguage)).orElse(null);
        }
        if (pattern == null) {
            pattern = lookup(bundle, "HTTP_" + httpStatus);
        }
        if (pattern == null) {
            pattern = lookup(bundle, httpStatus >= 500 ? "HTTP_500" : "ERROR");
        }
        Object[] values = args.stream().map(arg -> labelOrValue(bundle, moduleLanguage, arg)).toArray();
        return format(pattern, values, bundle.getLocale());
    }

    /** Whether the language has a message of its own for the code (for tests and for choosing codes). */
    public boolean has(Locale language, String code) {
        ResourceBundle bundle = ENGLISH.getLanguage().equals(language.getLanguage()) ? english : chinese;
        return lookup(bundle, code) != null;
    }

    private static String format(String pattern, Object[] values, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        int needed = format.getFormatsByArgumentIndex().length;
        Object[] padded = new Object[Math.max(needed, values.length)];
        System.arraycopy(values, 0, padded, 0, values.length);
        for (int i = values.length; i < padded.length; i++) {
            padded[i] = "";  // a missing argument must not show as "{0}"
        }
        return format.format(padded);
    }

    /** The core's label of a field or value, else the label a module or core bundle gives, else the argument. */
    private String labelOrValue(ResourceBundle bundle, Locale language, String arg) {
        if (arg == null) {
            return "";
        }
        String label = lookup(bundle, "field." + arg);
        if (label == null) {
            label = lookup(bundle, "value." + arg);
        }
        if (label == null) {
            label = modules.message("field." + arg, language)
                    .or(() -> modules.message("value." + arg, language)).orElse(null);
        }
        return label != null ? label : arg;
    }

    private static String lookup(ResourceBundle bundle, String key) {
        try {
            String value = bundle.getString(key);
            return value.isBlank() ? null : value;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static ResourceBundle load(Locale locale) {
        // The bundle's own class loader: in OSGi the thread's context class loader cannot see our resources.
        // No fallback control: the JVM's default locale must not pick the language.
        return ResourceBundle.getBundle(BASE_NAME, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
