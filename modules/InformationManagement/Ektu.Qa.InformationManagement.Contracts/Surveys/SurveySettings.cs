namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Survey settings (Settings page; display name key <c>Setting:&lt;name&gt;</c>).</summary>
public static class SurveySettings
{
    /// <summary>The smallest group of respondents any survey output shows (default 5); a survey may only raise it.</summary>
    public const string MinGroupSize = "InformationManagement.Surveys.MinGroupSize";
}
