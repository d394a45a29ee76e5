package ecopark.publication.service;

/**
 * The park has no published form: unknown, or known only to signed-in users. The public side answers both alike, so
 * asking for park ids tells nobody which parks exist.
 */
public class ParkNotPublishedException extends RuntimeException {

    public ParkNotPublishedException(long parkId) {
        super("No published form of park " + parkId);
    }
}
