package ecopark.security.service;

import ecopark.security.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed in with an API token: the principal is the token's account, as the services expect; the token's
 * id says which token it was (a password sign-in is a {@code UsernamePasswordAuthenticationToken}).
 */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser account;
    private final long tokenId;

    ApiTokenAuthentication(SignedInUser account, long tokenId) {
        super(account.getAuthorities());
        this.account = account;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    @Override
    public SignedInUser getPrincipal() {
        return account;
    }

    /** Nothing: the token itself is not kept beyond the check. */
    @Override
    public Object getCredentials() {
        return null;
    }

    long tokenId() {
        return tokenId;
    }
}
