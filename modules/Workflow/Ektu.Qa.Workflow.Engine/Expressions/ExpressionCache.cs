using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>Parsed and whitelisted expressions of one model, keyed by text; filled at parse time, read at run time.</summary>
internal sealed class ExpressionCache
{
    private readonly ConcurrentDictionary<(string, bool), CompiledExpression> _compiled = new();

    public CompiledExpression Get(string text, bool script) =>
        _compiled.GetOrAdd((text, script), static key => Compile(key.Item1, key.Item2));

    public static CompiledExpression Compile(string text, bool script) => Compile(text, script, ExpressionWhitelist.Prepare);

    /// <summary>Compiles without the whitelist: for the tests that prove the engine's limits on their own.</summary>
    internal static CompiledExpression CompileUnchecked(string text, bool script) => Compile(text, script, ExpressionWhitelist.PrepareUnchecked);

    private static CompiledExpression Compile(string text, bool script, Func<string, Prepared<Script>> prepare)
    {
        if (script)
            return new CompiledExpression { Text = text, Script = prepare(text) };
        var found = Templates.Find(text);
        if (found.Count == 0)
            return new CompiledExpression { Text = text, Parts = [text] };
        var parts = new List<object>();
        var last = 0;
        foreach (var (start, end, inner) in found)
        {
            if (start > last) parts.Add(text[last..start]);
            if (string.IsNullOrWhiteSpace(inner)) throw new ExpressionRejectedException("empty ${}");
            parts.Add(prepare("(" + inner + "\n)"));
            last = end;
        }
        if (last < text.Length) parts.Add(text[last..]);
        var single = found.Count == 1 && found[0].Start == 0 && found[0].End == text.Length;
        return new CompiledExpression { Text = text, Parts = parts, IsRawSingle = single };
    }
}
