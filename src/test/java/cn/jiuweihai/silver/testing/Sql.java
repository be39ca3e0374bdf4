package cn.jiuweihai.silver.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Plain JDBC against the test database, to check what is really stored (bytes, cipher text,
 * history rows) behind the API's back. Values come back as the text MariaDB gives.
 */
public final class Sql {

    private Sql() {
    }

    /** Every row of the query, each a map from column label to its value as text (null stays null). */
    public static List<Map<String, String>> rows(DataSource db, String query, Object... params) {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, query, params);
                ResultSet result = statement.executeQuery()) {
            ResultSetMetaData meta = result.getMetaData();
            List<Map<String, String>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single value of a query that returns one row of one column. */
    public static String value(DataSource db, String query, Object... params) {
        List<Map<String, String>> rows = rows(db, query, params);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("expected one value from " + query + ", got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    /** Runs an update; returns the number of rows it changed. */
    public static int update(DataSource db, String statementText, Object... params) {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = prepare(connection, statementText, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String text, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
