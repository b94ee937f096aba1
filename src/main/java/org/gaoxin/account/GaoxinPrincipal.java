package org.gaoxin.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the application sees it: name, role and data scope.
 */
public final class GaoxinPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final boolean enabled;

	private final DataScope scope;

	private final String homeZoneCode;

	public GaoxinPrincipal(String username, String passwordHash, String displayName, boolean enabled, DataScope scope) {
		this(username, passwordHash, displayName, enabled, scope, null);
	}

	/**
	 * @param homeZoneCode the zone pages open on until the user picks another, or null
	 */
	public GaoxinPrincipal(String username, String passwordHash, String displayName, boolean enabled, DataScope scope,
			String homeZoneCode) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.enabled = enabled;
		this.scope = scope;
		this.homeZoneCode = homeZoneCode;
	}

	public DataScope scope() {
		return this.scope;
	}

	public Role role() {
		return this.scope.role();
	}

	public String displayName() {
		return this.displayName;
	}

	/** The zone an administrator gave the user to open on, or null. */
	public String homeZoneCode() {
		return this.homeZoneCode;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.scope.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
