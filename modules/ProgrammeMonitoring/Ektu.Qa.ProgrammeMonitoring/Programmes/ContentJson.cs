using System.Text.Json;
using System.Text.Json.Serialization;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// A version's content as stored in <c>pm_programme_versions.content</c>: one JSON document, enums by name, so a
/// version reads back exactly as it was approved whatever the code's enum order becomes.
/// </summary>
internal static class ContentJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(ProgrammeContent content) => JsonSerializer.Serialize(content, Options);

    public static ProgrammeContent Read(string json) => JsonSerializer.Deserialize<ProgrammeContent>(json, Options) ?? new ProgrammeContent();
}
