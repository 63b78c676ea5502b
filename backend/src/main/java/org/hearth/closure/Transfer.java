package org.hearth.closure;

/** A case handed over to another local authority when the family moved there. */
public record Transfer(String receivingAuthority, String contact, String recordsSent) {
}
