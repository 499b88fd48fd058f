using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine.Expressions;

internal static class Numbers
{
    public static double ToDouble(JsonValue v)
    {
        if (v.TryGetValue<double>(out var d)) return d;
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        if (v.TryGetValue<decimal>(out var m)) return (double)m;
        return double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whole numbers stay integers in JSON (<c>2</c>, not <c>2.0</c>), as JavaScript prints them.</summary>
    public static JsonNode ToNode(double d)
    {
        if (double.IsFinite(d) && Math.Abs(d) < 9e15 && d == Math.Floor(d)) return JsonValue.Create((long)d);
        return double.IsFinite(d) ? JsonValue.Create(d) : JsonValue.Create(double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
    }
}
