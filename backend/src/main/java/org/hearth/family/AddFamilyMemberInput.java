package org.hearth.family;

import java.util.UUID;

/** GraphQL {@code AddFamilyMemberInput}. */
public record AddFamilyMemberInput(UUID familyId, NewFamilyInput.NewPerson person) {
}
