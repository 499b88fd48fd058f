using Acornima;
using Acornima.Ast;
using Jint;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// The expression language is ES5 expressions over data: literals, the context names, member access, operators, array/object
/// literals and calls to <c>next(…)</c> or a few bounded string/array/Math methods. No functions, loops, <c>new</c>, assignment,
/// <c>this</c> or ES2015+ syntax. Checked over Acornima's AST, where names and string keys are already unescaped
/// (<c>\u0063onstructor</c> is <c>constructor</c> here). Jint's limits stop what the whitelist lets through and still runs long.
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

    /// <summary>Names that lead to constructors, prototypes, code from strings or unbounded work, whether written as a name or a key.</summary>
    private static readonly HashSet<string> ForbiddenMembers = new(StringComparer.Ordinal)
    {
        "constructor", "__proto__", "prototype", "caller", "callee", "arguments", "__defineGetter__", "__defineSetter__",
        "__lookupGetter__", "__lookupSetter__", "eval", "Function", "Array", "join", "repeat", "valueOf", "padStart", "padEnd",
        "apply", "call", "bind", "getPrototypeOf", "setPrototypeOf", "defineProperty", "globalThis", "Reflect", "Proxy",
    };

    /// <summary>
    /// Keys an object literal may not define: the engine calls them on its own (<c>'' + {toString: …}</c>), so a method
    /// reference stored under one would run with a forged receiver, which may recurse natively past the recursion limit.
    /// </summary>
    private static readonly HashSet<string> ImplicitlyCalled = new(StringComparer.Ordinal)
    {
        "toString", "valueOf", "toLocaleString", "toJSON", "then", "get", "set",
    };

    /// <summary>Parses and prepares <paramref name="source"/> once, checks every node; throws <see cref="ExpressionRejectedException"/>.</summary>
    public static Prepared<Script> Prepare(string source)
    {
        var prepared = PrepareUnchecked(source);
        foreach (var statement in prepared.Program!.Body)
            CheckStatement(statement);
        return prepared;
    }

    /// <summary>Parses without the whitelist: for the tests that prove the engine's limits on their own.</summary>
    internal static Prepared<Script> PrepareUnchecked(string source)
    {
        try
        {
            return Jint.Engine.PrepareScript(source, strict: true);
        }
        catch (Exception e) when (e is ParseErrorException or JintException)
        {
            throw new ExpressionRejectedException("syntax error: " + (e.InnerException ?? e).Message);
        }
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
            case StringLiteral or NumericLiteral or BooleanLiteral or NullLiteral:
                return;
            case Identifier id:
                if (!RootNames.Contains(id.Name)) throw new ExpressionRejectedException($"unknown name '{id.Name}'");
                return;
            case MemberExpression member:
                CheckMember(member);
                return;
            case UnaryExpression unary:
                // UpdateExpression (++, --) derives from UnaryExpression; delete changes data.
                if (unary is UpdateExpression || unary.Operator == Operator.Delete)
                    throw new ExpressionRejectedException($"operator {unary.Operator} is not allowed");
                CheckExpression(unary.Argument);
                return;
            case BinaryExpression binary:
                // LogicalExpression derives from BinaryExpression. ?? and ** are ES2015+.
                if (binary.Operator is Operator.NullishCoalescing or Operator.Exponentiation)
                    throw new ExpressionRejectedException($"operator {binary.Operator} is not allowed");
                CheckExpression(binary.Left);
                CheckExpression(binary.Right);
                return;
            case ConditionalExpression conditional:
                CheckExpression(conditional.Test);
                CheckExpression(conditional.Consequent);
                CheckExpression(conditional.Alternate);
                return;
            case ArrayExpression array:
                foreach (var e in array.Elements)
                {
                    if (e is SpreadElement) throw new ExpressionRejectedException("spread is not allowed");
                    CheckExpression(e);
                }
                return;
            case ObjectExpression obj:
                foreach (var p in obj.Properties) CheckProperty(p);
                return;
            case CallExpression call:
                CheckCall(call);
                return;
            default:
                throw new ExpressionRejectedException($"{expression.Type} is not allowed");
        }
    }

    private static void CheckMember(MemberExpression member)
    {
        if (member.Optional) throw new ExpressionRejectedException("optional chaining is not allowed");
        CheckExpression(member.Object);
        if (!member.Computed)
        {
            var name = ((Identifier)member.Property).Name;
            if (ForbiddenMembers.Contains(name)) throw new ExpressionRejectedException($"member '{name}' is not allowed");
            return;
        }
        // A computed key is known before the expression runs or it is refused: 'constr' + 'uctor' cannot be checked here.
        switch (member.Property)
        {
            case NumericLiteral:
                return;
            case StringLiteral { Value: var key } when !ForbiddenMembers.Contains(key):
                return;
            case StringLiteral { Value: var key }:
                throw new ExpressionRejectedException($"member '{key}' is not allowed");
            default:
                throw new ExpressionRejectedException("a computed member key must be a number or a string literal");
        }
    }

    private static void CheckProperty(Node node)
    {
        if (node is not Property { Kind: PropertyKind.Init, Computed: false, Method: false, Shorthand: false } p)
            throw new ExpressionRejectedException("only plain 'key: value' properties are allowed in object literals");
        var key = p.Key switch
        {
            Identifier id => id.Name,
            StringLiteral s => s.Value,
            NumericLiteral n => n.Raw,
            _ => throw new ExpressionRejectedException("an object key must be a name, a string or a number"),
        };
        if (ForbiddenMembers.Contains(key) || ImplicitlyCalled.Contains(key) || SafeMethods.Contains(key))
            throw new ExpressionRejectedException($"object key '{key}' is not allowed");
        CheckExpression((Expression)p.Value);
    }

    private static void CheckCall(CallExpression call)
    {
        if (call.Optional) throw new ExpressionRejectedException("optional chaining is not allowed");
        switch (call.Callee)
        {
            case Identifier { Name: "next" }:
                break;
            case MemberExpression { Computed: false, Optional: false, Property: Identifier method } member when SafeMethods.Contains(method.Name):
                CheckExpression(member.Object);
                break;
            default:
                throw new ExpressionRejectedException("only next(…) and simple string/array methods may be called");
        }
        foreach (var a in call.Arguments)
        {
            if (a is SpreadElement) throw new ExpressionRejectedException("spread is not allowed");
            CheckExpression(a);
        }
    }
}
