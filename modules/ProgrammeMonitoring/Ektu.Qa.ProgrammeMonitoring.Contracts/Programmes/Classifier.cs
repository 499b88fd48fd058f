namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// A place in the national classifier of education: field (e.g. 6B06) → direction (6B061) → group of educational
/// programmes (B057).
/// </summary>
public sealed record Classifier(string FieldCode, string DirectionCode, string GroupCode);
