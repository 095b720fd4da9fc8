package io.github.earningscalls.transcript.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** CSV quoting per RFC 4180 and TSV escaping. */
class DelimitedWriterTest {
    @Test
    void csvQuotesOnlyWhatNeedsQuoting() throws Exception {
        StringWriter w = new StringWriter();
        new DelimitedWriter(w, DelimitedWriter.Dialect.CSV)
                .row("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", " spaced ", null, 42);
        assertThat(w.toString())
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\", spaced ,,42\r\n");
    }

    @Test
    void tsvEscapesSeparatorsLineBreaksAndBackslashes() throws Exception {
        StringWriter w = new StringWriter();
        new DelimitedWriter(w, DelimitedWriter.Dialect.TSV).row("a\tb", "x\ny\r", "C:\\dir", "\"q\",", null);
        assertThat(w.toString()).isEqualTo("a\\tb\tx\\ny\\r\tC:\\\\dir\t\"q\",\t\n");
    }
}
