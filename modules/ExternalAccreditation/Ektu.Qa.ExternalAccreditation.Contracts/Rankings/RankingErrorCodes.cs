namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>Localization keys of the rankings' refusals.</summary>
public static class RankingErrorCodes
{
    public const string PositionOrBand = "ExternalAccreditation:Rankings.PositionOrBand";
    public const string ProgrammeRequired = "ExternalAccreditation:Rankings.ProgrammeRequired";
    public const string ProgrammeNotRanked = "ExternalAccreditation:Rankings.ProgrammeNotRanked";
    public const string Duplicate = "ExternalAccreditation:Rankings.Duplicate";
    public const string CodeTaken = "ExternalAccreditation:Rankings.CodeTaken";
    public const string InactiveSystem = "ExternalAccreditation:Rankings.InactiveSystem";
}
