package io.github.earningscalls.transcript.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.earningscalls.transcript.TranscriptFormat;
import io.github.earningscalls.transcript.TranscriptParser;
import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import io.github.earningscalls.transcript.model.SectionKind;
import io.github.earningscalls.transcript.model.Severity;
import io.github.earningscalls.transcript.model.Transcript;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark inputs keep their layout's structure as they grow; nothing here is timed. */
class SyntheticTranscriptsTest {
    @ParameterizedTest
    @EnumSource(value = TranscriptFormat.class, names = "AUTO", mode = EnumSource.Mode.EXCLUDE)
    void grownTranscriptReadsLikeItsSample(TranscriptFormat layout) throws Exception {
        Transcript sample = TranscriptParser.parse(SyntheticTranscripts.sample(layout));
        byte[] grown = SyntheticTranscripts.generate(layout, 60_000, 1);
        Transcript t = TranscriptParser.builder().build().read(grown, "grown");

        assertThat(grown.length).isBetween(60_000, 80_000);
        assertThat(t.source().format()).isEqualTo(layout);
        assertThat(t.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(t.section(SectionKind.QUESTIONS_AND_ANSWERS)).isPresent();
        assertThat(t.turns().size()).isGreaterThan(3 * sample.turns().size());
        assertThat(t.section(SectionKind.QUESTIONS_AND_ANSWERS).get().exchanges().size())
                .isGreaterThan(3 * sample.section(SectionKind.QUESTIONS_AND_ANSWERS).get().exchanges().size());
        long analysts = t.participants().stream().filter(p -> p.role() == Role.ANALYST).count();
        assertThat(analysts).isGreaterThan(3 * sample.participants().stream().filter(p -> p.role() == Role.ANALYST).count());
        Set<String> names = new HashSet<>();
        for (Participant p : t.participants()) {
            assertThat(names.add(p.name())).as("one participant per name: %s", p.name()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TranscriptFormat.class, names = "AUTO", mode = EnumSource.Mode.EXCLUDE)
    void differentSeedsInventDifferentAnalysts(TranscriptFormat layout) throws Exception {
        Transcript a = TranscriptParser.parse(new String(SyntheticTranscripts.generate(layout, 30_000, 1),
                java.nio.charset.StandardCharsets.UTF_8));
        Transcript b = TranscriptParser.parse(new String(SyntheticTranscripts.generate(layout, 30_000, 2),
                java.nio.charset.StandardCharsets.UTF_8));
        Set<String> first = new HashSet<>();
        a.participants().stream().filter(p -> p.role() == Role.ANALYST).forEach(p -> first.add(p.name()));
        assertThat(b.participants()).filteredOn(p -> p.role() == Role.ANALYST && !first.contains(p.name())).isNotEmpty();
    }
}
