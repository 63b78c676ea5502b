package org.hearth.policy;

/** An area of need an outcome addresses, e.g. secure housing. */
public record NeedArea(String code, String name) {
}
