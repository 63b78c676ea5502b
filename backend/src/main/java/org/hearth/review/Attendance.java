package org.hearth.review;

import java.util.UUID;

/** Whether a team member came to a meeting or sent apologies. */
record Attendance(UUID meetingId, UUID teamMemberId, boolean attended) {
}
