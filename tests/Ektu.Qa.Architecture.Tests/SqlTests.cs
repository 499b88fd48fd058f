using System.Text.RegularExpressions;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Architecture.Tests;

public sealed partial class SqlTests
{
    public static TheoryData<string> ModuleNames => new(Modules.All.Select(m => m.Name));

    [Theory, MemberData(nameof(ModuleNames))]
    public void Migrations_Should_CreateOnlyPrefixedTables_When_Shipped(string name)
    {
        var module = Modules.All.Single(m => m.Name == name);
        foreach (var dialect in new[] { "Sqlite", "MySql" })
        {
            var scripts = MigrationRunner.Scripts(Modules.Implementation(module), dialect);
            scripts.ShouldNotBeEmpty();
            foreach (var s in scripts)
            {
                foreach (Match m in TableName().Matches(s.Sql))
                    m.Groups[1].Value.ShouldStartWith(module.TablePrefix, customMessage: $"{name}/{s.Name}");
                foreach (Match m in IndexName().Matches(s.Sql))
                    m.Groups[1].Value.ShouldContain(module.TablePrefix, customMessage: $"{name}/{s.Name}: index names carry the table prefix");
            }
        }
    }

    [Theory, MemberData(nameof(ModuleNames))]
    public void Migrations_Should_BePortable_When_NotDialectSpecific(string name)
    {
        var asm = Modules.Implementation(Modules.All.Single(m => m.Name == name));
        var portable = asm.GetManifestResourceNames()
            .Where(n => n.Contains(".Data.Migrations.") && n.Split('.').Length == asm.GetName().Name!.Split('.').Length + 4);
        foreach (var res in portable)
        {
            using var r = new StreamReader(asm.GetManifestResourceStream(res)!);
            var sql = r.ReadToEnd();
            var file = res[(res.IndexOf(".Data.Migrations.", StringComparison.Ordinal) + 17)..];
            FileName().IsMatch(file).ShouldBeTrue($"{file}: NNNN_verb_object.sql");
            foreach (var (pattern, why) in Forbidden)
                Regex.IsMatch(sql, pattern, RegexOptions.IgnoreCase).ShouldBeFalse($"{name}/{file}: {why}");
        }
    }

    [Fact]
    public void SqlInCode_Should_AvoidNonPortableConstructs_When_Written()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Modules.RepoRoot, "modules"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/") && !f.EndsWith("Dialect.cs", StringComparison.Ordinal));
        foreach (var f in files)
        {
            // Only the SQL: raw string literals and ordinary literals that hold a statement.
            var text = File.ReadAllText(f);
            var sql = string.Join("\n", RawLiteral().Matches(text).Concat(SqlLiteral().Matches(text)).Select(m => m.Value));
            foreach (var (pattern, why) in Forbidden.Where(p => p.Why != "double-quoted identifier"))
                Regex.IsMatch(sql, pattern, RegexOptions.IgnoreCase).ShouldBeFalse($"{f}: {why}");
        }
    }

    [Theory, MemberData(nameof(ModuleNames))]
    public void SqlInCode_Should_NameOnlyTheModulesTables_When_Written(string name)
    {
        var module = Modules.All.Single(m => m.Name == name);
        var dir = Path.Combine(Modules.RepoRoot, "modules", name);
        var foreign = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .SelectMany(f => ForeignTables(File.ReadAllText(f), module.TablePrefix).Select(t => $"{Path.GetFileName(f)}: {t}"))
            .ToList();
        foreign.ShouldBeEmpty($"{name} reads or writes other modules' tables: go through their Contracts");
    }

    [Fact]
    public void ForeignTables_Should_FindOtherPrefixes_When_LiteralsJoinOrWriteThem()
    {
        const string code = """"
            var a = "SELECT id FROM id_users u JOIN k_audit_log l ON l.user_id = u.id";
            var b = """\n INSERT INTO wf_tasks (id) VALUES (@id) \n""";
            var c = "UPDATE qp_documents SET x = 1"; var d = "DELETE FROM id_roles"; var e = "from k_x is prose";
            """";
        ForeignTables(code, "id_").ShouldBe(["k_audit_log", "wf_tasks", "qp_documents"], ignoreOrder: true);
    }

    /// <summary>Tables named after FROM / JOIN / INTO / UPDATE in SQL literals that carry another module's prefix.</summary>
    private static List<string> ForeignTables(string code, string ownPrefix)
    {
        var prefixes = Modules.All.Select(m => m.TablePrefix).Where(p => p != ownPrefix).ToList();
        return RawLiteral().Matches(code).Concat(SqlLiteral().Matches(code))
            .SelectMany(lit => TableReference().Matches(lit.Value).Select(t => t.Groups[1].Value))
            .Where(t => prefixes.Any(p => t.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();
    }

    private static readonly (string Pattern, string Why)[] Forbidden =
    [
        (@"\bAUTO_?INCREMENT\b", "ids are application Guids"),
        (@"INSERT\s+OR\s+REPLACE", "use ISqlDialect.Upsert"),
        (@"ON\s+DUPLICATE\s+KEY", "use ISqlDialect.Upsert"),
        (@"\s\|\|\s", "|| is OR in MySQL: use ISqlDialect.Concat"),
        (@"\bJSON\b\s*(NOT\s+NULL|NULL|,|\))", "no JSON column type"),
        (@"""[a-z_]+""\s*\(", "double-quoted identifier"),
        (@"\[[a-z_]+\]\s+(CHAR|VARCHAR|INT|TEXT)", "bracketed identifier"),
        (@"\bRETURNING\b", "MySQL 8 has no RETURNING"),
    ];

    [GeneratedRegex(@"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z0-9_]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TableName();

    [GeneratedRegex(@"CREATE\s+(?:UNIQUE\s+)?INDEX\s+([A-Za-z0-9_]+)", RegexOptions.IgnoreCase)]
    private static partial Regex IndexName();

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"")]
    private static partial Regex RawLiteral();

    [GeneratedRegex(@"""(?:SELECT|INSERT|UPDATE|DELETE)\b[^""\n]*""", RegexOptions.IgnoreCase)]
    private static partial Regex SqlLiteral();

    [GeneratedRegex(@"\b(?:FROM|JOIN|INTO|UPDATE)\s+([A-Za-z][A-Za-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex TableReference();

    [GeneratedRegex(@"^\d{4}_[a-z]+(_[a-z0-9]+)+\.sql$")]
    private static partial Regex FileName();
}
