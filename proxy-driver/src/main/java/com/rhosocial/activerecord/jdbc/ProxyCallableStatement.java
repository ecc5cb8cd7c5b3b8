package com.rhosocial.activerecord.jdbc;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.*;
import java.util.Calendar;
import java.util.Map;

/**
 * A callable statement of a {@link ProxyConnection}. Its SQL is translated only when the translation keeps one
 * statement with every parameter in place (JDBC escapes such as {@code {call p(?)}} pass through as written), so
 * OUT parameters and named parameters go straight to the real statement.
 */
final class ProxyCallableStatement extends ProxyPreparedStatement implements CallableStatement {

    private final CallableStatement cs;

    ProxyCallableStatement(ProxyConnection connection, CallableStatement cs, String sql, String translatedSql) {
        super(connection, cs, sql, translatedSql, null, null, null, null);
        this.cs = cs;
    }

    @Override
    public String toString() {
        return "ActiveRecordCallableStatement[" + cs + "]";
    }

    // ---- forwarded unchanged: generated from the java.sql interface by reflection, one line per method ------------

    @Override
    public Array getArray(String name) throws SQLException {
        return cs.getArray(name);
    }

    @Override
    public Array getArray(int index) throws SQLException {
        return cs.getArray(index);
    }

    @Override
    public BigDecimal getBigDecimal(String name) throws SQLException {
        return cs.getBigDecimal(name);
    }

    @Deprecated
    @SuppressWarnings("deprecation")
    @Override
    public BigDecimal getBigDecimal(int index, int a1) throws SQLException {
        return cs.getBigDecimal(index, a1);
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        return cs.getBigDecimal(index);
    }

    @Override
    public Blob getBlob(String name) throws SQLException {
        return cs.getBlob(name);
    }

    @Override
    public Blob getBlob(int index) throws SQLException {
        return cs.getBlob(index);
    }

    @Override
    public boolean getBoolean(String name) throws SQLException {
        return cs.getBoolean(name);
    }

    @Override
    public boolean getBoolean(int index) throws SQLException {
        return cs.getBoolean(index);
    }

    @Override
    public byte getByte(String name) throws SQLException {
        return cs.getByte(name);
    }

    @Override
    public byte getByte(int index) throws SQLException {
        return cs.getByte(index);
    }

    @Override
    public byte[] getBytes(String name) throws SQLException {
        return cs.getBytes(name);
    }

    @Override
    public byte[] getBytes(int index) throws SQLException {
        return cs.getBytes(index);
    }

    @Override
    public Reader getCharacterStream(String name) throws SQLException {
        return cs.getCharacterStream(name);
    }

    @Override
    public Reader getCharacterStream(int index) throws SQLException {
        return cs.getCharacterStream(index);
    }

    @Override
    public Clob getClob(String name) throws SQLException {
        return cs.getClob(name);
    }

    @Override
    public Clob getClob(int index) throws SQLException {
        return cs.getClob(index);
    }

    @Override
    public Date getDate(String name, Calendar a1) throws SQLException {
        return cs.getDate(name, a1);
    }

    @Override
    public Date getDate(String name) throws SQLException {
        return cs.getDate(name);
    }

    @Override
    public Date getDate(int index, Calendar a1) throws SQLException {
        return cs.getDate(index, a1);
    }

    @Override
    public Date getDate(int index) throws SQLException {
        return cs.getDate(index);
    }

    @Override
    public double getDouble(String name) throws SQLException {
        return cs.getDouble(name);
    }

    @Override
    public double getDouble(int index) throws SQLException {
        return cs.getDouble(index);
    }

    @Override
    public float getFloat(String name) throws SQLException {
        return cs.getFloat(name);
    }

    @Override
    public float getFloat(int index) throws SQLException {
        return cs.getFloat(index);
    }

    @Override
    public int getInt(String name) throws SQLException {
        return cs.getInt(name);
    }

    @Override
    public int getInt(int index) throws SQLException {
        return cs.getInt(index);
    }

    @Override
    public long getLong(String name) throws SQLException {
        return cs.getLong(name);
    }

    @Override
    public long getLong(int index) throws SQLException {
        return cs.getLong(index);
    }

    @Override
    public Reader getNCharacterStream(String name) throws SQLException {
        return cs.getNCharacterStream(name);
    }

    @Override
    public Reader getNCharacterStream(int index) throws SQLException {
        return cs.getNCharacterStream(index);
    }

    @Override
    public NClob getNClob(String name) throws SQLException {
        return cs.getNClob(name);
    }

    @Override
    public NClob getNClob(int index) throws SQLException {
        return cs.getNClob(index);
    }

    @Override
    public String getNString(String name) throws SQLException {
        return cs.getNString(name);
    }

    @Override
    public String getNString(int index) throws SQLException {
        return cs.getNString(index);
    }

    @Override
    public <T> T getObject(String name, Class<T> a1) throws SQLException {
        return cs.getObject(name, a1);
    }

    @Override
    public Object getObject(String name, Map<String, Class<?>> a1) throws SQLException {
        return cs.getObject(name, a1);
    }

    @Override
    public Object getObject(String name) throws SQLException {
        return cs.getObject(name);
    }

    @Override
    public <T> T getObject(int index, Class<T> a1) throws SQLException {
        return cs.getObject(index, a1);
    }

    @Override
    public Object getObject(int index, Map<String, Class<?>> a1) throws SQLException {
        return cs.getObject(index, a1);
    }

    @Override
    public Object getObject(int index) throws SQLException {
        return cs.getObject(index);
    }

    @Override
    public Ref getRef(String name) throws SQLException {
        return cs.getRef(name);
    }

    @Override
    public Ref getRef(int index) throws SQLException {
        return cs.getRef(index);
    }

    @Override
    public RowId getRowId(String name) throws SQLException {
        return cs.getRowId(name);
    }

    @Override
    public RowId getRowId(int index) throws SQLException {
        return cs.getRowId(index);
    }

    @Override
    public SQLXML getSQLXML(String name) throws SQLException {
        return cs.getSQLXML(name);
    }

    @Override
    public SQLXML getSQLXML(int index) throws SQLException {
        return cs.getSQLXML(index);
    }

    @Override
    public short getShort(String name) throws SQLException {
        return cs.getShort(name);
    }

    @Override
    public short getShort(int index) throws SQLException {
        return cs.getShort(index);
    }

    @Override
    public String getString(String name) throws SQLException {
        return cs.getString(name);
    }

    @Override
    public String getString(int index) throws SQLException {
        return cs.getString(index);
    }

    @Override
    public Time getTime(String name, Calendar a1) throws SQLException {
        return cs.getTime(name, a1);
    }

    @Override
    public Time getTime(String name) throws SQLException {
        return cs.getTime(name);
    }

    @Override
    public Time getTime(int index, Calendar a1) throws SQLException {
        return cs.getTime(index, a1);
    }

    @Override
    public Time getTime(int index) throws SQLException {
        return cs.getTime(index);
    }

    @Override
    public Timestamp getTimestamp(String name, Calendar a1) throws SQLException {
        return cs.getTimestamp(name, a1);
    }

    @Override
    public Timestamp getTimestamp(String name) throws SQLException {
        return cs.getTimestamp(name);
    }

    @Override
    public Timestamp getTimestamp(int index, Calendar a1) throws SQLException {
        return cs.getTimestamp(index, a1);
    }

    @Override
    public Timestamp getTimestamp(int index) throws SQLException {
        return cs.getTimestamp(index);
    }

    @Override
    public URL getURL(String name) throws SQLException {
        return cs.getURL(name);
    }

    @Override
    public URL getURL(int index) throws SQLException {
        return cs.getURL(index);
    }

    @Override
    public void registerOutParameter(String name, int a1, String a2) throws SQLException {
        cs.registerOutParameter(name, a1, a2);
    }

    @Override
    public void registerOutParameter(String name, int a1, int a2) throws SQLException {
        cs.registerOutParameter(name, a1, a2);
    }

    @Override
    public void registerOutParameter(String name, int a1) throws SQLException {
        cs.registerOutParameter(name, a1);
    }

    @Override
    public void registerOutParameter(String name, SQLType a1, String a2) throws SQLException {
        cs.registerOutParameter(name, a1, a2);
    }

    @Override
    public void registerOutParameter(String name, SQLType a1, int a2) throws SQLException {
        cs.registerOutParameter(name, a1, a2);
    }

    @Override
    public void registerOutParameter(String name, SQLType a1) throws SQLException {
        cs.registerOutParameter(name, a1);
    }

    @Override
    public void registerOutParameter(int index, int a1, String a2) throws SQLException {
        cs.registerOutParameter(index, a1, a2);
    }

    @Override
    public void registerOutParameter(int index, int a1, int a2) throws SQLException {
        cs.registerOutParameter(index, a1, a2);
    }

    @Override
    public void registerOutParameter(int index, int a1) throws SQLException {
        cs.registerOutParameter(index, a1);
    }

    @Override
    public void registerOutParameter(int index, SQLType a1, String a2) throws SQLException {
        cs.registerOutParameter(index, a1, a2);
    }

    @Override
    public void registerOutParameter(int index, SQLType a1, int a2) throws SQLException {
        cs.registerOutParameter(index, a1, a2);
    }

    @Override
    public void registerOutParameter(int index, SQLType a1) throws SQLException {
        cs.registerOutParameter(index, a1);
    }

    @Override
    public void setAsciiStream(String name, InputStream a1, int a2) throws SQLException {
        cs.setAsciiStream(name, a1, a2);
    }

    @Override
    public void setAsciiStream(String name, InputStream a1, long a2) throws SQLException {
        cs.setAsciiStream(name, a1, a2);
    }

    @Override
    public void setAsciiStream(String name, InputStream a1) throws SQLException {
        cs.setAsciiStream(name, a1);
    }

    @Override
    public void setBigDecimal(String name, BigDecimal a1) throws SQLException {
        cs.setBigDecimal(name, a1);
    }

    @Override
    public void setBinaryStream(String name, InputStream a1, int a2) throws SQLException {
        cs.setBinaryStream(name, a1, a2);
    }

    @Override
    public void setBinaryStream(String name, InputStream a1, long a2) throws SQLException {
        cs.setBinaryStream(name, a1, a2);
    }

    @Override
    public void setBinaryStream(String name, InputStream a1) throws SQLException {
        cs.setBinaryStream(name, a1);
    }

    @Override
    public void setBlob(String name, InputStream a1, long a2) throws SQLException {
        cs.setBlob(name, a1, a2);
    }

    @Override
    public void setBlob(String name, InputStream a1) throws SQLException {
        cs.setBlob(name, a1);
    }

    @Override
    public void setBlob(String name, Blob a1) throws SQLException {
        cs.setBlob(name, a1);
    }

    @Override
    public void setBoolean(String name, boolean a1) throws SQLException {
        cs.setBoolean(name, a1);
    }

    @Override
    public void setByte(String name, byte a1) throws SQLException {
        cs.setByte(name, a1);
    }

    @Override
    public void setBytes(String name, byte[] a1) throws SQLException {
        cs.setBytes(name, a1);
    }

    @Override
    public void setCharacterStream(String name, Reader a1, int a2) throws SQLException {
        cs.setCharacterStream(name, a1, a2);
    }

    @Override
    public void setCharacterStream(String name, Reader a1, long a2) throws SQLException {
        cs.setCharacterStream(name, a1, a2);
    }

    @Override
    public void setCharacterStream(String name, Reader a1) throws SQLException {
        cs.setCharacterStream(name, a1);
    }

    @Override
    public void setClob(String name, Reader a1, long a2) throws SQLException {
        cs.setClob(name, a1, a2);
    }

    @Override
    public void setClob(String name, Reader a1) throws SQLException {
        cs.setClob(name, a1);
    }

    @Override
    public void setClob(String name, Clob a1) throws SQLException {
        cs.setClob(name, a1);
    }

    @Override
    public void setDate(String name, Date a1, Calendar a2) throws SQLException {
        cs.setDate(name, a1, a2);
    }

    @Override
    public void setDate(String name, Date a1) throws SQLException {
        cs.setDate(name, a1);
    }

    @Override
    public void setDouble(String name, double a1) throws SQLException {
        cs.setDouble(name, a1);
    }

    @Override
    public void setFloat(String name, float a1) throws SQLException {
        cs.setFloat(name, a1);
    }

    @Override
    public void setInt(String name, int a1) throws SQLException {
        cs.setInt(name, a1);
    }

    @Override
    public void setLong(String name, long a1) throws SQLException {
        cs.setLong(name, a1);
    }

    @Override
    public void setNCharacterStream(String name, Reader a1, long a2) throws SQLException {
        cs.setNCharacterStream(name, a1, a2);
    }

    @Override
    public void setNCharacterStream(String name, Reader a1) throws SQLException {
        cs.setNCharacterStream(name, a1);
    }

    @Override
    public void setNClob(String name, Reader a1, long a2) throws SQLException {
        cs.setNClob(name, a1, a2);
    }

    @Override
    public void setNClob(String name, Reader a1) throws SQLException {
        cs.setNClob(name, a1);
    }

    @Override
    public void setNClob(String name, NClob a1) throws SQLException {
        cs.setNClob(name, a1);
    }

    @Override
    public void setNString(String name, String a1) throws SQLException {
        cs.setNString(name, a1);
    }

    @Override
    public void setNull(String name, int a1, String a2) throws SQLException {
        cs.setNull(name, a1, a2);
    }

    @Override
    public void setNull(String name, int a1) throws SQLException {
        cs.setNull(name, a1);
    }

    @Override
    public void setObject(String name, Object a1, int a2, int a3) throws SQLException {
        cs.setObject(name, a1, a2, a3);
    }

    @Override
    public void setObject(String name, Object a1, int a2) throws SQLException {
        cs.setObject(name, a1, a2);
    }

    @Override
    public void setObject(String name, Object a1, SQLType a2, int a3) throws SQLException {
        cs.setObject(name, a1, a2, a3);
    }

    @Override
    public void setObject(String name, Object a1, SQLType a2) throws SQLException {
        cs.setObject(name, a1, a2);
    }

    @Override
    public void setObject(String name, Object a1) throws SQLException {
        cs.setObject(name, a1);
    }

    @Override
    public void setRowId(String name, RowId a1) throws SQLException {
        cs.setRowId(name, a1);
    }

    @Override
    public void setSQLXML(String name, SQLXML a1) throws SQLException {
        cs.setSQLXML(name, a1);
    }

    @Override
    public void setShort(String name, short a1) throws SQLException {
        cs.setShort(name, a1);
    }

    @Override
    public void setString(String name, String a1) throws SQLException {
        cs.setString(name, a1);
    }

    @Override
    public void setTime(String name, Time a1, Calendar a2) throws SQLException {
        cs.setTime(name, a1, a2);
    }

    @Override
    public void setTime(String name, Time a1) throws SQLException {
        cs.setTime(name, a1);
    }

    @Override
    public void setTimestamp(String name, Timestamp a1, Calendar a2) throws SQLException {
        cs.setTimestamp(name, a1, a2);
    }

    @Override
    public void setTimestamp(String name, Timestamp a1) throws SQLException {
        cs.setTimestamp(name, a1);
    }

    @Override
    public void setURL(String name, URL a1) throws SQLException {
        cs.setURL(name, a1);
    }

    @Override
    public boolean wasNull() throws SQLException {
        return cs.wasNull();
    }
}
