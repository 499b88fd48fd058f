namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>One recommended candidate criterion (004 §4) and whether the recorded facts meet it.</summary>
public sealed record CriterionCheck(string Key, bool Met);
