package org.hearth.account;

import java.util.Collection;
import java.util.UUID;

import org.hearth.access.SignedInPerson;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in person: a practitioner or a family member, with what the session needs to know about them. */
public class HearthUser extends User implements SignedInPerson {

	private final UUID accountId;

	private final @Nullable UUID practitionerId;

	private final @Nullable UUID personId;

	private final @Nullable UUID familyId;

	private final String displayName;

	HearthUser(Account account, boolean locked, Collection<? extends GrantedAuthority> authorities) {
		super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked, authorities);
		this.accountId = account.id();
		this.practitionerId = account.practitionerId();
		this.personId = account.personId();
		this.familyId = account.familyId();
		this.displayName = account.displayName();
	}

	public UUID accountId() {
		return this.accountId;
	}

	@Override
	public @Nullable UUID practitionerId() {
		return this.practitionerId;
	}

	@Override
	public @Nullable UUID personId() {
		return this.personId;
	}

	@Override
	public @Nullable UUID familyId() {
		return this.familyId;
	}

	@Override
	public String displayName() {
		return this.displayName;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
