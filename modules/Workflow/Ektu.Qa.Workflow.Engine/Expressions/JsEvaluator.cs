using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// Evaluates prepared expressions with Jint 4 and the globals of the shared dialect: <c>environment = {variables, services}</c>,
/// <c>content</c> and <c>next(err, value)</c>. One engine per thread is reused (evaluation is synchronous; a new engine per call
/// costs two thirds of the time) and replaced after any failure, so no state of a stopped script survives. Every engine has all
/// four limits: without the recursion limit deep recursion overflows the stack and ends the process.
/// </summary>
internal static class JsEvaluator
{
    [ThreadStatic] private static Holder? _holder;

    /// <summary>Runs the static constructor's warm-up (once per process).</summary>
    public static void WarmUp() => _ = _holder;

    static JsEvaluator()
    {
        // The first evaluations in a process compile Jint's interpreter paths, which under load can take longer than the
        // timeout on their own; one expression of each shape the whitelist allows runs here, without limits, so that a real
        // one never fails for that.
        var warm = new Holder(null);
        var variables = new JsonObject { ["a"] = 2, ["s"] = "x,y", ["list"] = new JsonArray("a", "b"), ["o"] = new JsonObject { ["k"] = true } };
        var content = new JsonObject { ["id"] = "G", ["index"] = 0 };
        string[] scripts =
        [
            "next(null, environment.variables.a >= 1 && content.id.toLowerCase().indexOf('x') < 0);",
            "next(null, environment.variables.s.split(',').length === 2 || !environment.variables.o.k);",
            "(typeof environment.variables.x === 'undefined' ? Math.max(1, environment.variables.a) : 'b' in { b: [1, 'c'] }\n)",
            "(environment.variables.list[0] + environment.variables.list.slice(1) + environment.variables.a.toFixed(1)\n)",
            "(environment.variables.list\n)",
            "(environment.variables.o\n)",
        ];
        foreach (var text in scripts)
        {
            Bind(warm, variables, content);
            var value = warm.Engine.Evaluate(ExpressionWhitelist.Prepare(text));
            ToJson(value, 0);
            ToJsString(value);
        }
    }

    private sealed class Holder
    {
        public Holder(ExpressionLimits? limits)
        {
            Limits = limits;
            Engine = new Jint.Engine(o =>
            {
                o.Strict();
                o.Host.StringCompilationAllowed = false;
                if (limits is null) return;
                o.LimitMemory(limits.MemoryBytes).MaxStatements(limits.MaxStatements).LimitRecursion(limits.MaxRecursion)
                    .Constraint(new CpuTimeConstraint(limits.Timeout));
            });
            Next = new ClrFunction(Engine, "next", (_, args) =>
            {
                Called = true;
                var err = args.Length > 0 ? args[0] : JsValue.Undefined;
                Error = err.IsNull() || err.IsUndefined() ? null : err;
                Value = args.Length > 1 ? args[1] : JsValue.Undefined;
                return JsValue.Undefined;
            }, 2);
        }

        public ExpressionLimits? Limits { get; }
        public Jint.Engine Engine { get; }
        public ClrFunction Next { get; }
        public bool Called;
        public JsValue? Error;
        public JsValue Value = JsValue.Undefined;
    }

    public static bool EvaluateCondition(CompiledExpression expression, JsonObject variables, JsonObject? content, ExpressionBudget budget) =>
        TypeConverter.ToBoolean(Run(expression, variables, content, budget));

    /// <summary>The value of a field: raw for a single <c>${…}</c>, a string for a template or literal.</summary>
    public static JsonNode? EvaluateValue(CompiledExpression expression, JsonObject variables, JsonObject? content, ExpressionBudget budget) =>
        ToJson(Run(expression, variables, content, budget), 0);

    /// <summary>JavaScript <c>String(value)</c>, or null for null/undefined.</summary>
    public static string? EvaluateString(CompiledExpression expression, JsonObject variables, JsonObject? content, ExpressionBudget budget)
    {
        var value = Run(expression, variables, content, budget);
        return value.IsNull() || value.IsUndefined() ? null : ToJsString(value);
    }

    /// <summary>With other limits, on an engine of its own: for the tests that prove each limit alone.</summary>
    internal static JsonNode? EvaluateValue(
        CompiledExpression expression, JsonObject variables, JsonObject? content, ExpressionBudget budget, ExpressionLimits limits) =>
        ToJson(Run(expression, variables, content, budget, new Holder(limits)), 0);

    private static JsValue Run(CompiledExpression expression, JsonObject variables, JsonObject? content, ExpressionBudget budget, Holder? own = null)
    {
        if (expression.Script is null && expression.Parts.Count == 1 && expression.Parts[0] is string literal) return new JsString(literal);
        var started = budget.Start();
        var h = own ?? (_holder ??= new Holder(ExpressionLimits.Default));
        try
        {
            Bind(h, variables, content);
            return expression.Script is { } script ? RunScript(h, script) : RunTemplate(h, expression);
        }
        catch (Exception e) when (e is JintException or TimeoutException or InvalidOperationException or ArgumentException or InvalidCastException)
        {
            // A stopped script may leave the engine mid-call; the next evaluation on this thread gets a new one.
            _holder = null;
            throw new EvaluationException(Describe(e, h.Limits!), e);
        }
        catch (EvaluationException)
        {
            _holder = null;
            throw;
        }
        finally
        {
            budget.Stop(started);
        }
    }

    private static JsValue RunScript(Holder h, Prepared<Script> script)
    {
        h.Called = false;
        h.Error = null;
        h.Value = JsValue.Undefined;
        var completion = h.Engine.Evaluate(script);
        if (!h.Called) return completion;
        if (h.Error is not null) throw new EvaluationException("condition reported an error: " + ToJsString(h.Error));
        return h.Value;
    }

    private static JsValue RunTemplate(Holder h, CompiledExpression expression)
    {
        if (expression.IsRawSingle) return h.Engine.Evaluate((Prepared<Script>)expression.Parts[0]);
        var sb = new System.Text.StringBuilder();
        foreach (var part in expression.Parts)
        {
            if (part is string s) { sb.Append(s); continue; }
            var v = h.Engine.Evaluate((Prepared<Script>)part);
            if (!v.IsNull() && !v.IsUndefined()) sb.Append(ToJsString(v));
        }
        return new JsString(sb.ToString());
    }

    private static string Describe(Exception e, ExpressionLimits limits) => e switch
    {
        MemoryLimitExceededException => $"the expression used more than {limits.MemoryBytes / (1024 * 1024)} MB",
        TimeoutException or ExecutionCanceledException => $"the expression ran longer than {limits.Timeout.TotalMilliseconds:F0} ms",
        StatementsCountOverflowException => $"the expression ran more than {limits.MaxStatements} statements",
        RecursionDepthOverflowException => $"the expression nested calls deeper than {limits.MaxRecursion}",
        _ => e.Message,
    };

    private static void Bind(Holder h, JsonObject variables, JsonObject? content)
    {
        var engine = h.Engine;
        var environment = new JsObject(engine);
        environment.CreateDataProperty("variables", ToJs(engine, variables));
        environment.CreateDataProperty("services", new JsObject(engine));
        engine.SetValue("environment", environment);
        engine.SetValue("content", content is null ? new JsObject(engine) : ToJs(engine, content));
        engine.SetValue("next", h.Next);
    }

    private static JsValue ToJs(Jint.Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject o:
                var obj = new JsObject(engine);
                // Own data properties, never [[Set]]: a key "__proto__" in the data must not change the prototype.
                foreach (var (k, v) in o) obj.CreateDataProperty(k, ToJs(engine, v));
                return obj;
            case JsonArray a:
                var items = new JsValue[a.Count];
                for (var i = 0; i < a.Count; i++) items[i] = ToJs(engine, a[i]);
                return new JsArray(engine, items);
            case JsonValue v:
                return v.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.String => new JsString(v.GetValue<string>()),
                    System.Text.Json.JsonValueKind.Number => new JsNumber(Numbers.ToDouble(v)),
                    System.Text.Json.JsonValueKind.True => JsBoolean.True,
                    System.Text.Json.JsonValueKind.False => JsBoolean.False,
                    _ => JsValue.Null,
                };
            default:
                return JsValue.Undefined;
        }
    }

    internal static JsonNode? ToJson(JsValue value, int depth)
    {
        if (depth > 32) throw new EvaluationException("value nested too deeply");
        if (value.IsNull() || value.IsUndefined()) return null;
        if (value.IsBoolean()) return JsonValue.Create(value.AsBoolean());
        if (value.IsString()) return JsonValue.Create(value.AsString());
        if (value.IsNumber()) return Numbers.ToNode(value.AsNumber());
        if (value.IsArray())
        {
            var arr = value.AsArray();
            var result = new JsonArray();
            for (uint i = 0; i < arr.Length; i++) result.Add(ToJson(arr[i], depth + 1));
            return result;
        }
        if (value.IsObject())
        {
            var o = value.AsObject();
            if (o is Function) return null;
            var result = new JsonObject();
            foreach (var (k, d) in o.GetOwnProperties())
                if (k.IsString() && d.Enumerable) result[k.AsString()] = ToJson(o.Get(k), depth + 1);
            return result;
        }
        return null;
    }

    private static string ToJsString(JsValue value)
    {
        if (value.IsObject() && !value.IsArray() && value.AsObject() is not Function) return "[object Object]";
        return TypeConverter.ToString(value);
    }
}
