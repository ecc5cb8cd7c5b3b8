package com.rhosocial.activerecord;

/**
 * A relation was lazily loaded on a record that came from a multi-row query while strict loading was set to throw:
 * the N+1 pattern. The message names the model, the relation and the call site; fix it with {@code includes(...)}.
 */
public class StrictLoadingException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    public StrictLoadingException(String message) {
        super(message);
    }
}
