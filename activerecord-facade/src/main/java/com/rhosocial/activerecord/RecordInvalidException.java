package com.rhosocial.activerecord;

import com.rhosocial.activerecord.validation.Errors;

/** {@code saveOrFail()} refused a record: its message lists every validation error (or the hook that vetoed). */
public class RecordInvalidException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    private final transient Errors errors;

    public RecordInvalidException(String model, Errors errors) {
        super(model + " is invalid: " + String.join("; ", errors.fullMessages()));
        this.errors = errors;
    }

    /** The errors of the record at the time of the failure. */
    public Errors errors() {
        return errors;
    }
}
