package com.rhosocial.activerecord.transaction;

import com.rhosocial.activerecord.ActiveRecordException;

/** The backend does not offer the requested isolation level; the facade never silently uses another one. */
public class UnsupportedIsolationException extends ActiveRecordException {
    private static final long serialVersionUID = 1L;

    public UnsupportedIsolationException(String message) {
        super(message);
    }
}
