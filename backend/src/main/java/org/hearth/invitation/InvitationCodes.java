package org.hearth.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Invitation codes: 10 characters from an alphabet with no 0, O, 1 or I (so a code can be read out on a doorstep or
 * over the phone without mix-ups), shown in groups as {@code KX4P-9TQM-7R}. 32 symbols give 50 random bits. What
 * a person types is forgiven its case, spaces and dashes. Only the SHA-256 of the plain code is ever stored.
 */
final class InvitationCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private InvitationCodes() {
	}

	/** A new random code, plain (no dashes). */
	static String generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as shown to people: {@code KX4P-9TQM-7R}. */
	static String display(String plain) {
		return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
	}

	/** What was typed, in upper case without spaces or dashes. */
	static String normalize(String typed) {
		return typed.replaceAll("[\\s\\-\u2010-\u2015]", "").toUpperCase(Locale.ROOT);
	}

	/** True when the (normalized) text could be a code at all; anything else needs no database lookup. */
	static boolean wellFormed(String normalized) {
		return normalized.length() == LENGTH && normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
	}

	/** The stored form: SHA-256 of the normalized code, lower-case hex. */
	static String hash(String normalized) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

}
