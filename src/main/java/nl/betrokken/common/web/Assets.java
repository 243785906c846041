package nl.betrokken.common.web;

import io.quarkus.qute.TemplateGlobal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The version of the static files, in every page's links to them ({@code /css/app.css?v=…}). It is a
 * hash of their contents, so a browser may keep a file for a year: a changed file has a new address.
 */
@TemplateGlobal
public final class Assets {

    static final List<String> FILES = List.of("css/app.css", "css/print.css", "js/answer.js", "js/print.js");

    /** Read once per start; the files are in the jar and never change while it runs. */
    static final String VERSION = hashOf(FILES);

    private Assets() {}

    static String assetVersion() {
        return VERSION;
    }

    private static String hashOf(List<String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("META-INF/resources/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("static file missing from the build: " + file);
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
