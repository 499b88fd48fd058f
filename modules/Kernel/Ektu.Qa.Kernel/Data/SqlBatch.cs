using System.Text;
using System.Text.RegularExpressions;
using Dapper;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Statements collected and sent as one command: a workflow step's inserts (tasks, candidates, waits, history), or a unit
/// of work's deferred writes (<see cref="IDbSession.Defer"/>), cost one round trip instead of one each. Each statement's
/// <c>@name</c> parameters are renamed <c>@b{n}_name</c> so the statements cannot clash. Only for statements whose
/// affected-row counts nobody reads: guarded updates stay separate.
/// </summary>
public sealed partial class SqlBatch
{
    private readonly StringBuilder _sql = new();
    private readonly DynamicParameters _args = new();
    private int _count;

    public bool IsEmpty => _count == 0;

    public void Add(string sql, IReadOnlyDictionary<string, object?> args)
    {
        var prefix = $"b{_count++}_";
        _sql.Append(Parameter().Replace(sql, m => "@" + prefix + m.Groups[1].Value)).Append(";\n");
        foreach (var (name, value) in args) _args.Add(prefix + name, value);
    }

    public Task ExecuteAsync(IDbSession db, CancellationToken ct) => IsEmpty ? Task.CompletedTask : db.ExecuteAsync(_sql.ToString(), _args, ct);

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
