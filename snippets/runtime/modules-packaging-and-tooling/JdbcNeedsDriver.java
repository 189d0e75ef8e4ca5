import java.sql.DriverManager;
import java.sql.SQLException;

/** The JDK ships the JDBC API (java.sql) but no database driver. */
public class JdbcNeedsDriver {
    public static void main(String[] args) {
        System.out.println("drivers on the class path: "
                + DriverManager.drivers().count());
        String[] urls = {"jdbc:sqlite:app.db", "jdbc:mysql://localhost:3306/app"};
        for (String url : urls) {
            try {
                DriverManager.getConnection(url);
            } catch (SQLException e) {
                System.out.println(url + " -> SQLException: " + e.getMessage());
            }
        }
    }
}
