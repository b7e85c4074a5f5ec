package org.silverbranch.module.venue.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The module's own messages ({@code messages_zh.properties}, {@code messages_en.properties} beside this class,
 * UTF-8), in the core's format: {@code CODE}, {@code CODE.n} for n arguments, {@code field.NAME} labels.
 */
public final class ModuleMessages {

    private static final String BASE_NAME = "org.silverbranch.module.venue.internal.messages";

    private final ResourceBundle chinese = load(Locale.CHINESE);
    private final ResourceBundle english = load(Locale.ENGLISH);

    /** English when the locale's language is English, Chinese otherwise (the platform's default language). */
    public Optional<String> message(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        boolean inEnglish = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        ResourceBundle bundle = inEnglish ? english : chinese;
        try {
            String text = bundle.getString(code);
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The message with its arguments filled in ({@code CODE.n} for n arguments, else {@code CODE}); empty when unknown. */
    public Optional<String> format(String code, List<String> args, Locale locale) {
        Optional<String> pattern = args.isEmpty() ? Optional.empty() : message(code + "." + args.size(), locale);
        if (pattern.isPresent()) {
            return Optional.of(new MessageFormat(pattern.get(), Locale.ROOT).format(args.toArray()));
        }
        return message(code, locale);
    }

    private static ResourceBundle load(Locale locale) {
        // The bundle's own class loader: in OSGi the thread's context class loader cannot see our resources.
        // No fallback: the JVM's default locale must not choose the language.
        return ResourceBundle.getBundle(BASE_NAME, locale, ModuleMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
