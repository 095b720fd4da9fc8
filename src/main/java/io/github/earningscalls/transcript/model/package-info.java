/**
 * The immutable result of parsing a transcript: {@link io.github.earningscalls.transcript.model.Transcript}
 * and the records it is made of.
 *
 * <p>Every type here is a record or an enum; collections are unmodifiable. A component is
 * {@code null} only where its Javadoc says so (a header field the transcript does not print).
 *
 * <h2>A walk through the Q&amp;A</h2>
 * The Q&amp;A section groups its turns into exchanges, one per questioner's block; the section turns
 * an exchange back into turns:
 * <pre>{@code
 * Transcript t = TranscriptParser.parse(Path.of("call.txt"));
 * Section qa = t.questionsAndAnswers().orElseThrow();
 * for (Exchange e : qa.exchanges()) {
 *     Participant analyst = t.participant(e.questionerId()).orElseThrow();
 *     for (Turn q : qa.questions(e)) {
 *         System.out.println(analyst.name() + " (" + analyst.affiliation() + "): " + q.questions());
 *     }
 *     for (Turn a : qa.answers(e)) {
 *         System.out.println("  " + a.speaker() + ": " + a.wordCount() + " words");
 *     }
 * }
 * String companyWords = t.turns(Role.CORPORATE).stream().map(Turn::plainText).collect(Collectors.joining("\n\n"));
 * }</pre>
 * Turns of kind {@link io.github.earningscalls.transcript.model.TurnKind#ACKNOWLEDGMENT} ("Thank you.")
 * belong to their exchange but are neither questions nor answers.
 */
package io.github.earningscalls.transcript.model;
