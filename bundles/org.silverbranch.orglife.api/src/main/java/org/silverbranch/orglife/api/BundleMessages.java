package org.silverbranch.orglife.api;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.silverbranch.core.api.ErrorMessages;

/**
 * The error messages of one organizational-life bundle: {@code <base>_zh.properties} and {@code <base>_en.properties}
 * (UTF-8) in the bundle, in the core's format ({@code CODE}, {@code CODE.n} for n arguments, {@code field.NAME}).
 * A bundle registers one as its {@link ErrorMessages} service.
 */
public class BundleMessages implements ErrorMessages {

    private final ResourceBundle chinese;
    private final ResourceBundle english;

    /**
     * @param baseName e.g. {@code org.silverbranch.orglife.dues.internal.messages}
     * @param owner    a class of the bundle holding the files: in OSGi only its class loader sees them
     */
    public BundleMessages(String baseName, Class<?> owner) {
        this.chinese = load(baseName, Locale.CHINESE, owner);
        this.english = load(baseName, Locale.ENGLISH, owner);
    }

    /** English when the locale's language is English, Chinese otherwise (the platform's default language). */
    @Override
    public Optional<String> message(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        boolean inEnglish = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        try {
            String text = (inEnglish ? english : chinese).getString(code);
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static ResourceBundle load(String baseName, Locale locale, Class<?> owner) {
        // No fallback: the JVM's default locale must not choose the language.
        return ResourceBundle.getBundle(baseName, locale, owner.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
