using System.Text;
using System.Text.RegularExpressions;
using Dapper;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Workflow.Data;

/// <summary>
/// Statements of one step collected and sent as one command: a step's inserts (tasks, candidates, waits, history) cost
/// one round trip instead of one each. Each statement's <c>@name</c> parameters are renamed <c>@b{n}_name</c> so the
/// statements cannot clash. Only for statements whose affected-row counts nobody reads: guarded updates stay separate.
/// </summary>
internal sealed partial class SqlBatch
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
