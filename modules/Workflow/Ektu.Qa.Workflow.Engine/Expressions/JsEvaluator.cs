using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;

namespace Ektu.Qa.Workflow.Engine.Expressions;

/// <summary>
/// Evaluates whitelisted expressions with Jint 2.10.4 and the globals of the shared dialect: <c>environment = {variables, services}</c>,
/// <c>content</c> and <c>next(err, value)</c>. One Jint engine per thread is reused: evaluation is synchronous, and creating an
/// engine per call would dominate the cost of a step.
/// </summary>
internal static class JsEvaluator
{
    [ThreadStatic] private static Holder? _holder;

    private sealed class Holder
    {
        public Holder()
        {
            Engine = new Jint.Engine(o => o.Strict().MaxStatements(1000).TimeoutInterval(TimeSpan.FromMilliseconds(500)).LimitRecursion(32));
            Next = new ClrFunctionInstance(Engine, (_, args) =>
            {
                Called = true;
                var err = args.Length > 0 ? args[0] : JsValue.Undefined;
                Error = err.IsNull() || err.IsUndefined() ? null : err;
                Value = args.Length > 1 ? args[1] : JsValue.Undefined;
                return JsValue.Undefined;
            }, 2);
        }

        public Jint.Engine Engine { get; }
        public ClrFunctionInstance Next { get; }
        public bool Called;
        public JsValue? Error;
        public JsValue Value = JsValue.Undefined;
    }

    public static bool EvaluateCondition(CompiledExpression expression, JsonObject variables, JsonObject? content)
    {
        var h = _holder ??= new Holder();
        if (expression.Script is not null) return TypeConverter.ToBoolean(RunScript(h, expression.Script, variables, content));
        return TypeConverter.ToBoolean(RunTemplate(h, expression, variables, content));
    }

    /// <summary>The value of a field: raw for a single <c>${…}</c>, a string for a template or literal.</summary>
    public static JsonNode? EvaluateValue(CompiledExpression expression, JsonObject variables, JsonObject? content)
    {
        var h = _holder ??= new Holder();
        var value = expression.Script is not null ? RunScript(h, expression.Script, variables, content) : RunTemplate(h, expression, variables, content);
        return ToJson(value, 0);
    }

    /// <summary>JavaScript <c>String(value)</c>, or null for null/undefined.</summary>
    public static string? EvaluateString(CompiledExpression expression, JsonObject variables, JsonObject? content)
    {
        var h = _holder ??= new Holder();
        var value = expression.Script is not null ? RunScript(h, expression.Script, variables, content) : RunTemplate(h, expression, variables, content);
        return value.IsNull() || value.IsUndefined() ? null : ToJsString(value);
    }

    private static JsValue RunScript(Holder h, Jint.Parser.Ast.Program script, JsonObject variables, JsonObject? content)
    {
        Bind(h, variables, content);
        h.Called = false;
        h.Error = null;
        h.Value = JsValue.Undefined;
        var completion = Execute(h, script);
        if (!h.Called) return completion;
        if (h.Error is not null) throw new EvaluationException("condition reported an error: " + ToJsString(h.Error));
        return h.Value;
    }

    private static JsValue RunTemplate(Holder h, CompiledExpression expression, JsonObject variables, JsonObject? content)
    {
        if (expression.Parts.Count == 1 && expression.Parts[0] is string literal) return new JsValue(literal);
        Bind(h, variables, content);
        if (expression.IsRawSingle) return Execute(h, (Jint.Parser.Ast.Program)expression.Parts[0]);
        var sb = new System.Text.StringBuilder();
        foreach (var part in expression.Parts)
        {
            if (part is string s) { sb.Append(s); continue; }
            var v = Execute(h, (Jint.Parser.Ast.Program)part);
            if (!v.IsNull() && !v.IsUndefined()) sb.Append(ToJsString(v));
        }
        return new JsValue(sb.ToString());
    }

    private static JsValue Execute(Holder h, Jint.Parser.Ast.Program program)
    {
        try
        {
            return h.Engine.Execute(program).GetCompletionValue();
        }
        catch (JavaScriptException e)
        {
            throw new EvaluationException(e.Message, e);
        }
        catch (Exception e) when (e is TimeoutException or StatementsCountOverflowException or RecursionDepthOverflowException
                                      or InvalidOperationException or ArgumentException or NullReferenceException or InvalidCastException)
        {
            throw new EvaluationException(e.Message, e);
        }
    }

    private static void Bind(Holder h, JsonObject variables, JsonObject? content)
    {
        var engine = h.Engine;
        var environment = engine.Object.Construct(Arguments.Empty);
        environment.FastAddProperty("variables", ToJs(engine, variables), true, true, true);
        environment.FastAddProperty("services", engine.Object.Construct(Arguments.Empty), true, true, true);
        engine.SetValue("environment", environment);
        engine.SetValue("content", content is null ? engine.Object.Construct(Arguments.Empty) : ToJs(engine, content));
        engine.SetValue("next", h.Next);
    }

    private static JsValue ToJs(Jint.Engine engine, JsonNode? node)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonObject o:
                var obj = engine.Object.Construct(Arguments.Empty);
                foreach (var (k, v) in o) obj.FastAddProperty(k, ToJs(engine, v), true, true, true);
                return obj;
            case JsonArray a:
                var arr = engine.Array.Construct(Arguments.Empty);
                for (var i = 0; i < a.Count; i++) arr.Put(i.ToString(CultureInfo.InvariantCulture), ToJs(engine, a[i]), false);
                return arr;
            case JsonValue v:
                return v.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.String => new JsValue(v.GetValue<string>()),
                    System.Text.Json.JsonValueKind.Number => new JsValue(Numbers.ToDouble(v)),
                    System.Text.Json.JsonValueKind.True => JsValue.True,
                    System.Text.Json.JsonValueKind.False => JsValue.False,
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
            var len = (int)TypeConverter.ToUint32(arr.Get("length"));
            var result = new JsonArray();
            for (var i = 0; i < len; i++) result.Add(ToJson(arr.Get(i.ToString(CultureInfo.InvariantCulture)), depth + 1));
            return result;
        }
        if (value.IsObject())
        {
            var o = value.AsObject();
            if (o is Jint.Native.Function.FunctionInstance) return null;
            var result = new JsonObject();
            foreach (var (k, d) in o.GetOwnProperties())
                if (d.Enumerable == true) result[k] = ToJson(o.Get(k), depth + 1);
            return result;
        }
        return null;
    }

    private static string ToJsString(JsValue value)
    {
        if (value.IsObject() && value.AsObject() is ObjectInstance o && !value.IsArray() && o is not Jint.Native.Function.FunctionInstance)
            return "[object Object]";
        return TypeConverter.ToString(value);
    }
}
