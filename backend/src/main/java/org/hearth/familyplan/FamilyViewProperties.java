package org.hearth.familyplan;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the family's own view says beyond their plan.
 *
 * @param emergencyContact who to call about a child's safety when it cannot wait, shown next to 999 (each council
 * sets its children's social care front door number here)
 * @param leadAwayContact who a family contacts when their lead practitioner is away and the lead's agency has no
 * office number recorded (each council sets its Early Help team's number and hours here)
 */
@Validated
@ConfigurationProperties("hearth.family-view")
record FamilyViewProperties(
		@DefaultValue("your council’s children’s social care team") @NotBlank String emergencyContact,
		@DefaultValue("your council’s Early Help team") @NotBlank String leadAwayContact) {
}
