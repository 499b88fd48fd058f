namespace Ektu.Qa.QaCommission.Register;

/// <summary>004 §7.5: notice to the executor → the dean informed → the dean opens an official inquiry.</summary>
public enum LadderStep
{
    Notice,
    DeanInformed,
    OfficialInquiry,
}
