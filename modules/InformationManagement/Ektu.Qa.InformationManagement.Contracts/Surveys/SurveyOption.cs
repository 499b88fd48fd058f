namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A choice (or a matrix row): the stored value, stable across template versions, and its texts.</summary>
public sealed record SurveyOption(string Value, SurveyText Text);
