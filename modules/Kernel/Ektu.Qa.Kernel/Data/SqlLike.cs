namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// LIKE patterns built from user text: <c>%</c>, <c>_</c> and the escape character are escaped inside the SQL, so no caller
/// can forget it and search text never acts as a wildcard. The escape character is <c>!</c>, not a backslash: MySQL reads
/// a backslash inside a string literal as an escape of its own, SQLite does not, and <c>!</c> means the same to both.
/// </summary>
public static class SqlLike
{
    /// <summary>The clause that follows a LIKE built with <see cref="Literal"/>.</summary>
    public const string Escape = "ESCAPE '!'";

    /// <summary>A SQL expression: <paramref name="expression"/> (a parameter or column) with its LIKE metacharacters escaped.</summary>
    public static string Literal(string expression) =>
        $"REPLACE(REPLACE(REPLACE({expression}, '!', '!!'), '%', '!%'), '_', '!_')";
}
