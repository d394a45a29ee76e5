package ecopark.base.domain;

import java.util.Arrays;

/**
 * A rule of the product refused an action. Carries a translation key, never a finished sentence,
 * so the view shows it in the user's language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
