package com.rhosocial.activerecord.dialect.internal.parse;

import java.util.concurrent.ConcurrentHashMap;
import net.sf.jsqlparser.parser.CCJSqlParserConstants;
import net.sf.jsqlparser.parser.CCJSqlParserTokenManager;
import net.sf.jsqlparser.parser.SimpleCharStream;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.Token;

/**
 * How JSqlParser's own lexer reads a word: a plain name, a type word (NUMBER, TEXT: JSqlParser takes it as a column
 * only in some places) or a keyword. The recognisers that stand in for JSqlParser (the fast path and the
 * hand-written parser) must accept a word as a name only where JSqlParser would, so they ask its lexer, once per
 * distinct word.
 */
public final class JsqlWords {
    public static final int PLAIN = 0;
    public static final int TYPE_WORD = 1;
    public static final int KEYWORD = 2;

    /** Upper-cased word to its class; names repeat, so the lexer runs once for each. */
    private static final ConcurrentHashMap<String, Integer> WORDS = new ConcurrentHashMap<>();
    /** Bound on the cache: words are user input (names), which must not grow memory without limit. */
    private static final int MAX_WORDS = 20_000;

    private JsqlWords() {
    }

    /** The class of {@code upper}, an upper-cased word. */
    public static int classOf(String upper) {
        Integer known = WORDS.get(upper);
        if (known == null) {
            known = lex(upper);
            if (WORDS.size() < MAX_WORDS) {
                WORDS.put(upper, known);
            }
        }
        return known;
    }

    private static int lex(String word) {
        CCJSqlParserTokenManager lexer = new CCJSqlParserTokenManager(new SimpleCharStream(new StringProvider(word)));
        Token first = lexer.getNextToken();
        if (!word.equals(first.image) || lexer.getNextToken().kind != CCJSqlParserConstants.EOF) {
            return KEYWORD;
        }
        if (first.kind == CCJSqlParserConstants.S_IDENTIFIER) {
            return PLAIN;
        }
        String image = CCJSqlParserConstants.tokenImage[first.kind];
        return image.equals("<DATA_TYPE>") || image.startsWith("<TYPE_") ? TYPE_WORD : KEYWORD;
    }
}
