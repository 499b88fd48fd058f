using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>How questions and answer sheets are kept as JSON text (kinds by name, so the stored text stays readable).</summary>
internal static class SurveyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Questions(IReadOnlyList<SurveyQuestion> questions) => JsonSerializer.Serialize(questions, Options);

    public static IReadOnlyList<SurveyQuestion> Questions(string json) =>
        JsonSerializer.Deserialize<List<SurveyQuestion>>(json, Options) ?? [];

    public static string Answers(Dictionary<string, string[]> answers) => JsonSerializer.Serialize(answers);
}
