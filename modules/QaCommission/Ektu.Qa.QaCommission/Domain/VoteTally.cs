using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Domain;

/// <summary>
/// 004 §7.3.2: «Егер оған қатысушылардың жартысынан көбі дауыс берсе, шешім қабылданды деп есептеледі; дауыстар тең
/// болған кезде төрағаның дауысы шешуші болып табылады». Read as: "those taking part" are the present voting members who
/// cast a vote — for, against or abstain (an abstention is taking part, so it counts in the base); the decision passes
/// when votes for are more than half of them. "Votes equal" is for = against (none of the cases above pass then); the
/// presiding member's (chair's or acting chair's) own vote decides: for → adopted, against or abstain → rejected.
/// </summary>
internal static class VoteTally
{
    public static (int For, int Against, int Abstain, DecisionOutcome Outcome) Count(IEnumerable<VoteChoice> votes, VoteChoice? presidingVote)
    {
        int f = 0, a = 0, s = 0;
        foreach (var v in votes)
        {
            switch (v)
            {
                case VoteChoice.For: f++; break;
                case VoteChoice.Against: a++; break;
                default: s++; break;
            }
        }
        var taking = f + a + s;
        if (taking == 0) return (0, 0, 0, DecisionOutcome.NotVoted);
        if (f * 2 > taking) return (f, a, s, DecisionOutcome.Adopted);
        if (f == a && f > 0) return (f, a, s, presidingVote == VoteChoice.For ? DecisionOutcome.Adopted : DecisionOutcome.Rejected);
        return (f, a, s, DecisionOutcome.Rejected);
    }
}
