package io.github.earningscalls.transcript.internal.people;

import io.github.earningscalls.transcript.model.Participant;
import io.github.earningscalls.transcript.model.Role;
import java.util.List;

/**
 * A participant while the transcript is being assembled. The name is the one met first, unless a
 * later label spells the same letters with its words apart ({@link ParticipantDirectory#respell});
 * title, firm, role and id are learnt later, from the roster, speaker lines, the operator's
 * introductions and role inference, and only through the methods below, so a reader can find every
 * place that changes a person.
 */
public final class Person {
    private String name;
    private List<String> words;
    private final boolean listed;
    private final int line;
    private String title;
    private String affiliation;
    private Role role;
    private String id;

    /**
     * A person as first met.
     *
     * @param name        the name as it will be shown
     * @param title       the job title, or null while unknown
     * @param affiliation the firm, or null while unknown
     * @param role        the side of the call, {@link Role#UNKNOWN} until settled
     * @param listed      whether the roster lists the person
     * @param line        the line the person was first met on
     */
    public Person(String name, String title, String affiliation, Role role, boolean listed, int line) {
        this.name = name;
        this.words = Names.keyWords(name);
        this.title = title;
        this.affiliation = affiliation;
        this.role = role;
        this.listed = listed;
        this.line = line;
    }

    /** The name as shown. */
    public String name() {
        return name;
    }

    /** The job title, or null while unknown. */
    public String title() {
        return title;
    }

    /** The firm, or null while unknown. */
    public String affiliation() {
        return affiliation;
    }

    /** The side of the call. */
    public Role role() {
        return role;
    }

    /** Whether the roster lists the person. */
    public boolean listed() {
        return listed;
    }

    /** The line the person was first met on. */
    public int line() {
        return line;
    }

    /** The stable id, or null until ids are assigned at the end of assembly. */
    public String id() {
        return id;
    }

    /** Whether a title or a firm is known: a speaker line's detail then has nothing to add. */
    public boolean knowsTitleOrFirm() {
        return title != null || affiliation != null;
    }

    /** Takes the spelling of a later label with the same letters: see {@link ParticipantDirectory#respell}. */
    void respell(String name) {
        this.name = name;
        this.words = Names.keyWords(name);
    }

    /** Learns title and firm printed together ({@code CFO, Acme Corp.}); the title may be null. */
    public void learnTitleAndFirm(String title, String firm) {
        this.title = title;
        this.affiliation = firm;
    }

    /** Learns the job title a speaker line prints. */
    public void learnTitle(String title) {
        this.title = title;
    }

    /** Learns the firm, from a speaker line or the operator's introduction. */
    public void learnFirm(String firm) {
        this.affiliation = firm;
    }

    /** Settles which side of the call the person is on. */
    public void settleRole(Role role) {
        this.role = role;
    }

    /** Gives the person the id the JSON refers to them by. */
    public void assignId(String id) {
        this.id = id;
    }

    /** How many words the name has, honorifics and suffixes not counted. */
    public int wordCount() {
        return words.size();
    }

    /** The name's normalised words, for matching. */
    List<String> words() {
        return words;
    }

    String key() {
        return String.join(" ", words);
    }

    /** The participant as the model keeps it. */
    public Participant toParticipant() {
        return new Participant(id, name, title, affiliation, role, listed);
    }
}
