
namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>
/// 004 §7.3.2: «Егер оған қатысушылардың жартысынан көбі дауыс берсе, шешім қабылданды деп есептеледі; дауыстар тең
/// болған кезде төрағаның дауысы шешуші болып табылады». Those taking part are the present voting members, and every one
/// of them has a recorded vote (for, against or abstain) before the outcome is computed. Adopted when votes for are more
/// than half of those taking part; when votes for are exactly half («дауыстар тең»: for against the rest), the presiding
/// member's vote decides. Moving a vote between against and abstain changes neither the base nor the votes for, so the
/// outcome is monotone: no such move can turn adopted into rejected.
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
        if (f * 2 == taking) return (f, a, s, presidingVote == VoteChoice.For ? DecisionOutcome.Adopted : DecisionOutcome.Rejected);
        return (f, a, s, DecisionOutcome.Rejected);
    }
}
