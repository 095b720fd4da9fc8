package io.github.earningscalls.transcript.internal.people;

import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;

/** A participant while the transcript is being assembled: role and affiliation may still be filled in. */
public final class Person {
    public final String name;
    final List<String> words;
    public final boolean listed;
    public final int line;
    public String title;
    public String affiliation;
    public Role role;
    public String id;

    public Person(String name, String title, String affiliation, Role role, boolean listed, int line) {
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

    public Participant toParticipant() {
        return new Participant(id, name, title, affiliation, role, listed);
    }
}
