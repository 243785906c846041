package nl.betrokken.definitions.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a definition file as UTF-8, or says where it is not: {@code file:line:column: not UTF-8 ...}. */
public final class DefinitionText {

    private DefinitionText() {}

    public static String read(Path path) {
        String name = path.getFileName().toString();
        try {
            return decode(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new DefinitionException(
                    List.of(new DefinitionProblem(name, 1, 1, "cannot read the file: " + e.getMessage())));
        }
    }

    public static String decode(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new DefinitionException(List.of(new DefinitionProblem(
                    name,
                    line,
                    column,
                    String.format(
                            "not UTF-8 (byte 0x%02X); save the file as UTF-8 (in most editors: Save as, encoding UTF-8)",
                            bytes[offset] & 0xFF))));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
