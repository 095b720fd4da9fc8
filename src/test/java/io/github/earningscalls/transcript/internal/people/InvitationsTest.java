package io.github.earningscalls.transcript.internal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whom a host's turn brings in to answer, by the name it addresses them by. */
class InvitationsTest {
    @Test
    void aColleagueAskedByNameToAnswer() {
        assertThat(Invitations.namesBroughtIn("Sure. Greta, do you want to lead off? Do we have a microphone?"))
                .containsExactly("Greta");
        assertThat(Invitations.namesBroughtIn("Okay, Cyril, will you respond to that?")).containsExactly("Cyril");
        assertThat(Invitations.namesBroughtIn("Greta, you want to comment on the commercial side?"))
                .containsExactly("Greta");
        assertThat(Invitations.namesBroughtIn("Ambrose Keel, would you like to take that question?"))
                .containsExactly("Ambrose");
        assertThat(Invitations.namesBroughtIn("I don't know whether Ambrose, if you can respond to that."))
                .containsExactly("Ambrose");
    }

    @Test
    void aColleagueLetOrSaidToBeThereToAnswer() {
        assertThat(Invitations.namesBroughtIn("I'll respond to the first and let Oswald respond to the second."))
                .containsExactly("Oswald");
        assertThat(Invitations.namesBroughtIn("I'm going to let Cyril talk about the custody business."))
                .containsExactly("Cyril");
        assertThat(Invitations.namesBroughtIn("Cyril Marsh's in the room here to respond to that."))
                .containsExactly("Cyril");
        assertThat(Invitations.namesBroughtIn("Ambrose Keel is joining us on the phone today.")).containsExactly("Ambrose");
        assertThat(Invitations.namesBroughtIn("Geoff Lamb is here. Geoff, would you like to respond?"))
                .containsExactly("Geoff", "Geoff");
    }

    @Test
    void aQuestionerCalledOnOrThankedIsNotBroughtIn() {
        assertThat(Invitations.namesBroughtIn("Next question in the room. Ingrid.")).isEmpty();
        assertThat(Invitations.namesBroughtIn("Rufus, go ahead.")).isEmpty();
        assertThat(Invitations.namesBroughtIn("Rufus, thank you for the question, let me answer that.")).isEmpty();
        assertThat(Invitations.namesBroughtIn("Rufus, do you want to take your question now?")).isEmpty();
        assertThat(Invitations.namesBroughtIn("Rufus, to answer your question, yes.")).isEmpty();
        assertThat(Invitations.namesBroughtIn("Let me answer that.")).isEmpty();
        assertThat(Invitations.namesBroughtIn("Rufus, do you want to add a follow-up?")).isEmpty();
        assertThat(Invitations.namesBroughtIn("Rufus, could you elaborate on what you mean?")).isEmpty();
    }

    @Test
    void theWordIsTheGivenNameOrAFormOfIt() {
        assertThat(Invitations.isGivenNameOf("Geoff", "Geoffrey Lamb")).isTrue();
        assertThat(Invitations.isGivenNameOf("Ted", "Edward Lamb")).isTrue();
        assertThat(Invitations.isGivenNameOf("Ed", "Ed")).isTrue();
        assertThat(Invitations.isGivenNameOf("Ed", "Edgar Lamb")).as("too short to be a shortened form").isFalse();
        assertThat(Invitations.isGivenNameOf("Lamb", "Geoffrey Lamb")).isFalse();
    }
}
