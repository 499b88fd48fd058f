using Jint.Parser;
using Jint.Parser.Ast;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// Jint 2 has no memory limit and its timeout does not stop native built-ins (<c>Array(1e6).join('x')</c> runs for minutes),
/// so only a small expression language is let through: literals, the context names, member access, operators, array/object
/// literals and calls to <c>next(…)</c> or a few bounded string/array/Math methods. No functions, loops, <c>new</c>, assignment or <c>this</c>.
/// </summary>
internal static class ExpressionWhitelist
{
    private static readonly HashSet<string> RootNames = new(StringComparer.Ordinal)
    {
        "environment", "content", "next", "undefined", "NaN", "Infinity", "Math",
    };

    private static readonly HashSet<string> SafeMethods = new(StringComparer.Ordinal)
    {
        "indexOf", "lastIndexOf", "toLowerCase", "toUpperCase", "trim", "charAt", "substring", "substr", "slice",
        "toString", "toFixed", "split", "hasOwnProperty", "min", "max", "abs", "floor", "ceil", "round",
    };

    private static readonly HashSet<string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        "constructor", "__proto__", "prototype", "caller", "callee", "arguments", "__defineGetter__", "__defineSetter__",
        "__lookupGetter__", "__lookupSetter__", "eval", "Function", "Array", "join", "repeat", "valueOf",
    };

    /// <summary>Parses <paramref name="source"/> and checks every node; returns the program or throws <see cref="ExpressionRejectedException"/>.</summary>
    public static Jint.Parser.Ast.Program Parse(string source)
    {
        Jint.Parser.Ast.Program program;
        try
        {
            program = new JavaScriptParser().Parse(source, new ParserOptions());
        }
        catch (Exception e) when (e is ParserException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new ExpressionRejectedException("syntax error: " + e.Message);
        }
        if (program.FunctionDeclarations.Count > 0 || program.VariableDeclarations.Count > 0)
            throw new ExpressionRejectedException("declarations are not allowed");
        foreach (var statement in program.Body)
            CheckStatement(statement);
        return program;
    }

    private static void CheckStatement(Statement statement)
    {
        switch (statement)
        {
            case ExpressionStatement es:
                CheckExpression(es.Expression);
                break;
            case EmptyStatement:
                break;
            default:
                throw new ExpressionRejectedException($"{statement.Type} is not allowed");
        }
    }

    private static void CheckExpression(Expression? expression)
    {
        switch (expression)
        {
            case null:
                return;
            case Literal literal:
                if (literal.Value is System.Text.RegularExpressions.Regex) throw new ExpressionRejectedException("regular expressions are not allowed");
                return;
            case Identifier id:
                if (!RootNames.Contains(id.Name)) throw new ExpressionRejectedException($"unknown name '{id.Name}'");
                return;
            case MemberExpression member:
                CheckExpression(member.Object);
                if (member.Computed)
                {
                    if (member.Property is Literal { Value: string s } && ForbiddenMembers.Contains(s))
                        throw new ExpressionRejectedException($"member '{s}' is not allowed");
                    CheckExpression(member.Property);
                }
                else if (member.Property is Identifier pid && ForbiddenMembers.Contains(pid.Name))
                {
                    throw new ExpressionRejectedException($"member '{pid.Name}' is not allowed");
                }
                return;
            case UnaryExpression unary:
                if (unary.Operator is UnaryOperator.Delete or UnaryOperator.Increment or UnaryOperator.Decrement)
                    throw new ExpressionRejectedException($"operator {unary.Operator} is not allowed");
                CheckExpression(unary.Argument);
                return;
            case BinaryExpression binary:
                CheckExpression(binary.Left);
                CheckExpression(binary.Right);
                return;
            case LogicalExpression logical:
                CheckExpression(logical.Left);
                CheckExpression(logical.Right);
                return;
            case ConditionalExpression conditional:
                CheckExpression(conditional.Test);
                CheckExpression(conditional.Consequent);
                CheckExpression(conditional.Alternate);
                return;
            case ArrayExpression array:
                foreach (var e in array.Elements) CheckExpression(e);
                return;
            case ObjectExpression obj:
                foreach (var p in obj.Properties)
                {
                    if (p.Kind != PropertyKind.Data) throw new ExpressionRejectedException("getters and setters are not allowed");
                    CheckExpression(p.Value);
                }
                return;
            case CallExpression call:
                CheckCallee(call.Callee);
                foreach (var a in call.Arguments) CheckExpression(a);
                return;
            default:
                throw new ExpressionRejectedException($"{expression.Type} is not allowed");
        }
    }

    private static void CheckCallee(Expression callee)
    {
        switch (callee)
        {
            case Identifier { Name: "next" }:
                return;
            case MemberExpression { Computed: false, Property: Identifier method } member when SafeMethods.Contains(method.Name):
                CheckExpression(member.Object);
                return;
            default:
                throw new ExpressionRejectedException("only next(…) and simple string/array methods may be called");
        }
    }
}
