using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Trace;

/// <summary>The harness's computeChanges: <c>set</c> (assign), then <c>increment</c> (numeric add, missing = 0), then <c>append</c> (push, missing =
/// []).</summary>
public static class VariableChanges
{
    public static JsonObject Compute(JsonObject vars, JsonObject? spec)
    {
        var output = new JsonObject();
        if (spec is null) return output;
        if (spec["set"] is JsonObject set)
            foreach (var (k, v) in set) output[k] = v?.DeepClone();
        if (spec["increment"] is JsonObject inc)
            foreach (var (k, v) in inc)
            {
                var current = output.ContainsKey(k) ? output[k] : vars[k];
                var sum = OrZero(ToNumber(current)) + ToNumber(v);
                output[k] = ToNode(sum);
            }
        if (spec["append"] is JsonObject app)
            foreach (var (k, v) in app)
            {
                var current = output.ContainsKey(k) ? output[k] : vars[k];
                var list = current is JsonArray a ? a.DeepClone().AsArray() : [];
                list.Add(v?.DeepClone());
                output[k] = list;
            }
        return output;
    }

    private static double OrZero(double d) => double.IsNaN(d) || d == 0 ? 0 : d;

    private static double ToNumber(JsonNode? node)
    {
        if (node is null) return 0;
        if (node is not JsonValue v) return double.NaN;
        return v.GetValueKind() switch
        {
            JsonValueKind.Number => double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture),
            JsonValueKind.True => 1,
            JsonValueKind.False => 0,
            JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()) ? 0
                : double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN,
            _ => double.NaN,
        };
    }

    private static JsonNode? ToNode(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return null;
        return d == Math.Floor(d) && Math.Abs(d) < 9e15 ? JsonValue.Create((long)d) : JsonValue.Create(d);
    }
}
