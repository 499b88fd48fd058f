using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Tests.Domain;

public sealed class QuorumAndVoteTests
{
    [Theory]
    [InlineData(10, 5, true)]
    [InlineData(10, 4, false)]
    [InlineData(9, 5, true)]
    [InlineData(9, 4, false)]
    [InlineData(0, 0, false)]
    public void Has_Should_RequireHalfOfMembers_When_Counting(int members, int present, bool expected) =>
        Quorum.Has(members, present).ShouldBe(expected);

    private static IEnumerable<VoteChoice> Votes(int f, int a, int s) =>
        Enumerable.Repeat(VoteChoice.For, f).Concat(Enumerable.Repeat(VoteChoice.Against, a)).Concat(Enumerable.Repeat(VoteChoice.Abstain, s));

    [Fact]
    public void Count_Should_AdoptTie_When_ChairVotesFor() =>
        VoteTally.Count(Votes(5, 5, 0), VoteChoice.For).Outcome.ShouldBe(DecisionOutcome.Adopted);

    [Fact]
    public void Count_Should_RejectTie_When_ChairVotesAgainst() =>
        VoteTally.Count(Votes(5, 5, 0), VoteChoice.Against).Outcome.ShouldBe(DecisionOutcome.Rejected);

    [Fact]
    public void Count_Should_AdoptWithoutChair_When_MoreThanHalfFor()
    {
        var r = VoteTally.Count(Votes(6, 4, 0), VoteChoice.Against);
        r.Outcome.ShouldBe(DecisionOutcome.Adopted);
        (r.For, r.Against, r.Abstain).ShouldBe((6, 4, 0));
    }

    [Fact]
    public void Count_Should_LetPresidingDecide_When_ForIsExactlyHalfWithAbstentions()
    {
        VoteTally.Count(Votes(5, 3, 2), VoteChoice.For).Outcome.ShouldBe(DecisionOutcome.Adopted);
        VoteTally.Count(Votes(5, 3, 2), VoteChoice.Abstain).Outcome.ShouldBe(DecisionOutcome.Rejected);
        VoteTally.Count(Votes(2, 1, 1), VoteChoice.For).Outcome.ShouldBe(DecisionOutcome.Adopted);
        VoteTally.Count(Votes(2, 1, 1), VoteChoice.Against).Outcome.ShouldBe(DecisionOutcome.Rejected);
    }

    [Fact]
    public void Count_Should_Adopt_When_ForIsMoreThanHalfOfThoseTakingPart() =>
        VoteTally.Count(Votes(4, 2, 1), null).Outcome.ShouldBe(DecisionOutcome.Adopted);

    [Fact]
    public void Count_Should_Reject_When_ForIsBelowHalfEvenWithAForAgainstTie()
    {
        // Today's 2-2-1 was adopted on the chair's vote while 2-1-2 was rejected: moving a vote from against to abstain
        // must not flip the outcome. Two of five taking part is less than half either way.
        VoteTally.Count(Votes(2, 2, 1), VoteChoice.For).Outcome.ShouldBe(DecisionOutcome.Rejected);
        VoteTally.Count(Votes(2, 1, 2), VoteChoice.For).Outcome.ShouldBe(DecisionOutcome.Rejected);
        VoteTally.Count(Votes(4, 4, 1), VoteChoice.For).Outcome.ShouldBe(DecisionOutcome.Rejected);
    }

    [Fact]
    public void Count_Should_Reject_When_EveryoneAbstains() =>
        VoteTally.Count(Votes(0, 0, 3), VoteChoice.Abstain).Outcome.ShouldBe(DecisionOutcome.Rejected);

    [Fact]
    public void Count_Should_NeverTurnAdoptedIntoRejected_When_AnAgainstBecomesAnAbstain()
    {
        foreach (var presiding in new VoteChoice?[] { VoteChoice.For, VoteChoice.Against, VoteChoice.Abstain, null })
            for (var f = 0; f <= 7; f++)
                for (var a = 1; a <= 7; a++)
                    for (var s = 0; s <= 7; s++)
                    {
                        var before = VoteTally.Count(Votes(f, a, s), presiding).Outcome;
                        var after = VoteTally.Count(Votes(f, a - 1, s + 1), presiding).Outcome;
                        if (before == DecisionOutcome.Adopted) after.ShouldBe(DecisionOutcome.Adopted, $"{f}-{a}-{s} presiding {presiding}");
                    }
    }

    [Fact]
    public void Count_Should_RejectTie_When_PresidingMemberAbstains() =>
        VoteTally.Count(Votes(4, 4, 0), VoteChoice.Abstain).Outcome.ShouldBe(DecisionOutcome.Rejected);

    [Fact]
    public void Count_Should_ReportNotVoted_When_NobodyVoted() =>
        VoteTally.Count([], null).Outcome.ShouldBe(DecisionOutcome.NotVoted);

    [Fact]
    public void Resolve_Should_PickDeputy_When_ChairAbsent()
    {
        Guid chair = Guid.NewGuid(), deputy = Guid.NewGuid(), appointed = Guid.NewGuid();
        Presiding.Resolve(chair, deputy, appointed, x => x != chair).ShouldBe(deputy);
        Presiding.Resolve(chair, deputy, appointed, _ => true).ShouldBe(chair);
        Presiding.Resolve(chair, deputy, appointed, x => x == appointed).ShouldBe(appointed);
        Presiding.Resolve(chair, deputy, null, x => x == appointed).ShouldBeNull();
        Presiding.AppointmentNeeded(chair, deputy, x => x == deputy).ShouldBeFalse();
        Presiding.AppointmentNeeded(chair, deputy, _ => false).ShouldBeTrue();
    }

    [Theory]
    [InlineData(6, 5, 0, true)]
    [InlineData(5, 5, 0, false)]
    [InlineData(5, 2, 3, false)]
    public void IsElected_Should_NeedMajorityOfThoseVoting_When_Counting(int f, int a, int s, bool expected) =>
        ElectionRule.IsElected(f, a, s).ShouldBe(expected);
}
