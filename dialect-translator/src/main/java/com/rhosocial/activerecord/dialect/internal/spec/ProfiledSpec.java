package com.rhosocial.activerecord.dialect.internal.spec;

import com.rhosocial.activerecord.dialect.TargetProfile;
import com.rhosocial.activerecord.dialect.TargetProfile.Feature;
import com.rhosocial.activerecord.dialect.internal.text.Prepass;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;

/**
 * A dialect's spec seen through a {@link TargetProfile}: every hook is the base spec's, except the capability flags
 * the profile overrides and the type names it renames. This is how a custom backend's declared capabilities reach
 * the rules: they keep asking the spec ({@code ctx.to().supportsReturning()}), never the dialect's name.
 *
 * <p>Delegates every overridable method of {@link DialectSpec}; {@code ProfiledSpecTest} fails when a method added
 * there is not delegated here (it would silently fall back to the ANSI base instead of the dialect). Immutable.
 */
final class ProfiledSpec extends DialectSpec {

    private final DialectSpec base;
    private final TargetProfile profile;

    ProfiledSpec(DialectSpec base, TargetProfile profile) {
        super(base.dialect());
        this.base = base;
        this.profile = profile;
    }

    TargetProfile profile() {
        return profile;
    }

    private boolean flag(Feature f, boolean dialectDefault) {
        Boolean v = profile.feature(f);
        return v == null ? dialectDefault : v;
    }

    // ---------------------------------------------------------------- what the profile changes

    @Override
    public boolean supportsReturning() {
        return flag(Feature.RETURNING, base.supportsReturning());
    }

    @Override
    public boolean supportsUpdateReturning() {
        Boolean v = profile.feature(Feature.UPDATE_RETURNING);
        if (v != null) {
            return v;
        }
        return Boolean.FALSE.equals(profile.feature(Feature.RETURNING)) ? false : base.supportsUpdateReturning();
    }

    @Override
    public boolean supportsWindowFunctions() {
        return flag(Feature.WINDOW_FUNCTIONS, base.supportsWindowFunctions());
    }

    @Override
    public boolean supportsCte() {
        return flag(Feature.CTE, base.supportsCte());
    }

    @Override
    public boolean supportsRecursiveCte() {
        return supportsCte() && flag(Feature.RECURSIVE_CTE, base.supportsRecursiveCte());
    }

    @Override
    public boolean supportsForUpdate() {
        return flag(Feature.ROW_LOCKING, base.supportsForUpdate());
    }

    @Override
    public String rowLockClause(boolean shared) {
        return Boolean.FALSE.equals(profile.feature(Feature.ROW_LOCKING)) ? null : base.rowLockClause(shared);
    }

    @Override
    public String rowLockHint(boolean shared) {
        return Boolean.FALSE.equals(profile.feature(Feature.ROW_LOCKING)) ? null : base.rowLockHint(shared);
    }

    @Override
    public boolean supportsSkipLocked() {
        return flag(Feature.SKIP_LOCKED, base.supportsSkipLocked());
    }

    @Override
    public boolean supportsSequences() {
        return flag(Feature.SEQUENCES, base.supportsSequences());
    }

    @Override
    public boolean supportsUpsert() {
        return flag(Feature.UPSERT, base.supportsUpsert());
    }

    @Override
    public void applyPaging(Select select, Paging p, RenderContext ctx) {
        if (Boolean.FALSE.equals(profile.feature(Feature.OFFSET_FETCH))) {
            base.applyLegacyPaging(select, p, ctx);
        } else {
            base.applyPaging(select, p, ctx);
        }
    }

    @Override
    public boolean hasBooleanLiterals() {
        return flag(Feature.BOOLEAN_TYPE, base.hasBooleanLiterals());
    }

    @Override
    public String booleanLiteral(boolean value) {
        if (Boolean.FALSE.equals(profile.feature(Feature.BOOLEAN_TYPE))) {
            return value ? "1" : "0";
        }
        return base.booleanLiteral(value);
    }

    @Override
    public String writeType(String canonical) {
        return renamed(canonical, base.writeType(retyped(canonical)));
    }

    @Override
    public String writeCastType(String canonical) {
        return renamed(canonical, base.writeCastType(retyped(canonical)));
    }

    /** The canonical type written instead of one the profile denies (BOOLEAN without a boolean type, JSON without JSON). */
    private String retyped(String canonical) {
        if (Types.BOOLEAN.equals(canonical) && Boolean.FALSE.equals(profile.feature(Feature.BOOLEAN_TYPE))
                && !profile.typeRenames().containsKey(Types.BOOLEAN)) {
            return Types.SMALLINT;
        }
        if (Types.JSON.equals(canonical) && Boolean.FALSE.equals(profile.feature(Feature.JSON))
                && !profile.typeRenames().containsKey(Types.JSON)) {
            return Types.TEXT;
        }
        return canonical;
    }

    /**
     * {@code written} with the profile's type renames applied to its name; the canonical name is tried too, so that
     * a rename of {@code BOOLEAN} applies on a dialect that spells it {@code BIT}. Arguments ({@code (%s)}) are
     * kept when the replacement has none of its own.
     */
    private String renamed(String canonical, String written) {
        Map<String, String> renames = profile.typeRenames();
        if (renames.isEmpty()) {
            return written;
        }
        String name = written == null ? null : written;
        String args = "";
        if (name != null) {
            int paren = name.indexOf('(');
            if (paren > 0) {
                args = name.substring(paren);
                name = name.substring(0, paren).trim();
            }
        }
        String to = name == null ? null : renames.get(name.toUpperCase(Locale.ROOT));
        if (to == null && canonical != null) {
            to = renames.get(canonical.toUpperCase(Locale.ROOT));
        }
        if (to == null) {
            return written;
        }
        return to.indexOf('(') >= 0 ? to : to + args;
    }

    @Override
    public String toString() {
        return profile.toString();
    }

    // ---------------------------------------------------------------- everything else is the base spec's

    @Override
    public String family() {
        return base.family();
    }

    @Override
    public boolean squareBracketQuotes() {
        return base.squareBracketQuotes();
    }

    @Override
    public boolean backslashEscapes() {
        return base.backslashEscapes();
    }

    @Override
    public Prepass.Options prepassOptions() {
        return base.prepassOptions();
    }

    @Override
    public IdentifierCase identifierCase() {
        return base.identifierCase();
    }

    @Override
    public boolean countsWholeUnitsForSubDayBoundaries() {
        return base.countsWholeUnitsForSubDayBoundaries();
    }

    @Override
    public boolean supportsLateral() {
        return base.supportsLateral();
    }

    @Override
    public boolean supportsFetchWithTies() {
        return base.supportsFetchWithTies();
    }

    @Override
    public boolean aliasesInHaving() {
        return base.aliasesInHaving();
    }

    @Override
    public boolean supportsGlob() {
        return base.supportsGlob();
    }

    @Override
    public boolean supportsAggregateFilter() {
        return base.supportsAggregateFilter();
    }

    @Override
    public boolean supportsLagDefault() {
        return base.supportsLagDefault();
    }

    @Override
    public boolean supportsSimilarTo() {
        return base.supportsSimilarTo();
    }

    @Override
    public boolean supportsQuantifiedSubqueries() {
        return base.supportsQuantifiedSubqueries();
    }

    @Override
    public boolean dateArithmeticInDays() {
        return base.dateArithmeticInDays();
    }

    @Override
    public String truncateFunction() {
        return base.truncateFunction();
    }

    @Override
    public boolean aliasNeedsAs() {
        return base.aliasNeedsAs();
    }

    @Override
    public String caseSensitiveComparison() {
        return base.caseSensitiveComparison();
    }

    @Override
    public boolean decimalsMayBeIntegers() {
        return base.decimalsMayBeIntegers();
    }

    @Override
    public boolean castToIntegerRounds() {
        return base.castToIntegerRounds();
    }

    @Override
    public boolean padSpace() {
        return base.padSpace();
    }

    @Override
    public boolean strictBooleans() {
        return base.strictBooleans();
    }

    @Override
    public boolean supportsRowValueSet() {
        return base.supportsRowValueSet();
    }

    @Override
    public DialectSpec.StringAggStyle stringAggStyle() {
        return base.stringAggStyle();
    }

    @Override
    public String nullSafeEqualsStyle() {
        return base.nullSafeEqualsStyle();
    }

    @Override
    public boolean extractWeekIsIso() {
        return base.extractWeekIsIso();
    }

    @Override
    public boolean dayOfWeekFromZero() {
        return base.dayOfWeekFromZero();
    }

    @Override
    public boolean parenthesizedSetOperands() {
        return base.parenthesizedSetOperands();
    }

    @Override
    public String defaultSchema() {
        return base.defaultSchema();
    }

    @Override
    public String quote(String a0) {
        return base.quote(a0);
    }

    @Override
    public boolean isReserved(String a0) {
        return base.isReserved(a0);
    }

    @Override
    public String fold(String a0) {
        return base.fold(a0);
    }

    @Override
    public boolean quotedMeansUnquoted(String a0) {
        return base.quotedMeansUnquoted(a0);
    }

    @Override
    public boolean caseSensitiveTableNames() {
        return base.caseSensitiveTableNames();
    }

    @Override
    public boolean predicatesAreValues() {
        return base.predicatesAreValues();
    }

    @Override
    public boolean predicateValuesAreNumbers() {
        return base.predicateValuesAreNumbers();
    }

    @Override
    public boolean nullsSortLowByDefault() {
        return base.nullsSortLowByDefault();
    }

    @Override
    public boolean supportsNullsOrdering() {
        return base.supportsNullsOrdering();
    }

    @Override
    public boolean requiresFrom() {
        return base.requiresFrom();
    }

    @Override
    public boolean integerDivisionTruncates() {
        return base.integerDivisionTruncates();
    }

    @Override
    public boolean divisionByZeroIsNull() {
        return base.divisionByZeroIsNull();
    }

    @Override
    public boolean pipesAreOr() {
        return base.pipesAreOr();
    }

    @Override
    public boolean pipesPropagateNull() {
        return base.pipesPropagateNull();
    }

    @Override
    public boolean concatOperatorSkipsNull() {
        return base.concatOperatorSkipsNull();
    }

    @Override
    public boolean emptyStringIsNull() {
        return base.emptyStringIsNull();
    }

    @Override
    public boolean caseInsensitiveStrings() {
        return base.caseInsensitiveStrings();
    }

    @Override
    public boolean caseInsensitiveLike() {
        return base.caseInsensitiveLike();
    }

    @Override
    public boolean implicitStringToNumber() {
        return base.implicitStringToNumber();
    }

    @Override
    public boolean plusConcatenatesStrings() {
        return base.plusConcatenatesStrings();
    }

    @Override
    public boolean writesRecursiveKeyword() {
        return base.writesRecursiveKeyword();
    }

    @Override
    public String exceptKeyword() {
        return base.exceptKeyword();
    }

    @Override
    public void applyLegacyPaging(Select a0, Paging a1, RenderContext a2) {
        base.applyLegacyPaging(a0, a1, a2);
    }

    @Override
    public boolean supportsDmlLimit() {
        return base.supportsDmlLimit();
    }

    @Override
    public boolean supportsIlike() {
        return base.supportsIlike();
    }

    @Override
    public String exactNumericCastType() {
        return base.exactNumericCastType();
    }

    @Override
    public String integerDivisionTemplate() {
        return base.integerDivisionTemplate();
    }

    @Override
    public String truncatingDivisionTemplate() {
        return base.truncatingDivisionTemplate();
    }

    @Override
    public boolean moduloIsFunction() {
        return base.moduloIsFunction();
    }

    @Override
    public String rowIdentifier() {
        return base.rowIdentifier();
    }

    @Override
    public String beginTransaction() {
        return base.beginTransaction();
    }

    @Override
    public String showTablesQuery() {
        return base.showTablesQuery();
    }

    @Override
    public String tablesCatalogQuery() {
        return base.tablesCatalogQuery();
    }

    @Override
    public String showColumnsQuery(String a0) {
        return base.showColumnsQuery(a0);
    }

    @Override
    public String autoIncrementColumn(String a0, boolean a1) {
        return base.autoIncrementColumn(a0, a1);
    }

    @Override
    public String currentTimestampDefault() {
        return base.currentTimestampDefault();
    }

    @Override
    public boolean supportsIfNotExists() {
        return base.supportsIfNotExists();
    }

    @Override
    public String ifTableMissing(String a0, String a1) {
        return base.ifTableMissing(a0, a1);
    }

    @Override
    public String modifyColumn(String a0, String a1, boolean a2) {
        return base.modifyColumn(a0, a1, a2);
    }

    @Override
    public String addColumnKeyword() {
        return base.addColumnKeyword();
    }

    @Override
    public boolean supportsTruncate() {
        return base.supportsTruncate();
    }

    @Override
    public DialectSpec.UpsertStyle upsertStyle() {
        return base.upsertStyle();
    }

    @Override
    public String replaceInto() {
        return base.replaceInto();
    }

    @Override
    public String mergeTerminator() {
        return base.mergeTerminator();
    }

    @Override
    public String createOrReplaceView() {
        return base.createOrReplaceView();
    }

    @Override
    public boolean viewIfNotExists() {
        return base.viewIfNotExists();
    }

    @Override
    public DialectSpec.DefaultRowStyle defaultRowStyle() {
        return base.defaultRowStyle();
    }

    @Override
    public String fromDual() {
        return base.fromDual();
    }

    @Override
    public DialectSpec.RegexStyle regexStyle() {
        return base.regexStyle();
    }

    @Override
    public String temporalLiteral(String a0, String a1) {
        return base.temporalLiteral(a0, a1);
    }

    @Override
    public String stringLiteral(String a0) {
        return base.stringLiteral(a0);
    }

    @Override
    public Call readFunction(String a0, List<Expression> a1) {
        return base.readFunction(a0, a1);
    }

    @Override
    public FunctionWriter writer(String a0) {
        return base.writer(a0);
    }

    @Override
    public String niladic(String a0) {
        return base.niladic(a0);
    }

    @Override
    public String readType(String a0) {
        return base.readType(a0);
    }

    @Override
    public String defaultTypeArgument(String a0) {
        return base.defaultTypeArgument(a0);
    }

    @Override
    public SortedSet<String> readFunctionNames() {
        return base.readFunctionNames();
    }

    @Override
    public Set<String> writtenFunctions() {
        return base.writtenFunctions();
    }

    @Override
    protected Expression offsetOnlyLimit() {
        return base.offsetOnlyLimit();
    }

    @Override
    public boolean pagingNeedsOrderBy() {
        return base.pagingNeedsOrderBy();
    }

    @Override
    public void fromlessSelect(PlainSelect a0) {
        base.fromlessSelect(a0);
    }

    @Override
    public String caseInsensitiveCollation() {
        return base.caseInsensitiveCollation();
    }

    @Override
    public String temporalParameter(String p, boolean dateOnly) {
        return base.temporalParameter(p, dateOnly);
    }

    @Override
    public String setSessionValue(String name, String value) {
        return base.setSessionValue(name, value);
    }

    @Override
    public String sessionValue(String name) {
        return base.sessionValue(name);
    }

    @Override
    public String createSessionTable(String name, String columns) {
        return base.createSessionTable(name, columns);
    }

    @Override
    public boolean dataModifyingCte() {
        return base.dataModifyingCte();
    }

    @Override
    public String distinctTuple(java.util.List<String> values) {
        return base.distinctTuple(values);
    }

    @Override
    public String rollupStyle() {
        return base.rollupStyle();
    }

    @Override
    public String groupRepresentative(String col) {
        return base.groupRepresentative(col);
    }

    @Override
    public String caseInsensitiveExtreme(String arg, boolean max) {
        return base.caseInsensitiveExtreme(arg, max);
    }

    @Override
    public String lenientNumber(String x) {
        return base.lenientNumber(x);
    }

    @Override
    public boolean textComparesAsNumber() {
        return base.textComparesAsNumber();
    }

    @Override
    public String severalConflictKeys() {
        return base.severalConflictKeys();
    }

    @Override
    public boolean supportsFullJoin() {
        return base.supportsFullJoin();
    }

    @Override
    public boolean supportsGenerateSeries() {
        return base.supportsGenerateSeries();
    }

    @Override
    public boolean supportsSetOperationAll() {
        return base.supportsSetOperationAll();
    }

    @Override
    public boolean supportsArrays() {
        return base.supportsArrays();
    }

    @Override
    public boolean supportsDistinctOn() {
        return base.supportsDistinctOn();
    }

    @Override
    public String binaryCollation() {
        return base.binaryCollation();
    }

    @Override
    public boolean unboundedDecimal() {
        return base.unboundedDecimal();
    }

    @Override
    public String unboundedDecimalCastType() {
        return base.unboundedDecimalCastType();
    }

    @Override
    public boolean lenientTextCasts() {
        return base.lenientTextCasts();
    }

    @Override
    public boolean likeHasCharacterClasses() {
        return base.likeHasCharacterClasses();
    }

    @Override
    public String informationSchemaView(String view) {
        return base.informationSchemaView(view);
    }

    @Override
    public boolean unconstrainedDecimalIsArbitrary() {
        return base.unconstrainedDecimalIsArbitrary();
    }

    @Override
    public String arbitraryDecimalType() {
        return base.arbitraryDecimalType();
    }

    @Override
    public String isolationStatement(String level, boolean session) {
        return base.isolationStatement(level, session);
    }

    @Override
    public String sequenceTable() {
        return base.sequenceTable();
    }

    @Override
    public String sequenceNext(String name) {
        return base.sequenceNext(name);
    }

    @Override
    public String sequenceCurrent(String name) {
        return base.sequenceCurrent(name);
    }

    @Override
    public boolean sequenceIfExists() {
        return base.sequenceIfExists();
    }

    @Override
    public String noCycleKeyword() {
        return base.noCycleKeyword();
    }

    @Override
    public String noOpStatement() {
        return base.noOpStatement();
    }

    @Override
    public boolean truncateRestartsIdentity() {
        return base.truncateRestartsIdentity();
    }

    @Override
    public String truncateRestartIdentity() {
        return base.truncateRestartIdentity();
    }

    @Override
    public String identityReset(String table) {
        return base.identityReset(table);
    }

    @Override
    public boolean supportsAlterConstraints() {
        return base.supportsAlterConstraints();
    }

    @Override
    public boolean supportsAddColumnIfNotExists() {
        return base.supportsAddColumnIfNotExists();
    }

    @Override
    public boolean integerPrimaryKeyIsRowId() {
        return base.integerPrimaryKeyIsRowId();
    }

    @Override
    public String dropTableCascade() {
        return base.dropTableCascade();
    }

    @Override
    public boolean supportsDropIfExists() {
        return base.supportsDropIfExists();
    }

    @Override
    public boolean truncateCascades() {
        return base.truncateCascades();
    }

    @Override
    public boolean hasRenameTableStatement() {
        return base.hasRenameTableStatement();
    }

    @Override
    public String renameTable(String from, String to) {
        return base.renameTable(from, to);
    }

    @Override
    public boolean hasClusteredIndexes() {
        return base.hasClusteredIndexes();
    }

    @Override
    public boolean dropIndexNamesTable() {
        return base.dropIndexNamesTable();
    }

    @Override
    public boolean dynamicDropIndex() {
        return base.dynamicDropIndex();
    }

    @Override
    public boolean supportsPartialIndexes() {
        return base.supportsPartialIndexes();
    }

    @Override
    public boolean supportsExpressionIndexes() {
        return base.supportsExpressionIndexes();
    }

    @Override
    public boolean supportsColumnPositions() {
        return base.supportsColumnPositions();
    }

    @Override
    public boolean supportsCommentOn() {
        return base.supportsCommentOn();
    }

    @Override
    public boolean supportsTableCommentOption() {
        return base.supportsTableCommentOption();
    }

    @Override
    public LockOf rowLockOf() {
        return base.rowLockOf();
    }
}
