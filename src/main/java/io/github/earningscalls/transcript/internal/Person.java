package io.github.earningscalls.transcript.internal;

import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;

/** A participant while the transcript is being assembled: role and affiliation may still be filled in. */
final class Person {
    final String name;
    final List<String> words;
    final boolean listed;
    final int line;
    String title;
    String affiliation;
    Role role;
    String id;

    Person(String name, String title, String affiliation, Role role, boolean listed, int line) {
        this.name = name;
        this.words = Names.keyWords(name);
        this.title = title;
        this.affiliation = affiliation;
        this.role = role;
        this.listed = listed;
        this.line = line;
    }

    String key() {
        return String.join(" ", words);
    }

    Participant toParticipant() {
        return new Participant(id, name, title, affiliation, role, listed);
    }
}
