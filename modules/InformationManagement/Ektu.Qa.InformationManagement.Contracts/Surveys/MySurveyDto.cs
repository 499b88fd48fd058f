namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A survey addressed to the caller and whether the caller has answered it (never what).</summary>
public sealed record MySurveyDto(SurveyDto Survey, bool Answered);
