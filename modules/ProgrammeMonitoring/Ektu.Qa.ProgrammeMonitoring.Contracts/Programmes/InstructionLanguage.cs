namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Languages of instruction.</summary>
public enum InstructionLanguage
{
    Kazakh,
    Russian,
    English,
}
