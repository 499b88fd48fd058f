namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>004 §4: elected by a majority vote — more votes for than half of those voting.</summary>
internal static class ElectionRule
{
    public static bool IsElected(int votesFor, int votesAgainst, int votesAbstain) =>
        votesFor * 2 > votesFor + votesAgainst + votesAbstain;
}
