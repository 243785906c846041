package nl.betrokken.common.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * Whether a message bundle is translated into every language on offer: {@code
 * messages/<bundle>_<code>.properties} exists and has a text for every message of the Dutch interface.
 * Qute itself would quietly show the Dutch text for a key a file lacks; a parent who reads Dutch poorly
 * would then meet one Dutch button in an otherwise Polish page, so a missing text stops the start instead.
 */
public final class BundleTranslations {

    private BundleTranslations() {}

    /** What is missing, one line per file; empty when every language has every text. */
    public static List<String> problems(Class<?> bundle, List<SupportedLanguage> languages, ClassLoader loader) {
        String name = bundleName(bundle);
        List<String> keys = keys(bundle);
        List<String> problems = new ArrayList<>();
        for (SupportedLanguage language : languages) {
            if (language.isDutch()) {
                continue;
            }
            String file = "messages/" + name + "_" + language.code() + ".properties";
            Properties texts = LanguageList.properties(file, loader);
            if (texts == null) {
                problems.add(file + " is missing: " + language.code() + " is on offer, so " + bundle.getSimpleName()
                        + " needs its " + keys.size() + " texts in it");
                continue;
            }
            List<String> missing = keys.stream()
                    .filter(key -> texts.getProperty(key, "").isBlank())
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(file + " lacks " + String.join(", ", missing));
            }
        }
        return problems;
    }

    private static String bundleName(Class<?> bundle) {
        MessageBundle annotation = bundle.getAnnotation(MessageBundle.class);
        if (annotation == null) {
            throw new IllegalArgumentException(bundle + " is not a @MessageBundle");
        }
        if (!Message.ELEMENT_NAME.equals(annotation.defaultKey())) {
            // the keys below are method names; another key strategy would need its own rule here
            throw new IllegalArgumentException(bundle + ": only the default key (the method name) is checked");
        }
        return annotation.value();
    }

    /** The keys Qute looks up: the method name, unless @Message names a key. */
    static List<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()))
                .map(BundleTranslations::key)
                .sorted()
                .toList();
    }

    private static String key(Method method) {
        Message message = method.getAnnotation(Message.class);
        return message == null || Message.DEFAULT_NAME.equals(message.key()) ? method.getName() : message.key();
    }
}
