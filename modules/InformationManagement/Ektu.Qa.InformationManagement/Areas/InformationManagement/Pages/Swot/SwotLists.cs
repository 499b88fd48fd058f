using Ektu.Qa.InformationManagement.Swot;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Swot;

/// <summary>The four lists as the form's text areas hold them: one item per line.</summary>
internal sealed class SwotLists
{
    public string Strengths { get; set; } = "";
    public string Weaknesses { get; set; } = "";
    public string Opportunities { get; set; } = "";
    public string Threats { get; set; } = "";

    public static SwotLists Of(SwotDto s) => new()
    {
        Strengths = string.Join('\n', s.Strengths), Weaknesses = string.Join('\n', s.Weaknesses),
        Opportunities = string.Join('\n', s.Opportunities), Threats = string.Join('\n', s.Threats),
    };

    /// <summary>Copies the lists into the app service's input (it trims and drops empty lines).</summary>
    public SaveSwotInput Into(SaveSwotInput input)
    {
        input.Strengths = [Strengths];
        input.Weaknesses = [Weaknesses];
        input.Opportunities = [Opportunities];
        input.Threats = [Threats];
        return input;
    }
}
