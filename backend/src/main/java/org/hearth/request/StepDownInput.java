package org.hearth.request;

/**
 * What a step-down from children's social care brings (extension of {@code RequestEarlyHelpInput}): social care's
 * case reference and the summary of its assessment, which stands as the episode's.
 */
public record StepDownInput(String socialCareReference, String assessmentSummary) {
}
