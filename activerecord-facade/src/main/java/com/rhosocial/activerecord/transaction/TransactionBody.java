package com.rhosocial.activerecord.transaction;

/** The body of a transaction block that returns nothing; it may throw any exception, which rolls back. */
@FunctionalInterface
public interface TransactionBody {
    void run() throws Exception;
}
