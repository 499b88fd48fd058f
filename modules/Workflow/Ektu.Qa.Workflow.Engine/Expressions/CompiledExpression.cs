namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// An expression field after parsing: a script (<c>next(err, value)</c> or completion value), a single <c>${…}</c>
/// (raw value), an interpolated template (string), or a literal string.
/// </summary>
internal sealed class CompiledExpression
{
    public required string Text { get; init; }
    public Jint.Parser.Ast.Program? Script { get; init; }
    /// <summary>Template parts: a literal string or a parsed expression program.</summary>
    public IReadOnlyList<object> Parts { get; init; } = [];
    public bool IsRawSingle { get; init; }
}
