namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>An intended learning outcome, numbered within its programme, in the three languages.</summary>
public sealed record LearningOutcome(int Number, string TextKk, string TextRu, string TextEn);
