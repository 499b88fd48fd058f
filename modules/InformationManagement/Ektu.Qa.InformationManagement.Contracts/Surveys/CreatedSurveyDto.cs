namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>The new survey and, for employers and graduates, its invitation codes: shown once, stored only as hashes.</summary>
public sealed record CreatedSurveyDto(SurveyDto Survey, IReadOnlyList<string> InvitationCodes);
