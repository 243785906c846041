package nl.betrokken.common.api;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** The JSON path of the field Jackson failed on, written the way the client wrote it ("boards[2].name"). */
final class JsonFieldPath {

    private JsonFieldPath() {}

    static String of(List<Reference> path) {
        StringBuilder field = new StringBuilder();
        for (Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
