namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>Error codes of the elective catalogue (localization keys).</summary>
public static class ElectiveErrorCodes
{
    public const string DuplicateYear = "ProgrammeMonitoring:Electives.DuplicateYear";
    public const string NoPreviousYear = "ProgrammeMonitoring:Electives.NoPreviousYear";
    public const string Published = "ProgrammeMonitoring:Electives.Published";
    public const string DuplicateCode = "ProgrammeMonitoring:Electives.DuplicateCode";
    public const string NotSchoolDepartment = "ProgrammeMonitoring:Electives.NotSchoolDepartment";
    public const string UnknownOutcome = "ProgrammeMonitoring:Electives.UnknownOutcome";
    public const string OutcomesWithoutProgramme = "ProgrammeMonitoring:Electives.OutcomesWithoutProgramme";
    public const string EmptyCatalogue = "ProgrammeMonitoring:Electives.EmptyCatalogue";
    public const string NotEndorsed = "ProgrammeMonitoring:Electives.NotEndorsed";
    public const string NoAnalysis = "ProgrammeMonitoring:Electives.NoAnalysis";
}
