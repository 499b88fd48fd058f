using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Instances;

/// <summary>Starts the latest published version of <see cref="ProcessKey"/> for a business record of <see cref="UnitId"/>.</summary>
public sealed record StartProcessInput
{
    public string ProcessKey { get; init; } = "";
    public string BusinessKey { get; init; } = "";
    public Guid UnitId { get; init; }
    public JsonObject? Variables { get; init; }
}
