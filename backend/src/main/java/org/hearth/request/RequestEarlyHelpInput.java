package org.hearth.request;

import java.util.UUID;

import org.hearth.episode.EpisodeSource;
import org.hearth.episode.LevelOfNeed;
import org.hearth.family.NewFamilyInput;
import org.jspecify.annotations.Nullable;

/**
 * GraphQL {@code RequestEarlyHelpInput}: for a family Hearth knows ({@code familyId}) or a new one; a step-down from
 * social care also carries {@code stepDown} (extension).
 */
public record RequestEarlyHelpInput(@Nullable UUID id, @Nullable UUID familyId, @Nullable NewFamilyInput newFamily,
		LevelOfNeed levelOfNeed, EpisodeSource source, String requestReasons, @Nullable StepDownInput stepDown) {
}
