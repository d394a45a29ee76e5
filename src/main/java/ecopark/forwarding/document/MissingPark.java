package ecopark.forwarding.document;

/** A park of the province whose form is not in the package, and why (the province's words or the report's state). */
public record MissingPark(String parkName, String reason) {
}
