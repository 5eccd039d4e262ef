package org.offencestats.handbook.ingest;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.SourceText;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A source is read strictly as UTF-8 text: its lines as published, or an error naming the line to fix. */
class SourceTextReaderTest {

    private static final SourceTextReader READER = new SourceTextReader(100);

    private static SourceText read(String text) {
        return READER.read("x.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void linesAreSplitOnAnyLineEndingAndAByteOrderMarkIsDropped() {
        SourceText text = read("\uFEFFfirst\r\nsecond\n\nlast");
        assertThat(text.file()).isEqualTo("x.txt");
        assertThat(text.lines()).containsExactly("first", "second", "", "last");
        assertThat(read("one\n").lines()).as("a final newline ends the line, it does not start one").containsExactly("one");
    }

    @Test
    void theSameBytesHaveTheSameFingerprint() {
        assertThat(read("a\tb\n").sha256()).isEqualTo(read("a\tb\n").sha256()).hasSize(64).isNotEqualTo(read("a\tc\n").sha256());
    }

    @Test
    void anEmptyOrOversizedFileIsRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InputError.class).hasMessageContaining("x.txt, line 1").hasMessageContaining("empty");
        assertThatThrownBy(() -> read("x".repeat(101))).isInstanceOf(InputError.class).hasMessageContaining("101 bytes")
                .hasMessageContaining("at most 100 bytes");
    }

    @Test
    void binaryDataIsRefusedAtTheLineAndColumnOfItsFirstNul() {
        assertThatThrownBy(() -> read("text\nab\0c\n")).isInstanceOf(InputError.class)
                .satisfies(e -> assertThat(((InputError) e).where()).isEqualTo(new SourceRef("x.txt", 2, 3)))
                .hasMessageContaining("NUL");
    }

    @Test
    void textThatIsNotUtf8IsRefusedAtItsLineWithHowToConvertIt() {
        byte[] latin1 = "fine\nfine\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read("x.txt", latin1)).isInstanceOf(InputError.class)
                .satisfies(e -> assertThat(((InputError) e).where()).isEqualTo(SourceRef.line("x.txt", 3)))
                .hasMessageContaining("byte offset 13").hasMessageContaining("iconv");
    }
}
