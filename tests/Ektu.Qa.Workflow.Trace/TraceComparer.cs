using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Trace;

/// <summary>
/// The harness's compare rules: state equal; error both null or same activity and code; ordered lists strict; <c>cancelled</c>,
/// <c>waitingFor</c>, <c>pendingTimers</c> as multisets; variables deep-equal; <c>harness</c>, <c>events</c>, <c>model</c>, <c>scenario</c> ignored.
/// </summary>
public static class TraceComparer
{
    private static readonly string[] Ordered =
        ["entered", "completed", "flowsTaken", "userTasks", "serviceCalls", "timersFired", "endEvents", "unconsumedSteps"];
    private static readonly string[] Unordered = ["cancelled", "waitingFor", "pendingTimers"];

    public static List<string> Compare(JsonObject expected, JsonObject actual)
    {
        var problems = new List<string>();
        if ((string?)expected["state"] != (string?)actual["state"])
            problems.Add($"state: expected {expected["state"]?.ToJsonString()}, got {actual["state"]?.ToJsonString()}");
        var ee = expected["error"] as JsonObject;
        var ae = actual["error"] as JsonObject;
        if ((ee is null) != (ae is null)) problems.Add($"error: expected {ee?.ToJsonString() ?? "null"}, got {ae?.ToJsonString() ?? "null"}");
        else if (ee is not null && ae is not null)
        {
            if (Key(ee["activity"]) != Key(ae["activity"])) problems.Add($"error.activity: expected {ee["activity"]}, got {ae["activity"]}");
            if (Key(ee["code"]) != Key(ae["code"])) problems.Add($"error.code: expected {ee["code"]}, got {ae["code"]}");
        }
        foreach (var field in Ordered)
        {
            var e = List(expected, field);
            var a = List(actual, field);
            for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
            {
                if (i < e.Count && i < a.Count && e[i] == a[i]) continue;
                problems.Add($"{field}[{i}]: expected {(i < e.Count ? e[i] : "nothing")}, got {(i < a.Count ? a[i] : "nothing")} (expected " +
                    $"{e.Count} items, got {a.Count})");
                break;
            }
        }
        foreach (var field in Unordered)
        {
            var e = List(expected, field).Order(StringComparer.Ordinal).ToList();
            var a = List(actual, field).Order(StringComparer.Ordinal).ToList();
            if (!e.SequenceEqual(a)) problems.Add($"{field}: expected [{string.Join(", ", e)}], got [{string.Join(", ", a)}]");
        }
        var ev = expected["variables"] as JsonObject ?? [];
        var av = actual["variables"] as JsonObject ?? [];
        foreach (var name in ev.Select(p => p.Key).Union(av.Select(p => p.Key)).Order(StringComparer.Ordinal))
            if (Key(ev[name]) != Key(av[name])) problems.Add($"variables.{name}: expected {Key(ev[name])}, got {Key(av[name])}");
        return problems;
    }

    private static List<string> List(JsonObject trace, string field) => (trace[field] as JsonArray ?? []).Select(Key).ToList();

    /// <summary>Canonical text of a value: keys sorted, numbers normalised (1 and 1.0 are equal).</summary>
    public static string Key(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => p.Value is not null || true)
            .Select(p => JsonSerializer.Serialize(p.Key) + ":" + Key(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Key)) + "]",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number =>
            double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
