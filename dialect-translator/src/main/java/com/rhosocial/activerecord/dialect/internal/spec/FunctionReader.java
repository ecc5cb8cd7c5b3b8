package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.expression.Expression;

/** Reads a source dialect's function call into canonical form; returns null to leave the call as written. */
@FunctionalInterface
public interface FunctionReader {

    Call read(String name, List<Expression> args);

    /** The call means canonical function {@code canonical} with the same arguments. */
    static FunctionReader as(String canonical) {
        return (name, args) -> new Call(canonical, args);
    }

    /** The call means {@code canonical} with arguments taken in the given order. */
    static FunctionReader reorder(String canonical, int... order) {
        return (name, args) -> {
            if (args.size() < order.length) {
                return null;
            }
            List<Expression> out = new ArrayList<>(args.size());
            for (int i : order) {
                out.add(args.get(i));
            }
            for (int i = order.length; i < args.size(); i++) {
                out.add(args.get(i));
            }
            return new Call(canonical, out);
        };
    }

    /** Only for exactly {@code n} arguments; other arities stay as written. */
    static FunctionReader arity(int n, FunctionReader r) {
        return (name, args) -> args.size() == n ? r.read(name, args) : null;
    }
}
