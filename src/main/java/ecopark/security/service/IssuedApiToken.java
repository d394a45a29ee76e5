package ecopark.security.service;

/** A token just issued: its row, and the whole token text, which exists only here and is shown exactly once. */
public record IssuedApiToken(ApiTokenListItem token, String text) {

    @Override
    public String toString() {
        return "IssuedApiToken[" + token.prefix() + "]"; // never the secret
    }
}
