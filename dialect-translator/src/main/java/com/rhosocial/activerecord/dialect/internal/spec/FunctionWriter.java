package com.rhosocial.activerecord.dialect.internal.spec;

import java.util.ArrayList;
import java.util.List;

/** Renders a canonical {@link Call} in a target dialect. Most writers are templates; some are named rewrites. */
@FunctionalInterface
public interface FunctionWriter {

    void write(Call call, Out out);

    /**
     * A template writer. {@code {0}} is argument 0, {@code {*}} all arguments separated by commas, {@code {1*}} the
     * arguments from 1 on, {@code {u}} the date unit.
     */
    static FunctionWriter template(String template) {
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1) {
                String key = template.substring(i + 1, close);
                if (key.equals("u") || key.equals("*") || key.matches("\\d+\\*?")) {
                    if (lit.length() > 0) {
                        parts.add(lit.toString());
                        lit.setLength(0);
                    }
                    parts.add(new Slot(key));
                    i = close;
                    continue;
                }
            }
            lit.append(c);
        }
        if (lit.length() > 0) {
            parts.add(lit.toString());
        }
        return (call, out) -> {
            for (Object p : parts) {
                if (p instanceof String s) {
                    out.text(s);
                } else {
                    String key = ((Slot) p).key;
                    if (key.equals("u")) {
                        out.text(call.unit() == null ? "" : call.unit());
                    } else if (key.equals("*")) {
                        out.args(call, 0);
                    } else if (key.endsWith("*")) {
                        out.args(call, Integer.parseInt(key.substring(0, key.length() - 1)));
                    } else {
                        int idx = Integer.parseInt(key);
                        if (idx < call.arity()) {
                            out.expr(call.arg(idx));
                        }
                    }
                }
            }
        };
    }

    /** Same name, all arguments. */
    static FunctionWriter rename(String name) {
        return template(name + "({*})");
    }

    /** Chooses a writer by number of arguments; the last one given is used for larger counts. */
    static FunctionWriter byArity(FunctionWriter... byCount) {
        return (call, out) -> {
            int i = Math.min(call.arity(), byCount.length - 1);
            while (byCount[i] == null && i < byCount.length - 1) {
                i++;
            }
            byCount[i].write(call, out);
        };
    }

    /** Slot of a template. */
    record Slot(String key) {
    }
}
