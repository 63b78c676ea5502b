package org.hearth.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in from their stored accounts. */
@Service
class AccountService implements UserDetailsService {

	/** The authority every family member's session carries. */
	static final String FAMILY_MEMBER = "ROLE_FAMILY_MEMBER";

	private final AccountRepository accounts;

	private final Clock clock;

	AccountService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (account.practitionerId() != null) {
			account.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		}
		else {
			authorities.add(new SimpleGrantedAuthority(FAMILY_MEMBER));
		}
		return new HearthUser(account, account.isLockedAt(this.clock.instant()), authorities);
	}

}
