using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Trace;

/// <summary>Canonical JSON: object keys sorted recursively (ordinal), arrays in order.</summary>
public static class Canonical
{
    public static JsonNode Sort(JsonNode node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : (JsonNode?)Sort(p.Value)))),
        JsonArray a => new JsonArray(a.Select(x => x is null ? null : (JsonNode?)Sort(x)).ToArray()),
        _ => node.DeepClone(),
    };
}
