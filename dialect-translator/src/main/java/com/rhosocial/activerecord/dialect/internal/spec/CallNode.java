package com.rhosocial.activerecord.dialect.internal.spec;

/**
 * A canonical {@link Call} placed in the AST as an expression (for readers that build nested calls, such as
 * SQLite's {@code date(d, '+1 month', 'start of month')}); the renderer writes it with the target's writer.
 * It extends JSqlParser's Function only so that the visitors reach it.
 */
public final class CallNode extends net.sf.jsqlparser.expression.Function {
    private static final long serialVersionUID = 1L;
    private final transient Call call;

    public CallNode(Call call) {
        this.call = call;
        setName(call.name());
    }

    public Call call() {
        return call;
    }
}
