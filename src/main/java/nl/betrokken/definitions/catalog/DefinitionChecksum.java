package nl.betrokken.definitions.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.betrokken.definitions.model.Questionnaire;

/**
 * A fingerprint of what a questionnaire means rather than how its file is written: the parsed
 * model in canonical JSON (sorted keys), hashed. Reordering keys or editing comments keeps it.
 */
final class DefinitionChecksum {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private DefinitionChecksum() {}

    static String of(Questionnaire questionnaire) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(questionnaire);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint questionnaire " + questionnaire.id(), e);
        }
    }

    static String canonicalJson(Questionnaire questionnaire) {
        try {
            return new String(CANONICAL.writeValueAsBytes(questionnaire), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
