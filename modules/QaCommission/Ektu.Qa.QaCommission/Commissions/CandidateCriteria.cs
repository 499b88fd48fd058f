
namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>004 §4: the recommended candidate criteria, as checks; an unmet one is allowed only with a reason.</summary>
internal static class CandidateCriteria
{
    public const string Years = "QaCommission:Criterion.Years";
    public const string Experience = "QaCommission:Criterion.Experience";
    public const string Pd = "QaCommission:Criterion.Pd";

    public static IReadOnlyList<CriterionCheck> Evaluate(int yearsInHigherEducation, bool hasProgrammeExperience,
        DateOnly? pdCompletedOn, DateOnly today) =>
    [
        new(Years, yearsInHigherEducation >= QaCommissionConsts.MinYearsInHigherEducation),
        new(Experience, hasProgrammeExperience),
        new(Pd, pdCompletedOn is { } pd && pd <= today && pd >= today.AddYears(-QaCommissionConsts.ProfessionalDevelopmentYears)),
    ];
}
