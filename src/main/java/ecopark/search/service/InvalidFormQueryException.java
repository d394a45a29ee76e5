package ecopark.search.service;

/**
 * A search that cannot be run, with the request parameter at fault and a translation key: a blank query, one longer
 * than {@link FormQuery#MAX_LENGTH}, or an indicator code that does not exist.
 */
public class InvalidFormQueryException extends RuntimeException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] args;

    public InvalidFormQueryException(String parameter, String messageKey, Object... args) {
        super(parameter + ": " + messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
