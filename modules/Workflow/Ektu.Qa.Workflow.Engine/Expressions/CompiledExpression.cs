using Acornima.Ast;
using Jint;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// An expression field after parsing: a script (<c>next(err, value)</c> or completion value), a single <c>${…}</c>
/// (raw value), an interpolated template (string), or a literal string. Scripts are Jint prepared scripts, parsed once.
/// </summary>
internal sealed class CompiledExpression
{
    public required string Text { get; init; }
    public Prepared<Script>? Script { get; init; }
    /// <summary>Template parts: a literal string or a <see cref="Prepared{TProgram}"/> expression program.</summary>
    public IReadOnlyList<object> Parts { get; init; } = [];
    public bool IsRawSingle { get; init; }
}
