package ecopark.security.service;

import java.time.LocalDate;

/** What an administrator fills in to issue an API token: its purpose, the account it acts as, its last valid day. */
public record NewApiToken(String name, Long accountId, LocalDate validThrough) {
}
