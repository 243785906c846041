package nl.betrokken.forms;

import java.util.List;

/** The fields of one form and, for its error summary, a link to every field that is wrong. */
public record Form(List<Field> fields, List<ErrorLink> errors) {

    public record ErrorLink(String target, String text) {}
}
